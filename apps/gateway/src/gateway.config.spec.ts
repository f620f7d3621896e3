import { ConfigError, parseConfig } from '@par/config';
import { gatewayConfigOf, gatewayEnvironment } from './gateway.config';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig('gateway', gatewayEnvironment, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the gateway’s environment, parsed once at start', () => {
  it('gives the services’ addresses and the token check; appraisal and ranking only when set', () => {
    const env = parseConfig('gateway', gatewayEnvironment, {
      SUBMISSIONS_GRPC_URL: 'submissions:50051',
      RANKING_GRPC_URL: 'ranking:50053',
      PAR_JWT_SECRET: 's3cret',
      PORT: '',
    });
    expect(env).toEqual(expect.objectContaining({ PORT: 3000, HOST: '0.0.0.0' }));
    expect(gatewayConfigOf(env)).toEqual({
      services: { submissions: 'submissions:50051', ranking: 'ranking:50053' },
      auth: { secret: 's3cret', jwksUrl: undefined, issuer: undefined, audience: undefined },
    });
  });

  it('mounts the survey routes only with SURVEY_GRPC_URL', () => {
    const env = parseConfig('gateway', gatewayEnvironment, {
      SUBMISSIONS_GRPC_URL: 'submissions:50051',
      SURVEY_GRPC_URL: 'survey:50054',
      PAR_JWT_SECRET: 's3cret',
    });
    expect(gatewayConfigOf(env).services).toEqual({ submissions: 'submissions:50051', survey: 'survey:50054' });
    expect(problemsOf({ SUBMISSIONS_GRPC_URL: 'submissions:50051', SURVEY_GRPC_URL: 'survey', PAR_JWT_SECRET: 's3cret' })).toEqual([
      expect.stringMatching(/^SURVEY_GRPC_URL: expected host:port/),
    ]);
  });

  it('a bad port or address stops the start, naming each variable', () => {
    expect(problemsOf({ SUBMISSIONS_GRPC_URL: 'submissions', APPRAISAL_GRPC_URL: 'appraisal:99999', PORT: 'http', PAR_JWKS_URL: 'not a url' })).toEqual([
      expect.stringMatching(/^PORT: expected a port number/),
      expect.stringMatching(/^SUBMISSIONS_GRPC_URL: expected host:port.*\(got "submissions"\)$/),
      expect.stringMatching(/^APPRAISAL_GRPC_URL: expected host:port.*\(got "appraisal:99999"\)$/),
      expect.stringMatching(/^PAR_JWKS_URL: expected an http\(s\) URL/),
    ]);
  });

  it('without SUBMISSIONS_GRPC_URL, or without a way to verify tokens, it does not start', () => {
    expect(problemsOf({ PAR_JWT_SECRET: 's3cret' })).toEqual([expect.stringMatching(/^SUBMISSIONS_GRPC_URL: /)]);
    expect(problemsOf({ SUBMISSIONS_GRPC_URL: '127.0.0.1:50051' })).toEqual([
      expect.stringMatching(/^PAR_JWT_SECRET: expected PAR_JWT_SECRET .* or PAR_JWKS_URL/),
    ]);
  });
});
