import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ResultsDocument } from '@par/contracts';
import { CycleResults, type ResultsAnswer } from '../projections/cycle-results/cycle-results';
import { GetResultsQuery, GetRevisedResultsQuery } from './get-results.query';

/** The cycle's table from the results read model, or one group's of it. */
@QueryHandler(GetResultsQuery)
export class GetResultsHandler implements IQueryHandler<GetResultsQuery, ResultsDocument> {
  constructor(private readonly results: CycleResults) {}

  async execute({ cycleId, groupId }: GetResultsQuery): Promise<ResultsDocument> {
    return ofGroup(await this.results.current(cycleId), groupId);
  }
}

/** The same, with its revision, or "unchanged" when the caller's copy is current. */
@QueryHandler(GetRevisedResultsQuery)
export class GetRevisedResultsHandler implements IQueryHandler<GetRevisedResultsQuery, ResultsAnswer> {
  constructor(private readonly results: CycleResults) {}

  async execute({ cycleId, groupId, knownRevision }: GetRevisedResultsQuery): Promise<ResultsAnswer> {
    const answer = await this.results.answer(cycleId, knownRevision);
    return answer.unchanged ? answer : { ...answer, document: ofGroup(answer.document, groupId) };
  }
}

function ofGroup(document: ResultsDocument, groupId: string | undefined): ResultsDocument {
  return groupId === undefined ? document : { ...document, groups: document.groups.filter((group) => group.group === groupId) };
}
