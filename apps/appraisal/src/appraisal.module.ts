import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PostgresEventStore } from '@par/event-store';
import { AdjustmentsGrpc } from './adjustments/adjustments.grpc';
import { APPRAISAL_CONFIG, APPRAISAL_EVENT_STORE, APPRAISAL_SCHEMA, AppraisalConfig, CLOCK } from './appraisal.config';
import { AppraisalRuntime } from './appraisal.runtime';
import { AppraiseCriterionGrpc } from './appraise-criterion/appraise-criterion.grpc';
import { IssueAppraisalCommandHandler } from './commands/issue-appraisal-command.handler';
import { CorrectScoreGrpc } from './correct-score/correct-score.grpc';
import { FileExplanationGrpc } from './file-explanation/file-explanation.grpc';
import { FinalizeAppraisalGrpc } from './finalize-appraisal/finalize-appraisal.grpc';
import { GetAppraisalSheetGrpc } from './get-appraisal-sheet/get-appraisal-sheet.grpc';
import { APPRAISAL_SHEET_ENTITIES } from './projections/appraisal-sheet.entities';
import { AppraisalSheetProjection } from './projections/appraisal-sheet.projection';
import { GetAppraisalSheetHandler } from './queries/get-appraisal-sheet.handler';
import { ResolveExplanationGrpc } from './resolve-explanation/resolve-explanation.grpc';
import { SendResultGrpc } from './send-result/send-result.grpc';
import { AppraisalStartsConsumer } from './starts/appraisal-starts.consumer';

/** Wiring only: the same module runs embedded (all services in one process) or distributed (alone). */
@Module({})
export class AppraisalModule {
  static register(config: AppraisalConfig): DynamicModule {
    return {
      module: AppraisalModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({ type: 'postgres', url: config.databaseUrl, schema: APPRAISAL_SCHEMA, entities: APPRAISAL_SHEET_ENTITIES, synchronize: false }),
        TypeOrmModule.forFeature(APPRAISAL_SHEET_ENTITIES),
      ],
      controllers: [
        AppraiseCriterionGrpc,
        AdjustmentsGrpc,
        SendResultGrpc,
        FileExplanationGrpc,
        ResolveExplanationGrpc,
        FinalizeAppraisalGrpc,
        CorrectScoreGrpc,
        GetAppraisalSheetGrpc,
      ],
      providers: [
        { provide: APPRAISAL_CONFIG, useValue: config },
        { provide: APPRAISAL_EVENT_STORE, useValue: config.eventStore?.(config.pool) ?? new PostgresEventStore(config.pool, APPRAISAL_SCHEMA) },
        { provide: CLOCK, useValue: config.clock ?? (() => new Date()) },
        IssueAppraisalCommandHandler,
        GetAppraisalSheetHandler,
        AppraisalSheetProjection,
        AppraisalStartsConsumer,
        AppraisalRuntime,
      ],
      exports: [AppraisalRuntime],
    };
  }
}
