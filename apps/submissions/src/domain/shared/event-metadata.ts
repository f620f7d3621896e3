import type { EventMetadata } from '@par/event-store';
import type { Actor } from '../contracts';

/**
 * The deciders return events as their contracts define them (`{ type, schemaVersion, data }`); who acted
 * and why is not decided, it is recorded. So the command handler appends each decided event with this
 * metadata. Reasons that are part of the decision record (applicability, a set correction, a reopening)
 * are in the event data too.
 */
export function eventMetadata(command: { readonly actor: Actor; readonly reason?: string }): EventMetadata {
  const { userId, role, unitId } = command.actor;
  const reason = command.reason?.trim();
  return { actor: userId, role, ...(unitId ? { actorUnitId: unitId } : {}), ...(reason ? { reason } : {}) };
}
