import { CriterionInput, CriterionLeaf, parseCriteriaTree, PointsInput, unwrap } from '@par/domain';
import { foldEvents } from '@par/event-store';
import type {
  AppraisalCommand,
  AppraiseCriterion,
  CorrectScore,
  FileExplanation,
  FinalizeAppraisal,
  MarkCriterionNotApplicable,
  RecordBonus,
  RecordDeduction,
  RemoveAdjustment,
  ResolveExplanation,
  SendResultToUnit,
  StartAppraisal,
} from '../appraisal.commands';
import type { Actor, AppraisalEvent, AppraisalEventOf, CouncilVotes } from '@par/contracts';
import { appraisalDecider } from '../appraisal.decide';
import { AppraisalRejection } from '../appraisal.errors';
import { leafToData } from '@par/contracts';

// DOMAIN.md's worked example: Department X (so-x), 4 leaves, 6.4 not scored by X.

export const CYCLE = 'demo-2025';
export const UNIT = 'so-x';

const departmentXCriteria: CriterionInput[] = [
  {
    code: '1',
    title: 'Công tác chỉ đạo, điều hành CCHC',
    children: [{ code: '1.1', title: 'Kế hoạch CCHC ban hành đúng hạn', maxPoints: 1, method: { kind: 'allOrNothing' }, source: 'self' }],
  },
  {
    code: '2',
    title: 'Cải cách thể chế',
    children: [{ code: '2.1', title: 'Ban hành văn bản QPPL đúng kế hoạch', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
  {
    code: '3',
    title: 'Cải cách thủ tục hành chính',
    children: [
      {
        code: '3.2',
        title: 'Tỷ lệ hồ sơ giải quyết đúng hạn',
        maxPoints: 2,
        method: {
          kind: 'bands',
          bands: [
            { minRatio: 1, points: 2 },
            { minRatio: 0.95, points: 1 },
          ],
        },
        source: 'system',
      },
    ],
  },
  {
    code: '6',
    title: 'Cải cách tài chính công',
    children: [{ code: '6.4', title: 'Dự án PPP', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
  {
    code: '7',
    title: 'Xây dựng chính quyền điện tử, chính quyền số',
    children: [{ code: '7.3', title: 'Tỷ lệ thanh toán trực tuyến', maxPoints: 1.5, method: { kind: 'manual', step: 0.25 }, source: 'self' }],
  },
];

/**
 * The worked example's leaves plus 2.1, which the setup marks not applicable to X: the example's
 * numbers stay as DOMAIN.md prints them, and 2.1 serves the tests about setup applicability.
 */
export const departmentXLeaves: readonly CriterionLeaf[] = unwrap(parseCriteriaTree(departmentXCriteria)).leaves();
export const SETUP_NOT_APPLICABLE = ['2.1'];

/** X's self-assessment: 1.1, 3.2 and 7.3 in full; 6.4 not scored. Self total 4.50. */
export const selfScores = [
  { criterion: '1.1', points: '1.00' },
  { criterion: '3.2', points: '2.00' },
  { criterion: '7.3', points: '1.50' },
];

// Sở Tư pháp: a second unit, whose criterion 2.1 the unit scores itself.
export const JUSTICE = 'so-tu-phap';
export const justiceLeaves: readonly CriterionLeaf[] = unwrap(
  parseCriteriaTree([
    {
      code: '2',
      title: 'Cải cách thể chế',
      children: [
        { code: '2.1', title: 'Ban hành văn bản QPPL đúng kế hoạch', maxPoints: 1, method: { kind: 'manual', step: 0.25 }, source: 'self' },
        { code: '2.3', title: 'Xử lý văn bản trái pháp luật', maxPoints: 1, method: { kind: 'deduction', perOccurrence: 0.5, cap: 1 }, source: 'self' },
      ],
    },
  ]),
).leaves();

// People. Appraisers and the council belong to other units than the one they judge.
export const appraiser: Actor = { userId: 'tran.thi.b', role: 'APPRAISER', unitId: 'so-noi-vu' };
export const appraiserOfX: Actor = { userId: 'hoang.van.g', role: 'APPRAISER', unitId: UNIT };
export const reporter: Actor = { userId: 'nguyen.van.a', role: 'UNIT_REPORTER', unitId: UNIT };
export const head: Actor = { userId: 'le.thi.c', role: 'UNIT_HEAD', unitId: UNIT };
export const reporterOfY: Actor = { userId: 'dang.thi.h', role: 'UNIT_REPORTER', unitId: 'so-y' };
export const chair: Actor = { userId: 'pham.van.d', role: 'COUNCIL_CHAIR', unitId: 'ubnd-tinh' };
export const councilMember: Actor = { userId: 'bui.thi.k', role: 'COUNCIL_MEMBER', unitId: 'so-tai-chinh' };
export const admin: Actor = { userId: 'vo.van.e', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
export const viewer: Actor = { userId: 'ngo.van.m', role: 'NATIONAL_VIEWER', unitId: 'bo-noi-vu' };

// Times: the result goes out on 21 Nov 2025 with 5 days to explain.
export const SENT_AT = new Date('2025-11-21T02:00:00.000Z');
export const DEADLINE = new Date('2025-11-26T02:00:00.000Z');
export const WITHIN_WINDOW = new Date('2025-11-24T03:00:00.000Z');
export const AFTER_DEADLINE = new Date('2025-12-03T02:00:00.000Z');

export const REASON_3_2 = '96.4 % hồ sơ đúng hạn theo hệ thống một cửa';
export const REASON_7_3 = 'evidence covers 6 months only';
export const REASON_6_4 = 'Đơn vị không có dự án PPP';
export const REASON_DEDUCTION = '01 công chức bị kỷ luật';
export const REASON_COUNCIL = 'full-year evidence supplied';

// Commands.

export const startAppraisal = (overrides: Partial<StartAppraisal> = {}): StartAppraisal => ({
  type: 'StartAppraisal',
  actor: head,
  cycleId: CYCLE,
  unitId: UNIT,
  leaves: departmentXLeaves,
  notApplicable: SETUP_NOT_APPLICABLE,
  selfScores,
  ...overrides,
});

export const appraise = (criterion: string, points: PointsInput, reason?: string, actor = appraiser): AppraiseCriterion => ({
  type: 'AppraiseCriterion',
  actor,
  criterion,
  points,
  ...(reason === undefined ? {} : { reason }),
});

export const accept = (criterion: string, actor = appraiser): AppraiseCriterion => ({ type: 'AppraiseCriterion', actor, criterion, accept: true });

export const markNotApplicable = (criterion: string, reason: string, actor = appraiser): MarkCriterionNotApplicable => ({
  type: 'MarkCriterionNotApplicable',
  actor,
  criterion,
  reason,
});

export const recordDeduction = (points: PointsInput, reason: string, extra: Partial<RecordDeduction> = {}): RecordDeduction => ({
  type: 'RecordDeduction',
  actor: appraiser,
  points,
  reason,
  ...extra,
});

export const recordBonus = (points: PointsInput, reason: string, extra: Partial<RecordBonus> = {}): RecordBonus => ({
  type: 'RecordBonus',
  actor: appraiser,
  points,
  reason,
  ...extra,
});

export const removeAdjustment = (id: string, reason: string, actor = appraiser): RemoveAdjustment => ({ type: 'RemoveAdjustment', actor, id, reason });

export const sendResult = (overrides: Partial<SendResultToUnit> = {}): SendResultToUnit => ({
  type: 'SendResultToUnit',
  actor: appraiser,
  explanationWindowDays: 5,
  now: SENT_AT,
  ...overrides,
});

export const EXPLANATION_7_3 = 'Đơn vị bổ sung báo cáo thanh toán trực tuyến cả năm 2025';
export const EVIDENCE_7_3 = [{ title: 'Báo cáo thanh toán trực tuyến năm 2025', documentNo: '98/BC-SX', date: '2025-11-23', section: 'mục II, tr. 3' }];

export const explain = (criterion: string, overrides: Partial<FileExplanation> = {}): FileExplanation => ({
  type: 'FileExplanation',
  actor: reporter,
  criterion,
  text: EXPLANATION_7_3,
  evidence: EVIDENCE_7_3,
  now: WITHIN_WINDOW,
  ...overrides,
});

export const votes = (forVotes: number, members: number, against = members - forVotes, abstain = 0): CouncilVotes => ({
  for: forVotes,
  against,
  abstain,
  members,
});

export const resolve = (criterion: string, overrides: Partial<ResolveExplanation> = {}): ResolveExplanation => ({
  type: 'ResolveExplanation',
  actor: chair,
  criterion,
  decision: 'changed',
  points: '1.50',
  reason: REASON_COUNCIL,
  votes: votes(5, 7),
  ...overrides,
});

export const finalize = (now = AFTER_DEADLINE, actor = chair): FinalizeAppraisal => ({ type: 'FinalizeAppraisal', actor, now });

export const correct = (criterion: string, overrides: Partial<CorrectScore> = {}): CorrectScore => ({
  type: 'CorrectScore',
  actor: admin,
  criterion,
  reason: 'Quyết định số 15/QĐ-UBND điều chỉnh kết quả',
  ...overrides,
});

// Events, with the cycle and unit filled in.

const ids = { cycleId: CYCLE, unitId: UNIT };

export const appraisalStarted = (scores = selfScores): AppraisalEventOf<'AppraisalStarted'> => ({
  type: 'AppraisalStarted',
  schemaVersion: 1,
  data: { ...ids, leaves: departmentXLeaves.map(leafToData), notApplicable: SETUP_NOT_APPLICABLE, selfScores: scores },
});

export const selfScoresRefreshed = (
  scores: { criterion: string; points: string }[],
  changedCriteria: { criterion: string; previousPoints: string | null; points: string | null }[],
): AppraisalEventOf<'SelfScoresRefreshed'> => ({
  type: 'SelfScoresRefreshed',
  schemaVersion: 1,
  data: { ...ids, selfScores: scores, changedCriteria },
});

export const criterionAppraised = (
  criterion: string,
  previousPoints: string | null,
  points: string,
  reason?: string,
): AppraisalEventOf<'CriterionAppraised'> => ({
  type: 'CriterionAppraised',
  schemaVersion: 1,
  data: { ...ids, criterion, previousPoints, points, ...(reason === undefined ? {} : { reason }) },
});

export const criterionAccepted = (criterion: string, previousPoints: string | null, points: string): AppraisalEventOf<'CriterionAccepted'> => ({
  type: 'CriterionAccepted',
  schemaVersion: 1,
  data: { ...ids, criterion, previousPoints, points },
});

export const markedNotApplicable = (criterion: string, previousPoints: string | null, reason: string): AppraisalEventOf<'CriterionMarkedNotApplicable'> => ({
  type: 'CriterionMarkedNotApplicable',
  schemaVersion: 1,
  data: { ...ids, criterion, previousPoints, points: null, reason },
});

export const deductionRecorded = (adjustmentId: string, points: string, reason: string): AppraisalEventOf<'DeductionRecorded'> => ({
  type: 'DeductionRecorded',
  schemaVersion: 1,
  data: { ...ids, adjustmentId, points, reason },
});

export const bonusRecorded = (adjustmentId: string, points: string, reason: string): AppraisalEventOf<'BonusRecorded'> => ({
  type: 'BonusRecorded',
  schemaVersion: 1,
  data: { ...ids, adjustmentId, points, reason },
});

export const adjustmentRemoved = (
  adjustmentId: string,
  kind: 'bonus' | 'deduction',
  points: string,
  reason: string,
): AppraisalEventOf<'AdjustmentRemoved'> => ({
  type: 'AdjustmentRemoved',
  schemaVersion: 1,
  data: { ...ids, adjustmentId, kind, points, reason },
});

export const resultSent = (adjustedCriteria: string[]): AppraisalEventOf<'AppraisalResultSent'> => ({
  type: 'AppraisalResultSent',
  schemaVersion: 1,
  data: { ...ids, sentAt: SENT_AT.toISOString(), explanationWindowDays: 5, explanationDeadline: DEADLINE.toISOString(), adjustedCriteria },
});

export const explanationFiled = (criterion: string, filedAt = WITHIN_WINDOW): AppraisalEventOf<'ExplanationFiled'> => ({
  type: 'ExplanationFiled',
  schemaVersion: 1,
  data: { ...ids, criterion, text: EXPLANATION_7_3, evidence: EVIDENCE_7_3, filedAt: filedAt.toISOString() },
});

export const explanationResolved = (
  criterion: string,
  decision: 'upheld' | 'changed',
  previousPoints: string | null,
  points: string | null,
  reason = REASON_COUNCIL,
  councilVotes = votes(5, 7),
): AppraisalEventOf<'ExplanationResolved'> => ({
  type: 'ExplanationResolved',
  schemaVersion: 1,
  data: { ...ids, criterion, decision, previousPoints, points, reason, votes: councilVotes },
});

export const finalized = (
  values: { criterion: string; points: string | null }[],
  bonusTotal = '0.00',
  deductionTotal = '0.00',
): AppraisalEventOf<'AppraisalFinalized'> => ({
  type: 'AppraisalFinalized',
  schemaVersion: 1,
  data: { ...ids, finalizedAt: AFTER_DEADLINE.toISOString(), values, bonusTotal, deductionTotal },
});

// Histories the specs build on.

/** X appraised as in DOMAIN.md: 3.2 → 1.00, 7.3 → 0.75, 6.4 not applicable, deduction 0.50. */
export const appraisedAsInTheExample: AppraisalEvent[] = [
  appraisalStarted(),
  criterionAppraised('3.2', '2.00', '1.00', REASON_3_2),
  criterionAppraised('7.3', '1.50', '0.75', REASON_7_3),
  markedNotApplicable('6.4', '0.00', REASON_6_4),
  deductionRecorded('deduction-1', '0.50', REASON_DEDUCTION),
];

export const sentToTheUnit: AppraisalEvent[] = [...appraisedAsInTheExample, resultSent(['3.2', '6.4', '7.3'])];

export const explainedByTheUnit: AppraisalEvent[] = [...sentToTheUnit, explanationFiled('7.3')];

export const restoredByTheCouncil: AppraisalEvent[] = [...explainedByTheUnit, explanationResolved('7.3', 'changed', '0.75', '1.50')];

export const finalValuesOfTheExample = [
  { criterion: '1.1', points: '1.00' },
  { criterion: '2.1', points: null },
  { criterion: '3.2', points: '1.00' },
  { criterion: '6.4', points: null },
  { criterion: '7.3', points: '1.50' },
];

export const finalizedAsInTheExample: AppraisalEvent[] = [...restoredByTheCouncil, finalized(finalValuesOfTheExample, '0.00', '0.50')];

/** The state after a history, through the decider's own evolve. */
export const stateAfter = (...history: AppraisalEvent[]) => foldEvents(appraisalDecider, history);

/** The error a command is refused with, to check its field and message as well as its code. */
export function rejectionOf(command: AppraisalCommand, ...history: AppraisalEvent[]): AppraisalRejection {
  try {
    appraisalDecider.decide(command, stateAfter(...history));
  } catch (error) {
    return error as AppraisalRejection;
  }
  throw new Error(`expected ${command.type} to be refused`);
}
