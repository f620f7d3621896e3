/**
 * How errors name a place in a campaign file: aspects and questions by their code, scoring entries by
 * criterion and group, as a clerk finds them (`questionnaire.aspects[TC].questions[TC1].text`,
 * `scoring[criterion=3.5,group=departments]`); without a usable key, by position (`aspects[#2]`).
 */

/** Longer keys, or keys with brackets, are not echoed into a path: the position names the element instead. */
const MAX_KEY_IN_PATH = 32;

type Keying = (element: Record<string, unknown>) => string | undefined;

const KEYED_LISTS: Readonly<Record<string, Keying>> = {
  aspects: (element) => usableKey(element['code']),
  questions: (element) => usableKey(element['code']),
  scoring: (element) => {
    const criterion = usableKey(element['criterion']);
    const group = usableKey(element['group']);
    return criterion && group ? `criterion=${criterion},group=${group}` : undefined;
  },
};

/** `list[key]` or `list[#position]` for one element of a keyed list, `list[position]` for the others. */
export function elementPath(listPath: string, list: string, element: unknown, position: number): string {
  const keying = KEYED_LISTS[list];
  if (!keying) return `${listPath}[${position}]`;
  const key = isRecord(element) ? keying(element) : undefined;
  return key === undefined ? `${listPath}[#${position}]` : `${listPath}[${key}]`;
}

export function fieldPath(parent: string, field: string): string {
  return parent === '' ? field : `${parent}.${field}`;
}

/** Renders a zod issue path (`['questionnaire', 'aspects', 0, 'code']`) against the document it was found in. */
export function renderPath(document: unknown, path: readonly PropertyKey[]): string {
  let rendered = '';
  let node: unknown = document;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') {
      const list = lastField(rendered);
      rendered = elementPath(rendered, list, node[segment], segment);
      node = node[segment];
      continue;
    }
    rendered = fieldPath(rendered, String(segment));
    node = isRecord(node) ? node[String(segment)] : undefined;
  }
  return rendered === '' ? '(file)' : rendered;
}

/** The value found at a zod issue path. */
export function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = document;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function usableKey(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' && value.length <= MAX_KEY_IN_PATH && !/[[\]\s]/.test(value) ? value : undefined;
}

function lastField(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}
