import { Query } from '@nestjs/cqrs';
import type { SurveyResultsView } from './survey-results.view';

/** A campaign's indices per unit and aspect, over the batches accepted so far (eventually consistent with the log). */
export class GetSurveyResultsQuery extends Query<SurveyResultsView> {
  constructor(readonly campaignId: string) {
    super();
  }
}
