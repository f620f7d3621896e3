import { GENESIS_HASH } from '../hashing';

/** SQLSTATE the append function raises on a wrong expected version; DETAIL holds the actual version. */
export const WRONG_EXPECTED_VERSION_SQLSTATE = 'PAR01';

/**
 * SQLSTATE the append function raises when the caller chained the batch from a hash that is not the
 * stream's head although the version is right: nothing is written, and the caller resends the content
 * hashes for the function to chain. Only a head the caller remembered wrongly (or a tampered log) gets here.
 */
export const CHAIN_FROM_ANOTHER_HEAD_SQLSTATE = 'PAR03';

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
 * 2. The head row is moved only by an UPDATE guarded by the version read (or an INSERT … ON CONFLICT DO
 *    NOTHING of a new stream's head): a caller that bypassed the advisory lock and moved the head in
 *    between makes the guard fail, and the append reports the winner's version instead of writing. No
 *    SELECT … FOR UPDATE: under the advisory lock it only added a row lock and its WAL record per append.
 *
 * The hash chain: the caller usually knows the stream's head (the hash of the event at its expected
 * version, remembered from its last read or append, or the genesis hash of a new stream) and sends the
 * batch's chain hashes computed from it, with that head; the head row then moves in one guarded UPDATE
 * (version AND hash as the caller knew them). Otherwise it sends the content hashes and the chain is
 * computed here from the head row, so appending never needs a prior read. Either way every link is
 * hash(previous || content) of hashing.ts, and verify() recomputes them all.
 *
 * Answers one row: the stream's version before the batch, the transaction id and time every event of
 * the batch shares, the head the batch was chained from, the chain when computed here (NULL when the
 * caller's was used), and the global positions in version order.
 * No pg_notify: NOTIFY takes a cluster-wide lock at commit that would serialise all appends.
 */
export function appendFunctionSql(s: string): string {
  const genesis = `'${GENESIS_HASH}'`;
  const conflict = `RAISE EXCEPTION USING ERRCODE = '${WRONG_EXPECTED_VERSION_SQLSTATE}', MESSAGE = 'wrong expected version'`;
  return `
CREATE FUNCTION ${s}.append_events(
  p_stream_id text,
  p_expected_version integer,        -- NULL: any version
  p_events jsonb,                    -- array of canonical contents {data, eventId, metadata, schemaVersion, streamId, type}
  p_hashes text[],                   -- their content hashes; with p_chained_from, their chain hashes
  p_chained_from text DEFAULT NULL,  -- the head the caller chained p_hashes from
  OUT first_version integer,
  OUT transaction_id xid8,
  OUT recorded_at timestamptz,
  OUT chained_from text,
  OUT chain text[],
  OUT global_positions bigint[]
)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_count integer := jsonb_array_length(p_events);
  v_chain text[];
  v_content text;
  v_hash text;
BEGIN
  IF coalesce(array_length(p_hashes, 1), 0) <> v_count THEN
    RAISE EXCEPTION 'append_events: % events but % hashes', v_count, coalesce(array_length(p_hashes, 1), 0);
  END IF;

  PERFORM pg_advisory_xact_lock(hashtextextended(${quoteLiteralPrefix(s)} || p_stream_id, 0));

  -- The caller's chain: one guarded write moves the head if it is still the one the caller chained from.
  IF p_chained_from IS NOT NULL AND v_count > 0 THEN
    IF p_chained_from = ${genesis} THEN
      INSERT INTO ${s}.streams (stream_id, version, last_hash) VALUES (p_stream_id, v_count, p_hashes[v_count]) ON CONFLICT DO NOTHING
      RETURNING 0 INTO first_version;
    ELSE
      UPDATE ${s}.streams h SET version = h.version + v_count, last_hash = p_hashes[v_count]
       WHERE h.stream_id = p_stream_id AND h.last_hash = p_chained_from AND (p_expected_version IS NULL OR h.version = p_expected_version)
      RETURNING h.version - v_count INTO first_version;
    END IF;
    IF FOUND THEN
      chained_from := p_chained_from;
      v_chain := p_hashes;
    END IF;
  END IF;

  -- Otherwise (or when that guard failed, to say why): the head row decides.
  IF v_chain IS NULL THEN
    SELECT h.version, h.last_hash INTO first_version, chained_from FROM ${s}.streams h WHERE h.stream_id = p_stream_id;
    IF NOT FOUND THEN
      first_version := 0;
      chained_from := ${genesis};
    END IF;
    IF p_expected_version IS NOT NULL AND first_version <> p_expected_version THEN
      ${conflict}, DETAIL = first_version::text;
    END IF;
    IF v_count = 0 THEN
      RETURN;
    END IF;
    IF p_chained_from IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = '${CHAIN_FROM_ANOTHER_HEAD_SQLSTATE}', MESSAGE = 'the batch was chained from another head';
    END IF;
    v_hash := chained_from;
    v_chain := '{}';
    FOREACH v_content IN ARRAY p_hashes LOOP
      v_hash := encode(sha256(convert_to(v_hash || v_content, 'UTF8')), 'hex');
      v_chain := v_chain || v_hash;
    END LOOP;
    IF first_version = 0 THEN
      INSERT INTO ${s}.streams (stream_id, version, last_hash) VALUES (p_stream_id, v_count, v_hash) ON CONFLICT DO NOTHING;
    ELSE
      UPDATE ${s}.streams h SET version = h.version + v_count, last_hash = v_hash WHERE h.stream_id = p_stream_id AND h.version = first_version;
    END IF;
    IF NOT FOUND THEN
      ${conflict}, DETAIL = (SELECT h.version FROM ${s}.streams h WHERE h.stream_id = p_stream_id)::text;
    END IF;
    chain := v_chain;
  END IF;

  -- One event (one command's, the usual append) as one row: no set-returning function, sort or aggregate to set up.
  IF v_count = 1 THEN
    INSERT INTO ${s}.events AS e (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash, previous_hash)
    VALUES (p_stream_id, first_version + 1, (p_events->0->>'eventId')::uuid, p_events->0->>'type', (p_events->0->>'schemaVersion')::integer,
            p_events->0->'data', p_events->0->'metadata', v_chain[1], chained_from)
    RETURNING ARRAY[e.global_position] INTO global_positions;
  ELSE
    WITH appended AS (
      INSERT INTO ${s}.events AS e (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash, previous_hash)
      -- jsonb_to_recordset gives a JSON null as SQL NULL: data may be null, and is stored as the JSON null.
      SELECT p_stream_id, first_version + n.ord::integer, n.event_id, n.type, n.schema_version, coalesce(n.data, 'null'), n.metadata, n.hash, n.previous_hash
        FROM ROWS FROM (
               jsonb_to_recordset(p_events) AS ("eventId" uuid, type text, "schemaVersion" integer, data jsonb, metadata jsonb),
               unnest(v_chain),
               unnest(chained_from || v_chain[1:v_count - 1])
             ) WITH ORDINALITY AS n(event_id, type, schema_version, data, metadata, hash, previous_hash, ord)
       ORDER BY n.ord
      RETURNING e.global_position, e.stream_version)
    SELECT array_agg(a.global_position ORDER BY a.stream_version) INTO global_positions FROM appended a;
  END IF;
  transaction_id := pg_current_xact_id();
  recorded_at := now();
END
$fn$`;
}

/** The advisory-lock key names the schema too: equal stream ids in two services must not wait on each other. */
function quoteLiteralPrefix(quotedSchema: string): string {
  return `'${quotedSchema.replace(/'/g, "''")}/'`;
}
