import { Injectable } from '@nestjs/common';
import { type EventEnvelope, isPublishedIndexEventType, parsePublishedIndexEvent } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import { SURVEY_SCHEMA } from '../../../survey.config';

const s = SURVEY_SCHEMA;

/**
 * Keeps the latest revision of each published year (published-scores.migrations.ts) from the survey log, whose
 * campaign events it passes over. A revision replaces the row only if it is newer, so a redelivery is harmless.
 */
@Injectable()
export class PublishedScoresProjector implements EventConsumer {
  readonly name = 'survey.published-index';

  readonly handle = async (envelope: EventEnvelope, tx: PoolClient): Promise<void> => {
    if (!isPublishedIndexEventType(envelope.type)) return;
    const { data } = parsePublishedIndexEvent(envelope.type, envelope.schemaVersion, envelope.data);
    const actor = typeof envelope.metadata.actor === 'string' ? envelope.metadata.actor : null;
    await tx.query(
      `INSERT INTO ${s}.published_index_years (kind, province, year, revision, reason, source, dimensions, total, max_total, actor, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (province, kind, year) DO UPDATE SET
         revision = EXCLUDED.revision, reason = EXCLUDED.reason, source = EXCLUDED.source, dimensions = EXCLUDED.dimensions,
         total = EXCLUDED.total, max_total = EXCLUDED.max_total, actor = EXCLUDED.actor, recorded_at = EXCLUDED.recorded_at
       WHERE ${s}.published_index_years.revision < EXCLUDED.revision`,
      [
        data.kind,
        data.province,
        data.year,
        data.revision,
        data.reason ?? null,
        JSON.stringify(data.source),
        JSON.stringify(data.dimensions),
        data.total,
        data.maxTotal,
        actor,
        envelope.recordedAt,
      ],
    );
  };
}
