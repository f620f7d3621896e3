import { Command } from '@nestjs/cqrs';
import type { AppraisalCommand } from '../domain';

/** Where a command came from, for the events' causation and correlation ids. */
export interface CommandOrigin {
  readonly correlationId?: string;
  /** The event that caused the command (e.g. the SelfAssessmentSubmitted a start comes from). */
  readonly causationId?: string;
}

export interface IssuedCommand {
  readonly streamId: string;
  /** Event types appended; empty when the command changed nothing. */
  readonly events: readonly string[];
  /** The stream's version after the command. */
  readonly version: number;
}

/**
 * What every use case's command is: one Appraisal command against the stream of one unit in one cycle
 * (`appraisal:<cycleId>:<unitId>`), whatever the transport it came by. Each use case names its own subclass (AppraiseCriterionCommand …),
 * so Nest routes it to that use case's handler.
 */
export abstract class AppraisalStreamCommand<C extends AppraisalCommand = AppraisalCommand> extends Command<IssuedCommand> {
  constructor(
    readonly cycleId: string,
    readonly unitId: string,
    readonly command: C,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
