import { computeTotals, Points, unwrap } from '@par/domain';
import { finalValues } from './final-values';
import { adjustmentRemoved, appraisedAsInTheExample, bonusRecorded, finalizedAsInTheExample, stateAfter } from './testing/appraisal.fixtures';

const text = (points: readonly Points[]) => points.map(String);

describe('finalValues: what computeTotals needs, as the appraisal stands', () => {
  const values = finalValues(stateAfter(...finalizedAsInTheExample));

  it('lists every leaf explicitly: points, or not applicable by the appraisal; setup exclusions apart', () => {
    expect(values.appraisal.map((score) => ('points' in score ? [score.criterion, String(score.points)] : [score.criterion, 'n/a']))).toEqual([
      ['1.1', '1.00'],
      ['3.2', '1.00'],
      ['6.4', 'n/a'],
      ['7.3', '1.50'],
    ]);
    expect(values.notApplicable).toEqual(['2.1']);
    expect(values.selfScores.map((score) => score.criterion)).toEqual(['1.1', '3.2', '7.3']);
  });

  it('gives the totals of DOMAIN.md: self 4.50, appraised 3.00 over 4.50', () => {
    const totals = unwrap(computeTotals(values));
    expect([totals.selfTotal, totals.appraisedTotal, totals.applicableMax].map(String)).toEqual(['4.50', '3.00', '4.50']);
  });

  it('counts bonus and deductions in force, with their reasons, and leaves removed ones out', () => {
    const history = [
      ...appraisedAsInTheExample,
      bonusRecorded('bonus-2', '0.75', 'Sáng kiến cấp tỉnh'),
      adjustmentRemoved('deduction-1', 'deduction', '0.50', 'Hủy kỷ luật'),
    ];
    const current = finalValues(stateAfter(...history));
    expect(text(current.bonus)).toEqual(['0.75']);
    expect(current.deductions).toEqual([]);
    expect(current.adjustments.map((adjustment) => [adjustment.id, adjustment.reason])).toEqual([['bonus-2', 'Sáng kiến cấp tỉnh']]);
  });

  it('has nothing to give before the appraisal started: APPRAISAL_NOT_STARTED', () =>
    expect(() => finalValues(stateAfter())).toThrow(expect.objectContaining({ code: 'APPRAISAL_NOT_STARTED' })));
});
