// Drops test databases left behind by runs that crashed before their drop(). Only on a server on this
// machine (a pid means nothing elsewhere), only when the creating process is gone and nobody is
// connected — other people's runs on the same server are never touched.
import { TEST_DATABASE_PATTERN, withClient } from './test-database';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export async function dropStaleTestDatabases(adminUrl: string): Promise<string[]> {
  if (!LOCAL_HOSTS.has(new URL(adminUrl).hostname)) return [];
  return withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string; connections: number }>(
      `select d.datname, (select count(*)::int from pg_stat_activity a where a.datname = d.datname) as connections
         from pg_database d where d.datname like 'par\\_test\\_%'`,
    );
    const dropped: string[] = [];
    for (const { datname, connections } of rows) {
      const pid = TEST_DATABASE_PATTERN.exec(datname)?.[1];
      if (!pid || connections > 0 || isAlive(Number(pid))) continue;
      // No FORCE: if someone connected meanwhile, the drop fails and the database stays.
      await client.query(`DROP DATABASE IF EXISTS "${datname}"`).then(
        () => dropped.push(datname),
        () => undefined,
      );
    }
    return dropped;
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
