import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { submissionsUpcasters, systemClock } from '@par/contracts';
import { PostgresEventStore } from '@par/event-store';
import { READ_MODEL_ENTITIES } from './projections/submissions-read-model/read-model.entities';
import { ReadModelReader } from './projections/submissions-read-model/read-model.reader';
import { SubmissionsLog } from './infrastructure/submissions-log';
import { CLOCK, EVENT_STORE, READ_MODEL_DATA_SOURCE, SUBMISSIONS_OPTIONS, SUBMISSIONS_SCHEMA } from './infrastructure/tokens';
import { typeOrmOptions } from './infrastructure/typeorm-options';
import type { SubmissionsOptions } from './submissions.config';
import { SUBMISSIONS_CONTROLLERS, SUBMISSIONS_HANDLERS } from './submissions.use-cases';

/** Wiring only: the same module runs embedded (with the other services) or alone (distributed). */
@Module({})
export class SubmissionsModule {
  static register(options: SubmissionsOptions): DynamicModule {
    return {
      module: SubmissionsModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot(typeOrmOptions(options.pool, READ_MODEL_DATA_SOURCE)),
        TypeOrmModule.forFeature(READ_MODEL_ENTITIES, READ_MODEL_DATA_SOURCE),
      ],
      controllers: SUBMISSIONS_CONTROLLERS,
      providers: [
        { provide: SUBMISSIONS_OPTIONS, useValue: options },
        { provide: EVENT_STORE, useValue: new PostgresEventStore(options.pool, SUBMISSIONS_SCHEMA, { upcasters: submissionsUpcasters }) },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        SubmissionsLog,
        ReadModelReader,
        ...SUBMISSIONS_HANDLERS,
      ],
      exports: [SubmissionsLog],
    };
  }
}
