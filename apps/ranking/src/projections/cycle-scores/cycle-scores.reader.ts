import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { RankingError } from '../../domain/decision.errors';
import type { CycleResultsInput, GroupInput } from '../../domain/results/results-input';
import { table } from '../../infrastructure/ranking-schema';
import { READ_MODELS } from '../../infrastructure/ranking.tokens';
import { AdjustmentRow } from './entities/adjustment.entity';
import { ApplicabilityRow } from './entities/applicability.entity';
import { CriteriaSetVersionRow } from './entities/criteria-set-version.entity';
import { CycleRow } from './entities/cycle.entity';
import { GroupRow } from './entities/group.entity';
import { LeafValueRow } from './entities/leaf-value.entity';
import { SelfScoreRow } from './entities/self-score.entity';
import { UnitRow } from './entities/unit.entity';
import { SURVEY_VALUES_IN_FORCE, type SurveyValueInForce } from './survey-values-in-force';

/** Gathers from the cycle scores what decides a cycle's results, in one repeatable-read snapshot. */
@Injectable()
export class CycleScoresReader {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  load(cycleId: string, groupId?: string): Promise<CycleResultsInput> {
    return this.readModels.transaction('REPEATABLE READ', (manager) => loadInput(manager, cycleId, groupId));
  }

  /**
   * The whole cycle's input and, in the same snapshot, the revision it stands at (the results read model's
   * counter, see cycle-results.migration.ts): a document computed from it is current up to that revision.
   */
  loadWithRevision(cycleId: string): Promise<{ input: CycleResultsInput; revision: string }> {
    return this.readModels.transaction('REPEATABLE READ', async (manager) => {
      const [{ revision }] = await manager.query<{ revision: string }[]>(RESULTS_REVISION, [cycleId]);
      return { input: await loadInput(manager, cycleId), revision };
    });
  }
}

/** The sum of a cycle's revision counters, as text (bigint): it only ever grows. */
export const RESULTS_REVISION = `SELECT coalesce(sum(revision), 0)::text AS revision FROM ${table('results_revisions')} WHERE cycle_id = $1`;

async function loadInput(manager: EntityManager, cycleId: string, groupId?: string): Promise<CycleResultsInput> {
  const cycle = await manager.findOneBy(CycleRow, { cycleId });
  if (!cycle) throw new RankingError('CYCLE_NOT_FOUND', `cycle ${cycleId} is not known to the ranking service`, 'cycleId');
  const groups = await manager.findBy(GroupRow, groupId ? { cycleId, groupId } : { cycleId });
  const sets = await manager.find(CriteriaSetVersionRow, {
    where: { cycleId, criteriaSetId: In(groups.map((group) => group.criteriaSetId)) },
    order: { setVersion: 'ASC' },
  });
  const currentSet = new Map(sets.map((set) => [set.criteriaSetId, set.criteria]));
  const groupInputs = groups.map((group): GroupInput => {
    const criteria = currentSet.get(group.criteriaSetId);
    if (!criteria) {
      throw new RankingError('CRITERIA_SET_PENDING', `criteria set ${group.criteriaSetId} of group ${group.groupId} has not arrived yet`, 'cycleId');
    }
    return { groupId: group.groupId, thresholds: group.thresholds, criteria };
  });
  const units = await manager.findBy(UnitRow, groupId ? { cycleId, groupId } : { cycleId });
  // One connection per transaction: one query at a time.
  const selfScores = await manager.findBy(SelfScoreRow, { cycleId });
  const notApplicable = await manager.findBy(ApplicabilityRow, { cycleId, applicable: false });
  const values = await manager.findBy(LeafValueRow, { cycleId });
  const adjustments = await manager.findBy(AdjustmentRow, { cycleId, removed: false });
  const surveyValues: SurveyValueInForce[] = await manager.query(SURVEY_VALUES_IN_FORCE, [cycleId, null, null]);
  // Grouped once: a commune group of 100+ units must not scan every row per unit.
  const selfScoresOf = byUnit(selfScores);
  const notApplicableOf = byUnit(notApplicable);
  const valuesOf = byUnit(values);
  const surveyValuesOf = byUnit(surveyValues);
  const adjustmentsOf = byUnit(adjustments);
  return {
    cycleId,
    thresholds: cycle.thresholds,
    groups: groupInputs,
    units: units.map((unit) => ({
      unitId: unit.unitId,
      name: unit.name,
      groupId: unit.groupId,
      selfScores: selfScoresOf(unit.unitId).map(({ criterion, points }) => ({ criterion, points })),
      notApplicable: notApplicableOf(unit.unitId).map((row) => row.criterion),
      finalValues: valuesOf(unit.unitId).map(({ criterion, points }) => ({ criterion, points })),
      surveyValues: surveyValuesOf(unit.unitId).map(({ criterion, points }) => ({ criterion, points })),
      bonus: adjustmentsOf(unit.unitId)
        .filter((row) => row.kind === 'bonus')
        .map((row) => row.points),
      deductions: adjustmentsOf(unit.unitId)
        .filter((row) => row.kind === 'deduction')
        .map((row) => row.points),
    })),
  };
}

/** The rows of each unit, looked up by unit id. */
function byUnit<Row extends { unitId: string }>(rows: readonly Row[]): (unitId: string) => Row[] {
  const grouped = new Map<string, Row[]>();
  for (const row of rows) {
    const list = grouped.get(row.unitId);
    if (list) list.push(row);
    else grouped.set(row.unitId, [row]);
  }
  return (unitId) => grouped.get(unitId) ?? [];
}
