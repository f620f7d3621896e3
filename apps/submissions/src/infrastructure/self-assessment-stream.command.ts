import { Command } from '@nestjs/cqrs';
import type { SelfAssessmentCommand } from '../domain/self-assessment/self-assessment.commands';
import type { CommandOutcome } from './command-outcome';

/** A self-assessment command as a request states it: the handler adds the cycle context. */
export type SelfAssessmentRequest<C extends SelfAssessmentCommand = SelfAssessmentCommand> = C extends unknown ? Omit<C, 'context'> : never;

/**
 * A use case decided on a unit's self-assessment stream: the request it carries and the request's
 * correlation id. Each use case is its own subclass, so the bus routes it to its own handler.
 */
export abstract class SelfAssessmentStreamCommand<C extends SelfAssessmentCommand = SelfAssessmentCommand> extends Command<CommandOutcome> {
  constructor(
    readonly request: SelfAssessmentRequest<C>,
    readonly correlationId: string,
  ) {
    super();
  }
}

/** What a caller states for a self-assessment command: everything but its type (the use case's class gives it) and the context. */
export type SelfAssessmentCommandFields<C extends SelfAssessmentCommand> = Omit<C, 'type' | 'context'>;
