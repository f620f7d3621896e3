import { parseRpcError, toRpcError } from '@par/contracts';
import { httpStatusOf } from './upstream-problem';

const refusal = (code: string) => parseRpcError(toRpcError(Object.assign(new Error('refused'), { code })));

describe('what HTTP status a service’s answer becomes', () => {
  it.each([
    ['SCORE_OFF_STEP', 422],
    ['WRONG_UNIT', 403],
    ['CYCLE_NOT_FOUND', 404],
    ['WRONG_EXPECTED_VERSION', 409],
    ['SELF_ASSESSMENT_LOCKED', 409],
  ])('a refusal %s: its category’s status (%d)', (code, status) => {
    expect(httpStatusOf(refusal(code))).toBe(status);
  });

  it('a failure of the service is never the client’s fault: INTERNAL 502, UNAVAILABLE 503, a deadline 504', () => {
    expect(httpStatusOf(parseRpcError(toRpcError(new Error('boom'))))).toBe(502);
    expect(httpStatusOf(parseRpcError({ code: 14, details: 'No connection established' }))).toBe(503);
    expect(httpStatusOf(parseRpcError({ code: 4, details: 'Deadline exceeded' }))).toBe(504);
  });
});
