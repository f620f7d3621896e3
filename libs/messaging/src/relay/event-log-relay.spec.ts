import { decodeEnvelope, EVENT_HEADERS, eventsTopic } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { deleteTopics, kafkaBrokers } from '@par/testing';
import type { Pool } from 'pg';
import { ensureTopics } from '../kafka/ensure-topics';
import { createKafka } from '../kafka/kafka-client';
import { KafkaPublisher } from '../kafka/kafka-publisher';
import { KafkaSubscriber } from '../kafka/kafka-subscriber';
import type { MessagePublisher, OutgoingMessage } from '../port/message-publisher';
import type { IncomingMessage } from '../port/message-subscriber';
import { appendInterleaved } from '../testing/interleaved-workload';
import { testDatabasePool } from '../testing/test-database-pool';
import { uniqueName } from '../testing/unique-name';
import { waitFor } from '../testing/wait-for';
import { EventLogRelay, EventLogRelayOptions } from './event-log-relay';
import { migrateRelayTables, RelayCheckpoints } from './relay-checkpoints';

let database: Awaited<ReturnType<typeof testDatabasePool>>;
let pool: Pool;

beforeAll(async () => {
  database = await testDatabasePool('messaging_relay');
  pool = database.pool;
});

afterAll(async () => {
  await database?.close();
});

/** Records what it acknowledges; can be told to fail, or to hold a batch until released. */
class ScriptedPublisher implements MessagePublisher {
  readonly acknowledged: OutgoingMessage[] = [];
  attempts = 0;
  failing = false;
  private hold: Promise<void> | null = null;
  private release: () => void = () => undefined;

  holdNextBatch(): void {
    this.hold = new Promise((resolve) => (this.release = resolve));
  }

  releaseHeldBatch(): void {
    this.release();
  }

  async publish(_topic: string, messages: OutgoingMessage[]): Promise<void> {
    this.attempts += 1;
    if (this.failing) throw new Error('broker unavailable');
    await this.hold;
    this.hold = null;
    this.acknowledged.push(...messages);
  }

  async close(): Promise<void> {}
}

async function sourceLog(): Promise<{ store: PostgresEventStore; service: string }> {
  const store = new PostgresEventStore(pool, uniqueName('src_'));
  await store.migrate();
  await migrateRelayTables(pool, store.schema);
  return { store, service: uniqueName('svc') };
}

function relayFor(store: PostgresEventStore, service: string, publisher: MessagePublisher, extra: Partial<EventLogRelayOptions> = {}): EventLogRelay {
  return new EventLogRelay({ store, service, publisher, pool, schema: store.schema, batchSize: 10, pollIntervalMs: 10, ...extra });
}

async function savedCheckpoint(store: PostgresEventStore, service: string) {
  return new RelayCheckpoints(pool, store.schema).load(eventsTopic(service));
}

describe('EventLogRelay', () => {
  it('publishes every event once, in global order, keyed by stream, and checkpoints what was acknowledged', async () => {
    const { store, service } = await sourceLog();
    await appendInterleaved(store, { streams: ['a', 'b', 'c'], perStream: 12 });
    const publisher = new ScriptedPublisher();
    const relay = relayFor(store, service, publisher);
    await relay.start();
    await waitFor('36 events relayed', () => publisher.acknowledged.length === 36);
    await relay.stop();

    const log = await store.readAll();
    expect(publisher.acknowledged.map((m) => m.headers?.[EVENT_HEADERS.eventId])).toEqual(log.map((e) => e.eventId));
    const first = publisher.acknowledged[0];
    expect(first.key).toBe(log[0].streamId);
    expect(first.headers).toEqual({ 'event-id': log[0].eventId, type: 'Scored', 'schema-version': '1' });
    expect(decodeEnvelope(String(first.value))).toMatchObject({ source: service, streamVersion: 1, eventId: log[0].eventId });
    expect(await savedCheckpoint(store, service)).toEqual(log[log.length - 1].globalPosition);

    // A new relay resumes after the checkpoint: nothing is published twice after a clean stop.
    await appendInterleaved(store, { streams: ['a'], perStream: 1, fromVersion: 12 });
    const next = new ScriptedPublisher();
    const successor = relayFor(store, service, next);
    await successor.start();
    await waitFor('the new event relayed', () => next.acknowledged.length === 1);
    await successor.stop();
    expect(next.acknowledged[0].key).toBe('a');
  });

  it('does not advance its checkpoint while the broker refuses, backs off instead of spinning, and recovers', async () => {
    const { store, service } = await sourceLog();
    await appendInterleaved(store, { streams: ['a'], perStream: 5 });
    const publisher = new ScriptedPublisher();
    publisher.failing = true;
    const errors: unknown[] = [];
    const relay = relayFor(store, service, publisher, { retry: { initialDelayMs: 50, maxDelayMs: 400 }, onError: (e) => errors.push(e) });
    await relay.start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    // 50 + 100 + 200 + 400 + 400 ms (less up to 20 % jitter): about 5 attempts in a second, not thousands.
    expect(publisher.attempts).toBeGreaterThanOrEqual(3);
    expect(publisher.attempts).toBeLessThanOrEqual(8);
    expect(errors).toHaveLength(publisher.attempts);
    expect(await savedCheckpoint(store, service)).toBeNull();

    publisher.failing = false;
    await waitFor('the relay to recover', () => publisher.acknowledged.length === 5, { timeoutMs: 5_000 });
    await relay.stop();
    expect(await savedCheckpoint(store, service)).toEqual((await store.readAll()).at(-1)?.globalPosition);
  });

  it('stop() waits for the batch in flight to be acknowledged and checkpointed', async () => {
    const { store, service } = await sourceLog();
    await appendInterleaved(store, { streams: ['a'], perStream: 3 });
    const publisher = new ScriptedPublisher();
    publisher.holdNextBatch();
    const relay = relayFor(store, service, publisher);
    await relay.start();
    await waitFor('the batch to be in flight', () => publisher.attempts === 1);

    let stopped = false;
    const stopping = relay.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    publisher.releaseHeldBatch();
    await stopping;
    // The batch may hold fewer than all 3 events: readAll withholds commits newer than the oldest
    // transaction still running anywhere on the server.
    const lastAcknowledged = publisher.acknowledged.at(-1)?.headers?.[EVENT_HEADERS.eventId];
    const log = await store.readAll();
    expect(await savedCheckpoint(store, service)).toEqual(log.find((e) => e.eventId === lastAcknowledged)?.globalPosition);
  });

  it('writes the wire format to Kafka: envelope value, stream id key, event headers, one partition per stream', async () => {
    const { store, service } = await sourceLog();
    const kafka = createKafka({ brokers: kafkaBrokers(), clientId: 'messaging-relay-spec', logLevel: 'error' });
    const topic = eventsTopic(service);
    await ensureTopics(kafka, [{ topic, partitions: 3 }]);
    const appended = await appendInterleaved(store, { streams: ['a', 'b', 'c', 'd'], perStream: 10 });
    const publisher = new KafkaPublisher(kafka);
    const relay = relayFor(store, service, publisher);
    const received: IncomingMessage[] = [];
    const reader = new KafkaSubscriber(kafka, { groupId: uniqueName('relay-reader-') });
    try {
      await relay.start();
      await reader.start({ topics: [topic], handler: async (message) => void received.push(message) });
      await waitFor('40 messages on the topic', () => received.length === 40, { timeoutMs: 30_000 });
    } finally {
      await reader.stop();
      await relay.stop();
      await publisher.close();
      await deleteTopics(kafkaBrokers(), [topic]).catch(() => undefined);
    }

    for (const streamId of ['a', 'b', 'c', 'd']) {
      const ofStream = received.filter((m) => m.key?.toString() === streamId);
      expect(new Set(ofStream.map((m) => m.partition)).size).toBe(1);
      expect(ofStream.map((m) => decodeEnvelope(String(m.value)).streamVersion)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
      expect(ofStream.map((m) => m.headers[EVENT_HEADERS.eventId])).toEqual(appended.filter((e) => e.streamId === streamId).map((e) => e.eventId));
    }
  }, 60_000);
});
