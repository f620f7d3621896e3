import { Column, Entity, PrimaryColumn } from 'typeorm';
import { APPRAISAL_SCHEMA } from '../../appraisal.config';

// The appraisal sheet read model (tables created by appraisal-sheet.migrations.ts, written by the
// projection through the consumer's transaction, read through TypeORM). Points are exact text.

@Entity({ schema: APPRAISAL_SCHEMA, name: 'sheets' })
export class AppraisalSheetRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @Column({ type: 'text' }) phase!: string;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt!: Date | null;
  @Column({ name: 'explanation_deadline', type: 'timestamptz', nullable: true }) explanationDeadline!: Date | null;
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true }) finalizedAt!: Date | null;
  /** The appraisal stream's version the sheet reflects. */
  @Column({ name: 'stream_version', type: 'integer' }) streamVersion!: number;
}

@Entity({ schema: APPRAISAL_SCHEMA, name: 'sheet_leaves' })
export class AppraisalSheetLeafRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @PrimaryColumn({ type: 'text' }) criterion!: string;
  /** Order of the leaf in the criteria set. */
  @Column({ type: 'integer' }) position!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ name: 'max_points', type: 'text' }) maxPoints!: string;
  @Column({ name: 'not_applicable_by_setup', type: 'boolean' }) notApplicableBySetup!: boolean;
  /** null: the unit did not score the leaf. */
  @Column({ name: 'self_points', type: 'text', nullable: true }) selfPoints!: string | null;
  /** The appraisal's current value; null: not applicable. */
  @Column({ type: 'text', nullable: true }) points!: string | null;
  @Column({ type: 'boolean' }) reviewed!: boolean;
  /** none | open | resolved */
  @Column({ type: 'text' }) explanation!: string;
}

@Entity({ schema: APPRAISAL_SCHEMA, name: 'sheet_adjustments' })
export class AppraisalSheetAdjustmentRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @PrimaryColumn({ name: 'adjustment_id', type: 'text' }) adjustmentId!: string;
  /** bonus | deduction */
  @Column({ type: 'text' }) kind!: string;
  @Column({ type: 'text' }) points!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ type: 'text', nullable: true }) criterion!: string | null;
  @Column({ type: 'text', nullable: true }) ref!: string | null;
  @Column({ type: 'boolean' }) removed!: boolean;
  /** Version of the event that recorded it: the recording order. */
  @Column({ name: 'stream_version', type: 'integer' }) streamVersion!: number;
}

export const APPRAISAL_SHEET_ENTITIES = [AppraisalSheetRow, AppraisalSheetLeafRow, AppraisalSheetAdjustmentRow];
