import { fakeApi, json, problem } from '../testing/fake-api';
import { inHours, tokenWith } from '../testing/tokens';
import { hundredthsOf, pointsOf, sumPoints } from './points';
import type { AppraisalSheet, AuditEntry, CycleWithCriteria, Evidence, SelfAssessmentSheet } from './self-assessment.api';

// The small cycle of the gateway's own tests (apps/gateway/src/testing/small-cycle.http.ts), as GET answers it.

export const CYCLE = 'tinh-demo-2025';
export const UNIT = 'so-tu-phap';
export const SHEET_URL = `/cycles/${CYCLE}/self-assessment`;
const UNIT_API = `/api/v1/cycles/${CYCLE}/units/${UNIT}`;

export const reporterToken = () => tokenWith({ sub: 'reporter.sotuphap', roles: ['UNIT_REPORTER'], unitId: UNIT, exp: inHours(8) });
export const headToken = () => tokenWith({ sub: 'head.sotuphap', roles: ['UNIT_HEAD'], unitId: UNIT, exp: inHours(8) });

export const cycle: CycleWithCriteria = {
  cycleId: CYCLE,
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-demo',
  status: 'open',
  selfAssessmentDue: '2099-12-31',
  groups: [{ groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' }],
  units: [{ unitId: UNIT, name: 'Sở Tư pháp', groupId: 'departments', parentId: null }],
  criteriaSets: [
    {
      criteriaSetId: 'set-departments',
      version: 1,
      maxTotal: '7.50',
      leafCount: 5,
      criteria: [
        {
          code: '1',
          title: 'Công tác chỉ đạo, điều hành CCHC',
          children: [
            { code: '1.1', title: 'Kế hoạch CCHC năm', maxPoints: '1.00', method: { kind: 'manual', step: '0.25' }, source: 'self' },
            {
              code: '1.2',
              title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
              maxPoints: '2.00',
              method: {
                kind: 'bands',
                bands: [
                  { minRatio: '1', points: '2.00' },
                  { minRatio: '0.95', points: '1.00' },
                ],
              },
              source: 'self',
            },
            { code: '1.3', title: 'Điều tra xã hội học', maxPoints: '2.50', method: { kind: 'manual', step: '0.01' }, source: 'survey' },
          ],
        },
        {
          code: '6',
          title: 'Cải cách tài chính công',
          children: [
            { code: '6.4', title: 'Dự án PPP', maxPoints: '1.00', method: { kind: 'allOrNothing' }, source: 'self' },
            { code: '6.5', title: 'Kỷ luật tài chính', maxPoints: '1.00', method: { kind: 'deduction', perOccurrence: '0.50' }, source: 'self' },
          ],
        },
      ],
    },
  ],
};

const leaf = (criterion: string, title: string, maxPoints: string, source = 'self') => ({
  criterion,
  title,
  maxPoints,
  source,
  applicable: true,
  points: null as string | null,
  evidence: [] as Evidence[],
  note: null as string | null,
});

export function emptySheet(): SelfAssessmentSheet {
  return {
    cycleId: CYCLE,
    unitId: UNIT,
    status: 'draft',
    submissions: 0,
    leaves: [
      leaf('1.1', 'Kế hoạch CCHC năm', '1.00'),
      leaf('1.2', 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn', '2.00'),
      leaf('1.3', 'Điều tra xã hội học', '2.50', 'survey'),
      leaf('6.4', 'Dự án PPP', '1.00'),
      leaf('6.5', 'Kỷ luật tài chính', '1.00'),
    ],
  };
}

/**
 * The gateway for a unit's sheet, with the rules the tests need: a score off 1.1's step of 0.25 is refused as
 * the submissions service refuses it, every other score is recorded, and the reads show what was recorded.
 */
export function fakeUnitGateway(sheet = emptySheet(), routes: Record<string, unknown> = {}) {
  const scored = () => sheet.leaves.filter((each) => each.points !== null);
  /** The bodies of the scores sent, in order (a request's body is read once, by the fake). */
  const sent: { criterion: string; body: unknown }[] = [];
  const api = fakeApi({
    [`GET /api/v1/cycles/${CYCLE}`]: cycle,
    [`GET ${UNIT_API}/self-assessment`]: () => json(200, sheet),
    [`GET ${UNIT_API}/progress`]: () =>
      json(200, {
        secured: sumPoints(scored().map((each) => each.points)),
        surveyHeld: '2.50',
        surveyGiven: '0.00',
        surveyPending: '2.50',
        applicableMax: '7.50',
        projected: sumPoints(scored().map((each) => each.points)),
      }),
    ...Object.fromEntries(
      sheet.leaves.flatMap((each) => [
        [
          `PUT ${UNIT_API}/self-assessment/scores/${each.criterion}`,
          async (request: Request) => {
            const body = (await request.json()) as { points: string; evidence: Evidence[]; note?: string };
            sent.push({ criterion: each.criterion, body });
            if (each.criterion === '1.1' && (hundredthsOf(body.points) ?? 0) % 25 !== 0) {
              return problem(422, {
                code: 'SCORE_OFF_STEP',
                title: 'Dữ liệu không hợp lệ',
                detail: `Criterion 1.1: points ${body.points} are not a multiple of the step 0.25`,
                field: 'points',
              });
            }
            Object.assign(each, { points: pointsOf(hundredthsOf(body.points) ?? 0), evidence: body.evidence, note: body.note ?? null });
            return json(200, { streamId: `self-assessment:${CYCLE}:${UNIT}`, version: 1, eventsAppended: 1 });
          },
        ],
        [
          `DELETE ${UNIT_API}/self-assessment/scores/${each.criterion}`,
          () => {
            Object.assign(each, { points: null, evidence: [], note: null });
            return json(200, { streamId: `self-assessment:${CYCLE}:${UNIT}`, version: 2, eventsAppended: 1 });
          },
        ],
      ]),
    ),
    [`POST ${UNIT_API}/self-assessment/submit`]: () => {
      Object.assign(sheet, { status: 'submitted', submissions: sheet.submissions + 1 });
      return json(200, { streamId: `self-assessment:${CYCLE}:${UNIT}`, version: 3, eventsAppended: 1 });
    },
    ...routes,
  });
  return { api, sheet, sent };
}

/** The appraisal of the worked example (DOMAIN.md): 1.1 lowered with a reason, 6.4 not applicable, a deduction. */
export function sentAppraisal(): AppraisalSheet {
  return {
    cycleId: CYCLE,
    unitId: UNIT,
    phase: 'resultSent',
    sentAt: '2025-03-01T02:30:00Z',
    explanationDeadline: '2099-03-06T02:30:00Z',
    finalizedAt: null,
    version: 7,
    leaves: [
      {
        criterion: '1.1',
        title: 'Kế hoạch CCHC năm',
        maxPoints: '1.00',
        notApplicableBySetup: false,
        selfPoints: '1.00',
        points: '0.75',
        applicable: true,
        reviewed: true,
        explanation: 'none',
      },
      {
        criterion: '1.2',
        title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
        maxPoints: '2.00',
        notApplicableBySetup: false,
        selfPoints: '2.00',
        points: '2.00',
        applicable: true,
        reviewed: true,
        explanation: 'none',
      },
      {
        criterion: '6.4',
        title: 'Dự án PPP',
        maxPoints: '1.00',
        notApplicableBySetup: false,
        selfPoints: '1.00',
        points: null,
        applicable: false,
        reviewed: true,
        explanation: 'none',
      },
    ],
    adjustments: [
      { id: 'd1', kind: 'deduction', points: '0.50', reason: '01 công chức bị kỷ luật', criterion: null, ref: 'QĐ 12/QĐ-STP', removed: false },
      { id: 'b1', kind: 'bonus', points: '0.25', reason: 'Ghi nhầm', criterion: null, ref: null, removed: true },
    ],
  };
}

const entry = (criterion: string, stage: AuditEntry['stage'], toPoints: string | null, reason: string | null): AuditEntry => ({
  stage,
  subject: 'leaf',
  criterion,
  fromPoints: null,
  toPoints,
  actor: stage === 'self' ? 'reporter.sotuphap' : 'appraiser.sonoivu',
  role: stage === 'self' ? 'UNIT_REPORTER' : 'APPRAISER',
  occurredAt: '2025-02-20T03:00:00Z',
  reason,
  note: null,
  decision: null,
});

export const appraisalTrail = (): { entries: AuditEntry[] } => ({
  entries: [
    entry('1.1', 'self', '1.00', null),
    entry('1.1', 'appraisal', '0.50', 'Kế hoạch ban hành muộn'),
    entry('1.1', 'appraisal', '0.75', 'Kế hoạch ban hành muộn 5 ngày'),
    entry('6.4', 'appraisal', null, 'Không có dự án PPP'),
  ],
});

export const appraisalRoutes = (appraisal: AppraisalSheet | (() => Response), trail = appraisalTrail()) => ({
  [`GET ${UNIT_API}/appraisal`]: typeof appraisal === 'function' ? appraisal : () => json(200, appraisal),
  [`GET ${UNIT_API}/audit`]: trail,
});

export const EXPLANATIONS = `POST ${UNIT_API}/appraisal/explanations`;
