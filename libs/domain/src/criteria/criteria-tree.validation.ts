import { DomainError, quote } from '../domain-error';
import { Points, PointsInput } from '../points';
import { invalid, ok, Validation } from '../result';
import { parseScoringMethod, ScoringMethod, ScoringMethodInput } from '../scoring/scoring-method';
import { ASSESSMENT_SOURCES, AssessmentSource, CriteriaTree, CriterionLeaf, CriterionNode, maxOfNode } from './criteria-tree';

/** A criterion as written in the interchange file (`criteriaSets[].criteria`). */
export interface CriterionInput {
  readonly code: string;
  readonly title: string;
  readonly maxPoints?: PointsInput | null;
  readonly method?: ScoringMethodInput | null;
  readonly source?: AssessmentSource | null;
  readonly children?: readonly CriterionInput[] | null;
}

/** Dot-separated segments of letters or digits: "1", "1.10", "7.2.2". */
const CODE_PATTERN = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;

/**
 * Builds a criteria tree, or returns every problem found in it so the whole set can be fixed at once.
 * A node with a non-empty `children` list is a branch; any other node is a leaf. Error fields read
 * `criteria[<code>].<field>`, or by position (`criteria[#0].children[#2]…`) when the code itself is unusable.
 */
export function parseCriteriaTree(criteria: readonly CriterionInput[]): Validation<CriteriaTree> {
  const context: Context = { errors: [], seenCodes: new Set() };
  const nodes = criteria.map((input, position) => parseNode(input, `criteria[#${position}]`, undefined, context));
  if (context.errors.length > 0) return invalid(context.errors);
  return ok(new CriteriaTree(nodes.filter((node): node is CriterionNode => node !== undefined)));
}

interface Context {
  readonly errors: DomainError[];
  readonly seenCodes: Set<string>;
}

/** Collects problems with fields relative to one criterion, then places them in the whole file. */
type Report = (error: DomainError) => void;

function parseNode(raw: CriterionInput, positionalPath: string, parentCode: string | undefined, context: Context): CriterionNode | undefined {
  // JSON may hold anything where a criterion belongs; an empty object then reports what is missing.
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as CriterionInput;
  const code = typeof input.code === 'string' && CODE_PATTERN.test(input.code) ? input.code : undefined;
  const path = code ? `criteria[${code}]` : positionalPath;
  const errorsBefore = context.errors.length;
  const report: Report = (error) => {
    const placed = error.under(path);
    context.errors.push(code ? placed.inCriterion(code) : placed);
  };

  checkIdentity(input, code, parentCode, context, report);
  const children = Array.isArray(input.children) && input.children.length > 0 ? input.children : undefined;
  const node = children ? parseBranch(input, children, code, path, context, report) : parseLeaf(input, report);
  return context.errors.length === errorsBefore ? node : undefined;
}

function checkIdentity(input: CriterionInput, code: string | undefined, parentCode: string | undefined, context: Context, report: Report): void {
  if (typeof input.title !== 'string' || input.title.trim() === '') {
    report(new DomainError('CRITERION_TITLE_MISSING', `title is required`, { field: 'title', value: input.title }));
  }
  if (!code) {
    report(
      new DomainError('CRITERION_CODE_MALFORMED', `code ${quote(input.code)} must look like "1", "1.10" or "7.2.2"`, { field: 'code', value: input.code }),
    );
    return;
  }
  if (context.seenCodes.has(code)) {
    report(new DomainError('CRITERION_CODE_DUPLICATE', `code ${quote(code)} appears more than once in the set`, { field: 'code', value: code }));
  }
  context.seenCodes.add(code);
  if (parentCode && !code.startsWith(`${parentCode}.`)) {
    report(
      new DomainError('CRITERION_CODE_NOT_UNDER_PARENT', `code ${quote(code)} does not start with its parent's code "${parentCode}."`, {
        field: 'code',
        value: code,
      }),
    );
  }
}

function parseBranch(
  input: CriterionInput,
  childInputs: readonly CriterionInput[],
  code: string | undefined,
  path: string,
  context: Context,
  report: Report,
): CriterionNode {
  for (const key of ['method', 'source'] as const) {
    if (input[key] !== undefined && input[key] !== null) {
      report(new DomainError('BRANCH_CARRIES_SCORING', `${key} belongs on leaves only; this criterion has children`, { field: key, value: input[key] }));
    }
  }
  const children = childInputs.map((child, position) => parseNode(child, `${path}.children[#${position}]`, code, context));
  if (input.maxPoints !== undefined && input.maxPoints !== null) {
    checkDeclaredBranchMax(input.maxPoints, children, report);
  }
  return { code: input.code, title: input.title, children: children.filter((child): child is CriterionNode => child !== undefined) };
}

/** A branch may restate its max (as printed sets do); it must then agree with its children. */
function checkDeclaredBranchMax(declared: PointsInput, children: readonly (CriterionNode | undefined)[], report: Report): void {
  const parsed = Points.parse(declared, { field: 'maxPoints' });
  if (!parsed.ok) {
    report(parsed.error);
    return;
  }
  const validChildren = children.filter((child): child is CriterionNode => child !== undefined);
  if (validChildren.length < children.length) return;
  const childrenMax = Points.sum(validChildren.map(maxOfNode));
  if (!parsed.value.equals(childrenMax)) {
    report(
      new DomainError('BRANCH_MAX_POINTS_MISMATCH', `maxPoints ${parsed.value} differs from the sum of its children, ${childrenMax}`, {
        field: 'maxPoints',
        value: declared,
      }),
    );
  }
}

function parseLeaf(input: CriterionInput, report: Report): CriterionLeaf | undefined {
  const maxPoints = parseLeafMax(input.maxPoints, report);
  let method: ScoringMethod | undefined;
  if (input.method === undefined || input.method === null) {
    report(new DomainError('LEAF_METHOD_MISSING', `a leaf needs a scoring method`, { field: 'method', value: input.method }));
  } else {
    const parsed = parseScoringMethod(input.method, maxPoints, 'method');
    if (parsed.ok) method = parsed.value;
    else parsed.errors.forEach(report);
  }
  const source = ASSESSMENT_SOURCES.find((known) => known === input.source);
  if (!source) {
    report(
      new DomainError('LEAF_SOURCE_INVALID', `source ${quote(input.source)} is not one of self, survey, system`, { field: 'source', value: input.source }),
    );
  }
  if (!maxPoints || !method || !source) return undefined;
  return { code: input.code, title: input.title, maxPoints, method, source };
}

function parseLeafMax(input: PointsInput | null | undefined, report: Report): Points | undefined {
  if (input === undefined || input === null) {
    report(new DomainError('LEAF_MAX_POINTS_MISSING', `a leaf needs maxPoints`, { field: 'maxPoints', value: input }));
    return undefined;
  }
  const parsed = Points.parse(input, { field: 'maxPoints' });
  if (!parsed.ok) {
    report(parsed.error);
    return undefined;
  }
  if (!parsed.value.isPositive()) {
    report(new DomainError('LEAF_MAX_POINTS_NOT_POSITIVE', `maxPoints ${quote(input)} must be greater than 0`, { field: 'maxPoints', value: input }));
    return undefined;
  }
  return parsed.value;
}
