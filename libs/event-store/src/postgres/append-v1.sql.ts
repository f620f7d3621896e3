import { GENESIS_HASH } from '../hashing';
import { WRONG_EXPECTED_VERSION_SQLSTATE } from './append.sql';

/**
 * The append function as migration 0002 created it, kept verbatim because an applied migration never
 * changes; 0005 replaces it with the one in append.sql.ts (where the locking design is explained).
 */
export function appendFunctionV1Sql(s: string): string {
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
