import type { EventEnvelope } from '@par/contracts';
import { pointsAsText } from '@par/contracts/testing';
import { randomUUID } from 'node:crypto';
import { appendInterleaved } from './interleaved-workload';
import { OrderedReadModel } from './ordered-read-model';
import type { TransportHarness, TransportUnderTest } from './transport-harness';
import { waitFor } from './wait-for';

const STREAMS = Array.from({ length: 20 }, (_, i) => `unit-${String(i + 1).padStart(2, '0')}`);
const PER_STREAM = 50;
const TOTAL = STREAMS.length * PER_STREAM;

/**
 * What every transport between a service's log and a consumer must guarantee: each event's effect
 * exactly once, in stream order, whatever crashes and redeliveries happen; poison never blocks.
 */
export function describeTransportContract(transport: TransportUnderTest): void {
  describe(`${transport.name} transport contract`, () => {
    let harness: TransportHarness | undefined;

    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });

    it(`applies ${TOTAL} events of ${STREAMS.length} streams exactly once, in stream order, through crashes and redelivery`, async () => {
      const h = (harness = await transport.harness());
      const firstHalf = await appendInterleaved(h.store, { streams: STREAMS, perStream: PER_STREAM / 2 });
      // Every 40th event fails once after writing its effect: the rollback must take the effect with it.
      const flaky = new Set(firstHalf.filter((_, i) => i % 40 === 7).map((e) => e.eventId));
      const model = new OrderedReadModel(h.pool, h.schema, 'contract-projection', { failOnceTransiently: flaky });
      await model.migrate();

      await h.start(model.consumer);
      const secondHalf = appendInterleaved(h.store, { streams: STREAMS, perStream: PER_STREAM / 2, fromVersion: PER_STREAM / 2 });
      await h.crashCarrier();
      await waitFor('600 events handled before the consumer restart', () => model.handled >= 600, { timeoutMs: 60_000 });
      await h.restartConsumerFromScratch();
      const appended = [...firstHalf, ...(await secondHalf)];
      await waitFor(`${TOTAL} effects`, async () => (await model.effectCount()) === TOTAL, { timeoutMs: 60_000 });
      await h.drained();

      const applications = await model.applications();
      expect(model.orderViolations).toEqual([]);
      expect(applications.size).toBe(TOTAL);
      expect(appended.filter((e) => applications.get(e.eventId) !== 1)).toEqual([]);
      expect(Object.fromEntries(await model.lastVersions())).toEqual(Object.fromEntries(STREAMS.map((s) => [s, PER_STREAM])));
      expect(await processedMarks(h, model.consumer.name)).toBe(TOTAL);
      expect(await h.deadLetters(0)).toEqual([]);
    }, 120_000);

    it('dead-letters an event whose handler keeps failing, marks it processed and carries on behind it', async () => {
      const h = (harness = await transport.harness());
      const poisonId = randomUUID();
      const model = new OrderedReadModel(h.pool, h.schema, 'poison-projection', { strictOrder: false, poisonTypes: new Set(['Explode']) });
      await model.migrate();
      await h.store.append('unit-p', [{ type: 'Scored', data: {} }], { expectedVersion: 0 });
      await h.store.append('unit-p', [{ type: 'Explode', data: {}, eventId: poisonId }], { expectedVersion: 1 });
      const after = [
        ...(await appendInterleaved(h.store, { streams: ['unit-p'], perStream: 5, fromVersion: 2 })),
        ...(await appendInterleaved(h.store, { streams: ['unit-q', 'unit-r'], perStream: 5 })),
      ];

      await h.start(model.consumer);
      await waitFor('the events around the poison', async () => (await model.effectCount()) === 1 + after.length, { timeoutMs: 60_000 });
      await h.drained();

      const letters = await h.deadLetters(1);
      expect(letters).toEqual([
        { eventId: poisonId, error: expect.stringContaining('boom: cannot apply Explode'), attempts: 3, consumer: 'poison-projection' },
      ]);
      expect((await model.applications()).has(poisonId)).toBe(false);
      expect((await model.lastVersions()).get('unit-p')).toBe(7);
      expect(await processedMarks(h, 'poison-projection')).toBe(2 + after.length);
    }, 120_000);

    it('hands the handler an event stored at v1 as v2, upcast by the step registered for its log', async () => {
      const h = (harness = await transport.harness());
      await h.store.append(
        'unit-u',
        [
          { type: 'CriterionAppraised', schemaVersion: 1, data: { criterion: '1.1', points: 0.5 } },
          { type: 'CriterionAppraised', schemaVersion: 2, data: { criterion: '1.2', points: '0.75' } },
        ],
        { expectedVersion: 0 },
      );
      const handled: EventEnvelope[] = [];
      await h.start({ name: 'upcasting-projection', handle: async (envelope) => void handled.push(envelope) }, pointsAsText);
      await waitFor('both events handled', () => handled.length >= 2, { timeoutMs: 60_000 });

      expect(handled.map(({ schemaVersion, data }) => ({ schemaVersion, data }))).toEqual([
        { schemaVersion: 2, data: { criterion: '1.1', points: '0.50' } },
        { schemaVersion: 2, data: { criterion: '1.2', points: '0.75' } },
      ]);
      expect((await h.store.readStream('unit-u'))[0]).toMatchObject({ schemaVersion: 1, data: { points: 0.5 } });
    }, 120_000);
  });
}

async function processedMarks(h: TransportHarness, consumer: string): Promise<number> {
  const { rows } = await h.pool.query<{ count: string }>(`SELECT count(*) FROM "${h.schema}".processed_events WHERE consumer = $1`, [consumer]);
  return Number(rows[0].count);
}
