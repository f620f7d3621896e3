import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { type EventEnvelope, LOG_UPCASTERS, toEnvelope } from '@par/contracts';
import { inTransaction, PostgresEventStore } from '@par/event-store';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool } from 'pg';
import { RankingConsumers } from '../infrastructure/ranking-consumers';
import { RANKING_SCHEMA, table } from '../infrastructure/ranking-schema';
import { RankingModule } from '../ranking.module';
import { SourceLogs, StepClock } from '../testing/source-logs';
import { SurveyLog } from '../testing/survey-log';
import { appraiser, CYCLE } from '../testing/worked-example.scenario';
import { RANKING_READ_MODEL_TABLES } from './read-model-tables';
import { type RankingRebuildOptions, rebuildRankingReadModels, type RebuildSource } from './rebuild-read-models';
import { RebuildUnderWayError } from './rebuild-lock';
import { REBUILD_CONSUMERS } from './set-based-consumers';
import { dumpReadModels, emptyReadModels } from './testing/read-model-dump';
import { rebuildScenario } from './testing/rebuild-scenario';

jest.setTimeout(120_000);

const SOURCES: readonly RebuildSource[] = ['submissions', 'appraisal', 'survey'];

describe('the ranking read models rebuilt from the source logs (real PostgreSQL)', () => {
  let database: TestDatabase;
  let pool: Pool;
  let stores: Record<RebuildSource, PostgresEventStore>;
  let logs: SourceLogs;
  const rebuild = (options: Pick<RankingRebuildOptions, 'batchSize' | 'shouldStop' | 'onProgress'> = {}) =>
    rebuildRankingReadModels({ pool, sources: stores, ...options });
  const leafOf = async (unitId: string, criterion: string) =>
    (await pool.query(`SELECT points FROM ${table('leaf_values')} WHERE unit_id = $1 AND criterion = $2`, [unitId, criterion])).rows[0]?.points;
  const auditIndexes = async () =>
    (
      await pool.query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = $1 AND tablename = 'audit_entries' ORDER BY 1`, [
        RANKING_SCHEMA,
      ])
    ).rows.map((row) => row.name);
  const envelopesOf = async (source: RebuildSource): Promise<EventEnvelope[]> =>
    (await stores[source].readAll({ limit: 100_000 })).map((event) => toEnvelope(event, source));

  /** Every event of every log, each in a transaction of its own through the live consumers' `handle`: the rule. */
  async function applyOneByOne(): Promise<void> {
    await emptyReadModels(pool);
    for (const source of SOURCES) {
      for (const envelope of await envelopesOf(source)) await inTransaction(pool, (tx) => REBUILD_CONSUMERS[source].handle(envelope, tx));
    }
  }

  beforeAll(async () => {
    database = await createTestDatabase('ranking_rebuild');
    pool = new Pool({ connectionString: database.url, max: 10 });
    stores = {
      submissions: new PostgresEventStore(pool, 'submissions', { upcasters: LOG_UPCASTERS.submissions }),
      appraisal: new PostgresEventStore(pool, 'appraisal', { upcasters: LOG_UPCASTERS.appraisal }),
      survey: new PostgresEventStore(pool, 'survey'),
    };
    for (const store of Object.values(stores)) await store.migrate();
    const clock = new StepClock('2025-11-01T00:00:00.000Z');
    logs = new SourceLogs(stores.submissions, stores.appraisal, clock);
    await rebuildScenario(logs, new SurveyLog(stores.survey, clock));
    // The first rebuild migrates the read models; the reference is then made beside it.
    await rebuild();
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('leaves exactly the rows the single-event projectors leave, whatever the batch size', async () => {
    await applyOneByOne();
    const reference = await dumpReadModels(pool);
    expect(reference.audit_entries.length).toBeGreaterThan(20);
    expect(reference.adjustments.length).toBe(3);
    for (const batchSize of [1, 7, 5_000]) {
      const outcome = await rebuild({ batchSize });
      expect(outcome).toMatchObject({ resumed: false, finished: true });
      expect(await dumpReadModels(pool)).toEqual(reference);
    }
  });

  it('gathers a batch set-based with the effect of each event in order, in any order the events come (shuffled logs, cut anywhere)', async () => {
    for (let seed = 1; seed <= 6; seed += 1) {
      const random = seeded(seed);
      const shuffled = Object.fromEntries(await Promise.all(SOURCES.map(async (source) => [source, shuffle(await envelopesOf(source), random)] as const)));
      await emptyReadModels(pool);
      for (const source of SOURCES) for (const envelope of shuffled[source]) await inTransaction(pool, (tx) => REBUILD_CONSUMERS[source].handle(envelope, tx));
      const reference = await dumpReadModels(pool);
      await emptyReadModels(pool);
      for (const source of SOURCES) {
        for (const chunk of chunks(shuffled[source], 1 + Math.floor(random() * 12))) {
          await inTransaction(pool, (tx) => REBUILD_CONSUMERS[source].handleBatch!(chunk, tx));
        }
      }
      expect(await dumpReadModels(pool)).toEqual(reference);
    }
  });

  it('stopped after two batches, goes on from its checkpoints when run again, without emptying the read models twice', async () => {
    await applyOneByOne();
    const reference = await dumpReadModels(pool);
    const total = (await Promise.all(SOURCES.map(envelopesOf))).flat().length;
    let batches = 0;
    const first = await rebuild({ batchSize: 2, onProgress: () => (batches += 1), shouldStop: () => batches >= 2 });
    // The logs are replayed side by side: each one's batches under way when the stop comes are still committed.
    expect(first).toMatchObject({ resumed: false, finished: false });
    expect(first.events).toBeGreaterThanOrEqual(4);
    expect(first.events).toBeLessThan(total);
    // The audit trail's lookup index is set aside until the rebuild finishes.
    expect(await auditIndexes()).toEqual(['audit_entries_pkey']);
    const second = await rebuild({ batchSize: 2 });
    expect(second).toEqual({ resumed: true, finished: true, events: total - first.events });
    expect(await dumpReadModels(pool)).toEqual(reference);
    expect(await auditIndexes()).toEqual(['IDX_7d7bc709f60e0350d7c0e653a2', 'audit_entries_pkey']);
    const { rows } = await pool.query(`SELECT count(*)::int AS under_way FROM ${table('read_model_rebuilds')} WHERE finished_at IS NULL`);
    expect(rows[0].under_way).toBe(0);
  });

  it('refuses a second rebuild while one runs on the same database', async () => {
    const other = await pool.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('par:ranking:read-model-rebuild'))`);
      await expect(rebuild()).rejects.toBeInstanceOf(RebuildUnderWayError);
    } finally {
      await other.query(`SELECT pg_advisory_unlock_all()`);
      other.release();
    }
  });

  it('dead-letters an event that breaks its contract, as the live consumer does, and applies the rest of its batch', async () => {
    const broken = { cycleId: CYCLE, unitId: 'so-y', criterion: '3.2', previousPoints: '1.00', points: '2.000' };
    await stores.appraisal.append('appraisal:demo-2025:so-y', [{ type: 'CriterionAppraised', data: broken, metadata: { actor: 'x', role: 'APPRAISER' } }], {
      expectedVersion: 'any',
    });
    await logs.appraise(CYCLE, 'so-y', { type: 'AppraiseCriterion', actor: appraiser, criterion: '1.1', points: '0', reason: 'Thiếu minh chứng' } as never);
    const outcome = await rebuild({ batchSize: 1_000 });
    expect(outcome.finished).toBe(true);
    const letters = await pool.query(`SELECT consumer, error FROM ${table('dead_letters')}`);
    expect(letters.rows).toEqual([{ consumer: 'ranking-appraisal', error: expect.stringContaining('data.points') }]);
    expect(await leafOf('so-y', '1.1')).toBe('0.00');
  });

  it('hands over to the live consumers exactly once: nothing replayed again, a new event applied once', async () => {
    await rebuild();
    const rebuilt = await dumpReadModels(pool);
    // The marks a rebuild leaves: none, but those of a batch it applied one by one (the broken event's, above).
    const marks = async () =>
      (await pool.query<{ id: string }>(`SELECT event_id AS id FROM ${table('processed_events')} ORDER BY 1`)).rows.map((row) => row.id);
    const marked = await marks();
    let app: INestApplicationContext | undefined;
    try {
      app = await NestFactory.createApplicationContext(RankingModule.register({ pool, mode: 'embedded', sources: stores, pollIntervalMs: 20 }), {
        logger: ['error'],
        abortOnError: false,
      });
      await app.get(RankingConsumers).caughtUp();
      expect(await dumpReadModels(pool)).toEqual(rebuilt);
      expect(await marks()).toEqual(marked);
      await logs.appraise(CYCLE, 'so-y', {
        type: 'AppraiseCriterion',
        actor: appraiser,
        criterion: '1.1',
        points: '1',
        reason: 'Đã bổ sung minh chứng',
      } as never);
      await app.get(RankingConsumers).caughtUp();
      const [latest] = await stores.appraisal.readAll({ after: (await stores.appraisal.readAll({ limit: 100_000 })).at(-2)!.globalPosition });
      expect(await marks()).toEqual([...marked, latest.eventId].sort());
      expect(await leafOf('so-y', '1.1')).toBe('1.00');
    } finally {
      await app?.close();
    }
  });

  it('knows every read-model table of the schema: the rest is the decision log, the ledgers and the consumers’ bookkeeping', async () => {
    const tablesOf = async (schema: string) =>
      (await pool.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1`, [schema])).rows.map(
        (row) => row.name,
      );
    await new PostgresEventStore(pool, RANKING_SCHEMA).migrate();
    const eventStoreTables = new Set(await tablesOf('submissions'));
    const bookkeeping = new Set([
      'processed_events',
      'consumer_checkpoints',
      'dead_letters',
      'consumer_migrations',
      'read_model_migrations',
      'rebuild_migrations',
      'read_model_rebuilds',
    ]);
    const readModels = (await tablesOf(RANKING_SCHEMA)).filter((name) => !eventStoreTables.has(name) && !bookkeeping.has(name));
    expect(readModels.sort()).toEqual([...RANKING_READ_MODEL_TABLES].sort());
  });
});

/** A small deterministic generator (mulberry32): the same shuffles on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}
