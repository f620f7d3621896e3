import type { AppraisalCommand } from './appraisal.commands';
import type { AppraisalEventMetadata } from '@par/contracts';

/**
 * What the command handler writes as the metadata of every event a command decided: who, in which
 * role, from which unit, and why (the handler adds occurredAt, causation and correlation ids).
 */
export function eventMetadata(command: AppraisalCommand): AppraisalEventMetadata {
  const { userId, role, unitId } = command.actor;
  const reason = 'reason' in command ? command.reason?.trim() : undefined;
  return { actor: userId, role, ...(unitId ? { actorUnitId: unitId } : {}), ...(reason ? { reason } : {}) };
}
