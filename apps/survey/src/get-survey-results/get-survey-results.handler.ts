import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SurveyIndicesCalculator } from '../indices/survey-indices';
import { GetSurveyResultsQuery } from './get-survey-results.query';
import { type SurveyResultsView, surveyResultsView } from './survey-results.view';

@QueryHandler(GetSurveyResultsQuery)
export class GetSurveyResultsHandler implements IQueryHandler<GetSurveyResultsQuery, SurveyResultsView> {
  constructor(private readonly indices: SurveyIndicesCalculator) {}

  async execute({ campaignId }: GetSurveyResultsQuery): Promise<SurveyResultsView> {
    return surveyResultsView(await this.indices.indicesOf(campaignId));
  }
}
