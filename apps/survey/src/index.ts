// @par/survey: the one entry other apps and tests use (apps/cli's embedded platform, tests/). Everything else
// under src/ is the service's own business.
export { SurveyModule } from './survey.module';
export { SURVEY_LOG_OPTIONS, SURVEY_SCHEMA, surveyEnvironmentSchema } from './survey.config';
export type { SurveyEnvironment, SurveyOptions } from './survey.config';
/** `app.get(SurveyRuntime)`: catalogueCaughtUp() before opening a campaign of a cycle just imported; campaignsCaughtUp() before reading results. */
export { SurveyRuntime } from './infrastructure/survey.runtime';
export { surveyGrpcOptions } from './infrastructure/survey-grpc-options';
export type { CommandOrigin, IssuedCommand } from './infrastructure/campaign-log';

// Commands.
export { OpenCampaignCommand } from './open-campaign/open-campaign.command';
export { RecordResponsesCommand } from './record-responses/record-responses.command';
export type { RecordedResponses } from './record-responses/record-responses.command';
export { ApplySurveyPointsCommand } from './apply-survey-points/apply-survey-points.command';
export { RecordPublishedResultsCommand } from './record-published-results/record-published-results.command';
/** The import decides a cycle file's survey results over its staged log with these, as it does the other services' commands. */
export { RecordPublishedResultsHandler } from './record-published-results/record-published-results.handler';
export { CampaignLog } from './infrastructure/campaign-log';

// Queries.
export { GetSurveyResultsQuery } from './get-survey-results/get-survey-results.query';
export type { AspectResultView, FiguresView, SurveyResultsView, UnitResultView } from './get-survey-results/survey-results.view';

// Errors.
export { SURVEY_ERROR_CODES, SurveyError } from './domain/survey.errors';
export type { SurveyErrorCode } from './domain/survey.errors';

// The aggregate, for what replays or reads the survey log itself.
export { campaignDecider, campaignStream } from './domain';
export type {
  ApplySurveyPoints,
  CampaignCommand,
  CampaignState,
  CatalogueFacts,
  ComputedLeafPoints,
  OpenCampaign,
  RecordedCampaignData,
  RecordPublishedResults,
  RecordResponsesBatch,
} from './domain';

// PAPI and DGI: a province's published indices per year, and their trend.
export { RecordPublishedIndexCommand } from './published-index/record-published-index/record-published-index.command';
export { GetPublishedTrendQuery } from './published-index/get-published-trend/get-published-trend.query';
export type { PublishedTrendView, IndexTrend, DimensionTrend, TrendPoint, PublishedYearView } from './published-index/get-published-trend/published-trend.view';
export { PUBLISHED_INDEX_ERROR_CODES, PublishedIndexError, publishedIndexDecider, publishedIndexStream } from './published-index/domain';
export type { PublishedIndexErrorCode, PublishedIndexCommand, PublishedIndexState } from './published-index/domain';
