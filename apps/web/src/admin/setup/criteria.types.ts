/** How a leaf is scored (the gateway's ScoringMethod): manual in steps, bands on a ratio, all or nothing, a deduction per occurrence. */
export type ScoringKind = 'manual' | 'bands' | 'allOrNothing' | 'deduction';
export const SCORING_KINDS: readonly ScoringKind[] = ['manual', 'bands', 'allOrNothing', 'deduction'];

/** Who gives a leaf its points: the unit (then appraised), the year-end survey, a system's data. */
export type LeafSource = 'self' | 'survey' | 'system';
export const LEAF_SOURCES: readonly LeafSource[] = ['self', 'survey', 'system'];

export interface ScoringMethodBody {
  kind: ScoringKind;
  step?: string;
  bands?: { minRatio: string; points: string }[];
  perOccurrence?: string;
  cap?: string;
}

/**
 * A node of a criteria tree as the gateway takes and answers it (CriterionNode): a branch has children, a leaf
 * its max, method and source. The API documents a system-data leaf as `systemData`; the overview answers `system`.
 */
export interface CriterionNodeBody {
  code: string;
  title: string;
  maxPoints?: string;
  method?: ScoringMethodBody;
  source?: LeafSource | 'systemData';
  children?: CriterionNodeBody[];
}

/** A criteria set as GET /api/v1/cycles/{id} lists it. */
export interface CriteriaSetView {
  criteriaSetId: string;
  version: number;
  maxTotal: string;
  leafCount: number;
  criteria: CriterionNodeBody[];
}
