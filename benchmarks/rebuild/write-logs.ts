import { parseAppraisalEvent, parseSubmissionsEvent } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { cycleStreams, type GeneratedStream } from './generated-streams';

/** Streams appended at once: the database stores one while the next is prepared and hashed. */
const IN_FLIGHT = 3;

/**
 * Appends whole cycles to the submissions and appraisal logs through the store's own append (hash chains
 * and all: `par verify` checks them), stream by stream, until at least `events` are written. Answers the
 * events written. The first cycle is checked against the contracts first, so every event is one the
 * consumers accept.
 */
export async function writeLogs(pool: Pool, events: number): Promise<number> {
  const stores = { submissions: new PostgresEventStore(pool, 'submissions'), appraisal: new PostgresEventStore(pool, 'appraisal') };
  checkContracts([...cycleStreams(1)]);
  let written = 0;
  const inFlight = new Set<Promise<void>>();
  for (let cycle = 1; written < events; cycle += 1) {
    for (const stream of cycleStreams(cycle)) {
      const append = stores[stream.log].append(stream.streamId, stream.events, { expectedVersion: 0 }).then(() => {
        inFlight.delete(append);
      });
      inFlight.add(append);
      written += stream.events.length;
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
  }
  await Promise.all(inFlight);
  return written;
}

function checkContracts(streams: readonly GeneratedStream[]): void {
  for (const { log, events } of streams) {
    const parse = log === 'submissions' ? parseSubmissionsEvent : parseAppraisalEvent;
    for (const event of events) parse(event.type, event.schemaVersion ?? 1, event.data);
  }
}
