import { ConfigError, parseConfig } from '@par/config';
import { submissionsEnvironmentSchema } from './submissions.config';

const base = { DATABASE_URL: 'postgres://par@db:5432/par', KAFKA_BROKERS: 'kafka:9092' };

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig('submissions', submissionsEnvironmentSchema, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('the submissions service’s environment: reading the survey topic (SUBMISSIONS_SURVEY_SOURCE)', () => {
  it('is off unless set, so a platform without the survey service starts as before', () =>
    expect(parseConfig('submissions', submissionsEnvironmentSchema, base).SUBMISSIONS_SURVEY_SOURCE).toBe(false));

  it.each([
    ['true', true],
    ['false', false],
  ])('%s turns it %s', (value, expected) =>
    expect(parseConfig('submissions', submissionsEnvironmentSchema, { ...base, SUBMISSIONS_SURVEY_SOURCE: value }).SUBMISSIONS_SURVEY_SOURCE).toBe(expected),
  );

  it.each(['yes', '1', 'TRUE'])('%s is refused, by name', (value) =>
    expect(problemsOf({ ...base, SUBMISSIONS_SURVEY_SOURCE: value })).toEqual([expect.stringMatching(/^SUBMISSIONS_SURVEY_SOURCE: expected true or false/)]),
  );
});
