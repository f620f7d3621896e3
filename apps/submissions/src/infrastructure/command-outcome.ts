import type { Actor } from '@par/contracts';
import type { EventMetadata, HandledCommand } from '@par/event-store';
import { eventMetadata } from '../domain/shared/event-metadata';

/** What a command answers: the stream it went to, its version after, and how many events it appended. */
export interface CommandOutcome {
  streamId: string;
  version: number;
  eventsAppended: number;
}

export function outcomeOf(handled: HandledCommand<unknown>): CommandOutcome {
  return { streamId: handled.streamId, version: handled.version, eventsAppended: handled.events.length };
}

/** Who, why (the domain's eventMetadata), plus the request's correlation id and the moment it was decided. */
export function metadataFor(command: { actor: Actor; reason?: string }, correlationId: string, occurredAt: Date): EventMetadata {
  return { ...eventMetadata(command), correlationId, occurredAt: occurredAt.toISOString() };
}
