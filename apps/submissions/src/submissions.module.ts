import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostgresEventStore } from '@par/event-store';
import { READ_MODEL_ENTITIES } from './projections/read-model.entities';
import { GetCycleOverviewHandler } from './queries/get-cycle-overview.handler';
import { GetProgressHandler } from './queries/get-progress.handler';
import { GetSelfAssessmentHandler } from './queries/get-self-assessment.handler';
import { QueriesGrpc } from './queries/queries.grpc';
import { SheetReader } from './queries/sheet-reader';
import { SelfAssessGrpc } from './self-assess/self-assess.grpc';
import { SelfAssessHandler } from './self-assess/self-assess.handler';
import { SetUpCycleGrpc } from './setup-cycle/set-up-cycle.grpc';
import { SetUpCycleHandler } from './setup-cycle/set-up-cycle.handler';
import { READ_MODEL_DATA_SOURCE, SUBMISSIONS_CONFIG } from './infrastructure/config.token';
import { SubmissionsLog } from './infrastructure/submissions-log';
import { CLOCK, EVENT_STORE, SUBMISSIONS_SCHEMA } from './infrastructure/tokens';
import { typeOrmOptions } from './infrastructure/typeorm-options';
import type { SubmissionsConfig } from './submissions.config';

/** Wiring only: the same module runs embedded (with the other services) or alone (distributed). */
@Module({})
export class SubmissionsModule {
  static register(config: SubmissionsConfig): DynamicModule {
    return {
      module: SubmissionsModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(typeOrmOptions(config.pool, READ_MODEL_DATA_SOURCE)),
        TypeOrmModule.forFeature(READ_MODEL_ENTITIES, READ_MODEL_DATA_SOURCE),
      ],
      controllers: [SetUpCycleGrpc, SelfAssessGrpc, QueriesGrpc],
      providers: [
        { provide: SUBMISSIONS_CONFIG, useValue: config },
        { provide: EVENT_STORE, useValue: new PostgresEventStore(config.pool, SUBMISSIONS_SCHEMA) },
        { provide: CLOCK, useValue: config.clock ?? (() => new Date().toISOString()) },
        SubmissionsLog,
        SetUpCycleHandler,
        SelfAssessHandler,
        SheetReader,
        GetCycleOverviewHandler,
        GetSelfAssessmentHandler,
        GetProgressHandler,
      ],
      exports: [SubmissionsLog],
    };
  }
}
