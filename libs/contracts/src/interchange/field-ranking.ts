import { IndexValue, rankWithinGroup } from '@par/domain';
import type { ResultsDocument } from './results-document';

/** The units of each group ranked by one field's component index (`par results --field 2`). */
export interface FieldRankingDocument {
  readonly cycle: string;
  readonly field: string;
  readonly groups: readonly FieldRankingGroup[];
}

export interface FieldRankingGroup {
  readonly group: string;
  /** The field's title in the group's criteria set. */
  readonly title: string;
  readonly results: readonly FieldRankingRow[];
}

export interface FieldRankingRow {
  /** Competition rank within the group by the field's index: 1, 2, 2, 4; units with nothing of the field applicable share the last. */
  readonly rank: number;
  readonly unit: string;
  readonly name: string;
  readonly achieved: string;
  readonly applicableMax: string;
  readonly index: string | null;
}

/**
 * Ranks each group's units by a field's component index, with the one ranking rule of the index itself
 * (libs/domain rankWithinGroup). Groups whose criteria set has no such field are left out; null when no
 * group has it, so the caller can say so.
 */
export function rankByField(results: ResultsDocument, field: string): FieldRankingDocument | null {
  const groups = results.groups.flatMap((group): FieldRankingGroup[] => {
    const rows = group.results.flatMap((row) => {
      const of = row.fields?.find((candidate) => candidate.field === field);
      return of ? [{ row, of }] : [];
    });
    if (rows.length === 0) return [];
    const ranked = rankWithinGroup(rows.map(({ row, of }) => ({ unitId: row.unit, index: of.index === null ? null : IndexValue.of(of.index), row, of })));
    return [
      {
        group: group.group,
        title: rows[0].of.title,
        results: ranked.map(({ rank, row, of }) => ({
          rank,
          unit: row.unit,
          name: row.name,
          achieved: of.achieved,
          applicableMax: of.applicableMax,
          index: of.index,
        })),
      },
    ];
  });
  return groups.length === 0 ? null : { cycle: results.cycle, field, groups };
}
