import { rankWithinGroup, type UnitResult } from '@par/domain';

/**
 * What `par results <cycle> --format json` prints (INTERCHANGE.md): per group, units by rank then id.
 * Keys are declared in the printed order, which `JSON.stringify` keeps.
 */
export interface ResultsDocument {
  readonly cycle: string;
  readonly groups: readonly GroupResults[];
}

export interface GroupResults {
  readonly group: string;
  readonly results: readonly ResultRow[];
}

export interface ResultRow {
  /** Competition rank within the group: 1, 2, 2, 4. */
  readonly rank: number;
  readonly unit: string;
  readonly name: string;
  /** Points as strings with exactly 2 places. */
  readonly selfTotal: string;
  readonly appraisedTotal: string;
  readonly applicableMax: string;
  /** null when nothing is applicable to the unit. */
  readonly index: string | null;
  /** null when there is no index, or it is below every threshold. */
  readonly class: string | null;
}

/** The exact text services' results are compared against, byte for byte (no trailing newline). */
export function resultsToJson(results: ResultsDocument): string {
  return JSON.stringify(results, null, 2);
}

/** A group's table from its units' computed results: competition ranks, listed by rank then unit id. */
export function rankedGroupResults(group: string, units: readonly (UnitResult & { unitId: string; name: string })[]): GroupResults {
  return {
    group,
    results: rankWithinGroup(units).map((row): ResultRow => ({
      rank: row.rank,
      unit: row.unitId,
      name: row.name,
      selfTotal: row.selfTotal.toString(),
      appraisedTotal: row.appraisedTotal.toString(),
      applicableMax: row.applicableMax.toString(),
      index: row.index?.toString() ?? null,
      class: row.classification?.class ?? null,
    })),
  };
}
