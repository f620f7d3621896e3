import { Points } from '../points';
import { ScoringMethod } from '../scoring/scoring-method';

/** Who supplies a leaf's points: the unit (then appraised), the year-end survey, or a system's data. */
export type AssessmentSource = 'self' | 'survey' | 'system';
export const ASSESSMENT_SOURCES: readonly AssessmentSource[] = ['self', 'survey', 'system'];

/** A scored criterion or sub-criterion (e.g. `7.2.2`): the only nodes that carry points. */
export interface CriterionLeaf {
  readonly code: string;
  readonly title: string;
  readonly maxPoints: Points;
  readonly method: ScoringMethod;
  readonly source: AssessmentSource;
}

/** A field or a criterion grouping others; its max is the sum of its children's. */
export interface CriterionBranch {
  readonly code: string;
  readonly title: string;
  readonly children: readonly CriterionNode[];
}

/** Same field names as the interchange file's `criteriaSets[].criteria`, so JSON round-trips. */
export type CriterionNode = CriterionLeaf | CriterionBranch;

export function isLeaf(node: CriterionNode): node is CriterionLeaf {
  return !('children' in node);
}

/**
 * A criteria set (bộ tiêu chí) as a tree of fields, criteria and sub-criteria. Build it with
 * `parseCriteriaTree` from untrusted input; the constructor trusts its nodes (unique codes).
 */
export class CriteriaTree {
  private readonly nodesByCode = new Map<string, CriterionNode>();
  private readonly leafList: readonly CriterionLeaf[];

  constructor(readonly criteria: readonly CriterionNode[]) {
    const leaves: CriterionLeaf[] = [];
    const visit = (node: CriterionNode): void => {
      this.nodesByCode.set(node.code, node);
      if (isLeaf(node)) leaves.push(node);
      else node.children.forEach(visit);
    };
    criteria.forEach(visit);
    this.leafList = leaves;
  }

  /** Leaves in document order (depth first), the order score sheets list them. */
  leaves(): readonly CriterionLeaf[] {
    return this.leafList;
  }

  findLeaf(code: string): CriterionLeaf | undefined {
    const node = this.nodesByCode.get(code);
    return node && isLeaf(node) ? node : undefined;
  }

  findNode(code: string): CriterionNode | undefined {
    return this.nodesByCode.get(code);
  }

  /** The set's full max, before any leaf is found not applicable to a unit. */
  totalMax(): Points {
    return Points.sum(this.leafList.map((leaf) => leaf.maxPoints));
  }

  /** Max of one field or criterion (its leaves' sum), e.g. "field 2 is worth 7.50". */
  maxOf(code: string): Points | undefined {
    const node = this.nodesByCode.get(code);
    return node && maxOfNode(node);
  }

  toJSON(): readonly CriterionNode[] {
    return this.criteria;
  }
}

export function maxOfNode(node: CriterionNode): Points {
  return isLeaf(node) ? node.maxPoints : Points.sum(node.children.map(maxOfNode));
}
