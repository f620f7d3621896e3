import type { SheetRow } from './read-sheets';
import { append, defined, indexFirst, Json, RowLinks, text, value } from './row-links';
import { quoted } from './workbook-problem';

/** An assessment under construction, with its nested lists indexed by criterion for the rows below it. */
interface AssessmentDraft {
  readonly json: Json;
  readonly byCriterion: Map<string, Json>;
}

/**
 * Self-assessments and appraisals as the file's JSON. Their sheets are present exactly when the file has
 * the list (possibly empty); nested rows (scores, evidence, bonus…) join their unit's row by its key.
 */
export function assembleAssessments(links: RowLinks): Json {
  return {
    ...(links.has('selfAssessments') ? { selfAssessments: assembleSelfAssessments(links) } : {}),
    ...(links.has('appraisals') ? { appraisals: assembleAppraisals(links) } : {}),
  };
}

function assembleSelfAssessments(links: RowLinks): Json[] {
  const drafts = drafted(links, 'selfAssessments', (row) => ({
    unit: value(row, 'unit'),
    submittedBy: value(row, 'submittedBy'),
    submittedAt: value(row, 'submittedAt'),
  }));
  const unitOf = (row: SheetRow) => links.parent(row, 'unit', drafts.byUnit, (unit) => `unit ${unit} has no row in the selfAssessments sheet`);
  for (const row of links.rows('scores')) {
    const draft = unitOf(row);
    if (!draft) continue;
    const score = defined({ criterion: value(row, 'criterion'), points: value(row, 'points'), note: value(row, 'note') });
    append(draft.json, 'scores', score);
    indexFirst(draft.byCriterion, score['criterion'], score);
  }
  for (const row of links.rows('evidence')) {
    const draft = unitOf(row);
    const score =
      draft &&
      links.parent(row, 'criterion', draft.byCriterion, (code) => `unit ${quoted(draft.json['unit'])} has no score of criterion ${code} in the scores sheet`);
    if (score) append(score, 'evidence', documentOf(row));
  }
  return drafts.list;
}

function assembleAppraisals(links: RowLinks): Json[] {
  const drafts = drafted(links, 'appraisals', (row) => ({
    unit: value(row, 'unit'),
    appraiser: value(row, 'appraiser'),
    final: value(row, 'final'),
    appraisedAt: value(row, 'appraisedAt'),
    finalizedAt: value(row, 'finalizedAt'),
    councilChair: value(row, 'councilChair'),
  }));
  const unitOf = (row: SheetRow) => links.parent(row, 'unit', drafts.byUnit, (unit) => `unit ${unit} has no row in the appraisals sheet`);
  for (const row of links.rows('appraisalScores')) {
    const draft = unitOf(row);
    if (draft)
      append(
        draft.json,
        'scores',
        defined({ criterion: value(row, 'criterion'), points: value(row, 'points'), applicable: value(row, 'applicable'), reason: value(row, 'reason') }),
      );
  }
  for (const list of ['bonus', 'deductions'] as const) {
    for (const row of links.rows(list)) {
      const draft = unitOf(row);
      if (draft) append(draft.json, list, defined({ points: value(row, 'points'), reason: value(row, 'reason') }));
    }
  }
  for (const row of links.rows('explanations')) {
    const draft = unitOf(row);
    if (!draft) continue;
    const explanation = explanationOf(row);
    append(draft.json, 'explanations', explanation);
    indexFirst(draft.byCriterion, explanation['criterion'], explanation);
  }
  for (const row of links.rows('explanationEvidence')) {
    const draft = unitOf(row);
    const explanation =
      draft &&
      links.parent(
        row,
        'criterion',
        draft.byCriterion,
        (code) => `unit ${quoted(draft.json['unit'])} has no explanation of criterion ${code} in the explanations sheet`,
      );
    if (explanation) append(explanation, 'evidence', documentOf(row));
  }
  return drafts.list;
}

/** Each row of a unit's sheet as an assessment with no scores yet, and the first one per unit by its id. */
function drafted(
  links: RowLinks,
  sheet: 'selfAssessments' | 'appraisals',
  fields: (row: SheetRow) => Json,
): { list: Json[]; byUnit: Map<string, AssessmentDraft> } {
  const byUnit = new Map<string, AssessmentDraft>();
  const list = links.rows(sheet).map((row) => {
    const json = { ...defined(fields(row)), scores: [] };
    indexFirst(byUnit, text(row, 'unit'), { json, byCriterion: new Map() });
    return json;
  });
  return { list, byUnit };
}

function explanationOf(row: SheetRow): Json {
  const votes = defined({
    for: value(row, 'votes.for'),
    against: value(row, 'votes.against'),
    abstain: value(row, 'votes.abstain'),
    members: value(row, 'votes.members'),
  });
  return defined({
    criterion: value(row, 'criterion'),
    text: value(row, 'text'),
    decision: value(row, 'decision'),
    points: value(row, 'points'),
    reason: value(row, 'reason'),
    at: value(row, 'at'),
    votes: Object.keys(votes).length > 0 ? votes : undefined,
  });
}

function documentOf(row: SheetRow): Json {
  return defined({ title: value(row, 'title'), documentNo: value(row, 'documentNo'), date: value(row, 'date'), section: value(row, 'section') });
}
