import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** A unit of the cycle: its current name, its group and its place in the hierarchy. */
@Entity({ schema: RANKING_SCHEMA, name: 'units' })
export class UnitRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @Column('text') name!: string;
  @Column('text', { name: 'group_id' }) groupId!: string;
  @Column('text', { name: 'parent_id', nullable: true }) parentId!: string | null;
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
