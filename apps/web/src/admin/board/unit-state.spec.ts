import { describe, expect, it } from 'vitest';
import { boardStateOf, countsOf } from './unit-state';

describe('where a unit stands on the board', () => {
  it('before appraisal: submitted or not, as the unit’s self-assessment says', () => {
    expect(boardStateOf({ unitId: 'a', phase: 'notStarted', selfSubmitted: false })).toBe('notSubmitted');
    expect(boardStateOf({ unitId: 'a', phase: 'notStarted', selfSubmitted: true })).toBe('submitted');
    expect(boardStateOf(undefined)).toBe('notSubmitted');
  });

  it('then the appraisal’s phase: being appraised, result sent, finalized', () => {
    expect(boardStateOf({ unitId: 'a', phase: 'appraising', selfSubmitted: true })).toBe('appraising');
    expect(boardStateOf({ unitId: 'a', phase: 'resultSent', selfSubmitted: true })).toBe('resultSent');
    expect(boardStateOf({ unitId: 'a', phase: 'finalized', selfSubmitted: true })).toBe('finalized');
  });

  it('counts every state, 0 where no unit is', () => {
    expect(countsOf(['finalized', 'finalized', 'submitted'])).toEqual({ notSubmitted: 0, submitted: 1, appraising: 0, resultSent: 0, finalized: 2 });
  });
});
