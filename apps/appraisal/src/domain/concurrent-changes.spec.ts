import { commutesWith } from './concurrent-changes';
import {
  accept,
  appraise,
  criterionAccepted,
  criterionAppraised,
  explanationFiled,
  markNotApplicable,
  markedNotApplicable,
  recordBonus,
  REASON_3_2,
  REASON_6_4,
  REASON_7_3,
  resultSent,
  selfScoresRefreshed,
} from './testing/appraisal.fixtures';

describe('a verdict decided again after a concurrent change', () => {
  it('commutes with verdicts on other leaves: two appraisers of one unit each keep their own', () => {
    const others = [
      criterionAppraised('7.3', '1.50', '0.75', REASON_7_3),
      criterionAccepted('1.1', '1.00', '1.00'),
      markedNotApplicable('6.4', '0.00', REASON_6_4),
    ];
    expect(commutesWith(appraise('3.2', '1.00', REASON_3_2), others)).toBe(true);
    expect(commutesWith(accept('3.2'), others)).toBe(true);
    expect(commutesWith(markNotApplicable('3.2', REASON_3_2), others)).toBe(true);
    expect(commutesWith(appraise('3.2', '1.00', REASON_3_2), [])).toBe(true);
  });

  it('conflicts with a verdict on the same leaf: the later appraiser decided without seeing it', () => {
    expect(commutesWith(appraise('7.3', '1.00', REASON_7_3), [criterionAppraised('7.3', '1.50', '0.75', REASON_7_3)])).toBe(false);
    expect(commutesWith(accept('7.3'), [criterionAccepted('1.1', '1.00', '1.00'), criterionAppraised('7.3', '1.50', '0.75', REASON_7_3)])).toBe(false);
  });

  it('conflicts with a change of the appraisal as a whole, or of a leaf by anything but a verdict', () => {
    const command = appraise('3.2', '1.00', REASON_3_2);
    expect(commutesWith(command, [resultSent(['7.3'])])).toBe(false);
    expect(commutesWith(command, [selfScoresRefreshed([{ criterion: '7.3', points: '1.00' }], [])])).toBe(false);
    expect(commutesWith(command, [explanationFiled('7.3')])).toBe(false);
  });

  it('is never assumed for other commands', () => {
    expect(commutesWith(recordBonus('0.50', 'Sáng kiến cấp tỉnh'), [criterionAccepted('1.1', '1.00', '1.00')])).toBe(false);
  });
});
