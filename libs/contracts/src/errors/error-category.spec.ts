import { errorCategory, GRPC_STATUS_BY_CATEGORY, HTTP_STATUS_BY_CATEGORY } from './error-category';

describe('how a rejected command is reported', () => {
  it.each([
    ['SCORE_OFF_STEP', 'invalid', 422],
    ['REASON_REQUIRED', 'invalid', 422],
    ['CRITERION_UNKNOWN', 'invalid', 422],
    ['WRONG_UNIT', 'forbidden', 403],
    ['ROLE_NOT_ALLOWED', 'forbidden', 403],
    ['APPRAISER_OWN_UNIT', 'forbidden', 403],
    ['CYCLE_NOT_FOUND', 'not-found', 404],
    ['WRONG_EXPECTED_VERSION', 'conflict', 409],
    ['SELF_ASSESSMENT_LOCKED', 'wrong-state', 409],
    ['APPRAISAL_FINALIZED', 'wrong-state', 409],
    ['CRITERIA_SET_FROZEN', 'wrong-state', 409],
    ['EXPLANATION_WINDOW_CLOSED', 'wrong-state', 409],
    ['CYCLE_ALREADY_EXISTS', 'wrong-state', 409],
    ['DEADLINE_PASSED', 'wrong-state', 409],
  ])('%s is %s (HTTP %d)', (code, category, http) => {
    expect(errorCategory(code)).toBe(category);
    expect(HTTP_STATUS_BY_CATEGORY[errorCategory(code)]).toBe(http);
  });

  it('every category has a gRPC status', () => {
    expect(Object.keys(GRPC_STATUS_BY_CATEGORY).sort()).toEqual(Object.keys(HTTP_STATUS_BY_CATEGORY).sort());
  });
});
