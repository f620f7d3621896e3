import type { RecordedEvent } from '../event-store.port';
import { UpcasterRegistry } from '../upcasting';
import { useTestDatabase } from '../testing/use-test-database';

const db = useTestDatabase();

describe('reading a v1 event written before its schema changed', () => {
  it('returns it upcast to v2 from every read, while the stored row and its hash stay as written', async () => {
    const writer = await db.store('appraisal');
    const { events } = await writer.append('unit-a', [{ type: 'CriterionAppraised', schemaVersion: 1, data: { criterion: '1.1', points: 0.5 } }], {
      expectedVersion: 0,
    });
    const upcasters = new UpcasterRegistry();
    upcasters.register<{ criterion: string; points: number }>('CriterionAppraised', 1, (d) => ({ criterion: d.criterion, points: d.points.toFixed(2) }));
    const reader = await db.store('appraisal', { upcasters });
    const expected = { schemaVersion: 2, data: { criterion: '1.1', points: '0.50' }, hash: events[0].hash };

    expect((await reader.readStream('unit-a'))[0]).toMatchObject(expected);
    expect((await reader.readAll())[0]).toMatchObject(expected);
    const delivered: RecordedEvent[] = [];
    const subscription = reader.subscribe({ handler: async (e) => void delivered.push(e) });
    await subscription.caughtUp();
    await subscription.stop();
    expect(delivered[0]).toMatchObject(expected);

    const { rows } = await db.pool().query('SELECT schema_version, data FROM appraisal.events');
    expect(rows).toEqual([{ schema_version: 1, data: { criterion: '1.1', points: 0.5 } }]);
    await expect(reader.verify()).resolves.toMatchObject({ ok: true, events: 1 });
  });
});
