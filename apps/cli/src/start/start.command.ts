import { WrongExpectedVersionError, type EventStore, type NewEvent } from '@par/event-store';
import { InProcessEventConsumer, migrateConsumerTables } from '@par/messaging';
import type { Pool } from 'pg';
import { LOGGED_SERVICES, openEmbeddedPlatform } from '../embedded/embedded-platform';
import { leafValuesProjection, migrateLeafValues, SCHEMA } from './leaf-values.projection';
import { unitResults } from './unit-results.query';
import {
  appraisalEvents, appraisalStream, CYCLE, selfAssessmentEvents, selfAssessmentStream, UNIT, UNIT_NAME,
} from './worked-example';

export interface StartOptions {
  dataDir: string;
}

/**
 * The zero-setup run: the embedded database, the service logs, the in-process transport and a read
 * model, driven through DOMAIN.md's worked example so a newcomer sees every layer work together.
 */
export async function start({ dataDir }: StartOptions): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const platform = await openEmbeddedPlatform(dataDir, log);
  const consumers: InProcessEventConsumer[] = [];
  try {
    await migrateConsumerTables(platform.pool, SCHEMA);
    await migrateLeafValues(platform.pool);
    for (const service of LOGGED_SERVICES) {
      const consumer = new InProcessEventConsumer({
        consumer: leafValuesProjection, source: { service, store: platform.stores[service] }, pool: platform.pool, schema: SCHEMA,
      });
      await consumer.start();
      consumers.push(consumer);
    }

    await recordOnce(platform.stores.submissions, selfAssessmentStream, selfAssessmentEvents, log);
    await recordOnce(platform.stores.appraisal, appraisalStream, appraisalEvents, log);
    await Promise.all(consumers.map((consumer) => consumer.caughtUp()));

    printResults(await unitResults(platform.pool, CYCLE));
    await printHistory(platform.pool, '7.3');
    for (const service of LOGGED_SERVICES) {
      const verdict = await platform.stores[service].verify();
      process.stdout.write(`verify ${service}: ${verdict.ok ? `ok (${verdict.events} events in ${verdict.streams} streams)` : `BROKEN at ${JSON.stringify(verdict.firstBroken)}`}\n`);
    }
  } finally {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await platform.close();
  }
}

/** Appending to a new stream (expected version 0) makes a second run a no-op instead of a duplicate. */
async function recordOnce(store: EventStore, stream: string, events: NewEvent[], log: (line: string) => void): Promise<void> {
  try {
    await store.append(stream, events, { expectedVersion: 0 });
    log(`recorded ${events.length} events in ${stream}`);
  } catch (error) {
    if (!(error instanceof WrongExpectedVersionError)) throw error;
    log(`${stream} already recorded (version ${error.actualVersion})`);
  }
}

function printResults(rows: Awaited<ReturnType<typeof unitResults>>): void {
  process.stdout.write(`\nChỉ số CCHC ${CYCLE} — ${UNIT_NAME} (DOMAIN.md worked example)\n`);
  console.table(rows);
}

async function printHistory(pool: Pool, criterion: string): Promise<void> {
  const { rows } = await pool.query(
    `SELECT stage, points, actor, role, to_char(occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI') AS "at", reason
       FROM ${SCHEMA}.leaf_history WHERE cycle = $1 AND unit = $2 AND criterion = $3 ORDER BY recorded_at, occurred_at`,
    [CYCLE, UNIT, criterion],
  );
  process.stdout.write(`\nEvery value criterion ${criterion} took:\n`);
  console.table(rows);
}
