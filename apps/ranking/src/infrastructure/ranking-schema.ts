/** The one PostgreSQL schema the ranking service owns: its decision log, read models and consumer bookkeeping. */
export const RANKING_SCHEMA = 'ranking';

/** A read-model table, schema-qualified, for the projections' SQL. */
export function table(name: string): string {
  return `${RANKING_SCHEMA}.${name}`;
}
