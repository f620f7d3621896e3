import { computeTotals, DomainError, UnitScoreSheet, UnitTotals, unwrap, Validation } from '..';
import { departmentXTree, pts } from './worked-example.fixture';

const leaves = departmentXTree.leaves();

function totals(sheet: Omit<UnitScoreSheet, 'leaves'>): Record<keyof UnitTotals, string> {
  const { selfTotal, appraisedTotal, applicableMax } = unwrap(computeTotals({ leaves, ...sheet }));
  return { selfTotal: selfTotal.toString(), appraisedTotal: appraisedTotal.toString(), applicableMax: applicableMax.toString() };
}

function problems(result: Validation<unknown>): Pick<DomainError, 'code' | 'field'>[] {
  if (result.ok) throw new Error('expected the sheet to be rejected');
  return result.errors.map(({ code, field }) => ({ code, field }));
}

describe('computeTotals', () => {
  it('a unit that scored nothing has 0.00 of everything applicable to it', () => {
    expect(totals({ selfScores: [] })).toEqual({ selfTotal: '0.00', appraisedTotal: '0.00', applicableMax: '5.50' });
  });

  it('a leaf the appraisal does not mention keeps its self score', () => {
    expect(totals({ selfScores: [{ criterion: '7.3', points: pts('1.25') }], appraisal: [{ criterion: '1.1', points: pts(0) }] })).toEqual({
      selfTotal: '1.25',
      appraisedTotal: '1.25',
      applicableMax: '5.50',
    });
  });

  it('an appraiser can award points to a leaf the unit left blank', () => {
    expect(totals({ selfScores: [], appraisal: [{ criterion: '3.2', points: pts(1) }] })).toMatchObject({ selfTotal: '0.00', appraisedTotal: '1.00' });
  });

  it('adds the bonus and takes off the deductions, bonus max staying out of the max', () => {
    const full = [
      { criterion: '1.1', points: pts(1) },
      { criterion: '3.2', points: pts(2) },
      { criterion: '7.3', points: pts('1.5') },
    ];
    expect(totals({ selfScores: full, notApplicable: ['6.4'], bonus: [pts('0.5'), pts('0.25')], deductions: [pts('0.5')] })).toEqual({
      selfTotal: '4.50',
      appraisedTotal: '4.75',
      applicableMax: '4.50',
    });
  });

  it('lets deductions take the appraised total below zero (no floor in the contract)', () => {
    expect(totals({ selfScores: [], deductions: [pts('0.5'), pts('0.5')] }).appraisedTotal).toBe('-1.00');
  });

  it('counts in the self total a leaf the unit scored and the appraisal then found not applicable', () => {
    expect(totals({ selfScores: [{ criterion: '6.4', points: pts('0.5') }], appraisal: [{ criterion: '6.4', applicable: false }] })).toEqual({
      selfTotal: '0.50',
      appraisedTotal: '0.00',
      applicableMax: '4.50',
    });
  });

  it('with every leaf not applicable, both sides are 0.00', () => {
    expect(totals({ selfScores: [], notApplicable: leaves.map((leaf) => leaf.code) })).toEqual({
      selfTotal: '0.00',
      appraisedTotal: '0.00',
      applicableMax: '0.00',
    });
  });

  it('lists every problem in the sheet, each naming the list and criterion', () => {
    const result = computeTotals({
      leaves,
      selfScores: [
        { criterion: '1.1', points: pts(1) },
        { criterion: '1.1', points: pts(1) },
        { criterion: '9.9', points: pts(1) },
        { criterion: '7.3', points: pts(2) },
      ],
      appraisal: [{ criterion: '3.2', points: pts('0.5') }],
      notApplicable: ['6.5'],
      bonus: [pts('-0.5')],
      deductions: [pts('-1')],
    });
    expect(problems(result)).toEqual([
      { code: 'SCORE_DUPLICATE', field: 'selfScores[1.1]' },
      { code: 'CRITERION_UNKNOWN', field: 'selfScores[9.9]' },
      { code: 'SCORE_ABOVE_MAX', field: 'selfScores[7.3].points' },
      { code: 'SCORE_NOT_A_BAND', field: 'appraisal[3.2].points' },
      { code: 'CRITERION_UNKNOWN', field: 'notApplicable[6.5]' },
      { code: 'POINTS_NEGATIVE', field: 'bonus[0]' },
      { code: 'POINTS_NEGATIVE', field: 'deductions[0]' },
    ]);
  });
});
