// Test only: DOMAIN.md's worked example (Department X) with two more departments, so-a on top and
// so-y tied with X, written to the source logs through the real deciders.
import { PROVINCIAL_THRESHOLDS, WORKED_EXAMPLE_CRITERIA } from '@par/contracts/testing';
import type { CriterionInput } from '@par/domain';
import type { SourceLogs } from './source-logs';

export const CYCLE = 'demo-2025';
export const X_NAME = 'Sở X (the worked example of DOMAIN.md)';

export const admin = { userId: 'vo.van.e', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' } as const;
export const appraiser = { userId: 'tran.thi.b', role: 'APPRAISER', unitId: 'so-noi-vu' } as const;
export const chair = { userId: 'pham.van.d', role: 'COUNCIL_CHAIR', unitId: 'ubnd-tinh' } as const;
export const headOf = (unitId: string) => ({ userId: `head.${unitId}`, role: 'UNIT_HEAD', unitId }) as const;
export const reporterOf = (unitId: string) => ({ userId: `reporter.${unitId}`, role: 'UNIT_REPORTER', unitId }) as const;

export const REASON_3_2 = '96,4% hồ sơ đúng hạn theo hệ thống một cửa';
export const REASON_7_3 = 'Minh chứng chỉ có 6 tháng';
export const REASON_6_4 = 'Đơn vị không có dự án PPP';
export const REASON_COUNCIL = 'Đã bổ sung minh chứng cả năm';
export const COUNCIL_VOTES = { for: 5, against: 1, abstain: 1, members: 7 };

const thresholds = PROVINCIAL_THRESHOLDS;

/** The cycle, its departments' criteria set (the worked example's, unless another is given) and three departments. */
export async function setUpCycle(logs: SourceLogs, criteria: readonly CriterionInput[] = WORKED_EXAMPLE_CRITERIA): Promise<void> {
  const base = { cycleId: CYCLE, actor: admin };
  await logs.cycle({ ...base, type: 'CreateCycle', year: 2025, title: 'Chỉ số CCHC năm 2025', evaluator: 'ubnd-tinh-demo', thresholds });
  await logs.cycle({ ...base, type: 'DefineCriteriaSet', criteriaSetId: 'set-departments', criteria: criteria as never });
  await logs.cycle({ ...base, type: 'DefineGroup', groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments', thresholds: null });
  await logs.cycle({ ...base, type: 'RegisterUnit', unitId: 'so-x', name: X_NAME, groupId: 'departments' });
  await logs.cycle({ ...base, type: 'RegisterUnit', unitId: 'so-a', name: 'Sở A', groupId: 'departments' });
  await logs.cycle({ ...base, type: 'RegisterUnit', unitId: 'so-y', name: 'Sở Y', groupId: 'departments' });
  await logs.cycle({ ...base, type: 'SetApplicability', unitId: 'so-y', criterion: '6.4', applicable: false, reason: REASON_6_4 });
  await logs.cycle({ ...base, type: 'OpenCycle' });
}

/** Scores and submits a unit's self-assessment; returns the scores as the appraisal starts from them. */
export async function selfAssess(
  logs: SourceLogs,
  unitId: string,
  scores: Record<string, string>,
  evidence: Record<string, { title: string; documentNo?: string; date?: string }[]> = {},
) {
  for (const [criterion, points] of Object.entries(scores)) {
    await logs.selfAssessment({
      type: 'ScoreCriterion',
      cycleId: CYCLE,
      unitId,
      actor: reporterOf(unitId),
      criterion,
      points,
      evidence: evidence[criterion] ?? [{ title: `Minh chứng ${criterion}` }],
    });
  }
  await logs.selfAssessment({ type: 'SubmitSelfAssessment', cycleId: CYCLE, unitId, actor: headOf(unitId) });
  return Object.entries(scores).map(([criterion, points]) => ({ criterion, points }));
}

/** Department X from self-assessment to the final appraisal, as DOMAIN.md tells it. */
export async function departmentX(logs: SourceLogs): Promise<void> {
  const self = await selfAssess(
    logs,
    'so-x',
    { '1.1': '1.00', '3.2': '2.00', '7.3': '1.50' },
    {
      '7.3': [{ title: 'Báo cáo thanh toán trực tuyến 6 tháng', documentNo: '45/BC-SX', date: '2025-07-05' }],
    },
  );
  const x = (command: object) => logs.appraise(CYCLE, 'so-x', command as never);
  await logs.startAppraisal(CYCLE, 'so-x', headOf('so-x'), self);
  await x({ type: 'AppraiseCriterion', actor: appraiser, criterion: '1.1', accept: true });
  await x({ type: 'AppraiseCriterion', actor: appraiser, criterion: '3.2', points: '1', reason: REASON_3_2 });
  await x({ type: 'AppraiseCriterion', actor: appraiser, criterion: '7.3', points: '0.75', reason: REASON_7_3 });
  await x({ type: 'MarkCriterionNotApplicable', actor: appraiser, criterion: '6.4', reason: REASON_6_4 });
  await x({ type: 'RecordDeduction', actor: appraiser, points: '0.5', reason: '01 công chức bị kỷ luật' });
  await x({ type: 'SendResultToUnit', actor: appraiser, explanationWindowDays: 5, now: logs.now() });
  await x({
    type: 'FileExplanation',
    actor: reporterOf('so-x'),
    criterion: '7.3',
    text: 'Bổ sung báo cáo thanh toán trực tuyến cả năm',
    evidence: [{ title: 'Báo cáo thanh toán trực tuyến năm 2025', documentNo: '98/BC-SX' }],
    now: logs.now(),
  });
  await x({ type: 'ResolveExplanation', actor: chair, criterion: '7.3', decision: 'changed', points: '1.5', reason: REASON_COUNCIL, votes: COUNCIL_VOTES });
  logs.passDays(6); // after the explanation deadline: 3.2 and 6.4 were not explained
  await x({ type: 'FinalizeAppraisal', actor: chair, now: logs.now() });
}

/** so-a claims everything and the appraiser accepts it (5.50 / 5.50); so-y ties with X (3.00 / 4.50, 6.4 set up not applicable). */
export async function otherDepartments(logs: SourceLogs): Promise<void> {
  const a = await selfAssess(logs, 'so-a', { '1.1': '1.00', '3.2': '2.00', '6.4': '1.00', '7.3': '1.50' });
  await logs.startAppraisal(CYCLE, 'so-a', headOf('so-a'), a);
  const y = await selfAssess(logs, 'so-y', { '1.1': '1.00', '3.2': '1.00', '7.3': '1.00' });
  await logs.startAppraisal(CYCLE, 'so-y', headOf('so-y'), y);
  await logs.appraise(CYCLE, 'so-y', { type: 'AppraiseCriterion', actor: appraiser, criterion: '7.3', accept: true } as never);
}
