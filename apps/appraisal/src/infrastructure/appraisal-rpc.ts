import type { Metadata } from '@grpc/grpc-js';
import type { CommandBus } from '@nestjs/cqrs';
import type { RpcReply } from '@par/contracts';
import { correlationIdOf, requiredId, rpcMethodOf } from '@par/grpc-server';
import type { AppraisalCommand } from '../domain';
import type { AppraisalStreamCommand, CommandOrigin, IssuedCommand } from './appraisal-stream.command';

/** The typed method decorator of par.appraisal.v1.Appraisal (a wrong name or message fails the compiler). */
export const AppraisalRpc = rpcMethodOf('appraisal');

/** par.common.v1.CommandResult: what every command RPC answers. */
export type CommandResult = RpcReply<'appraisal', 'AppraiseCriterion'>;

/** A use case's command class: one Appraisal command against the stream of one unit in one cycle. */
type UseCase<C extends AppraisalCommand> = new (cycleId: string, unitId: string, command: C, origin?: CommandOrigin) => AppraisalStreamCommand<C>;

/**
 * A command RPC: the command (built, and its actor checked, by the caller) against the appraisal the request
 * names, issued on the bus with the request's origin.
 */
export async function issue<C extends AppraisalCommand>(
  commands: CommandBus,
  useCase: UseCase<C>,
  request: { cycleId?: string; unitId?: string },
  command: C,
  metadata: Metadata,
): Promise<CommandResult> {
  const { cycleId, unitId } = appraisalOf(request);
  return commandResult(await commands.execute(new useCase(cycleId, unitId, command, originOf(metadata))));
}

/** The appraisal a request names: one unit in one cycle. */
export function appraisalOf(request: { cycleId?: string; unitId?: string }): { cycleId: string; unitId: string } {
  return { cycleId: requiredId(request.cycleId, 'cycleId'), unitId: requiredId(request.unitId, 'unitId') };
}

/** A request's place in a wider operation: the caller's correlation id, else a new one. */
function originOf(metadata: Metadata): CommandOrigin {
  return { correlationId: correlationIdOf(metadata) };
}

function commandResult(issued: IssuedCommand): CommandResult {
  return { streamId: issued.streamId, version: issued.version, eventsAppended: issued.events.length };
}
