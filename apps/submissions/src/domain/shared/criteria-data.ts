import { CriteriaTree, CriterionInput, CriterionNode, isLeaf, parseCriteriaTree, unwrap } from '@par/domain';
import { CriterionNodeData, leafToData } from '../contracts';
import { SubmissionsError } from './submissions-error';

/**
 * Validates a criteria set from a command and writes it as event data: points as 2-place strings, so the
 * same set written 1, "1" or "1.00" records (and compares) the same.
 */
export function parseCriteria(input: unknown, field = 'criteria'): CriterionNodeData[] {
  if (!Array.isArray(input) || input.length === 0) {
    throw new SubmissionsError('CRITERIA_SET_EMPTY', `${field} must list at least one criterion`, { field, value: input });
  }
  const parsed = parseCriteriaTree(input as CriterionInput[]);
  if (!parsed.ok) throw SubmissionsError.fromDomain(parsed.errors);
  return parsed.value.criteria.map(nodeToData);
}

/** Recorded data back into a tree; the log only holds sets that passed parseCriteria. */
export function treeFromData(criteria: readonly CriterionNodeData[]): CriteriaTree {
  return unwrap(parseCriteriaTree(criteria as readonly CriterionInput[]));
}

function nodeToData(node: CriterionNode): CriterionNodeData {
  return isLeaf(node) ? leafToData(node) : { code: node.code, title: node.title, children: node.children.map(nodeToData) };
}
