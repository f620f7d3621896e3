import { leafToData } from '../contracts';
import { newEvent } from '../shared/new-event';
import type { EvidenceInput, SelfAssessmentContext } from '../self-assessment/self-assessment.commands';
import type { EvidenceData, SelfAssessmentEvent } from '../self-assessment/self-assessment.events';
import { departmentsLeaves } from './criteria.fixture';
import { CYCLE } from './cycle.fixture';

export const UNIT = 'so-tu-phap';

/** Sở Tư pháp's context in an open cycle: the departments' leaves, 6.4 not applicable, due 15 November. */
export const openContext = (overrides: Partial<SelfAssessmentContext> = {}): SelfAssessmentContext => ({
  cycleStatus: 'open',
  leaves: departmentsLeaves,
  notApplicable: ['6.4'],
  selfAssessmentDue: '2025-11-15',
  now: '2025-11-05T09:00:00+07:00',
  ...overrides,
});

export const plan: EvidenceInput = { title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-10' };
export const planData: EvidenceData = { title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-10' };

export const selfScored = (criterion: string, points: string, evidence: EvidenceData[] = [planData], note: string | null = null): SelfAssessmentEvent =>
  newEvent('CriterionSelfScored', { cycleId: CYCLE, unitId: UNIT, criterion, points, evidence, note });

/** A submission as the decider writes it for Sở Tư pháp's departments' sheet. */
export const submitted = (scores: { criterion: string; points: string }[], submission = 1): SelfAssessmentEvent =>
  newEvent('SelfAssessmentSubmitted', {
    cycleId: CYCLE,
    unitId: UNIT,
    submission,
    leaves: departmentsLeaves.map(leafToData),
    notApplicable: ['6.4'],
    scores: scores.map(({ criterion, points }) => ({ criterion, points, evidence: [planData], note: null })),
    selfTotal: scores.reduce((total, score) => total + Number(score.points), 0).toFixed(2),
  });

export const reopened = (): SelfAssessmentEvent =>
  newEvent('SelfAssessmentReopened', { cycleId: CYCLE, unitId: UNIT, reason: 'Đơn vị đề nghị bổ sung minh chứng' });
