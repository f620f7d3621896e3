import { PostgresEventStore } from '@par/event-store';
import { Pool } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { upcastersOf } from './log-upcasters';

/** The services that keep an event log (ranking: its published decisions); each owns a schema of the same name. */
export const LOGGED_SERVICES = ['submissions', 'appraisal', 'ranking', 'survey'] as const;
export type LoggedService = (typeof LOGGED_SERVICES)[number];

/**
 * Everything in one process on one embedded PostgreSQL: a schema per service, as in distributed mode,
 * so the same code runs in both and no service reads another's tables.
 */
export interface EmbeddedPlatform {
  pool: Pool;
  /** The database of `pool` (for TypeORM's own connections). */
  url: string;
  stores: Record<LoggedService, PostgresEventStore>;
  close(): Promise<void>;
}

export async function openEmbeddedPlatform(dataDir: string, log: (line: string) => void): Promise<EmbeddedPlatform> {
  const database = await startEmbeddedPostgres(dataDir, log);
  const pool = new Pool({ connectionString: database.url, max: 8 });
  let closing = false;
  // An idle connection's error must not crash the process: pool.end() resolves before every backend
  // has gone, so stopping the server right after can still end one.
  pool.on('error', (error) => {
    if (!closing) log(`postgres: idle connection failed: ${error.message}`);
  });
  try {
    const stores = {} as Record<LoggedService, PostgresEventStore>;
    for (const service of LOGGED_SERVICES) {
      stores[service] = new PostgresEventStore(pool, service, upcastersOf(service));
      await stores[service].migrate();
    }
    return {
      pool,
      url: database.url,
      stores,
      close: async () => {
        closing = true;
        await pool.end();
        await database.stop();
      },
    };
  } catch (error) {
    await pool.end();
    await database.stop();
    throw error;
  }
}
