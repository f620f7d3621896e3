import { Inject, Injectable } from '@nestjs/common';
import type { ICommandHandler } from '@nestjs/cqrs';
import type { Clock } from '@par/contracts';
import { asDecided, EventStore, FoldedStreams, handleCommand, WrongExpectedVersionError } from '@par/event-store';
import { cycleDecider } from '../domain/cycle/cycle.decide';
import type { CycleEvent } from '../domain/cycle/cycle.events';
import { cycleStream } from '../domain/cycle/cycle.events';
import type { CycleState } from '../domain/cycle/cycle.state';
import { selfAssessmentContext } from '../domain/cycle/self-assessment-context';
import type { SelfAssessmentCommand } from '../domain/self-assessment/self-assessment.commands';
import { commutesWith } from '../domain/self-assessment/concurrent-changes';
import { selfAssessmentDecider } from '../domain/self-assessment/self-assessment.decide';
import type { SelfAssessmentEvent } from '../domain/self-assessment/self-assessment.events';
import type { SelfAssessmentState } from '../domain/self-assessment/self-assessment.state';
import { selfAssessmentStream } from '../domain/self-assessment/self-assessment.events';
import { CommandOutcome, metadataFor, outcomeOf } from './command-outcome';
import type { SelfAssessmentStreamCommand } from './self-assessment-stream.command';
import { CLOCK, EVENT_STORE } from './tokens';

/** Times a command is decided when each lost race was to changes it commutes with (see commutesWith). */
const ATTEMPTS = 5;

/**
 * Every self-assessment use case is handled alike. The self-assessment decider is pure: the cycle facts it
 * needs (status, the unit's leaves, what is not applicable, the due date) are read here from the cycle
 * stream, folded with the cycle decider (same service, same log), and put in the command as its context
 * together with the clock. Then: load the unit's stream, decide, append at the version read. Each use
 * case's handler is this class under its own @CommandHandler. Both streams are kept folded by version,
 * so a command reads only what was appended since the last one (see FoldedStreams). A race lost to drafts
 * of other leaves is decided again on the new version; any other lost race is the caller's conflict.
 */
@Injectable()
export class SelfAssessmentCommandHandler<
  C extends SelfAssessmentStreamCommand = SelfAssessmentStreamCommand,
> implements ICommandHandler<SelfAssessmentStreamCommand> {
  private readonly cycles = new FoldedStreams<CycleEvent, CycleState>(cycleDecider, 100);
  private readonly sheets = new FoldedStreams<SelfAssessmentEvent, SelfAssessmentState>(selfAssessmentDecider);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, correlationId }: C): Promise<CommandOutcome> {
    const now = this.clock();
    for (let attempt = 1; ; attempt += 1) {
      const { cycleId, unitId } = request;
      const context = selfAssessmentContext(await this.cycle(cycleId), { cycleId, unitId, now: now.toISOString() });
      const command = { ...request, context } as SelfAssessmentCommand;
      const metadata = metadataFor(command, correlationId, now);
      const stream = selfAssessmentStream(cycleId, unitId);
      try {
        return outcomeOf(await handleCommand({ store: this.store, ...stream, decider: selfAssessmentDecider, command, metadata, folded: this.sheets }));
      } catch (error) {
        if (attempt >= ATTEMPTS || !(await this.commutesWithTheWinner(error, command))) throw error;
      }
    }
  }

  /** Whether `error` is a lost race to events that all commute with the command. */
  private async commutesWithTheWinner(error: unknown, command: SelfAssessmentCommand): Promise<boolean> {
    if (!(error instanceof WrongExpectedVersionError) || error.expectedVersion === 'any') return false;
    const concurrent = await this.store.readStream(error.streamId, { fromVersion: error.expectedVersion + 1 });
    return commutesWith(
      command,
      concurrent.map((event) => asDecided<SelfAssessmentEvent>(event)),
    );
  }

  private async cycle(cycleId: string): Promise<CycleState> {
    return (await this.cycles.load(this.store, cycleStream(cycleId))).state;
  }
}
