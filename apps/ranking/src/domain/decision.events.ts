import { namedStream, type NamedStream, type ResultsDocument } from '@par/contracts';
import type { DecisionDetails } from './decision.commands';

/** One revision of the published table: the snapshot as published and the SHA-256 of its canonical JSON. */
export interface PublishedRevision extends DecisionDetails {
  readonly cycleId: string;
  /** 1 for the decision itself, 2 for its first correction, … */
  readonly revision: number;
  readonly snapshot: ResultsDocument;
  readonly snapshotHash: string;
}

export interface DecisionPublished {
  readonly type: 'DecisionPublished';
  readonly schemaVersion: 1;
  readonly data: PublishedRevision;
}

export interface DecisionCorrected {
  readonly type: 'DecisionCorrected';
  readonly schemaVersion: 1;
  readonly data: PublishedRevision & { readonly reason: string; readonly previousSnapshotHash: string };
}

export type DecisionEvent = DecisionPublished | DecisionCorrected;

/**
 * One decision stream per cycle, in the ranking service's own log: `decision:<cycleId>`, or the legacy
 * `decision-<cycleId>` it began under. Give it to handleCommand / loadStream.
 */
export function decisionStream(cycleId: string): NamedStream {
  return namedStream('decision', { cycleId });
}
