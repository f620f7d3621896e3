import type { EventMetadata, HandledCommand } from '@par/event-store';
import { eventMetadata } from '../domain/shared/event-metadata';
import type { Actor } from '../domain/shared/actor';

/** What a command answers: the stream it went to, its version after, and how many events it appended. */
export interface CommandOutcome {
  streamId: string;
  version: number;
  eventsAppended: number;
}

export function outcomeOf(streamId: string, handled: HandledCommand<unknown>): CommandOutcome {
  return { streamId, version: handled.version, eventsAppended: handled.events.length };
}

/** Who, why (the domain's eventMetadata), plus the request's correlation id and the moment it was decided. */
export function metadataFor(command: { actor: Actor; reason?: string }, correlationId: string, occurredAt: string): EventMetadata {
  return { ...eventMetadata(command), correlationId, occurredAt };
}
