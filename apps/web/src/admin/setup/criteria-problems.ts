import type { ProblemItem } from '../../api/api-problem';
import { namePathOf } from '../../api/field-errors';
import type { CriterionDraft } from './criteria-draft';

export interface PlacedProblems {
  /** By node key: what is wrong with that criterion. */
  byNode: Map<string, ProblemItem[]>;
  /** What names no criterion of the tree (the set's id, the set as a whole). */
  elsewhere: ProblemItem[];
}

/**
 * A refused set's problems beside the criteria they name. The gateway names a node by position
 * (`criteria[0].children[1].maxPoints`), the service by code (`criteria[1.1].maxPoints`) or, where the code
 * itself is unusable, by `#position` (`criteria[#0].children[#2].code`).
 */
export function placeProblems(drafts: readonly CriterionDraft[], items: readonly ProblemItem[]): PlacedProblems {
  const byNode = new Map<string, ProblemItem[]>();
  const elsewhere: ProblemItem[] = [];
  for (const item of items) {
    const node = nodeNamed(drafts, item.field);
    if (node) byNode.set(node.key, [...(byNode.get(node.key) ?? []), item]);
    else elsewhere.push(item);
  }
  return { byNode, elsewhere };
}

function nodeNamed(drafts: readonly CriterionDraft[], field: string): CriterionDraft | undefined {
  const path = namePathOf(field);
  if (path[0] !== 'criteria') return undefined;
  let siblings: readonly CriterionDraft[] = drafts;
  let node: CriterionDraft | undefined;
  for (let index = 1; index < path.length; index += 2) {
    node = oneOf(drafts, siblings, path[index]);
    if (!node || path[index + 1] !== 'children') break;
    siblings = node.children;
  }
  return node;
}

function oneOf(drafts: readonly CriterionDraft[], siblings: readonly CriterionDraft[], segment: string | number | undefined): CriterionDraft | undefined {
  if (typeof segment === 'number') return siblings[segment];
  if (segment === undefined) return undefined;
  if (/^#\d+$/.test(segment)) return siblings[Number(segment.slice(1))];
  return byCode(drafts, segment);
}

function byCode(nodes: readonly CriterionDraft[], code: string): CriterionDraft | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = byCode(node.children, code);
    if (found) return found;
  }
  return undefined;
}
