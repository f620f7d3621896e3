import { pointsAsText } from '@par/contracts/testing';
import type { RecordedEvent } from '../event-store.port';
import { useTestDatabase } from '../testing/use-test-database';

const db = useTestDatabase();

describe('reading a v1 event written before its schema changed', () => {
  it('returns it upcast to v2 from every read, while the stored row and its hash stay as written', async () => {
    const writer = await db.store('appraisal');
    const { events } = await writer.append('unit-a', [{ type: 'CriterionAppraised', schemaVersion: 1, data: { criterion: '1.1', points: 0.5 } }], {
      expectedVersion: 0,
    });
    const reader = await db.store('appraisal', { upcasters: pointsAsText });
    const expected = { schemaVersion: 2, data: { criterion: '1.1', points: '0.50' }, hash: events[0].hash };

    expect((await reader.readStream('unit-a'))[0]).toMatchObject(expected);
    expect((await reader.readAll())[0]).toMatchObject(expected);

    const { rows } = await db.pool().query('SELECT schema_version, data FROM appraisal.events');
    expect(rows).toEqual([{ schema_version: 1, data: { criterion: '1.1', points: 0.5 } }]);
    await expect(reader.verify()).resolves.toMatchObject({ ok: true, events: 1 });
  });

  it('delivers it upcast to v2 through a catch-up subscription, from the start and live', async () => {
    const reader = await db.store('catch_up', { upcasters: pointsAsText });
    const v1 = (points: number) => ({ type: 'CriterionAppraised', schemaVersion: 1, data: { criterion: '1.1', points } });
    await reader.append('unit-a', [v1(0.5)], { expectedVersion: 0 });
    const delivered: RecordedEvent[] = [];
    const subscription = reader.subscribe({ handler: async (e) => void delivered.push(e), pollIntervalMs: 10 });
    await subscription.caughtUp();
    await reader.append('unit-a', [v1(0.75)], { expectedVersion: 1 });
    await subscription.caughtUp();
    await subscription.stop();

    expect(delivered.map((e) => [e.schemaVersion, e.data])).toEqual([
      [2, { criterion: '1.1', points: '0.50' }],
      [2, { criterion: '1.1', points: '0.75' }],
    ]);
  });
});
