import { ErrorCategory, parseRpcError, toRpcError } from '@par/contracts';
import { httpStatusOf } from './upstream-problem';

// Every catalogued code is walked in tests/error-codes.spec.ts; here, one refusal of each category.
const refusal = (code: string, category: ErrorCategory) => parseRpcError(toRpcError(Object.assign(new Error('refused'), { code, category })));

describe('what HTTP status a service’s answer becomes', () => {
  it.each([
    ['SCORE_OFF_STEP', 'invalid', 422],
    ['WRONG_UNIT', 'forbidden', 403],
    ['CYCLE_NOT_FOUND', 'not-found', 404],
    ['WRONG_EXPECTED_VERSION', 'conflict', 409],
    ['SELF_ASSESSMENT_LOCKED', 'wrong-state', 409],
  ] as const)('a refusal %s (%s): its category’s status (%d)', (code, category, status) => {
    expect(httpStatusOf(refusal(code, category))).toBe(status);
  });

  it('a failure of the service is never the client’s fault: INTERNAL 500, UNAVAILABLE 503, a deadline 504', () => {
    expect(httpStatusOf(parseRpcError(toRpcError(new Error('boom'))))).toBe(500);
    expect(httpStatusOf(parseRpcError(toRpcError(Object.assign(new Error('getaddrinfo EAI_AGAIN db.internal'), { code: 'EAI_AGAIN' }))))).toBe(500);
    expect(httpStatusOf(parseRpcError({ code: 14, details: 'No connection established' }))).toBe(503);
    expect(httpStatusOf(parseRpcError({ code: 4, details: 'Deadline exceeded' }))).toBe(504);
  });
});
