// Test only: realistic source events, decided by the real submissions and appraisal deciders and appended
// by handleCommand to their own schemas, as those services would, through their public entries. No production
// code imports another app.
import type { Decider, EventStore, StreamAddress } from '@par/event-store';
import { handleCommand, loadState } from '@par/event-store';
import { appraisalDecider, appraisalStream, eventMetadata as appraisalMetadata } from '@par/appraisal';
import type { AppraisalCommand } from '@par/appraisal';
import {
  cycleDecider,
  cycleStream,
  leavesOfUnit,
  notApplicableFor,
  selfAssessmentContext,
  selfAssessmentDecider,
  selfAssessmentStream,
  eventMetadata as submissionsMetadata,
} from '@par/submissions';
import type { CycleCommand, SelfAssessmentCommand } from '@par/submissions';

/** A clock that moves one minute per command, so every event has its own occurredAt. */
export class StepClock {
  private current: number;
  constructor(start: string) {
    this.current = Date.parse(start);
  }
  tick(): Date {
    this.current += 60_000;
    return new Date(this.current);
  }
  jump(days: number): void {
    this.current += days * 86_400_000;
  }
}

type Without<C, K extends string> = C extends unknown ? Omit<C, K> : never;

/** The two source services' write sides, driven as their command handlers would drive them. */
export class SourceLogs {
  constructor(
    readonly submissions: EventStore,
    readonly appraisal: EventStore,
    private readonly clock: StepClock,
  ) {}

  cycle(command: CycleCommand): Promise<unknown> {
    return this.run(this.submissions, cycleStream(command.cycleId), cycleDecider, command, submissionsMetadata(command));
  }

  /** A self-assessment command; its context is read from the cycle stream, as the handler does. */
  async selfAssessment(command: Without<SelfAssessmentCommand, 'context'>): Promise<unknown> {
    const now = this.clock.tick().toISOString();
    const cycle = await this.cycleState(command.cycleId);
    const context = selfAssessmentContext(cycle, { cycleId: command.cycleId, unitId: command.unitId, now });
    const full = { ...command, context } as SelfAssessmentCommand;
    return this.run(this.submissions, selfAssessmentStream(command.cycleId, command.unitId), selfAssessmentDecider, full, submissionsMetadata(full), now);
  }

  /** Opens the unit's appraisal from the cycle's view of it, as the appraisal service does on SelfAssessmentSubmitted. */
  async startAppraisal(cycleId: string, unitId: string, actor: AppraisalCommand['actor'], selfScores: { criterion: string; points: string }[]) {
    const cycle = await this.cycleState(cycleId);
    return this.appraise(cycleId, unitId, {
      type: 'StartAppraisal',
      cycleId,
      unitId,
      actor,
      leaves: leavesOfUnit(cycle, unitId),
      notApplicable: notApplicableFor(cycle, unitId),
      selfScores,
    });
  }

  appraise(cycleId: string, unitId: string, command: AppraisalCommand): Promise<unknown> {
    return this.run(this.appraisal, appraisalStream(cycleId, unitId), appraisalDecider, command, appraisalMetadata(command));
  }

  now(): Date {
    return this.clock.tick();
  }

  passDays(days: number): void {
    this.clock.jump(days);
  }

  private async cycleState(cycleId: string) {
    return (await loadState(this.submissions, cycleStream(cycleId), cycleDecider)).state;
  }

  private async run<C, E extends { type: string; data: unknown }, S>(
    store: EventStore,
    stream: StreamAddress,
    decider: Decider<C, E, S>,
    command: C,
    metadata: Record<string, unknown>,
    occurredAt = this.clock.tick().toISOString(),
  ): Promise<unknown> {
    return handleCommand({ store, ...stream, decider, command, metadata: { ...metadata, occurredAt } });
  }
}
