import type { Actor } from '@par/contracts';
import { type ActorMessage, actorOf, requiredId } from '@par/grpc-server';

/** Who acts on which cycle: the part every cycle command request shares. */
export function cycleSubject(request: { actor: ActorMessage; cycleId: string }): { cycleId: string; actor: Actor } {
  return { cycleId: requiredId(request.cycleId, 'cycleId'), actor: actorOf(request.actor) };
}

/** Who acts on which unit's sheet: the part every self-assessment request shares. */
export function sheetSubject(request: { actor: ActorMessage; cycleId: string; unitId: string }): { cycleId: string; unitId: string; actor: Actor } {
  return { cycleId: requiredId(request.cycleId, 'cycleId'), unitId: requiredId(request.unitId, 'unitId'), actor: actorOf(request.actor) };
}
