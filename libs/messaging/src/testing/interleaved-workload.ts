import { randomUUID } from 'node:crypto';
import type { EventStore } from '@par/event-store';

export interface WorkloadEvent {
  eventId: string;
  streamId: string;
  streamVersion: number;
}

/**
 * Appends `perStream` events to each stream, all streams at once and in batches of 1–3, so that
 * transactions interleave and commit out of position order — the global order readers must survive.
 * Stream versions continue from `fromVersion`.
 */
export async function appendInterleaved(
  store: EventStore,
  { streams, perStream, fromVersion = 0, type = 'Scored' }: { streams: string[]; perStream: number; fromVersion?: number; type?: string },
): Promise<WorkloadEvent[]> {
  const perStreamEvents = await Promise.all(
    streams.map(async (streamId) => {
      const appended: WorkloadEvent[] = [];
      let version = fromVersion;
      while (appended.length < perStream) {
        const size = Math.min(1 + Math.floor(Math.random() * 3), perStream - appended.length);
        const batch = Array.from({ length: size }, (_, i) => ({
          eventId: randomUUID(),
          streamId,
          streamVersion: version + i + 1,
        }));
        await store.append(
          streamId,
          batch.map(({ eventId, streamVersion }) => ({ eventId, type, data: { streamVersion } })),
          { expectedVersion: version },
        );
        version += size;
        appended.push(...batch);
      }
      return appended;
    }),
  );
  return perStreamEvents.flat();
}
