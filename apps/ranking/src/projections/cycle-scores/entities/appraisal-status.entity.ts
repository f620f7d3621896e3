import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** Whether the council chair has finalized the unit's appraisal. */
@Entity({ schema: RANKING_SCHEMA, name: 'appraisal_status' })
export class AppraisalStatusRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @Column('boolean') finalized!: boolean;
  @Column('timestamptz', { name: 'finalized_at', nullable: true }) finalizedAt!: Date | null;
}
