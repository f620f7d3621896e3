import { append, defined, indexFirst, Json, RowLinks, text, value } from './row-links';
import { quoted } from './workbook-problem';

/** The cycle's setup as the file's JSON: cycle (with thresholds), criteriaSets, groups, units, decision. */
export function assembleSetup(links: RowLinks): Json {
  const groups = assembleGroups(links);
  return {
    cycle: assembleCycle(links, groups.byId),
    criteriaSets: assembleCriteriaSets(links),
    groups: groups.list,
    units: links
      .rows('units')
      .map((row) => ({ ...defined({ id: value(row, 'id'), name: value(row, 'name'), group: value(row, 'group') }), parent: value(row, 'parent') ?? null })),
    ...assembleDecision(links),
  };
}

function assembleGroups(links: RowLinks): { list: Json[]; byId: Map<string, Json> } {
  const byId = new Map<string, Json>();
  const list = links.rows('groups').map((row) => {
    // No rows in `thresholds` for the group: it uses the cycle's.
    const group: Json = { ...defined({ id: value(row, 'id'), name: value(row, 'name'), criteriaSet: value(row, 'criteriaSet') }), thresholds: null };
    indexFirst(byId, group['id'], group);
    return group;
  });
  return { list, byId };
}

/** The cycle's row, with the thresholds whose group is empty; the others go to their group. */
function assembleCycle(links: RowLinks, groups: ReadonlyMap<string, Json>): Json {
  const row = links.single('cycle');
  if (!row && links.has('cycle')) links.missingRow('cycle', 'id, year, title, evaluator');
  const thresholds: Json[] = [];
  for (const threshold of links.rows('thresholds')) {
    const entry = defined({ class: value(threshold, 'class'), label: value(threshold, 'label'), minIndex: value(threshold, 'minIndex') });
    if (text(threshold, 'group') === undefined) {
      thresholds.push(entry);
      continue;
    }
    const group = links.parent(threshold, 'group', groups, (id) => `group ${id} is not in the groups sheet`);
    if (group) append(group, 'thresholds', entry);
  }
  return { ...defined({ id: value(row, 'id'), year: value(row, 'year'), title: value(row, 'title'), evaluator: value(row, 'evaluator') }), thresholds };
}

interface CriteriaSetDraft {
  readonly id: string | undefined;
  readonly criteria: Json[];
  /** Criteria by code, as far as the rows read so far go: a parent comes before its children. */
  readonly codes: Map<string, Json>;
}

function assembleCriteriaSets(links: RowLinks): Json[] {
  const sets = new Map<string, CriteriaSetDraft>();
  const list = links.rows('criteriaSets').map((row) => {
    const set: CriteriaSetDraft = { id: text(row, 'id'), criteria: [], codes: new Map() };
    indexFirst(sets, set.id, set);
    return set;
  });
  for (const row of links.rows('criteria')) {
    const set = links.parent(row, 'criteriaSet', sets, (id) => `criteria set ${id} is not in the criteriaSets sheet`);
    if (!set) continue;
    const criterion = defined({
      code: value(row, 'code'),
      title: value(row, 'title'),
      maxPoints: value(row, 'maxPoints'),
      method: methodOf(row),
      source: value(row, 'source'),
    });
    if (text(row, 'parent') === undefined) set.criteria.push(criterion);
    else {
      const parent = links.parent(row, 'parent', set.codes, (code) => `parent ${code} is no criterion on an earlier row of criteria set ${quoted(set.id)}`);
      if (parent) append(parent, 'children', criterion);
    }
    indexFirst(set.codes, criterion['code'], criterion);
  }
  for (const row of links.rows('bands')) {
    const set = links.parent(row, 'criteriaSet', sets, (id) => `criteria set ${id} is not in the criteriaSets sheet`);
    const criterion =
      set && links.parent(row, 'criterion', set.codes, (code) => `criterion ${code} is not in criteria set ${quoted(set.id)} on the criteria sheet`);
    if (!criterion) continue;
    const method = criterion['method'] as Json | undefined;
    if (method?.['kind'] !== 'bands') links.orphaned(row, 'criterion', `criterion ${quoted(criterion['code'])}'s method.kind is not bands`);
    else append(method, 'bands', defined({ minRatio: value(row, 'minRatio'), points: value(row, 'points') }));
  }
  return list.map((set) => defined({ id: set.id, criteria: set.criteria }));
}

/** The method's columns as one object; bands come from the bands sheet. None filled in: no method. */
function methodOf(row: Parameters<typeof value>[0]): Json | undefined {
  const method = defined({
    kind: value(row, 'method.kind'),
    step: value(row, 'method.step'),
    perOccurrence: value(row, 'method.perOccurrence'),
    cap: value(row, 'method.cap'),
  });
  if (Object.keys(method).length === 0) return undefined;
  return method['kind'] === 'bands' ? { ...method, bands: [] } : method;
}

function assembleDecision(links: RowLinks): Json {
  const row = links.single('decision');
  return row ? { decision: defined({ number: value(row, 'number'), date: value(row, 'date'), signedBy: value(row, 'signedBy') }) } : {};
}
