import type { Clock } from '@par/contracts';

/**
 * The clock an import's handlers read: the time the file gives the value being replayed (a past cycle's
 * submission, appraisal, explanation, finalization), else the real time. The replay sets it before each
 * step, so each event's occurredAt is the time of its value and recordedAt the time it was recorded.
 */
export class ReplayClock {
  private time: Date | undefined;

  readonly now: Clock = () => this.time ?? new Date();

  /** The file's time for the next steps; undefined: the recording time. */
  set(time: Date | undefined): void {
    this.time = time;
  }
}
