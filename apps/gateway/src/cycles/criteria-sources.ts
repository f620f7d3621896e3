import type { CriterionNodeBody } from './cycle-setup.schemas';

/** A node as the submissions service takes it: a system-data leaf's source is the domain's `system`. */
export type DomainCriterionNode = Omit<CriterionNodeBody, 'source' | 'children'> & {
  source?: 'self' | 'survey' | 'system';
  children?: DomainCriterionNode[];
};

/**
 * The HTTP API documented a system-data leaf as `systemData` while the domain, the interchange file and the
 * overview say `system`: both are accepted, and the service always receives `system`.
 */
export function withDomainSources(nodes: readonly CriterionNodeBody[]): DomainCriterionNode[] {
  return nodes.map(({ source, children, ...node }) => ({
    ...node,
    ...(source ? { source: source === 'systemData' ? 'system' : source } : {}),
    ...(children ? { children: withDomainSources(children) } : {}),
  }));
}
