import { computeIndex, computeTotals, unwrap } from '@par/domain';
import { foldEvents } from '@par/event-store';
import type { AppraisalCommand } from './appraisal.commands';
import { AppraisalEvent, parseAppraisalEvent } from '@par/contracts';
import { appraisalDecider } from './appraisal.decide';
import { finalValues } from './final-values';
import {
  accept,
  AFTER_DEADLINE,
  appraise,
  chair,
  criterionAccepted,
  criterionAppraised,
  deductionRecorded,
  explain,
  explanationFiled,
  explanationResolved,
  finalize,
  finalized,
  finalValuesOfTheExample,
  markedNotApplicable,
  markNotApplicable,
  REASON_3_2,
  REASON_6_4,
  REASON_7_3,
  REASON_COUNCIL,
  REASON_DEDUCTION,
  recordDeduction,
  resolve,
  resultSent,
  sendResult,
  startAppraisal,
  appraisalStarted,
  votes,
} from './testing/appraisal.fixtures';

/** Runs commands one after another through the decider, as the command handler would, keeping the log. */
function appraisalLog() {
  const log: AppraisalEvent[] = [];
  return {
    log,
    issue(command: AppraisalCommand): AppraisalEvent[] {
      const decided = appraisalDecider.decide(command, foldEvents(appraisalDecider, log));
      log.push(...decided);
      return decided;
    },
    totals() {
      return unwrap(computeTotals(finalValues(foldEvents(appraisalDecider, log))));
    },
  };
}

describe('DOMAIN.md worked example: Department X from self-assessment to the final appraisal', () => {
  const x = appraisalLog();

  it('opens when X submits 1.1, 3.2 and 7.3 in full (self total 4.50)', () => {
    expect(x.issue(startAppraisal())).toEqual([appraisalStarted()]);
    expect(x.totals().selfTotal.toString()).toBe('4.50');
  });

  it('the appraiser accepts 1.1, lowers 3.2 and 7.3 with reasons, finds 6.4 not applicable and deducts 0.50', () => {
    expect(x.issue(accept('1.1'))).toEqual([criterionAccepted('1.1', '1.00', '1.00')]);
    expect(x.issue(appraise('3.2', 1, REASON_3_2))).toEqual([criterionAppraised('3.2', '2.00', '1.00', REASON_3_2)]);
    expect(x.issue(appraise('7.3', '0.75', REASON_7_3))).toEqual([criterionAppraised('7.3', '1.50', '0.75', REASON_7_3)]);
    expect(x.issue(markNotApplicable('6.4', REASON_6_4))).toEqual([markedNotApplicable('6.4', '0.00', REASON_6_4)]);
    expect(x.issue(recordDeduction(0.5, REASON_DEDUCTION))).toEqual([deductionRecorded('deduction-1', '0.50', REASON_DEDUCTION)]);
  });

  it('gives 2.75 − 0.50 = 2.25 over a max of 4.50: index 50.00 (Trung bình)', () => {
    const totals = x.totals();
    expect([totals.appraisedTotal.toString(), totals.applicableMax.toString()]).toEqual(['2.25', '4.50']);
    expect(computeIndex(totals.appraisedTotal, totals.applicableMax)?.toString()).toBe('50.00');
  });

  it('sends X its result, naming the adjusted leaves 3.2, 6.4 and 7.3', () => {
    expect(x.issue(sendResult())).toEqual([resultSent(['3.2', '6.4', '7.3'])]);
  });

  it('X explains 7.3 within the window', () => {
    expect(x.issue(explain('7.3'))).toEqual([explanationFiled('7.3')]);
  });

  it('the council restores 1.50 by 5 votes of 7, the chair recording it', () => {
    expect(x.issue(resolve('7.3', { points: 1.5, votes: votes(5, 7) }))).toEqual([
      explanationResolved('7.3', 'changed', '0.75', '1.50', REASON_COUNCIL, votes(5, 7)),
    ]);
  });

  it('the chair finalizes after the deadline with the final values and the deduction total', () => {
    expect(x.issue(finalize(AFTER_DEADLINE, chair))).toEqual([finalized(finalValuesOfTheExample, '0.00', '0.50')]);
  });

  it('final values give 3.00 / 4.50: index 66.67 (Khá)', () => {
    const totals = x.totals();
    expect([totals.appraisedTotal.toString(), totals.applicableMax.toString()]).toEqual(['3.00', '4.50']);
    expect(computeIndex(totals.appraisedTotal, totals.applicableMax)?.toString()).toBe('66.67');
  });

  it('every event it recorded honours the published contract after a JSON round trip', () => {
    expect(x.log).toHaveLength(10);
    for (const event of x.log) {
      const wire = JSON.parse(JSON.stringify(event)) as AppraisalEvent;
      expect(parseAppraisalEvent(wire.type, wire.schemaVersion, wire.data)).toEqual(event);
    }
  });
});
