import { Query } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';
import type { ResultsAnswer } from '../projections/cycle-results/cycle-results';

/** The results table of a cycle (INTERCHANGE.md's JSON shape), optionally of one group. */
export class GetResultsQuery extends Query<ResultsDocument> {
  constructor(
    readonly cycleId: string,
    readonly groupId?: string,
  ) {
    super();
  }
}

/**
 * The same table with the revision it is at, for a caller that keeps copies (the gateway): given the
 * revision of its copy, it is told when that copy is still current instead of receiving the table again.
 */
export class GetRevisedResultsQuery extends Query<ResultsAnswer> {
  constructor(
    readonly cycleId: string,
    readonly groupId: string | undefined,
    readonly knownRevision: string | undefined,
  ) {
    super();
  }
}
