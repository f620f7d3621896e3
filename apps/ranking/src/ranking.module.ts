import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { systemClock } from '@par/contracts';
import { DataSource } from 'typeorm';
import { CorrectDecisionGrpc } from './correct-decision/correct-decision.grpc';
import { CorrectDecisionHandler } from './correct-decision/correct-decision.handler';
import { GetAuditTrailGrpc } from './get-audit-trail/get-audit-trail.grpc';
import { GetAuditTrailHandler } from './get-audit-trail/get-audit-trail.handler';
import { GetPublishedDecisionsGrpc } from './get-published-decisions/get-published-decisions.grpc';
import { GetPublishedDecisionsHandler } from './get-published-decisions/get-published-decisions.handler';
import { GetResultsGrpc } from './get-results/get-results.grpc';
import { GetResultsHandler, GetRevisedResultsHandler } from './get-results/get-results.handler';
import { decisionLogProvider } from './infrastructure/decision-log.provider';
import { RankingConsumers } from './infrastructure/ranking-consumers';
import { CLOCK, RANKING_OPTIONS, READ_MODELS } from './infrastructure/ranking.tokens';
import { readModelsProvider } from './infrastructure/read-models';
import { AuditTrailReader } from './projections/audit-trail/audit-trail.reader';
import { CycleResults } from './projections/cycle-results/cycle-results';
import { ResultsRefresher } from './projections/cycle-results/results-refresher';
import { CycleScoresReader } from './projections/cycle-scores/cycle-scores.reader';
import { PublishDecisionGrpc } from './publish-decision/publish-decision.grpc';
import { PublishDecisionHandler } from './publish-decision/publish-decision.handler';
import type { RankingOptions } from './ranking.config';
import { VerifyLogGrpc } from './verify-log/verify-log.grpc';

/**
 * The ranking service: read models fed by the submissions and appraisal events, results, audit trail
 * and the published decisions. `register` wires it embedded (sources are the other services' stores)
 * or distributed (sources are their Kafka topics); the rest is the same code. Wiring only.
 */
@Module({})
export class RankingModule implements OnApplicationShutdown {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  static register(options: RankingOptions): DynamicModule {
    return {
      module: RankingModule,
      imports: [CqrsModule.forRoot()],
      controllers: [GetResultsGrpc, GetAuditTrailGrpc, GetPublishedDecisionsGrpc, PublishDecisionGrpc, CorrectDecisionGrpc, VerifyLogGrpc],
      providers: [
        { provide: RANKING_OPTIONS, useValue: options },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        decisionLogProvider(options.pool),
        readModelsProvider(options.pool),
        CycleScoresReader,
        CycleResults,
        ResultsRefresher,
        AuditTrailReader,
        RankingConsumers,
        GetResultsHandler,
        GetRevisedResultsHandler,
        GetAuditTrailHandler,
        GetPublishedDecisionsHandler,
        PublishDecisionHandler,
        CorrectDecisionHandler,
      ],
      exports: [RankingConsumers],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.readModels.isInitialized) await this.readModels.destroy();
  }
}
