import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CriterionLeaf } from '@par/domain';
import type { Repository } from 'typeorm';
import { treeFromData } from '../../domain/shared/criteria-data';
import { SubmissionsError } from '../../domain/shared/submissions-error';
import { READ_MODEL_DATA_SOURCE, SUBMISSIONS_SCHEMA } from '../../infrastructure/tokens';
import { ApplicabilityRow, CriteriaSetRow, CycleRow, GroupRow, SelfAssessmentRow, SelfScoreRow, SurveyPointsRow, UnitRow } from './read-model.entities';

/** What the unit queries share: the unit's leaves (its group's set, current version), applicability, scores. */
export interface UnitSheet {
  leaves: readonly CriterionLeaf[];
  notApplicable: string[];
  scores: SelfScoreRow[];
  sheet: SelfAssessmentRow | null;
}

/** The points the survey has given one leaf of a unit: the campaign in force's. */
export interface SurveyPointsInForce {
  readonly criterion: string;
  readonly points: string;
}

/**
 * Of the campaigns that scored a leaf, the one applied latest is in force: latest occurredAt, then the
 * greater campaign id (as ranking decides it, so both services agree whatever the arrival order).
 */
const SURVEY_POINTS_IN_FORCE = `
  SELECT DISTINCT ON (criterion) criterion, points
    FROM "${SUBMISSIONS_SCHEMA}".survey_points
   WHERE cycle_id = $1 AND unit_id = $2
   ORDER BY criterion, occurred_at DESC, campaign_id COLLATE "C" DESC`;

/** A cycle's structure: its groups (by id), units (in registration order) and sets (by id, current version). */
export interface CycleStructure {
  groups: GroupRow[];
  units: UnitRow[];
  criteriaSets: CriteriaSetRow[];
}

/** Reads the read model for the queries; unknown cycles and units are refused like commands refuse them. */
@Injectable()
export class ReadModelReader {
  constructor(
    @InjectRepository(CycleRow, READ_MODEL_DATA_SOURCE) private readonly cycles: Repository<CycleRow>,
    @InjectRepository(GroupRow, READ_MODEL_DATA_SOURCE) private readonly groups: Repository<GroupRow>,
    @InjectRepository(UnitRow, READ_MODEL_DATA_SOURCE) private readonly units: Repository<UnitRow>,
    @InjectRepository(CriteriaSetRow, READ_MODEL_DATA_SOURCE) private readonly sets: Repository<CriteriaSetRow>,
    @InjectRepository(ApplicabilityRow, READ_MODEL_DATA_SOURCE) private readonly applicability: Repository<ApplicabilityRow>,
    @InjectRepository(SelfAssessmentRow, READ_MODEL_DATA_SOURCE) private readonly sheets: Repository<SelfAssessmentRow>,
    @InjectRepository(SelfScoreRow, READ_MODEL_DATA_SOURCE) private readonly scores: Repository<SelfScoreRow>,
    @InjectRepository(SurveyPointsRow, READ_MODEL_DATA_SOURCE) private readonly surveyPoints: Repository<SurveyPointsRow>,
  ) {}

  async cycle(cycleId: string): Promise<CycleRow> {
    const cycle = await this.cycles.findOneBy({ cycleId });
    if (!cycle) throw new SubmissionsError('CYCLE_NOT_FOUND', `cycle "${cycleId}" does not exist`, { field: 'cycleId', value: cycleId });
    return cycle;
  }

  /** Every cycle, latest year first, then by id (code-unit order, as everywhere ids are ordered). */
  async allCycles(): Promise<CycleRow[]> {
    const cycles = await this.cycles.find();
    return cycles.sort((a, b) => b.year - a.year || (a.cycleId < b.cycleId ? -1 : a.cycleId > b.cycleId ? 1 : 0));
  }

  async structure(cycleId: string): Promise<CycleStructure> {
    const [groups, units, criteriaSets] = await Promise.all([
      this.groups.find({ where: { cycleId }, order: { groupId: 'ASC' } }),
      this.units.find({ where: { cycleId }, order: { registeredSeq: 'ASC' } }),
      this.sets.find({ where: { cycleId }, order: { criteriaSetId: 'ASC' } }),
    ]);
    return { groups, units, criteriaSets };
  }

  async unitSheet(cycleId: string, unitId: string): Promise<UnitSheet> {
    await this.cycle(cycleId);
    const unit = await this.units.findOneBy({ cycleId, unitId });
    if (!unit) throw new SubmissionsError('UNIT_UNKNOWN', `unit "${unitId}" is not registered in cycle "${cycleId}"`, { field: 'unitId', value: unitId });
    const group = await this.groups.findOneBy({ cycleId, groupId: unit.groupId });
    const set = group ? await this.sets.findOneBy({ cycleId, criteriaSetId: group.criteriaSetId }) : null;
    const leaves = set ? treeFromData(set.criteria).leaves() : [];
    const [decisions, scores, sheet] = await Promise.all([
      this.applicability.findBy({ cycleId, unitId }),
      this.scores.findBy({ cycleId, unitId }),
      this.sheets.findOneBy({ cycleId, unitId }),
    ]);
    const notApplicable = decisions.filter((decision) => !decision.applicable).map((decision) => decision.criterion);
    return { leaves, notApplicable: leaves.filter((leaf) => notApplicable.includes(leaf.code)).map((leaf) => leaf.code), scores, sheet };
  }

  /** The survey's points in force on each leaf of the unit it has scored (none until a campaign applies them). */
  surveyPointsOf(cycleId: string, unitId: string): Promise<SurveyPointsInForce[]> {
    return this.surveyPoints.query(SURVEY_POINTS_IN_FORCE, [cycleId, unitId]);
  }
}
