import type { EventMetadata } from '@par/event-store';
import type { CampaignCommand } from './campaign.commands';

/** Who issued the command, in which role, from which unit (the handler adds occurredAt and correlation). */
export function eventMetadata(command: CampaignCommand): EventMetadata {
  const { userId, role, unitId } = command.actor;
  return { actor: userId, role, ...(unitId ? { actorUnitId: unitId } : {}) };
}
