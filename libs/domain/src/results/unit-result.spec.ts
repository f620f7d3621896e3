import { AppraisedScore, BandsMethod, computeUnitResult, scoreByBands, SelfScore, UnitResult, UnitScoreSheet, unwrap } from '..';
import { departmentXTree, provincialScale, pts } from './worked-example.fixture';

/** Department X of DOMAIN.md, step by step. */
const selfAssessed: SelfScore[] = [
  { criterion: '1.1', points: pts(1) },
  { criterion: '3.2', points: pts(2) },
  { criterion: '7.3', points: pts('1.5') },
];
const onTimeBands = departmentXTree.findLeaf('3.2')!.method as BandsMethod;
const appraised: AppraisedScore[] = [
  { criterion: '3.2', points: scoreByBands(onTimeBands, 0.964) },
  { criterion: '7.3', points: pts('0.75') },
];
const sheet: UnitScoreSheet = {
  leaves: departmentXTree.leaves(),
  selfScores: selfAssessed,
  notApplicable: ['6.4'],
  appraisal: appraised,
  deductions: [pts('0.5')],
};

function row(result: UnitResult) {
  return {
    selfTotal: result.selfTotal.toString(),
    appraisedTotal: result.appraisedTotal.toString(),
    applicableMax: result.applicableMax.toString(),
    index: result.index?.toString() ?? null,
    class: result.classification?.class ?? null,
  };
}

describe('the worked example of DOMAIN.md', () => {
  it('self-assessed, X claims the full 4.50 of its 4.50 applicable points', () => {
    const result = unwrap(computeUnitResult({ ...sheet, appraisal: [], deductions: [] }, provincialScale));
    expect(row(result)).toEqual({ selfTotal: '4.50', appraisedTotal: '4.50', applicableMax: '4.50', index: '100.00', class: 'XUAT_SAC' });
  });

  it('an appraiser lowers 3.2 to the band below (96.4 % on time) and 7.3 to 0.75, one official is disciplined: 2.25 / 4.50 = 50.00 (Trung bình)', () => {
    const result = unwrap(computeUnitResult(sheet, provincialScale));
    expect(row(result)).toEqual({ selfTotal: '4.50', appraisedTotal: '2.25', applicableMax: '4.50', index: '50.00', class: 'TRUNG_BINH' });
    expect(result.classification?.label).toBe('Trung bình');
  });

  it("after X's explanation the council restores 7.3 to 1.50: 3.00 / 4.50 = 66.67 (Khá)", () => {
    const councilRestores: AppraisedScore[] = [appraised[0], { criterion: '7.3', points: pts('1.5') }];
    const result = unwrap(computeUnitResult({ ...sheet, appraisal: councilRestores }, provincialScale));
    expect(row(result)).toEqual({ selfTotal: '4.50', appraisedTotal: '3.00', applicableMax: '4.50', index: '66.67', class: 'KHA' });
  });

  it('comes out the same when the appraisal, not the setup, finds 6.4 not applicable', () => {
    const result = unwrap(
      computeUnitResult({ ...sheet, notApplicable: [], appraisal: [...appraised, { criterion: '6.4', applicable: false }] }, provincialScale),
    );
    expect(row(result)).toMatchObject({ appraisedTotal: '2.25', applicableMax: '4.50', index: '50.00' });
  });

  it('without 6.4 left out, its unscored 1.00 would count in the max: 2.25 / 5.50 = 40.91 (Yếu)', () => {
    const result = unwrap(computeUnitResult({ ...sheet, notApplicable: [] }, provincialScale));
    expect(row(result)).toMatchObject({ appraisedTotal: '2.25', applicableMax: '5.50', index: '40.91', class: 'YEU' });
  });

  it('passes on the problems of the sheet instead of a result', () => {
    const result = computeUnitResult({ ...sheet, appraisal: [{ criterion: '7.3', points: pts('0.6') }] }, provincialScale);
    expect(!result.ok && result.errors.map((error) => error.message)).toEqual(['Criterion 7.3: points 0.60 are not a multiple of the step 0.25']);
  });
});
