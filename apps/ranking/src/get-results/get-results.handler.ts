import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';
import { CycleResults } from '../projections/cycle-results/cycle-results';
import { GetResultsQuery } from './get-results.query';

/** The cycle's table from the results read model, or one group's of it. */
@QueryHandler(GetResultsQuery)
export class GetResultsHandler implements IQueryHandler<GetResultsQuery, ResultsDocument> {
  constructor(private readonly results: CycleResults) {}

  async execute({ cycleId, groupId }: GetResultsQuery): Promise<ResultsDocument> {
    const document = await this.results.current(cycleId);
    return groupId === undefined ? document : { ...document, groups: document.groups.filter((group) => group.group === groupId) };
  }
}
