import type { PoolClient } from 'pg';
import type { EventContext } from './event-context';

/**
 * Writes one read model's rows for a source event, through the consumer's transaction only (the row change
 * and the processed-event mark commit together). Idempotent and order-free: every row is keyed by what it
 * describes and moves only forward in its source stream.
 */
export type Projector<Event> = (event: Event, context: EventContext, tx: PoolClient) => Promise<void>;
