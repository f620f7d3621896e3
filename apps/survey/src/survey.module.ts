import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { systemClock } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { ApplySurveyPointsGrpc } from './apply-survey-points/apply-survey-points.grpc';
import { ApplySurveyPointsHandler } from './apply-survey-points/apply-survey-points.handler';
import { GetSurveyResultsGrpc } from './get-survey-results/get-survey-results.grpc';
import { GetSurveyResultsHandler } from './get-survey-results/get-survey-results.handler';
import { AnswerCountsReader } from './indices/answer-counts.reader';
import { SurveyIndicesCalculator } from './indices/survey-indices';
import { CampaignLog } from './infrastructure/campaign-log';
import { SurveyRuntime } from './infrastructure/survey.runtime';
import { CLOCK, SURVEY_CONFIG, SURVEY_EVENT_STORE } from './infrastructure/tokens';
import { OpenCampaignGrpc } from './open-campaign/open-campaign.grpc';
import { OpenCampaignHandler } from './open-campaign/open-campaign.handler';
import { CampaignsProjector } from './projections/campaigns/campaigns.projector';
import { CampaignsReader } from './projections/campaigns/campaigns.reader';
import { CycleCatalogueProjector } from './projections/cycle-catalogue/cycle-catalogue.projector';
import { CycleCatalogueReader } from './projections/cycle-catalogue/cycle-catalogue.reader';
import { RecordResponsesGrpc } from './record-responses/record-responses.grpc';
import { RecordResponsesHandler } from './record-responses/record-responses.handler';
import { RecordPublishedResultsHandler } from './record-published-results/record-published-results.handler';
import { SURVEY_LOG_OPTIONS, SURVEY_SCHEMA, SurveyOptions } from './survey.config';
import { VerifyLogGrpc } from './verify-log/verify-log.grpc';

/** Wiring only: the same module runs embedded (all services in one process) or distributed (alone, gRPC on par.survey.v1). */
import { PublishedIndexLog } from './published-index/published-index-log';
import { GetPublishedTrendGrpc } from './published-index/get-published-trend/get-published-trend.grpc';
import { RecordPublishedIndexHandler } from './published-index/record-published-index/record-published-index.handler';
import { GetPublishedTrendHandler } from './published-index/get-published-trend/get-published-trend.handler';
import { PublishedScoresProjector } from './published-index/projections/published-scores/published-scores.projector';
import { PublishedScoresReader } from './published-index/projections/published-scores/published-scores.reader';
import { PublishedIndexFeed } from './published-index/published-index.feed';

@Module({})
export class SurveyModule {
  static register(options: SurveyOptions): DynamicModule {
    return {
      module: SurveyModule,
      imports: [CqrsModule.forRoot()],
      controllers: [OpenCampaignGrpc, RecordResponsesGrpc, ApplySurveyPointsGrpc, GetSurveyResultsGrpc, GetPublishedTrendGrpc, VerifyLogGrpc],
      providers: [
        { provide: SURVEY_CONFIG, useValue: options },
        {
          provide: SURVEY_EVENT_STORE,
          useValue: options.eventStore?.(options.pool) ?? new PostgresEventStore(options.pool, SURVEY_SCHEMA, SURVEY_LOG_OPTIONS),
        },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        CampaignLog,
        OpenCampaignHandler,
        RecordResponsesHandler,
        ApplySurveyPointsHandler,
        RecordPublishedResultsHandler,
        GetSurveyResultsHandler,
        SurveyIndicesCalculator,
        AnswerCountsReader,
        CampaignsReader,
        CampaignsProjector,
        CycleCatalogueReader,
        CycleCatalogueProjector,
        PublishedIndexLog,
        RecordPublishedIndexHandler,
        GetPublishedTrendHandler,
        PublishedScoresProjector,
        PublishedScoresReader,
        PublishedIndexFeed,
        SurveyRuntime,
      ],
      exports: [SurveyRuntime],
    };
  }
}
