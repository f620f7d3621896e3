import type { ThresholdData } from '@par/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** A group of units ranked together, its criteria set and its own thresholds (null: the cycle's). */
@Entity({ schema: RANKING_SCHEMA, name: 'groups' })
export class GroupRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'group_id' }) groupId!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'criteria_set_id' }) criteriaSetId!: string;
  @Column('jsonb', { nullable: true }) thresholds!: ThresholdData[] | null;
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
