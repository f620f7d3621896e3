import {
  AppraisedScore, computeUnitResult, parseCriteriaTree, parseThresholds, Points, rankWithinGroup, unwrap,
} from '@par/domain';
import type { Pool } from 'pg';
import { SCHEMA } from './leaf-values.projection';
import { criteria, thresholds } from './worked-example';

export interface ResultRow {
  rank: number;
  unit: string;
  selfTotal: string;
  appraisedTotal: string;
  applicableMax: string;
  index: string | null;
  class: string | null;
}

/** Results of a cycle from the read model, computed by the domain rules exactly as INTERCHANGE.md says. */
export async function unitResults(pool: Pool, cycle: string): Promise<ResultRow[]> {
  const tree = unwrap(parseCriteriaTree(criteria));
  const scale = unwrap(parseThresholds(thresholds));
  const leaves = await pool.query<{ unit: string; criterion: string; self_points: string | null; final_points: string | null; applicable: boolean }>(
    `SELECT unit, criterion, self_points, final_points, applicable FROM ${SCHEMA}.leaf_values WHERE cycle = $1`, [cycle]);
  const adjustments = await pool.query<{ unit: string; kind: string; points: string }>(
    `SELECT unit, kind, points FROM ${SCHEMA}.adjustments WHERE cycle = $1`, [cycle]);
  const units = [...new Set(leaves.rows.map((row) => row.unit))];

  const computed = units.map((unit) => {
    const rows = leaves.rows.filter((row) => row.unit === unit);
    const appraisal: AppraisedScore[] = rows.flatMap((row): AppraisedScore[] => {
      if (!row.applicable) return [{ criterion: row.criterion, applicable: false }];
      return row.final_points === null ? [] : [{ criterion: row.criterion, points: Points.of(row.final_points) }];
    });
    const amounts = (kind: string) => adjustments.rows.filter((row) => row.unit === unit && row.kind === kind).map((row) => Points.of(row.points));
    const result = unwrap(computeUnitResult({
      leaves: tree.leaves(),
      selfScores: rows.filter((row) => row.self_points !== null).map((row) => ({ criterion: row.criterion, points: Points.of(row.self_points as string) })),
      appraisal,
      bonus: amounts('bonus'),
      deductions: amounts('deduction'),
    }, scale));
    return { unitId: unit, ...result };
  });

  return rankWithinGroup(computed).map((row) => ({
    rank: row.rank,
    unit: row.unitId,
    selfTotal: row.selfTotal.toString(),
    appraisedTotal: row.appraisedTotal.toString(),
    applicableMax: row.applicableMax.toString(),
    index: row.index?.toString() ?? null,
    class: row.classification?.class ?? null,
  }));
}
