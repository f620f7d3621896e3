import { Query } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';

/** The results table of a cycle (INTERCHANGE.md's JSON shape), optionally of one group. */
export class GetResultsQuery extends Query<ResultsDocument> {
  constructor(
    readonly cycleId: string,
    readonly groupId?: string,
  ) {
    super();
  }
}
