import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/**
 * The appraisal's latest value of a leaf (appraised, accepted, not applicable, council change,
 * correction), kept apart from the self scores so either side may arrive first. A leaf with no row
 * keeps its self score.
 */
@Entity({ schema: RANKING_SCHEMA, name: 'leaf_values' })
export class LeafValueRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text') criterion!: string;
  /** null: not applicable to the unit. */
  @Column('text', { nullable: true }) points!: string | null;
  /** The event type that set it, e.g. ExplanationResolved. */
  @Column('text', { name: 'set_by' }) setBy!: string;
  /** Version in the unit's appraisal stream: a value only moves forward. */
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
