import { tokenWith, inHours } from '../testing/tokens';
import type { AppraisalSheet, AuditTrail, SelfAssessment } from './appraisal.types';

// A small open cycle as the gateway answers it: Sở Tư pháp submitted and is being appraised, Sở Y tế has not submitted.

export const appraiserToken = () => tokenWith({ sub: 'appraiser.sonoivu', roles: ['APPRAISER'], unitId: 'so-noi-vu', exp: inHours(8) });
export const chairToken = () => tokenWith({ sub: 'chair.hoidong', roles: ['COUNCIL_CHAIR'], unitId: 'van-phong-ubnd-tinh', exp: inHours(8) });

export const CYCLE = 'tinh-demo-2025';
export const SHEET = `/api/v1/cycles/${CYCLE}/units/so-tu-phap/appraisal`;

export const overview = {
  cycleId: CYCLE,
  year: 2025,
  title: 'Chỉ số CCHC năm 2025',
  evaluator: 'ubnd-tinh-demo',
  status: 'open',
  selfAssessmentDue: '2099-12-31',
  groups: [
    { groupId: 'departments', name: 'Sở, ban, ngành', criteriaSetId: 'set-departments' },
    { groupId: 'districts', name: 'UBND cấp huyện', criteriaSetId: 'set-districts' },
  ],
  units: [
    { unitId: 'so-tu-phap', name: 'Sở Tư pháp', groupId: 'departments', parentId: null },
    { unitId: 'so-y-te', name: 'Sở Y tế', groupId: 'departments', parentId: null },
    { unitId: 'huyen-a', name: 'UBND huyện A', groupId: 'districts', parentId: null },
  ],
};

export const queue = {
  cycle: CYCLE,
  units: [
    { unitId: 'so-tu-phap', phase: 'resultSent', selfSubmitted: true },
    { unitId: 'so-y-te', phase: 'notStarted', selfSubmitted: false },
    { unitId: 'huyen-a', phase: 'appraising', selfSubmitted: true },
  ],
};

export function sheet(overrides: Partial<AppraisalSheet> = {}): AppraisalSheet {
  return {
    cycleId: CYCLE,
    unitId: 'so-tu-phap',
    phase: 'appraising',
    sentAt: null,
    explanationDeadline: null,
    finalizedAt: null,
    version: 1,
    leaves: [
      {
        criterion: '1.1',
        title: 'Kế hoạch CCHC năm',
        maxPoints: '1.00',
        notApplicableBySetup: false,
        selfPoints: '1.00',
        points: '1.00',
        applicable: true,
        reviewed: false,
        explanation: 'none',
      },
      {
        criterion: '1.2',
        title: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
        maxPoints: '2.00',
        notApplicableBySetup: false,
        selfPoints: null,
        points: '0.00',
        applicable: true,
        reviewed: false,
        explanation: 'none',
      },
    ],
    adjustments: [],
    ...overrides,
  };
}

export const selfAssessment: SelfAssessment = {
  status: 'submitted',
  leaves: [
    {
      criterion: '1.1',
      points: '1.00',
      note: 'Ban hành đúng hạn',
      evidence: [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15', section: 'mục II.1' }],
    },
    { criterion: '1.2', points: null, note: null, evidence: [] },
  ],
};

export const explainedAudit: AuditTrail = {
  entries: [
    {
      stage: 'explanation',
      criterion: '1.1',
      actor: 'reporter.sotuphap',
      occurredAt: '2025-11-24T03:00:00.000Z',
      note: 'Kế hoạch đã trình đúng hạn, ban hành chậm do lãnh đạo đi công tác',
      evidence: [{ title: 'Tờ trình 05/TTr-STP', date: '2025-01-05' }],
    },
  ],
};
