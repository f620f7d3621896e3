import type { SubmissionsEvent } from '@par/contracts';
import type { Projector } from '../projector';
import { recordAudit } from './audit-writer';

/**
 * The submissions service's part of the trail: each submitted self score, with its evidence and note.
 * Every submission is part of the story, even one that arrives after a newer one. Drafts are not values
 * the leaf took: they are not listed.
 */
export const auditTrailFromSubmissions: Projector<SubmissionsEvent> = async (event, context, tx) => {
  if (event.type !== 'SelfAssessmentSubmitted') return;
  const { cycleId, unitId, scores } = event.data;
  await recordAudit(
    tx,
    context,
    scores.map((score) => ({
      cycleId,
      unitId,
      criterion: score.criterion,
      stage: 'self',
      from: null,
      to: score.points,
      note: score.note,
      evidence: score.evidence,
    })),
  );
};
