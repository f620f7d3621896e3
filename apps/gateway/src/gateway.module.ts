import { DynamicModule, Inject, Module, OnApplicationShutdown, Optional } from '@nestjs/common';
import { AppraisalController } from './appraisal/appraisal.controller';
import { AppraisalQueueController } from './appraisal/appraisal-queue.controller';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AuthGuard } from './auth/auth.guard';
import { TokenVerifier } from './auth/token-verifier';
import { CycleSetupController } from './cycles/cycle-setup.controller';
import type { GatewayConfig } from './gateway.config';
import {
  APPRAISAL,
  type AppraisalService,
  RANKING,
  type RankingService,
  SUBMISSIONS,
  serviceClientProviders,
  type SubmissionsService,
  SURVEY,
  type SurveyService,
} from './grpc/service-clients';
import { LogVerificationController } from './log-verification/log-verification.controller';
import { ProblemFilter } from './problems/problem.filter';
import { CoalescedReads } from './grpc/coalesced-reads';
import { KeptResults } from './ranking/kept-results';
import { SessionController } from './session/session.controller';
import { CycleListController } from './queries/cycle-list.controller';
import { QueriesController } from './queries/queries.controller';
import { RankingController } from './ranking/ranking.controller';
import { SelfAssessmentController } from './self-assessment/self-assessment.controller';
import { SurveyImports } from './surveys/survey-imports';
import { SurveyResponsesController } from './surveys/survey-responses.controller';
import { SurveysController } from './surveys/surveys.controller';
import { CYCLE_TRANSFER, type CycleTransfer } from './transfer/cycle-transfer.port';
import { TransferController } from './transfer/transfer.controller';
import { PathParamsPipe } from './validation/path-params.pipe';

/** Closes the gRPC channels with the app. */
class ServiceChannels implements OnApplicationShutdown {
  constructor(
    @Inject(SUBMISSIONS) private readonly submissions: SubmissionsService,
    @Optional() @Inject(APPRAISAL) private readonly appraisal?: AppraisalService,
    @Optional() @Inject(RANKING) private readonly ranking?: RankingService,
    @Optional() @Inject(SURVEY) private readonly survey?: SurveyService,
  ) {}

  onApplicationShutdown(): void {
    this.submissions.close();
    this.appraisal?.close();
    this.ranking?.close();
    this.survey?.close();
  }
}

/** What the composition running the gateway adds to it. */
export interface GatewayModuleOptions {
  /** Imports and exports of cycle files (the embedded platform); absent: those routes answer 501. */
  transfer?: CycleTransfer;
}

/** Wiring only: HTTP controllers → gRPC clients of the services, behind one auth guard, one path check and one problem filter. */
@Module({})
export class GatewayModule {
  static register(config: GatewayConfig, options: GatewayModuleOptions = {}): DynamicModule {
    return {
      module: GatewayModule,
      // The appraisal, ranking and survey routes exist only where those services are configured.
      controllers: [
        CycleSetupController,
        SelfAssessmentController,
        QueriesController,
        CycleListController,
        SessionController,
        ...(config.services.appraisal ? [AppraisalController, AppraisalQueueController] : []),
        ...(config.services.ranking ? [RankingController] : []),
        // Campaign routes first: `surveys/{campaignId}/…` is never taken for `surveys/imports/{importId}`.
        ...(config.services.survey ? [SurveysController, SurveyResponsesController] : []),
        // Always mounted (and documented): without a transfer its routes say how to do the same with `par`.
        TransferController,
        // Every service's log, each one's own check (VerifyLog).
        LogVerificationController,
      ],
      providers: [
        ...serviceClientProviders(config.services),
        ServiceChannels,
        CoalescedReads,
        { provide: TokenVerifier, useValue: new TokenVerifier(config.auth) },
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useClass: PathParamsPipe },
        ...(options.transfer ? [{ provide: CYCLE_TRANSFER, useValue: options.transfer }] : []),
        ...(config.services.survey ? [SurveyImports] : []),
        ...(config.services.ranking ? [KeptResults] : []),
      ],
    };
  }
}
