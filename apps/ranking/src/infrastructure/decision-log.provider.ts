import type { FactoryProvider } from '@nestjs/common';
import { type EventStore, PostgresEventStore } from '@par/event-store';
import type { Pool } from 'pg';
import { RANKING_SCHEMA } from './ranking-schema';
import { DECISION_LOG } from './ranking.tokens';

/** The ranking service's own log (schema `ranking`): the published decisions, migrated before use. */
export function decisionLogProvider(pool: Pool): FactoryProvider<EventStore> {
  return {
    provide: DECISION_LOG,
    useFactory: async () => {
      const store = new PostgresEventStore(pool, RANKING_SCHEMA);
      await store.migrate();
      return store;
    },
  };
}
