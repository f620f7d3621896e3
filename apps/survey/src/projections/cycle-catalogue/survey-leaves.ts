import type { CriterionLeafData, CriterionNodeData } from '@par/contracts';

/** The leaves of a criteria tree assessed by survey (source "survey"), in the tree's order. */
export function surveyLeavesOf(criteria: readonly CriterionNodeData[]): CriterionLeafData[] {
  return criteria.flatMap((node) => ('children' in node ? surveyLeavesOf(node.children) : node.source === 'survey' ? [node] : []));
}
