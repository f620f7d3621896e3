import { rankWithinGroup, type FieldIndex, type UnitResult } from '@par/domain';

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
  /** v1.1: the component index of each field, in the set's order (bonus and deductions belong to no field). */
  readonly fields?: readonly FieldIndexRow[];
}

/** One field's component index: its points over its applicable max; index null when nothing of it is applicable. */
export interface FieldIndexRow {
  readonly field: string;
  readonly title: string;
  readonly achieved: string;
  readonly applicableMax: string;
  readonly index: string | null;
}

/** The exact text services' results are compared against, byte for byte (no trailing newline). */
export function resultsToJson(results: ResultsDocument): string {
  return JSON.stringify(results, null, 2);
}

/** A group's table from its units' computed results: competition ranks, listed by rank then unit id. */
export function rankedGroupResults(
  group: string,
  units: readonly (UnitResult & { unitId: string; name: string; fields?: readonly FieldIndex[] })[],
): GroupResults {
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
      ...(row.fields ? { fields: row.fields.map(fieldIndexRow) } : {}),
    })),
  };
}

function fieldIndexRow({ field, title, achieved, applicableMax, index }: FieldIndex): FieldIndexRow {
  return { field, title, achieved: achieved.toString(), applicableMax: applicableMax.toString(), index: index?.toString() ?? null };
}
