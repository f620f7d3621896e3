import type { z } from 'zod';
import { CYCLE_FILE_FORMAT, CycleFile } from './cycle-file';
import {
  appraisalSchema,
  criteriaSetSchema,
  cycleHeaderSchema,
  decisionSchema,
  groupSchema,
  selfAssessmentSchema,
  surveyResultsSchema,
  unitSchema,
} from './cycle-file.schema';
import { isRecord, keyOf, renderPath, valueAt } from './field-paths';
import { InterchangeError } from './interchange-error';

/**
 * The file as far as its shape allows: every well-shaped element, and the keys of the ill-shaped ones.
 * Rules then run on what is well shaped, while references to an ill-shaped element (whose key is still
 * readable) are not reported again as unknown: one mistake, one error.
 */
export interface ShapedFile {
  /** Only the well-shaped elements; complete when no shape error was reported. */
  readonly file: CycleFile;
  readonly cycleShaped: boolean;
  /** Keys of every element as written, well shaped or not: for duplicates and references. */
  readonly keys: {
    readonly criteriaSets: readonly (string | undefined)[];
    readonly groups: readonly (string | undefined)[];
    readonly units: readonly (string | undefined)[];
  };
}

type ElementSchema<T> = z.ZodType<T>;

export function readShape(json: unknown, errors: InterchangeError[]): ShapedFile | undefined {
  if (!isRecord(json)) {
    errors.push(new InterchangeError('SHAPE_INVALID', 'a cycle file must be a JSON object', { field: '(file)', value: json }));
    return undefined;
  }
  const format = json['format'];
  if (format !== CYCLE_FILE_FORMAT) {
    const problem =
      format === undefined ? `is required: "${CYCLE_FILE_FORMAT}"` : `${JSON.stringify(format)} is not a supported format; expected "${CYCLE_FILE_FORMAT}"`;
    errors.push(new InterchangeError('FORMAT_UNSUPPORTED', problem, { field: 'format', value: format }));
  }
  const lists = {
    criteriaSets: listOf(json, 'criteriaSets', errors) ?? [],
    groups: listOf(json, 'groups', errors) ?? [],
    units: listOf(json, 'units', errors) ?? [],
    selfAssessments: listOf(json, 'selfAssessments', errors, { optional: true }),
    appraisals: listOf(json, 'appraisals', errors, { optional: true }),
    surveys: listOf(json, 'surveys', errors, { optional: true }),
  };
  const cycle = readElement(json, ['cycle'], cycleHeaderSchema, json['cycle'], errors);
  const decision = json['decision'] === undefined ? undefined : readElement(json, ['decision'], decisionSchema, json['decision'], errors);
  const readList = <T>(name: string, schema: ElementSchema<T>, list: readonly unknown[] | undefined): T[] | undefined =>
    list?.flatMap((element, position) => {
      const read = readElement(json, [name, position], schema, element, errors);
      return read === undefined ? [] : [read];
    });
  const file = {
    format: CYCLE_FILE_FORMAT,
    cycle: cycle ?? { id: '', year: 0, title: '', evaluator: '', thresholds: [] },
    criteriaSets: readList('criteriaSets', criteriaSetSchema, lists.criteriaSets) ?? [],
    groups: readList('groups', groupSchema, lists.groups) ?? [],
    units: readList('units', unitSchema, lists.units) ?? [],
    ...optional('selfAssessments', readList('selfAssessments', selfAssessmentSchema, lists.selfAssessments)),
    ...optional('appraisals', readList('appraisals', appraisalSchema, lists.appraisals)),
    ...optional('surveys', readList('surveys', surveyResultsSchema, lists.surveys)),
    ...optional('decision', decision),
  } satisfies CycleFile;
  return {
    file,
    cycleShaped: cycle !== undefined,
    keys: {
      criteriaSets: lists.criteriaSets.map((element) => keyOf(element, 'id')),
      groups: lists.groups.map((element) => keyOf(element, 'id')),
      units: lists.units.map((element) => keyOf(element, 'id')),
    },
  };
}

/** A top-level list; a missing or non-list one is reported and read as empty, so the rest is still checked. */
function listOf(json: Record<string, unknown>, name: string, errors: InterchangeError[], options: { optional?: boolean } = {}): readonly unknown[] | undefined {
  const list = json[name];
  if (Array.isArray(list)) return list;
  if (list === undefined && options.optional) return undefined;
  errors.push(new InterchangeError('SHAPE_INVALID', list === undefined ? 'is required' : 'must be a list', { field: name, value: list }));
  return undefined;
}

function readElement<T>(document: unknown, at: readonly PropertyKey[], schema: ElementSchema<T>, element: unknown, errors: InterchangeError[]): T | undefined {
  const parsed = schema.safeParse(element);
  if (parsed.success) return parsed.data;
  reportIssues(document, at, parsed.error.issues, errors);
  return undefined;
}

function reportIssues(document: unknown, at: readonly PropertyKey[], issues: readonly z.core.$ZodIssue[], errors: InterchangeError[]): void {
  for (const issue of issues) {
    const path = [...at, ...issue.path];
    const value = valueAt(document, path);
    const problem = value === undefined ? 'is required' : issue.message;
    errors.push(new InterchangeError('SHAPE_INVALID', problem, { field: renderPath(document, path), value, ...placeOf(document, path) }));
  }
}

/** The unit and criterion an issue path runs through, so shape errors carry them like rule errors do. */
function placeOf(document: unknown, path: readonly PropertyKey[]): { unit?: string; criterion?: string } {
  const place: { unit?: string; criterion?: string } = {};
  for (let depth = 1; depth <= path.length; depth++) {
    const node = valueAt(document, path.slice(0, depth));
    const list = String(path[depth - 2] ?? '');
    if (list === 'units') place.unit = keyOf(node, 'id') ?? place.unit;
    if (list === 'selfAssessments' || list === 'appraisals' || list === 'results') place.unit = keyOf(node, 'unit') ?? place.unit;
    if (list === 'scores' || list === 'explanations' || list === 'results') place.criterion = keyOf(node, 'criterion') ?? place.criterion;
    if (list === 'criteria' || list === 'children') place.criterion = keyOf(node, 'code') ?? place.criterion;
  }
  return place;
}

function optional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}
