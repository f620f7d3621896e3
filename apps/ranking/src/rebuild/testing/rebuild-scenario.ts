// Test only: the worked example with every kind of event ranking projects, written through the real deciders.
import { WORKED_EXAMPLE_CRITERIA } from '@par/contracts/testing';
import type { SourceLogs } from '../../testing/source-logs';
import type { SurveyLog } from '../../testing/survey-log';
import { admin, appraiser, CYCLE, departmentX, headOf, otherDepartments, reporterOf, setUpCycle } from '../../testing/worked-example.scenario';

/**
 * DOMAIN.md's worked example and two more departments, then what it lacks: a rename, a criteria set
 * corrected, a bonus recorded and removed, a resubmission (SelfScoresRefreshed), a correction after
 * finalization, and two survey campaigns applying the same leaf.
 */
export async function rebuildScenario(logs: SourceLogs, survey: SurveyLog): Promise<void> {
  await setUpCycle(logs);
  await departmentX(logs);
  await otherDepartments(logs);
  const base = { cycleId: CYCLE, actor: admin };
  await logs.cycle({ ...base, type: 'RenameUnit', unitId: 'so-a', name: 'Sở A (sáp nhập)', validFrom: '2025-07-01' });
  await logs.cycle({
    ...base,
    type: 'CorrectCriteriaSet',
    criteriaSetId: 'set-departments',
    criteria: WORKED_EXAMPLE_CRITERIA as never,
    reason: 'Sửa lỗi chính tả',
  });
  const y = (command: object) => logs.appraise(CYCLE, 'so-y', command as never);
  await y({ type: 'RecordBonus', actor: appraiser, points: '0.5', reason: 'Sáng kiến cấp tỉnh', criterion: '1.1', ref: '12/QĐ-UBND' });
  await y({ type: 'RemoveAdjustment', actor: appraiser, id: 'bonus-1', reason: 'Trùng với năm trước' });
  await y({ type: 'RecordDeduction', actor: appraiser, points: '0.25', reason: 'Báo cáo trễ hạn' });
  await logs.selfAssessment({ type: 'ReopenSelfAssessment', cycleId: CYCLE, unitId: 'so-a', actor: admin, reason: 'Đơn vị xin bổ sung' } as never);
  await logs.selfAssessment({
    type: 'ScoreCriterion',
    cycleId: CYCLE,
    unitId: 'so-a',
    actor: reporterOf('so-a'),
    criterion: '3.2',
    points: '1.00',
    evidence: [{ title: 'Báo cáo' }],
  } as never);
  await logs.selfAssessment({ type: 'SubmitSelfAssessment', cycleId: CYCLE, unitId: 'so-a', actor: headOf('so-a') } as never);
  const resubmitted = { '1.1': '1.00', '3.2': '1.00', '6.4': '1.00', '7.3': '1.50' };
  await logs.startAppraisal(
    CYCLE,
    'so-a',
    headOf('so-a'),
    Object.entries(resubmitted).map(([criterion, points]) => ({ criterion, points })),
  );
  await logs.appraise(CYCLE, 'so-x', { type: 'CorrectScore', actor: admin, criterion: '3.2', points: '2', reason: 'Kiểm tra lại hồ sơ' } as never);
  await survey.apply({ campaignId: 'sipas-2025', unitId: 'so-x', criterion: '1.1', points: '0.80', index: '80.00', respondents: 400, answers: 4000 });
  await survey.apply({ campaignId: 'xhh-2025', unitId: 'so-x', criterion: '1.1', points: '0.90', index: '90.00', respondents: 300, answers: 3000 });
  await survey.apply({ campaignId: 'sipas-2025', unitId: 'so-x', criterion: '1.1', points: '0.85', index: '85.00', respondents: 420, answers: 4200 });
}
