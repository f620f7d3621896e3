import type { EvidenceData } from '@par/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** One leaf of a unit's submitted self-assessment: points, evidence and note. */
@Entity({ schema: RANKING_SCHEMA, name: 'self_scores' })
export class SelfScoreRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text') criterion!: string;
  /** Exactly 2 places, as the event wrote it. */
  @Column('text') points!: string;
  @Column('jsonb') evidence!: EvidenceData[];
  @Column('text', { nullable: true }) note!: string | null;
  @Column('integer') submission!: number;
}
