/** One appraisal command of a measured phase, as the bench saw it; times are epoch ms (clock.ts). */
export interface CommandRecord {
  readonly seq: number;
  readonly unitId: string;
  readonly criterion: string;
  /** When the open-loop schedule wanted it sent. */
  readonly scheduledAt: number;
  sentAt: number;
  /** When its reply arrived, 2xx or not. */
  ackAt?: number;
  status?: number;
  /** From the 2xx reply (CommandResult): the unit's appraisal stream and its version after the command. */
  streamId?: string;
  version?: number;
  /** When the bench first saw ranking's read model show it (ranking-watch.ts). */
  seenAt?: number;
  error?: string;
}
