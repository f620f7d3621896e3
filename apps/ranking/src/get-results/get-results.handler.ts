import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';
import { computeRankingResults } from '../domain/results/compute-ranking-results';
import { CycleScoresReader } from '../projections/cycle-scores/cycle-scores.reader';
import { GetResultsQuery } from './get-results.query';

@QueryHandler(GetResultsQuery)
export class GetResultsHandler implements IQueryHandler<GetResultsQuery, ResultsDocument> {
  constructor(private readonly scores: CycleScoresReader) {}

  async execute({ cycleId, groupId }: GetResultsQuery): Promise<ResultsDocument> {
    return computeRankingResults(await this.scores.load(cycleId, groupId));
  }
}
