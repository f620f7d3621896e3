import { EVENT_COLUMNS } from './row-mapping';

/**
 * The SQL of one schema's store, as named (prepared) statements: each connection parses and plans them
 * once. Names carry the schema because two stores may share a connection pool.
 */
export function statementsFor(schema: string, s: string) {
  const named = (name: string, text: string) => ({ name: `par-es:${schema}:${name}`, text });
  return {
    /** The function chains the content hashes ($4) itself. */
    append: named('append', `SELECT * FROM ${s}.append_events($1, $2, $3, $4)`),
    /** The caller chained the batch ($4) from the head it knows ($5). */
    appendChained: named('append-chained', `SELECT * FROM ${s}.append_events($1, $2, $3, $4, $5)`),
    readStream: named('read-stream', `SELECT ${EVENT_COLUMNS} FROM ${s}.events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version`),
    // Only transactions below the oldest running one: a position handed out to a transaction still running
    // would otherwise be skipped once a later one, already committed, has been read past.
    readAll: named(
      'read-all',
      `SELECT ${EVENT_COLUMNS} FROM ${s}.events
        WHERE transaction_id < pg_snapshot_xmin(pg_current_snapshot())
          AND (transaction_id, global_position) > ($1::xid8, $2::bigint)
        ORDER BY transaction_id, global_position
        LIMIT $3`,
    ),
    /** Every transaction id below this has finished. */
    horizon: named('horizon', `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xid`),
    /** Every transaction that committed before now has an id below this. */
    frontier: named('frontier', `SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xid`),
  };
}
