import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PostgresEventStore } from '@par/event-store';
import { DataSource } from 'typeorm';
import { DecisionsGrpc } from './api/decisions.grpc';
import { RankingQueriesGrpc } from './api/queries.grpc';
import { RankingConsumers } from './consumers/ranking-consumers';
import { CorrectDecisionHandler } from './correct-decision/correct-decision.handler';
import { PublishDecisionHandler } from './publish-decision/publish-decision.handler';
import { GetAuditTrailHandler } from './queries/get-audit-trail.handler';
import { GetPublishedDecisionsHandler } from './queries/get-published-decisions.handler';
import { GetResultsHandler } from './queries/get-results.handler';
import { ResultsReader } from './queries/results-reader';
import { openReadModels } from './read-model/ranking-data-source';
import { RANKING_SCHEMA } from './read-model/ranking-schema';
import type { RankingConfig } from './ranking.config';
import { DECISION_LOG, RANKING_CONFIG, READ_MODELS } from './ranking.tokens';

/**
 * The ranking service: read models fed by the submissions and appraisal events, results, audit trail
 * and the published decisions. `register` wires it embedded (sources are the other services' stores)
 * or distributed (sources are their Kafka topics); the rest is the same code.
 */
@Module({})
export class RankingModule implements OnApplicationShutdown {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  static register(config: RankingConfig): DynamicModule {
    return {
      module: RankingModule,
      imports: [CqrsModule.forRoot()],
      controllers: [RankingQueriesGrpc, DecisionsGrpc],
      providers: [
        { provide: RANKING_CONFIG, useValue: config },
        {
          provide: DECISION_LOG,
          useFactory: async () => {
            const store = new PostgresEventStore(config.pool, RANKING_SCHEMA);
            await store.migrate();
            return store;
          },
        },
        // After the log's migration, which creates the schema safely: two CREATE SCHEMA at once collide.
        { provide: READ_MODELS, useFactory: () => openReadModels(config.pool), inject: [DECISION_LOG] },
        ResultsReader,
        RankingConsumers,
        GetResultsHandler,
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
