import { parseSubmissionsEvent } from '@par/contracts';
import type { NewEvent } from '@par/event-store';
import { Points } from '@par/domain';
import { leafToData } from '@par/contracts';
import { selfAssessmentStream as submissionsStream } from '@par/submissions';
import { CYCLE, departmentXLeaves, head, SETUP_NOT_APPLICABLE, selfScores } from '../domain/testing/appraisal.fixtures';

/** Department X's submission as the submissions service logs it (checked against the contract here). */
export function selfAssessmentSubmitted(unitId: string, scores = selfScores): NewEvent {
  const data = {
    cycleId: CYCLE,
    unitId,
    submission: 1,
    leaves: departmentXLeaves.map(leafToData),
    notApplicable: SETUP_NOT_APPLICABLE,
    scores: scores.map(({ criterion, points }) => ({ criterion, points, evidence: [], note: null })),
    selfTotal: Points.sum(scores.map(({ points }) => Points.of(points))).toString(),
  };
  parseSubmissionsEvent('SelfAssessmentSubmitted', 1, data);
  return {
    type: 'SelfAssessmentSubmitted',
    schemaVersion: 1,
    data,
    metadata: { actor: head.userId, role: 'UNIT_HEAD', actorUnitId: unitId, occurredAt: new Date().toISOString(), correlationId: `submit-${unitId}` },
  };
}

/** The unit's self-assessment stream in the submissions log, named as the submissions service names it. */
export const selfAssessmentStream = (unitId: string) => submissionsStream(CYCLE, unitId).streamId;
