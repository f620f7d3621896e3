import { hundredthsOf } from './hundredths';
import type { CriterionNodeBody, LeafSource, ScoringMethodBody } from './criteria.types';

/** What a leaf carries besides its code and title. */
export interface LeafDraft {
  maxPoints: string;
  method: ScoringMethodBody;
  source: LeafSource;
}

/**
 * A criterion being edited: a field or criterion with children, or a leaf (`leaf` set). `key` stays while its
 * code is edited, so the tree keeps its place and its open rows.
 */
export interface CriterionDraft {
  key: string;
  code: string;
  title: string;
  leaf?: LeafDraft;
  children: CriterionDraft[];
}

let lastKey = 0;
export function newKey(): string {
  lastKey += 1;
  return `criterion-${lastKey}`;
}

/** The tree the API answered, to edit. */
export function draftOf(criteria: readonly CriterionNodeBody[]): CriterionDraft[] {
  return criteria.map((node) => {
    const isBranch = (node.children ?? []).length > 0;
    return {
      key: newKey(),
      code: node.code,
      title: node.title,
      ...(isBranch
        ? {}
        : {
            leaf: {
              maxPoints: node.maxPoints ?? '',
              method: node.method ?? { kind: 'manual' },
              source: node.source === 'systemData' ? 'system' : (node.source ?? 'self'),
            },
          }),
      children: draftOf(node.children ?? []),
    };
  });
}

/** The tree as POST …/criteria-sets takes it (a system-data leaf under its API name, `systemData`). */
export function bodyOf(drafts: readonly CriterionDraft[]): CriterionNodeBody[] {
  return drafts.map(({ code, title, leaf, children }) => {
    if (!leaf) return { code, title, children: bodyOf(children) };
    return { code, title, maxPoints: leaf.maxPoints, method: leaf.method, source: leaf.source === 'system' ? 'systemData' : leaf.source };
  });
}

/** A node's max in hundredths: a leaf's own, a branch's the sum of its leaves'. */
export function maxOf(node: CriterionDraft): bigint {
  if (node.leaf) return hundredthsOf(node.leaf.maxPoints) ?? 0n;
  return totalOf(node.children);
}

export function totalOf(nodes: readonly CriterionDraft[]): bigint {
  return nodes.reduce((sum, node) => sum + maxOf(node), 0n);
}

/** A set is worth 100 points: anything else is shown as a warning (the service still accepts it). */
export const EXPECTED_TOTAL = 10_000n;

export function findNode(nodes: readonly CriterionDraft[], key: string): CriterionDraft | undefined {
  for (const node of nodes) {
    if (node.key === key) return node;
    const found = findNode(node.children, key);
    if (found) return found;
  }
  return undefined;
}

/** The node added last under its parent (null: a new field at the top). */
export function withChild(nodes: readonly CriterionDraft[], parentKey: string | null, child: CriterionDraft): CriterionDraft[] {
  if (parentKey === null) return [...nodes, child];
  return nodes.map((node) =>
    node.key === parentKey ? { ...node, children: [...node.children, child] } : { ...node, children: withChild(node.children, parentKey, child) },
  );
}

/** The node of the same key replaced (its children kept unless the new one brings its own). */
export function withReplaced(nodes: readonly CriterionDraft[], replacement: CriterionDraft): CriterionDraft[] {
  return nodes.map((node) => (node.key === replacement.key ? replacement : { ...node, children: withReplaced(node.children, replacement) }));
}

export function withoutNode(nodes: readonly CriterionDraft[], key: string): CriterionDraft[] {
  return nodes.filter((node) => node.key !== key).map((node) => ({ ...node, children: withoutNode(node.children, key) }));
}

/** The code a new child most likely takes: "1.3" after "1.1" and "1.2", "4" after fields 1 to 3. */
export function nextCode(parent: CriterionDraft | undefined, siblings: readonly CriterionDraft[]): string {
  const prefix = parent ? `${parent.code}.` : '';
  const numbers = siblings.map((sibling) => Number(sibling.code.slice(prefix.length))).filter((number) => Number.isInteger(number));
  return `${prefix}${numbers.length > 0 ? Math.max(...numbers) + 1 : 1}`;
}
