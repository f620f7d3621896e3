import { isAdjusted, selfValue, StartedAppraisal } from './appraisal.state';
import {
  appraisalStarted,
  appraisedAsInTheExample,
  criterionAppraised,
  explainedByTheUnit,
  selfScoresRefreshed,
  sentToTheUnit,
  stateAfter,
} from './testing/appraisal.fixtures';

const started = (state: ReturnType<typeof stateAfter>) => state as StartedAppraisal;

describe('evolve: the Appraisal state folded from its events', () => {
  it('starts from the setup: excluded leaves are not applicable, unscored leaves count 0.00', () => {
    const state = started(stateAfter(appraisalStarted()));
    expect(state.phase).toBe('appraising');
    expect(state.leaves.get('2.1')).toMatchObject({ notApplicableBySetup: true, value: null });
    expect(String(selfValue(state.leaves.get('6.4')!))).toBe('0.00');
    expect([...state.leaves.values()].some(isAdjusted)).toBe(false);
  });

  it('rebuilds each leaf validator from the event, so a band leaf still refuses off-band values', () => {
    const leaf = started(stateAfter(appraisalStarted())).leaves.get('3.2')!.leaf;
    expect(leaf.method).toMatchObject({ kind: 'bands' });
    expect(leaf.maxPoints.toString()).toBe('2.00');
  });

  it('a refreshed claim voids the review of that leaf and only that leaf', () => {
    const refreshed = selfScoresRefreshed(
      [
        { criterion: '1.1', points: '1.00' },
        { criterion: '3.2', points: '1.00' },
        { criterion: '7.3', points: '1.50' },
      ],
      [{ criterion: '3.2', previousPoints: '1.00', points: '1.00' }],
    );
    const state = started(stateAfter(...appraisedAsInTheExample, refreshed));
    expect(state.leaves.get('3.2')).toMatchObject({ reviewed: false });
    expect(String(state.leaves.get('3.2')!.self)).toBe('1.00');
    expect(state.leaves.get('7.3')).toMatchObject({ reviewed: true });
    expect(String(state.leaves.get('7.3')!.value)).toBe('0.75');
  });

  it('tracks the phase and the explanations', () => {
    const state = started(stateAfter(...explainedByTheUnit));
    expect(state.phase).toBe('resultSent');
    expect(state.leaves.get('7.3')!.explanation).toBe('open');
    expect(state.result?.explanationDeadline.toISOString()).toBe('2025-11-26T02:00:00.000Z');
    expect([...(started(stateAfter(...sentToTheUnit)).result?.adjustedCriteria ?? [])]).toEqual(['3.2', '6.4', '7.3']);
  });

  it('refuses to fold a stream that does not begin with AppraisalStarted', () =>
    expect(() => stateAfter(criterionAppraised('3.2', '2.00', '1.00', 'x'))).toThrow(/corrupt/));
});
