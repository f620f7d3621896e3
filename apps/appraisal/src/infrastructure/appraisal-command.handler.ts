import { Inject, Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@par/contracts';
import type { AppraisalEvent } from '@par/contracts';
import { asDecided, EventStore, FoldedStreams, handleCommand, WrongExpectedVersionError } from '@par/event-store';
import { type AppraisalCommand, appraisalDecider, type AppraisalState, appraisalStream, commutesWith, eventMetadata } from '../domain';
import type { AppraisalStreamCommand, IssuedCommand } from './appraisal-stream.command';
import { APPRAISAL_EVENT_STORE, CLOCK } from './tokens';

/** Times a command is decided when each lost race was to changes it commutes with (see commutesWith). */
const ATTEMPTS = 5;

/**
 * Load → fold → decide → append at the version read, for any Appraisal command: each use case's
 * handler is this class registered for its command. A concurrent writer makes the append throw
 * WrongExpectedVersionError (nothing written): the command is decided again on the new version when
 * what was appended meanwhile commutes with it (a verdict on another leaf), and is the caller's conflict
 * otherwise. A command that changes nothing appends nothing.
 */
@Injectable()
export class AppraisalCommandHandler implements ICommandHandler<AppraisalStreamCommand, IssuedCommand> {
  /** Each unit's appraisal kept folded by version: a command reads only what was appended since the last. */
  private readonly appraisals = new FoldedStreams<AppraisalEvent, AppraisalState>(appraisalDecider);

  constructor(
    @Inject(APPRAISAL_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ cycleId, unitId, command, origin }: AppraisalStreamCommand): Promise<IssuedCommand> {
    const metadata = {
      ...eventMetadata(command),
      occurredAt: this.clock().toISOString(),
      ...(origin.correlationId ? { correlationId: origin.correlationId } : {}),
      ...(origin.causationId ? { causationId: origin.causationId } : {}),
    };
    const stream = appraisalStream(cycleId, unitId);
    for (let attempt = 1; ; attempt += 1) {
      try {
        const handled = await handleCommand({ store: this.store, ...stream, decider: appraisalDecider, command, metadata, folded: this.appraisals });
        return { streamId: handled.streamId, events: handled.events.map((event) => event.type), version: handled.version };
      } catch (error) {
        if (attempt >= ATTEMPTS || !(await this.commutesWithTheWinner(error, command))) throw error;
      }
    }
  }

  /** Whether `error` is a lost race to events that all commute with the command. */
  private async commutesWithTheWinner(error: unknown, command: AppraisalCommand): Promise<boolean> {
    if (!(error instanceof WrongExpectedVersionError) || error.expectedVersion === 'any') return false;
    const concurrent = await this.store.readStream(error.streamId, { fromVersion: error.expectedVersion + 1 });
    return commutesWith(
      command,
      concurrent.map((event) => asDecided<AppraisalEvent>(event)),
    );
  }
}
