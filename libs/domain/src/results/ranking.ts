import { DomainError, quote } from '../domain-error';
import { IndexValue } from './par-index';

export interface RankableUnit {
  readonly unitId: string;
  readonly index: IndexValue | null;
}

export type Ranked<T> = T & { readonly rank: number };

/**
 * Competition ranking within a group (1, 2, 2, 4) by the published, rounded index, highest first; ties
 * are not broken. Units without an index (nothing applicable) share the last rank, after every indexed
 * unit, so rank is always 1 + the number of units strictly ahead. Listed by rank, then unit id (code-unit
 * order, not locale, so every machine lists the same way).
 */
export function rankWithinGroup<T extends RankableUnit>(units: readonly T[]): Ranked<T>[] {
  assertUniqueUnits(units);
  const listed = [...units].sort((a, b) => byIndexDescending(a.index, b.index) || byUnitId(a.unitId, b.unitId));
  const ranked: Ranked<T>[] = [];
  listed.forEach((unit, position) => {
    const previous = ranked[position - 1];
    const tied = previous !== undefined && byIndexDescending(previous.index, unit.index) === 0;
    ranked.push({ ...unit, rank: tied ? previous.rank : position + 1 });
  });
  return ranked;
}

function byIndexDescending(a: IndexValue | null, b: IndexValue | null): number {
  if (a === null || b === null) return (a === null ? 1 : 0) - (b === null ? 1 : 0);
  return b.compareTo(a);
}

function byUnitId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function assertUniqueUnits(units: readonly RankableUnit[]): void {
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.unitId)) {
      throw new DomainError('UNIT_DUPLICATE', `unit ${quote(unit.unitId)} appears more than once in the group`, { field: 'unitId', value: unit.unitId });
    }
    seen.add(unit.unitId);
  }
}
