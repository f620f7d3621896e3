import { newEvent } from '../shared/new-event';
import { reporterOf } from '../testing/actors';
import { CYCLE } from '../testing/cycle.fixture';
import { openContext, plan, reopened, selfScored, submitted, UNIT } from '../testing/self-assessment.fixture';
import { commutesWith } from './concurrent-changes';
import type { ClearScore, ScoreCriterion, SubmitSelfAssessment } from './self-assessment.commands';

const sheet = { cycleId: CYCLE, unitId: UNIT, context: openContext(), actor: reporterOf(UNIT) };
const score = (criterion: string): ScoreCriterion => ({ ...sheet, type: 'ScoreCriterion', criterion, points: '0.75', evidence: [plan] });
const clear = (criterion: string): ClearScore => ({ ...sheet, type: 'ClearScore', criterion });
const cleared = (criterion: string) => newEvent('SelfScoreCleared', { cycleId: CYCLE, unitId: UNIT, criterion, previousPoints: '1.00' });

describe('a draft score decided again after a concurrent change', () => {
  it('commutes with drafts of other leaves: two people of a unit each keep their own', () => {
    expect(commutesWith(score('1.1'), [selfScored('1.2', '2.00'), cleared('1.3')])).toBe(true);
    expect(commutesWith(clear('1.1'), [selfScored('1.2', '2.00')])).toBe(true);
  });

  it('conflicts with a draft of the same leaf: the later one was decided without seeing it', () => {
    expect(commutesWith(score('1.1'), [selfScored('1.2', '2.00'), selfScored('1.1', '1.00')])).toBe(false);
    expect(commutesWith(score('1.1'), [cleared('1.1')])).toBe(false);
  });

  it('conflicts with a submission or a reopening, and is never assumed for them', () => {
    expect(commutesWith(score('1.1'), [submitted([{ criterion: '1.2', points: '2.00' }])])).toBe(false);
    expect(commutesWith(score('1.1'), [reopened()])).toBe(false);
    const submit: SubmitSelfAssessment = { ...sheet, type: 'SubmitSelfAssessment', actor: { ...sheet.actor, role: 'UNIT_HEAD' } };
    expect(commutesWith(submit, [selfScored('1.2', '2.00')])).toBe(false);
  });
});
