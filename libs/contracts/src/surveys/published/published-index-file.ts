/**
 * A province's published PAPI or DGI scores for one year (`"format": "par-published-index/1"`, JSON), shown
 * beside the PAR results as a trend across years. A fixed contract: it grows only by new optional fields.
 */
export const PUBLISHED_INDEX_FORMAT = 'par-published-index/1';

/** PAPI (UNDP, 8 dimensions of 10 points) and DGI (pillars, each with its own maximum). */
export const PUBLISHED_INDEX_KINDS = ['PAPI', 'DGI'] as const;
export type PublishedIndexKind = (typeof PUBLISHED_INDEX_KINDS)[number];

/** PAPI has exactly 8 dimensions, each scored 0 to 10. */
export const PAPI_DIMENSION_COUNT = 8;
export const PAPI_DIMENSION_MAX = '10.0000';

export interface PublishedIndexSource {
  readonly title: string;
  readonly url?: string;
  /** ISO date, `2024-04-16`. */
  readonly publishedOn?: string;
}

/** Figures are read as the domain rule gives them back: exactly 4 places ("5.2514"). */
export interface PublishedSubDimension {
  readonly code: string;
  readonly title: string;
  readonly score: string;
}

export interface PublishedDimension {
  readonly code: string;
  readonly title: string;
  readonly score: string;
  /** PAPI: 10 (given or implied); DGI: as the file gives it. */
  readonly max: string;
  /** Empty when the file gives none. */
  readonly subDimensions: readonly PublishedSubDimension[];
}

/** A checked file: every rule of parsePublishedIndexFile holds. */
export interface PublishedIndexFile {
  readonly format: typeof PUBLISHED_INDEX_FORMAT;
  readonly kind: PublishedIndexKind;
  readonly province: string;
  readonly year: number;
  readonly source: PublishedIndexSource;
  readonly dimensions: readonly PublishedDimension[];
}
