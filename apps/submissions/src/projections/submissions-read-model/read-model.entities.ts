import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CriterionNodeData, EvidenceData } from '../../domain/contracts';

// TypeORM views of the tables of read-model.migrations.ts, for the queries (sheet-reader.ts). Schema fixed: the
// service owns exactly one.

@Entity({ schema: 'submissions', name: 'cycle_overview' })
export class CycleRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @Column({ type: 'integer' }) year!: number;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) evaluator!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'self_assessment_due', type: 'text', nullable: true }) selfAssessmentDue!: string | null;
}

@Entity({ schema: 'submissions', name: 'cycle_groups' })
export class GroupRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'group_id', type: 'text' }) groupId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'criteria_set_id', type: 'text' }) criteriaSetId!: string;
}

@Entity({ schema: 'submissions', name: 'cycle_units' })
export class UnitRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'group_id', type: 'text' }) groupId!: string;
  @Column({ name: 'parent_id', type: 'text', nullable: true }) parentId!: string | null;
  /** Registration order, so lists read in the order the admin registered units. */
  @Column({ name: 'registered_seq', type: 'integer' }) registeredSeq!: number;
}

@Entity({ schema: 'submissions', name: 'criteria_sets' })
export class CriteriaSetRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'criteria_set_id', type: 'text' }) criteriaSetId!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'jsonb' }) criteria!: CriterionNodeData[];
}

@Entity({ schema: 'submissions', name: 'unit_applicability' })
export class ApplicabilityRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @PrimaryColumn({ type: 'text' }) criterion!: string;
  @Column({ type: 'boolean' }) applicable!: boolean;
  @Column({ type: 'text' }) reason!: string;
}

@Entity({ schema: 'submissions', name: 'self_assessments' })
export class SelfAssessmentRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @Column({ type: 'text' }) status!: 'draft' | 'submitted';
  @Column({ type: 'integer' }) submissions!: number;
}

@Entity({ schema: 'submissions', name: 'self_scores' })
export class SelfScoreRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @PrimaryColumn({ type: 'text' }) criterion!: string;
  @Column({ type: 'text' }) points!: string;
  @Column({ type: 'jsonb' }) evidence!: EvidenceData[];
  @Column({ type: 'text', nullable: true }) note!: string | null;
}

/** The points one survey campaign applied to a unit's survey-held leaf (survey-points.projection.ts). */
@Entity({ schema: 'submissions', name: 'survey_points' })
export class SurveyPointsRow {
  @PrimaryColumn({ name: 'cycle_id', type: 'text' }) cycleId!: string;
  @PrimaryColumn({ name: 'unit_id', type: 'text' }) unitId!: string;
  @PrimaryColumn({ type: 'text' }) criterion!: string;
  @PrimaryColumn({ name: 'campaign_id', type: 'text' }) campaignId!: string;
  @Column({ type: 'text' }) points!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'source_version', type: 'integer' }) sourceVersion!: number;
}

export const READ_MODEL_ENTITIES = [CycleRow, GroupRow, UnitRow, CriteriaSetRow, ApplicabilityRow, SelfAssessmentRow, SelfScoreRow, SurveyPointsRow];
