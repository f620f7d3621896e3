import { GENESIS_HASH } from '../hashing';

/** SQLSTATE the append function raises on a wrong expected version; DETAIL holds the actual version. */
export const WRONG_EXPECTED_VERSION_SQLSTATE = 'PAR01';

/**
 * The append function: one call appends a batch, so an append is one round trip.
 *
 * Locking, in this order, so that conflicts are detected without deadlocks (one stream, one lock order):
 * 1. A per-stream advisory lock, taken BEFORE anything gives the transaction an id. The next appender to
 *    the stream therefore gets a larger transaction id than the one it waited for, so reading the log in
 *    (transaction id, position) order keeps every stream's versions in order. (A row lock or an
 *    INSERT … ON CONFLICT would assign the id first, and the waiter could end up ordered before the winner.
 *    The store calls the function as a statement of its own; a caller that writes something earlier in
 *    the same transaction gives up this guarantee.)
 * 2. SELECT … FOR UPDATE on the stream's head row, and INSERT … ON CONFLICT DO NOTHING of a new stream's
 *    head: these keep the check correct even for callers that bypass the advisory lock or run at a
 *    stricter isolation level (the loser of a race sees the winner's row and reports its version).
 * The chain hashes are computed here from the head row's last hash, so appending needs no prior read.
 * No pg_notify: NOTIFY takes a cluster-wide lock at commit that would serialise all appends.
 */
export function appendFunctionSql(s: string): string {
  const genesis = `'${GENESIS_HASH}'`;
  const conflict = `RAISE EXCEPTION USING ERRCODE = '${WRONG_EXPECTED_VERSION_SQLSTATE}', MESSAGE = 'wrong expected version'`;
  return `
CREATE OR REPLACE FUNCTION ${s}.append_events(
  p_stream_id text,
  p_expected_version integer,   -- NULL: any version
  p_events jsonb,               -- array of canonical contents {data, eventId, metadata, schemaVersion, streamId, type}
  p_content_hashes text[]       -- their content hashes, same order
) RETURNS TABLE (stream_version integer, global_position bigint, transaction_id xid8, hash text, previous_hash text, recorded_at timestamptz)
LANGUAGE plpgsql AS $fn$
#variable_conflict use_column
DECLARE
  v_count integer := jsonb_array_length(p_events);
  v_version integer;
  v_head text;
  v_hash text;
  v_hashes text[] := '{}';
BEGIN
  IF coalesce(array_length(p_content_hashes, 1), 0) <> v_count THEN
    RAISE EXCEPTION 'append_events: % events but % content hashes', v_count, coalesce(array_length(p_content_hashes, 1), 0);
  END IF;

  PERFORM pg_advisory_xact_lock(hashtextextended(${quoteLiteralPrefix(s)} || p_stream_id, 0));

  SELECT h.version, h.last_hash INTO v_version, v_head FROM ${s}.streams h WHERE h.stream_id = p_stream_id FOR UPDATE;
  IF NOT FOUND THEN
    v_version := 0;
    v_head := ${genesis};
  END IF;
  IF p_expected_version IS NOT NULL AND v_version <> p_expected_version THEN
    ${conflict}, DETAIL = v_version::text;
  END IF;
  IF v_count = 0 THEN
    RETURN;
  END IF;

  v_hash := v_head;
  FOR i IN 1..v_count LOOP
    v_hash := encode(sha256(convert_to(v_hash || p_content_hashes[i], 'UTF8')), 'hex');
    v_hashes[i] := v_hash;
  END LOOP;

  IF v_version = 0 THEN
    INSERT INTO ${s}.streams (stream_id, version, last_hash) VALUES (p_stream_id, v_count, v_hash) ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
      ${conflict}, DETAIL = (SELECT h.version FROM ${s}.streams h WHERE h.stream_id = p_stream_id)::text;
    END IF;
  ELSE
    UPDATE ${s}.streams SET version = v_version + v_count, last_hash = v_hash WHERE stream_id = p_stream_id;
  END IF;

  RETURN QUERY
  INSERT INTO ${s}.events AS e (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash, previous_hash)
  SELECT p_stream_id, v_version + n.ord::integer, (n.event->>'eventId')::uuid, n.event->>'type',
         (n.event->>'schemaVersion')::integer, n.event->'data', n.event->'metadata',
         v_hashes[n.ord::integer], coalesce(v_hashes[n.ord::integer - 1], v_head)
  FROM jsonb_array_elements(p_events) WITH ORDINALITY AS n(event, ord)
  ORDER BY n.ord
  RETURNING e.stream_version, e.global_position, e.transaction_id, e.hash, e.previous_hash, e.recorded_at;
END
$fn$`;
}

/** The advisory-lock key names the schema too: equal stream ids in two services must not wait on each other. */
function quoteLiteralPrefix(quotedSchema: string): string {
  return `'${quotedSchema.replace(/'/g, "''")}/'`;
}
