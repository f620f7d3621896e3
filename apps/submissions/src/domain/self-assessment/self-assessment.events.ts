import { namedStream, type NamedStream } from '../contracts';

export type {
  CriterionSelfScored,
  EvidenceData,
  SelfAssessmentEvent,
  SelfAssessmentReopened,
  SelfAssessmentSubmitted,
  SelfScoreCleared,
  SubmittedScore,
} from '../contracts';

/**
 * One stream per unit and cycle: a unit's sheet is edited and submitted apart from every other unit's.
 * `self-assessment:<cycleId>:<unitId>`, or the legacy `self-assessment-<cycleId>-<unitId>` it began under:
 * give it to handleCommand / loadStream rather than reading its `streamId` alone.
 */
export function selfAssessmentStream(cycleId: string, unitId: string): NamedStream {
  return namedStream('self-assessment', { cycleId, unitId });
}
