import { selfAssessed } from '../testing/par-events';
import { useTestDatabase } from '../testing/use-test-database';
import { EVENT_STORE_MIGRATIONS } from './migrations';
import { PostgresEventStore } from './postgres-event-store';

const db = useTestDatabase();

describe('migrating a service’s schema', () => {
  it('is safe when two processes start at once, and records each migration once', async () => {
    const first = new PostgresEventStore(db.pool(), 'appraisal');
    const second = new PostgresEventStore(db.pool(), 'appraisal');

    await Promise.all([first.migrate(), second.migrate(), first.migrate()]);
    await second.migrate();

    const { rows } = await db.pool().query('SELECT name FROM appraisal.event_store_migrations ORDER BY name');
    expect(rows.map((r) => r.name)).toEqual(EVENT_STORE_MIGRATIONS.map((m) => m.name));
    await expect(first.append('unit-a', [selfAssessed('1.1', '1.00')], { expectedVersion: 0 })).resolves.toMatchObject({ nextExpectedVersion: 1 });
  });

  it('keeps two services’ logs independent in one database', async () => {
    const submissions = await db.store('submissions');
    const ranking = await db.store('ranking');

    await submissions.append('unit-a', [selfAssessed('1.1', '1.00'), selfAssessed('1.2', '1.00')], { expectedVersion: 0 });
    await ranking.append('unit-a', [{ type: 'UnitRanked', data: { rank: 3 } }], { expectedVersion: 0 });

    expect((await submissions.readStream('unit-a')).map((e) => e.type)).toEqual(['CriterionSelfAssessed', 'CriterionSelfAssessed']);
    expect((await ranking.readStream('unit-a')).map((e) => [e.streamVersion, e.type])).toEqual([[1, 'UnitRanked']]);
    await expect(ranking.verify()).resolves.toEqual({ ok: true, streams: 1, events: 1 });
    await expect(submissions.verify()).resolves.toEqual({ ok: true, streams: 1, events: 2 });
  });

  it('refuses schema names it would have to quote', () => {
    expect(() => new PostgresEventStore(db.pool(), 'Submissions"; DROP')).toThrow(/must match/);
  });
});
