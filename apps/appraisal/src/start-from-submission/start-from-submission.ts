import { type Actor, isRole, leafFromData, type SubmissionsEventOf } from '@par/contracts';
import type { StartAppraisal } from '../domain';

/** Stands in for a submitter the metadata does not name: the role the start rule accepts for imports. */
export const SYSTEM_ACTOR: Actor = { userId: 'system:appraisal', role: 'PROVINCE_ADMIN' };

/** The unit's submission, self-contained, becomes the StartAppraisal of its appraisal. */
export function startFromSubmission(event: SubmissionsEventOf<'SelfAssessmentSubmitted'>, metadata: Record<string, unknown>): StartAppraisal {
  const { cycleId, unitId, leaves, notApplicable, scores } = event.data;
  return {
    type: 'StartAppraisal',
    actor: submitter(metadata) ?? SYSTEM_ACTOR,
    cycleId,
    unitId,
    leaves: leaves.map(leafFromData),
    notApplicable,
    selfScores: scores.map(({ criterion, points }) => ({ criterion, points })),
  };
}

/** Whoever submitted, as the submissions service recorded them. */
function submitter(metadata: Record<string, unknown>): Actor | undefined {
  const { actor, role, actorUnitId } = metadata;
  if (typeof actor !== 'string' || actor === '' || !isRole(role)) return undefined;
  return { userId: actor, role, ...(typeof actorUnitId === 'string' && actorUnitId !== '' ? { unitId: actorUnitId } : {}) };
}
