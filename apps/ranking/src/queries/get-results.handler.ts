import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { computeRankingResults } from '../results/compute-ranking-results';
import type { ResultsDocument } from '@par/contracts';
import { GetResultsQuery } from './get-results.query';
import { ResultsReader } from './results-reader';

@QueryHandler(GetResultsQuery)
export class GetResultsHandler implements IQueryHandler<GetResultsQuery, ResultsDocument> {
  constructor(private readonly reader: ResultsReader) {}

  async execute({ cycleId, groupId }: GetResultsQuery): Promise<ResultsDocument> {
    return computeRankingResults(await this.reader.load(cycleId, groupId));
  }
}
