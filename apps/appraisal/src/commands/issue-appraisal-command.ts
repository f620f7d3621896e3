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

/** One Appraisal command against stream `appraisal-<cycleId>-<unitId>`, whatever the transport it came by. */
export class IssueAppraisalCommand extends Command<IssuedCommand> {
  constructor(
    readonly cycleId: string,
    readonly unitId: string,
    readonly command: AppraisalCommand,
    readonly origin: CommandOrigin = {},
  ) {
    super();
  }
}
