import type { ThresholdData } from '@par/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** A cycle and its classification thresholds (from CycleCreated). */
@Entity({ schema: RANKING_SCHEMA, name: 'cycles' })
export class CycleRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @Column('integer') year!: number;
  @Column('text') title!: string;
  @Column('text') evaluator!: string;
  @Column('jsonb') thresholds!: ThresholdData[];
  /** Version of the source event in its stream: a row only moves forward. */
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
