// Resolves PostgreSQL and Kafka together (a broker start takes seconds; no reason to wait for it serially).
import { resolveKafka } from './kafka';
import { resolvePostgres } from './postgres';
import type { ResolvedKafka, ResolvedPostgres } from './types';

export interface TestInfrastructure {
  postgres: ResolvedPostgres;
  kafka: ResolvedKafka;
  /** e.g. "PostgreSQL from local server 127.0.0.1:5432; Kafka from infra/kafka scripts (started)" */
  description: string;
  /** Stops only what this resolution started. */
  stop(): Promise<void>;
}

export async function resolveTestInfrastructure(): Promise<TestInfrastructure> {
  const [postgres, kafka] = await Promise.allSettled([resolvePostgres(), resolveKafka()]);
  if (postgres.status === 'rejected' || kafka.status === 'rejected') {
    // Undo the half that did come up, then report every failure, not just the first.
    await Promise.allSettled([postgres, kafka].map((r) => (r.status === 'fulfilled' ? r.value.stop?.() : undefined)));
    const reasons = [postgres, kafka].flatMap((r) => (r.status === 'rejected' ? [(r.reason as Error).message] : []));
    throw new Error(`test infrastructure unavailable:\n${reasons.join('\n')}`);
  }
  const pg = postgres.value;
  const broker = kafka.value;
  return {
    postgres: pg,
    kafka: broker,
    description: `PostgreSQL from ${pg.source}; Kafka from ${broker.source}`,
    stop: async () => {
      const results = await Promise.allSettled([pg.stop?.(), broker.stop?.()]);
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
      if (failed.length > 0) throw new Error(`stopping test infrastructure failed: ${failed.map((e) => e.message).join('; ')}`);
    },
  };
}
