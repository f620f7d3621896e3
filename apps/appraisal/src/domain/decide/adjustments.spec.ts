import { given } from '@par/testing';
import { appraisalDecider } from '../appraisal.decide';
import {
  appraisalStarted,
  appraisedAsInTheExample,
  appraiserOfX,
  bonusRecorded,
  CYCLE,
  deductionRecorded,
  finalizedAsInTheExample,
  head,
  REASON_DEDUCTION,
  recordBonus,
  recordDeduction,
  rejectionOf,
  removeAdjustment,
  sentToTheUnit,
  stateAfter,
  UNIT,
} from '../testing/appraisal.fixtures';

const INITIATIVE = 'Sáng kiến cấp tỉnh: một cửa điện tử liên thông';

describe('RecordBonus and RecordDeduction', () => {
  it('records a deduction with an id, its points written with 2 places', () =>
    given(appraisalDecider, appraisalStarted())
      .when(recordDeduction(0.5, REASON_DEDUCTION))
      .then(deductionRecorded('deduction-1', '0.50', REASON_DEDUCTION)));

  it('numbers ids in recording order across bonus and deductions', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(recordBonus('0.5', INITIATIVE))
      .then(bonusRecorded('bonus-2', '0.50', INITIATIVE)));

  it('keeps the criterion (a leaf or the field above it) and the reference document', () =>
    given(appraisalDecider, appraisalStarted())
      .when(recordDeduction('0.50', 'Không thực hiện Chỉ thị 05/CT-UBND', { criterion: '1', ref: '05/CT-UBND' }))
      .then({
        type: 'DeductionRecorded',
        schemaVersion: 1,
        data: {
          cycleId: CYCLE,
          unitId: UNIT,
          adjustmentId: 'deduction-1',
          points: '0.50',
          reason: 'Không thực hiện Chỉ thị 05/CT-UBND',
          criterion: '1',
          ref: '05/CT-UBND',
        },
      }));

  it('a criterion outside the set: CRITERION_UNKNOWN', () =>
    given(appraisalDecider, appraisalStarted())
      .when(recordDeduction('0.50', REASON_DEDUCTION, { criterion: '7.9' }))
      .thenRejects('CRITERION_UNKNOWN'));

  it('0.00: POINTS_NOT_POSITIVE', () => given(appraisalDecider, appraisalStarted()).when(recordBonus(0, INITIATIVE)).thenRejects('POINTS_NOT_POSITIVE'));

  it.each([
    ['a negative amount', '-0.50', 'POINTS_NEGATIVE'],
    ['more than 2 decimals', '0.125', 'POINTS_TOO_MANY_DECIMALS'],
  ])('%s keeps its libs/domain code', (_case, points, code) =>
    expect(rejectionOf(recordDeduction(points, REASON_DEDUCTION), appraisalStarted())).toMatchObject({ code, field: 'points' }),
  );

  it('needs a reason: REASON_REQUIRED', () => given(appraisalDecider, appraisalStarted()).when(recordDeduction('0.50', ' ')).thenRejects('REASON_REQUIRED'));

  it('by an appraiser of the unit: APPRAISER_OWN_UNIT', () =>
    given(appraisalDecider, appraisalStarted())
      .when({ ...recordBonus('0.50', INITIATIVE), actor: appraiserOfX })
      .thenRejects('APPRAISER_OWN_UNIT'));

  it('by the unit itself: ROLE_NOT_ALLOWED', () =>
    given(appraisalDecider, appraisalStarted())
      .when({ ...recordBonus('0.50', INITIATIVE), actor: head })
      .thenRejects('ROLE_NOT_ALLOWED'));

  it('after the result was sent: RESULT_ALREADY_SENT', () =>
    given(appraisalDecider, ...sentToTheUnit)
      .when(recordDeduction('0.50', REASON_DEDUCTION))
      .thenRejects('RESULT_ALREADY_SENT'));

  it('after finalization: APPRAISAL_FINALIZED', () =>
    given(appraisalDecider, ...finalizedAsInTheExample)
      .when(recordDeduction('0.50', REASON_DEDUCTION))
      .thenRejects('APPRAISAL_FINALIZED'));
});

describe('RemoveAdjustment', () => {
  const withdrawn = 'Quyết định kỷ luật đã bị hủy';

  it('withdraws it, repeating what was removed', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(removeAdjustment('deduction-1', withdrawn))
      .then({
        type: 'AdjustmentRemoved',
        schemaVersion: 1,
        data: { cycleId: CYCLE, unitId: UNIT, adjustmentId: 'deduction-1', kind: 'deduction', points: '0.50', reason: withdrawn },
      }));

  it('twice records nothing more', () => {
    const removed = appraisalDecider.decide(removeAdjustment('deduction-1', withdrawn), stateAfter(...appraisedAsInTheExample));
    given(appraisalDecider, ...appraisedAsInTheExample, ...removed)
      .when(removeAdjustment('deduction-1', withdrawn))
      .then();
  });

  it('an id never recorded: ADJUSTMENT_NOT_FOUND', () =>
    expect(rejectionOf(removeAdjustment('bonus-7', withdrawn), ...appraisedAsInTheExample)).toMatchObject({ code: 'ADJUSTMENT_NOT_FOUND', field: 'id' }));

  it('needs a reason: REASON_REQUIRED', () =>
    given(appraisalDecider, ...appraisedAsInTheExample)
      .when(removeAdjustment('deduction-1', ''))
      .thenRejects('REASON_REQUIRED'));
});
