import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** A unit's latest submitted self-assessment (the snapshot of SelfAssessmentSubmitted); its scores are SelfScoreRow. */
@Entity({ schema: RANKING_SCHEMA, name: 'self_assessments' })
export class SelfAssessmentRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  /** 1, then 2 after a reopening, … */
  @Column('integer') submission!: number;
  @Column('text', { name: 'self_total' }) selfTotal!: string;
  @Column('text', { name: 'submitted_by' }) submittedBy!: string;
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
