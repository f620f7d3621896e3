import { appraised, selfAssessed, unitStream } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';
import type { PostgresEventStore } from './postgres-event-store';

const db = useTestDatabase();

/** What an insider with database rights might do: switch off the append-only trigger and edit the log. */
async function tamper(store: PostgresEventStore, sql: string, values: unknown[]) {
  const pool = db.pool();
  const events = `${store.schema}.events`;
  await pool.query(`ALTER TABLE ${events} DISABLE TRIGGER events_are_append_only`);
  await pool.query(sql.replace('$events', events), values);
  await pool.query(`ALTER TABLE ${events} ENABLE TRIGGER events_are_append_only`);
}

async function appraisalLog(schema: string) {
  const store = await db.store(schema);
  const hanoi = await store.append(unitStream('ha-noi'), [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '0.50'), selfAssessed('1.3', '1.00')], {
    expectedVersion: 0,
  });
  const hue = await store.append(unitStream('hue'), [selfAssessed('1.1', '0.75')], { expectedVersion: 0 });
  const hanoiAppraisal = await store.append(unitStream('ha-noi'), [appraised('1.2', '0.25', 'Văn bản ban hành muộn')], { expectedVersion: 3 });
  return { store, hanoi: [...hanoi.events, ...hanoiAppraisal.events], hue: hue.events };
}

describe('verifying the hash chains (the audit of a disputed cycle)', () => {
  it('passes on an untouched log and counts what it checked', async () => {
    const { store } = await appraisalLog('clean');
    await expect(store.verify()).resolves.toEqual({ ok: true, streams: 2, events: 5 });
  });

  it('names exactly the event whose score was altered, and only that one', async () => {
    const { store, hanoi } = await appraisalLog('altered');
    const target = hanoi[1];
    await tamper(store, `UPDATE $events SET data = jsonb_set(data, '{points}', '"1.00"') WHERE event_id = $1`, [target.eventId]);

    const result = await store.verify();

    expect(result).toMatchObject({
      ok: false,
      streams: 2,
      events: 5,
      firstBroken: {
        streamId: unitStream('ha-noi'),
        streamVersion: 2,
        eventId: target.eventId,
        globalPosition: target.globalPosition,
        problem: 'HASH_MISMATCH',
        actual: target.hash,
      },
    });
    // Later events still chain to the stored hash of the altered one: the damage is pinned to one event.
    expect(hanoi[2].previousHash).toBe(target.hash);
  });

  it('reports the first broken event in global order when several streams were altered', async () => {
    const { store, hanoi, hue } = await appraisalLog('first_only');
    await tamper(store, `UPDATE $events SET metadata = metadata || '{"actor":"someone-else"}' WHERE event_id = ANY($1)`, [[hanoi[3].eventId, hue[0].eventId]]);

    const result = await store.verify();

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.firstBroken).toMatchObject({ eventId: hue[0].eventId, problem: 'HASH_MISMATCH' });
  });

  it('notices a deleted event as a version gap', async () => {
    const { store, hanoi } = await appraisalLog('deleted');
    await tamper(store, `DELETE FROM $events WHERE event_id = $1`, [hanoi[1].eventId]);

    await expect(store.verify()).resolves.toMatchObject({
      ok: false,
      events: 4,
      firstBroken: { streamId: unitStream('ha-noi'), streamVersion: 3, eventId: hanoi[2].eventId, problem: 'VERSION_GAP', expected: '2', actual: '3' },
    });
  });

  it('notices an event re-inserted in place of another as a broken link', async () => {
    const { store, hanoi } = await appraisalLog('relinked');
    await tamper(store, `UPDATE $events SET previous_hash = $2 WHERE event_id = $1`, [hanoi[2].eventId, hanoi[0].hash]);

    await expect(store.verify()).resolves.toMatchObject({
      ok: false,
      firstBroken: { eventId: hanoi[2].eventId, problem: 'PREVIOUS_HASH_MISMATCH', expected: hanoi[1].hash, actual: hanoi[0].hash },
    });
  });

  it('notices a deleted last event through the stream head', async () => {
    const { store, hanoi } = await appraisalLog('truncated');
    await tamper(store, `DELETE FROM $events WHERE event_id = $1`, [hanoi[3].eventId]);

    await expect(store.verify()).resolves.toMatchObject({
      ok: false,
      firstBroken: { eventId: hanoi[2].eventId, streamVersion: 3, problem: 'VERSION_GAP', expected: 'stream head at version 4' },
    });
  });

  it('reads the log page by page (more events than one cursor page)', async () => {
    const store = await db.store('large');
    const batch = Array.from({ length: 250 }, (_, i) => selfAssessed(`${i}`, '1.00'));
    for (let unit = 0; unit < 10; unit++) await store.append(`unit-${unit}`, batch, { expectedVersion: 0 });

    await expect(store.verify()).resolves.toEqual({ ok: true, streams: 10, events: 2500 });
  });
});
