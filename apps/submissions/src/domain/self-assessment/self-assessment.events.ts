export type {
  CriterionSelfScored,
  EvidenceData,
  SelfAssessmentEvent,
  SelfAssessmentReopened,
  SelfAssessmentSubmitted,
  SelfScoreCleared,
  SubmittedScore,
} from '../contracts';

/** One stream per unit and cycle: a unit's sheet is edited and submitted apart from every other unit's. */
export function selfAssessmentStreamId(cycleId: string, unitId: string): string {
  return `self-assessment-${cycleId}-${unitId}`;
}
