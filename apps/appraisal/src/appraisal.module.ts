import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { appraisalUpcasters, systemClock } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { APPRAISAL_SCHEMA, AppraisalOptions } from './appraisal.config';
import { AppraiseCriterionGrpc } from './appraise-criterion/appraise-criterion.grpc';
import { AppraiseCriterionHandler } from './appraise-criterion/appraise-criterion.handler';
import { CorrectScoreGrpc } from './correct-score/correct-score.grpc';
import { CorrectScoreHandler } from './correct-score/correct-score.handler';
import { FileExplanationGrpc } from './file-explanation/file-explanation.grpc';
import { FileExplanationHandler } from './file-explanation/file-explanation.handler';
import { FinalizeAppraisalGrpc } from './finalize-appraisal/finalize-appraisal.grpc';
import { FinalizeAppraisalHandler } from './finalize-appraisal/finalize-appraisal.handler';
import { GetAppraisalSheetGrpc } from './get-appraisal-sheet/get-appraisal-sheet.grpc';
import { GetAppraisalSheetHandler } from './get-appraisal-sheet/get-appraisal-sheet.handler';
import { AppraisalRuntime } from './infrastructure/appraisal.runtime';
import { APPRAISAL_CONFIG, APPRAISAL_EVENT_STORE, CLOCK } from './infrastructure/tokens';
import { ListAppraisalsGrpc } from './list-appraisals/list-appraisals.grpc';
import { ListAppraisalsHandler } from './list-appraisals/list-appraisals.handler';
import { APPRAISAL_SHEET_ENTITIES } from './projections/appraisal-sheet/appraisal-sheet.entities';
import { AppraisalSheetProjector } from './projections/appraisal-sheet/appraisal-sheet.projector';
import { AppraisalSheetReader } from './projections/appraisal-sheet/appraisal-sheet.reader';
import { RecordAdjustmentGrpc } from './record-adjustment/record-adjustment.grpc';
import { RecordAdjustmentHandler } from './record-adjustment/record-adjustment.handler';
import { RemoveAdjustmentGrpc } from './remove-adjustment/remove-adjustment.grpc';
import { RemoveAdjustmentHandler } from './remove-adjustment/remove-adjustment.handler';
import { ResolveExplanationGrpc } from './resolve-explanation/resolve-explanation.grpc';
import { ResolveExplanationHandler } from './resolve-explanation/resolve-explanation.handler';
import { SendResultGrpc } from './send-result/send-result.grpc';
import { SendResultHandler } from './send-result/send-result.handler';
import { AppraisalStartsConsumer } from './start-from-submission/start-from-submission.consumer';
import { StartAppraisalHandler } from './start-from-submission/start-from-submission.handler';
import { VerifyLogGrpc } from './verify-log/verify-log.grpc';

/** Wiring only: the same module runs embedded (all services in one process) or distributed (alone). */
@Module({})
export class AppraisalModule {
  static register(options: AppraisalOptions): DynamicModule {
    return {
      module: AppraisalModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({ type: 'postgres', url: options.databaseUrl, schema: APPRAISAL_SCHEMA, entities: APPRAISAL_SHEET_ENTITIES, synchronize: false }),
        TypeOrmModule.forFeature(APPRAISAL_SHEET_ENTITIES),
      ],
      controllers: [
        AppraiseCriterionGrpc,
        RecordAdjustmentGrpc,
        RemoveAdjustmentGrpc,
        SendResultGrpc,
        FileExplanationGrpc,
        ResolveExplanationGrpc,
        FinalizeAppraisalGrpc,
        CorrectScoreGrpc,
        GetAppraisalSheetGrpc,
        VerifyLogGrpc,
        ListAppraisalsGrpc,
      ],
      providers: [
        { provide: APPRAISAL_CONFIG, useValue: options },
        {
          provide: APPRAISAL_EVENT_STORE,
          useValue: options.eventStore?.(options.pool) ?? new PostgresEventStore(options.pool, APPRAISAL_SCHEMA, { upcasters: appraisalUpcasters }),
        },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        StartAppraisalHandler,
        AppraiseCriterionHandler,
        RecordAdjustmentHandler,
        RemoveAdjustmentHandler,
        SendResultHandler,
        FileExplanationHandler,
        ResolveExplanationHandler,
        FinalizeAppraisalHandler,
        CorrectScoreHandler,
        GetAppraisalSheetHandler,
        ListAppraisalsHandler,
        AppraisalSheetReader,
        AppraisalSheetProjector,
        AppraisalStartsConsumer,
        AppraisalRuntime,
      ],
      exports: [AppraisalRuntime],
    };
  }
}
