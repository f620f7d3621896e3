/**
 * How errors name a place in a cycle file. Entities are named by their key rather than their position,
 * because a clerk looks for "so-tu-phap", not for the 14th unit: `units[id=so-tu-phap]`,
 * `appraisals[unit=so-tu-phap].scores[1.1]`. Criteria are named by code alone, flat at any depth, as
 * libs/domain names them (`criteria[7.2.2]`). A survey's result is keyed by its unit and criterion together:
 * `surveys[campaign=sipas-2025].results[unit=so-tu-phap,criterion=3.5]`. Without a usable key, a position: `units[#3]`.
 */

/** The field(s) of each keyed list that name its elements, and whether a key is written `key=`. */
const KEYED_LISTS: Readonly<Record<string, { readonly key: string | readonly string[]; readonly named: boolean }>> = {
  criteriaSets: { key: 'id', named: true },
  groups: { key: 'id', named: true },
  units: { key: 'id', named: true },
  selfAssessments: { key: 'unit', named: true },
  appraisals: { key: 'unit', named: true },
  scores: { key: 'criterion', named: false },
  explanations: { key: 'criterion', named: false },
  criteria: { key: 'code', named: false },
  children: { key: 'code', named: false },
  surveys: { key: 'campaign', named: true },
  results: { key: ['unit', 'criterion'], named: true },
};

/** `list[key=value]`, `list[value]` or `list[#position]` for one element of a list. */
export function elementPath(parent: string, list: string, element: unknown, position: number): string {
  const keyed = KEYED_LISTS[list];
  const prefix = parent === '' ? list : `${parent}.${list}`;
  if (!keyed) return `${prefix}[${position}]`;
  const names = typeof keyed.key === 'string' ? [keyed.key] : keyed.key;
  const keys = names.map((name) => keyOf(element, name));
  if (keys.includes(undefined)) return `${prefix}[#${position}]`;
  return `${prefix}[${keys.map((key, at) => (keyed.named ? `${names[at]}=${key}` : key)).join(',')}]`;
}

export function fieldPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

/**
 * Renders a zod issue path (`['appraisals', 0, 'scores', 2, 'points']`) against the document it was
 * found in, so shape errors name places exactly as rule errors do.
 */
export function renderPath(document: unknown, path: readonly PropertyKey[]): string {
  let rendered = '';
  let criteriaParent: string | undefined;
  let node: unknown = document;
  for (let step = 0; step < path.length; step++) {
    const segment = String(path[step]);
    const next = path[step + 1];
    const child = isRecord(node) ? node[segment] : undefined;
    if (Array.isArray(child) && typeof next === 'number') {
      const element = child[next];
      if (segment === 'criteria') criteriaParent = rendered;
      const code = segment === 'children' ? keyOf(element, 'code') : undefined;
      // A sub-criterion is named flat, under the set, as the domain names it: criteria[7.2.2].
      rendered =
        code !== undefined && criteriaParent !== undefined
          ? elementPath(criteriaParent, 'criteria', element, next)
          : elementPath(rendered, segment, element, next);
      node = element;
      step++;
      continue;
    }
    rendered = fieldPath(rendered, segment);
    node = child;
  }
  return rendered === '' ? '(file)' : rendered;
}

/** The value found at a zod issue path, for the error's `value`. */
export function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = document;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

export function keyOf(element: unknown, key: string): string | undefined {
  const value = isRecord(element) ? element[key] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
