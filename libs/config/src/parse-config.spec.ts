import { z } from 'zod';
import { ConfigError } from './config-error';
import { hostPortField, hostPortListField, httpUrlField, portField, postgresUrlField } from './config-fields';
import { parseConfig } from './parse-config';
import { serviceEnvironmentSchema } from './service-environment';

const schema = z.object({
  DATABASE_URL: postgresUrlField,
  KAFKA_BROKERS: hostPortListField,
  GRPC_URL: hostPortField.default('0.0.0.0:50051'),
  PORT: portField().default(3000),
  PAR_JWKS_URL: httpUrlField.optional(),
});

function problemsOf(source: Record<string, string>): readonly string[] {
  try {
    parseConfig('submissions', schema, source);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration parsed once at start', () => {
  it('a complete environment gives typed values, with defaults for what is unset or empty', () => {
    const config = parseConfig('submissions', schema, {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/par',
      KAFKA_BROKERS: 'a:9092, b:9093',
      PORT: '',
      OTHER: 'x',
    });
    expect(config).toEqual({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/par',
      KAFKA_BROKERS: ['a:9092', 'b:9093'],
      GRPC_URL: '0.0.0.0:50051',
      PORT: 3000,
    });
  });

  it('names every bad or missing variable, with what it expected and what it got', () => {
    const problems = problemsOf({ DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'kafka', GRPC_URL: 'host:99999', PORT: 'abc', PAR_JWKS_URL: 'ftp://x' });
    expect(problems).toEqual([
      expect.stringMatching(/^DATABASE_URL: expected a postgres:\/\/ URL.*\(got "mysql:\/\/x"\)$/),
      expect.stringMatching(/^KAFKA_BROKERS\.0: expected host:port/),
      expect.stringMatching(/^GRPC_URL: expected host:port with a port up to 65535.*\(got "host:99999"\)$/),
      expect.stringMatching(/^PORT: expected a port number/),
      expect.stringMatching(/^PAR_JWKS_URL: expected an http\(s\) URL/),
    ]);
  });

  it('a missing required variable is named', () => {
    expect(problemsOf({ KAFKA_BROKERS: 'k:9092' })).toEqual([expect.stringMatching(/^DATABASE_URL: /)]);
  });

  it('ports outside 1-65535 are refused, 0 only where allowed', () => {
    expect(portField().safeParse('0').success).toBe(false);
    expect(portField({ allowZero: true }).safeParse('0').success).toBe(true);
    expect(portField().safeParse('65536').success).toBe(false);
    expect(portField().safeParse('8080').data).toBe(8080);
  });

  it('the message of the error lists every problem under the app name', () => {
    expect(() => parseConfig('gateway', schema, {})).toThrow(/^gateway: invalid configuration\n {2}- DATABASE_URL: /);
  });

  it("a service's environment: database, brokers, and its own default gRPC address", () => {
    const schema = serviceEnvironmentSchema('0.0.0.0:50052');
    expect(parseConfig('appraisal', schema, { DATABASE_URL: 'postgres://p@h/db', KAFKA_BROKERS: 'k:9092' })).toEqual({
      DATABASE_URL: 'postgres://p@h/db',
      KAFKA_BROKERS: ['k:9092'],
      GRPC_URL: '0.0.0.0:50052',
    });
  });
});
