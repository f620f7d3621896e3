import { Command } from '@nestjs/cqrs';
import type { SelfAssessmentCommand } from '../domain/self-assessment/self-assessment.commands';
import type { CommandOutcome } from '../infrastructure/command-outcome';

type WithoutContext<C> = C extends unknown ? Omit<C, 'context'> : never;

/** A self-assessment command as a request states it; the handler adds the cycle context. */
export type SelfAssessmentRequest = WithoutContext<SelfAssessmentCommand>;

/** Score, clear, submit or reopen a unit's self-assessment. */
export class SelfAssess extends Command<CommandOutcome> {
  constructor(
    readonly request: SelfAssessmentRequest,
    readonly correlationId: string,
  ) {
    super();
  }
}
