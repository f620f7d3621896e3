import { Query } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';

export interface PublishedDecisionRevision {
  readonly revision: number;
  readonly number: string;
  readonly date: string;
  readonly signer: string;
  /** null for revision 1. */
  readonly reason: string | null;
  readonly snapshot: ResultsDocument;
  readonly snapshotHash: string;
  /** The hash of the revision this one supersedes; null for revision 1. */
  readonly previousSnapshotHash: string | null;
  /** The snapshot, hashed again now, still gives snapshotHash. */
  readonly snapshotVerified: boolean;
  readonly publishedBy: string;
  readonly publishedAt: string;
  /** The decision log's own chain hash of the event (see `verify`). */
  readonly eventHash: string;
}

/** Every published revision of a cycle's decision, oldest first, each snapshot checked against its hash. */
export class GetPublishedDecisionsQuery extends Query<PublishedDecisionRevision[]> {
  constructor(readonly cycleId: string) {
    super();
  }
}
