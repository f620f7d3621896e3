import { dimensionPath, subDimensionPath } from '@par/domain';
import { isRecord } from '../campaign/campaign-paths';

/**
 * A zod issue path rendered as the domain rule names places: dimensions and sub-dimensions by their code
 * (`dimensions[D1].subDimensions[D1.2].score`), by position when the code cannot key a path.
 */
export function renderPublishedPath(document: unknown, path: readonly PropertyKey[]): string {
  let rendered = '';
  let node: unknown = document;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') {
      const element: unknown = node[segment];
      const code = isRecord(element) ? element['code'] : undefined;
      if (rendered === 'dimensions') rendered = dimensionPath(code, segment);
      else if (rendered.endsWith('.subDimensions')) rendered = subDimensionPath(rendered.slice(0, -'.subDimensions'.length), code, segment);
      else rendered = `${rendered}[${segment}]`;
      node = element;
      continue;
    }
    rendered = rendered === '' ? String(segment) : `${rendered}.${String(segment)}`;
    node = isRecord(node) ? node[String(segment)] : undefined;
  }
  return rendered === '' ? '(file)' : rendered;
}
