import type { PublishedIndexKind } from '@par/contracts';
import { ExactDecimal, publishedText } from '@par/domain';
import type { PublishedYear } from '../projections/published-scores/published-scores.reader';

/** A figure of one year and its change since the previous year recorded (null for the first), both with 4 places. */
export interface TrendPoint {
  readonly year: number;
  readonly score: string;
  readonly change: string | null;
}

export interface DimensionTrend {
  readonly code: string;
  /** As the latest year recorded with this dimension names it. */
  readonly title: string;
  readonly max: string;
  /** Oldest first; a year without this dimension has no point. */
  readonly scores: readonly TrendPoint[];
}

export interface PublishedYearView {
  readonly year: number;
  /** The revision shown: 1, or the latest correction. */
  readonly revision: number;
  readonly total: string;
  readonly maxTotal: string;
  /** Change of the total since the previous year recorded. */
  readonly change: string | null;
  readonly source: PublishedYear['source'];
}

export interface IndexTrend {
  readonly kind: PublishedIndexKind;
  readonly years: readonly PublishedYearView[];
  readonly dimensions: readonly DimensionTrend[];
}

/** `par survey trend <province>` and its API: per index, per dimension, the score per year (oldest first) and each year's total. */
export interface PublishedTrendView {
  readonly province: string;
  readonly indices: readonly IndexTrend[];
}

/** The trend of each index from its years (any order); dimensions in the latest year's order, then those dropped since. */
export function publishedTrendView(province: string, years: readonly PublishedYear[]): PublishedTrendView {
  const byKind = new Map<PublishedIndexKind, PublishedYear[]>();
  for (const year of years) byKind.set(year.kind, [...(byKind.get(year.kind) ?? []), year]);
  const indices = [...byKind.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, ofKind]) =>
      indexTrend(
        kind,
        [...ofKind].sort((a, b) => a.year - b.year),
      ),
    );
  return { province, indices };
}

function indexTrend(kind: PublishedIndexKind, years: readonly PublishedYear[]): IndexTrend {
  return {
    kind,
    years: withChanges(years.map((year) => ({ year: year.year, score: year.total }))).map((point, position) => ({
      year: point.year,
      revision: years[position].revision,
      total: point.score,
      maxTotal: years[position].maxTotal,
      change: point.change,
      source: years[position].source,
    })),
    dimensions: dimensionCodes(years).map((code) => dimensionTrend(code, years)),
  };
}

function dimensionCodes(years: readonly PublishedYear[]): string[] {
  const codes: string[] = [];
  for (const year of [...years].reverse()) for (const dimension of year.dimensions) if (!codes.includes(dimension.code)) codes.push(dimension.code);
  return codes;
}

function dimensionTrend(code: string, years: readonly PublishedYear[]): DimensionTrend {
  const found = years.flatMap((year) => year.dimensions.filter((dimension) => dimension.code === code).map((dimension) => ({ year: year.year, dimension })));
  const latest = found[found.length - 1].dimension;
  return {
    code,
    title: latest.title,
    max: latest.max,
    scores: withChanges(found.map(({ year, dimension }) => ({ year, score: dimension.score }))),
  };
}

function withChanges(points: readonly { readonly year: number; readonly score: string }[]): TrendPoint[] {
  return points.map((point, position) => ({
    ...point,
    change: position === 0 ? null : publishedText(new ExactDecimal(point.score).minus(points[position - 1].score)),
  }));
}
