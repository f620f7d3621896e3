import type { EventMetadata, EventStore } from '@par/event-store';
import { handleCommand } from '@par/event-store';
import { DecisionCommand } from '../domain/decision.commands';
import { decisionDecider } from '../domain/decision.decide';
import { decisionStreamId } from '../domain/decision.events';

/** The revision a publication or correction left the stream at, and its snapshot's hash. */
export interface PublishedOutcome {
  revision: number;
  snapshotHash: string;
}

/** Runs a decision command on its stream; a no-op (a retry) answers with the revision in force. */
export async function runDecisionCommand(store: EventStore, command: DecisionCommand): Promise<PublishedOutcome> {
  const metadata: EventMetadata = {
    actor: command.actor.userId,
    role: command.actor.role,
    ...(command.actor.unitId ? { actorUnitId: command.actor.unitId } : {}),
    ...(command.type === 'CorrectDecision' ? { reason: command.reason.trim() } : {}),
    occurredAt: new Date().toISOString(),
  };
  const streamId = decisionStreamId(command.cycleId);
  const handled = await handleCommand({ store, streamId, decider: decisionDecider, command, metadata });
  const latest = handled.events.at(-1) ?? (await store.readStream(streamId)).at(-1);
  const data = latest?.data as { revision: number; snapshotHash: string };
  return { revision: data.revision, snapshotHash: data.snapshotHash };
}
