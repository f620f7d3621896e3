import type { AssessmentSource, ScoringMethodInput } from '@par/domain';
import type { CriterionEntry } from '@par/contracts';

/** Kinds of administrative documents units file as evidence: Kế hoạch, Báo cáo, Quyết định, Quy chế. */
export type DocumentKind = 'KH' | 'BC' | 'QĐ' | 'QC';

/** What the generator needs to tell a leaf's story in Vietnamese; not part of the cycle file. */
export interface LeafStory {
  /** The document a unit files as evidence, and the month it is usually issued in. */
  readonly evidence?: { readonly kind: DocumentKind; readonly title: string; readonly month: number };
  /** Why an appraiser lowers a manual or all-or-nothing leaf. */
  readonly lowered?: readonly string[];
  /** For bands: what the ratio measures, as it is named in a reason. */
  readonly measure?: string;
  /** For deductions: one occurrence, counted in a reason ("02 báo cáo gửi chậm hạn"). */
  readonly violation?: string;
  /** Why the leaf may not apply to a unit. */
  readonly notApplicable?: string;
}

export interface DemoLeaf extends LeafStory {
  readonly code: string;
  readonly title: string;
  readonly maxPoints: number;
  readonly method: ScoringMethodInput;
  readonly source: AssessmentSource;
}

export interface DemoBranch {
  readonly code: string;
  readonly title: string;
  readonly children: readonly DemoNode[];
}

export type DemoNode = DemoLeaf | DemoBranch;

export const branch = (code: string, title: string, children: readonly DemoNode[]): DemoBranch => ({ code, title, children });

export const manual = (code: string, title: string, maxPoints: number, step: number, story: LeafStory = {}): DemoLeaf => ({
  code,
  title,
  maxPoints,
  method: { kind: 'manual', step },
  source: 'self',
  ...story,
});

/** Bands highest ratio first: `[[1, 2], [0.95, 1]]` is "100 %: 2 points; ≥ 95 %: 1 point; below: 0". */
export const bands = (
  code: string,
  title: string,
  maxPoints: number,
  levels: readonly [number, number][],
  story: LeafStory,
  source: AssessmentSource = 'self',
): DemoLeaf => ({ code, title, maxPoints, method: { kind: 'bands', bands: levels.map(([minRatio, points]) => ({ minRatio, points })) }, source, ...story });

export const allOrNothing = (code: string, title: string, maxPoints: number, story: LeafStory = {}): DemoLeaf => ({
  code,
  title,
  maxPoints,
  method: { kind: 'allOrNothing' },
  source: 'self',
  ...story,
});

export const deduction = (code: string, title: string, maxPoints: number, perOccurrence: number, cap: number, story: LeafStory): DemoLeaf => ({
  code,
  title,
  maxPoints,
  method: { kind: 'deduction', perOccurrence, cap },
  source: 'self',
  ...story,
});

/** Points held back until the year-end survey; any value to the hundredth, set at appraisal. */
export const survey = (code: string, title: string, maxPoints: number): DemoLeaf => ({
  code,
  title,
  maxPoints,
  method: { kind: 'manual', step: 0.01 },
  source: 'survey',
});

export function isDemoLeaf(node: DemoNode): node is DemoLeaf {
  return !('children' in node);
}

/** The criteria as the cycle file writes them, stories left out. */
export function toCriteria(nodes: readonly DemoNode[]): CriterionEntry[] {
  return nodes.map((node) =>
    isDemoLeaf(node)
      ? { code: node.code, title: node.title, maxPoints: node.maxPoints, method: node.method, source: node.source }
      : { code: node.code, title: node.title, children: toCriteria(node.children) },
  );
}

export function storiesByCode(nodes: readonly DemoNode[]): Map<string, LeafStory> {
  const stories = new Map<string, LeafStory>();
  const visit = (node: DemoNode): void => (isDemoLeaf(node) ? void stories.set(node.code, node) : node.children.forEach(visit));
  nodes.forEach(visit);
  return stories;
}
