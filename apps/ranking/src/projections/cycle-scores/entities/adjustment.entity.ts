import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** A bonus or deduction of a unit's appraisal; a removed one stays, marked, and no longer counts. */
@Entity({ schema: RANKING_SCHEMA, name: 'adjustments' })
export class AdjustmentRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text', { name: 'adjustment_id' }) adjustmentId!: string;
  @Column('text') kind!: 'bonus' | 'deduction';
  @Column('text') points!: string;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { nullable: true }) criterion!: string | null;
  @Column('boolean') removed!: boolean;
  @Column('text', { name: 'removal_reason', nullable: true }) removalReason!: string | null;
}
