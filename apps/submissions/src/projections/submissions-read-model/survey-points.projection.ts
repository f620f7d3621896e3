import { type EventEnvelope, isPublishedIndexEventType, isSurveyEventType, parseSurveyEvent } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { SUBMISSIONS_SCHEMA } from '../../infrastructure/tokens';

const s = `"${SUBMISSIONS_SCHEMA}"`;

/**
 * The survey service's log into the read model: the points a campaign applied to a unit's survey-held
 * leaf, one row per (leaf, campaign), for the unit's progress. A later apply of the same campaign (a late
 * batch) is a newer version of its stream and replaces its value; a redelivery or an older version
 * changes nothing. Which campaign is in force is the reader's (read-model.reader.ts), so any arrival order
 * gives the same answer. Campaigns opened and batches accepted change no points: not projected.
 * The name is the consumer's identity (processed marks, checkpoint, Kafka group): never rename it.
 */
export const surveyPointsProjection: EventConsumer = {
  name: 'submissions-survey',
  handle: async (envelope: EventEnvelope, tx: PoolClient) => {
    // Only the survey's own events (the log also holds published PAPI/DGI indices, and may gain others): as ranking does.
    if (isPublishedIndexEventType(envelope.type) || !isSurveyEventType(envelope.type)) return;
    const event = parseSurveyEvent(envelope.type, envelope.schemaVersion, envelope.data);
    if (event.type !== 'SurveyPointsApplied') return;
    const { campaignId, cycleId, unitId, criterion, points } = event.data;
    await tx.query(
      `INSERT INTO ${s}.survey_points (cycle_id, unit_id, criterion, campaign_id, points, occurred_at, source_version) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (cycle_id, unit_id, criterion, campaign_id) DO UPDATE SET points = EXCLUDED.points, occurred_at = EXCLUDED.occurred_at,
         source_version = EXCLUDED.source_version
       WHERE survey_points.source_version < EXCLUDED.source_version`,
      [cycleId, unitId, criterion, campaignId, points, occurredAt(envelope), envelope.streamVersion],
    );
  },
};

/** When the survey applied the points (metadata occurredAt), else when its log recorded them. */
function occurredAt(envelope: EventEnvelope): string {
  const given = envelope.metadata?.occurredAt;
  return typeof given === 'string' && given !== '' ? given : envelope.recordedAt;
}
