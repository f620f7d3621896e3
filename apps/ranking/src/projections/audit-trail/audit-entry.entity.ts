import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { RANKING_SCHEMA } from '../../infrastructure/ranking-schema';

export type AuditStage = 'self' | 'appraisal' | 'explanation' | 'council' | 'survey' | 'correction';
/** What moved: a leaf's value, or a bonus or deduction of the unit. */
export type AuditSubject = 'leaf' | 'bonus' | 'deduction';

/**
 * One value a leaf (or an adjustment) took, with who, in which role, when and why. Keyed by the event
 * and the item inside it, so applying an event twice cannot add a row twice.
 */
@Entity({ schema: RANKING_SCHEMA, name: 'audit_entries' })
@Index(['cycleId', 'unitId', 'criterion'])
export class AuditEntryRow {
  @PrimaryColumn('text', { name: 'event_id' }) eventId!: string;
  @PrimaryColumn('integer') item!: number;
  @Column('text', { name: 'cycle_id' }) cycleId!: string;
  @Column('text', { name: 'unit_id' }) unitId!: string;
  @Column('text', { nullable: true }) criterion!: string | null;
  @Column('text') subject!: AuditSubject;
  @Column('text') stage!: AuditStage;
  @Column('text', { name: 'from_points', nullable: true }) fromPoints!: string | null;
  @Column('text', { name: 'to_points', nullable: true }) toPoints!: string | null;
  @Column('text') actor!: string;
  @Column('text') role!: string;
  @Column('text', { name: 'actor_unit_id', nullable: true }) actorUnitId!: string | null;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt!: Date;
  @Column('timestamptz', { name: 'recorded_at' }) recordedAt!: Date;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { nullable: true }) note!: string | null;
  @Column('jsonb', { nullable: true }) evidence!: unknown[] | null;
  @Column('jsonb', { nullable: true }) votes!: Record<string, number> | null;
  @Column('text', { nullable: true }) decision!: string | null;
  /** Service whose log holds the event; orders a self score before the appraisal of the same instant. */
  @Column('text') source!: string;
  @Column('integer', { name: 'stream_version' }) streamVersion!: number;
  /** The checksum of the file the value was imported from; null when given live. */
  @Column('text', { name: 'imported_from', nullable: true }) importedFrom!: string | null;
}
