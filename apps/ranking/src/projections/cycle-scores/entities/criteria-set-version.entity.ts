import type { CriterionNodeData } from '@par/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** One version of a criteria set (1 at setup, 2, 3 … per correction); results use the highest. */
@Entity({ schema: RANKING_SCHEMA, name: 'criteria_set_versions' })
export class CriteriaSetVersionRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'criteria_set_id' }) criteriaSetId!: string;
  @PrimaryColumn('integer', { name: 'set_version' }) setVersion!: number;
  /** The whole tree; leaves carry max, method and source. */
  @Column('jsonb') criteria!: CriterionNodeData[];
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
