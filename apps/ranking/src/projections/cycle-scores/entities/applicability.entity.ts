import { Column, Entity, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../../infrastructure/ranking-schema';

/** A leaf declared (not) applicable to a unit at setup. */
@Entity({ schema: RANKING_SCHEMA, name: 'applicability' })
export class ApplicabilityRow {
  @PrimaryColumn('text', { name: 'cycle_id' }) cycleId!: string;
  @PrimaryColumn('text', { name: 'unit_id' }) unitId!: string;
  @PrimaryColumn('text') criterion!: string;
  @Column('boolean') applicable!: boolean;
  @Column('text') reason!: string;
  @Column('integer', { name: 'source_version' }) sourceVersion!: number;
}
