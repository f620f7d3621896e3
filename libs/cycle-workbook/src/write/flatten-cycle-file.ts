import type { CriterionEntry, CycleFile, EvidenceEntry, ThresholdEntry } from '@par/contracts';
import type { SheetName } from '../workbook-layout';

/** A cell as the file states it; points stay decimal strings until the writer places them. */
export type FlatValue = string | number | boolean | null | undefined;
export type FlatRow = Readonly<Record<string, FlatValue>>;

/**
 * The rows of each sheet, in file order. A file without selfAssessments (or appraisals) gets none of
 * their sheets, so reading the workbook back tells "absent" from "an empty list"; `decision` and
 * `surveys` likewise (the canonical file has no empty `surveys`).
 * Expects the canonical file (`canonicalCycleFile`): points already decimal strings.
 */
export function flattenCycleFile(file: CycleFile): Map<SheetName, FlatRow[]> {
  const sheets = new Map<SheetName, FlatRow[]>();
  const { cycle } = file;
  sheets.set('cycle', [{ id: cycle.id, year: cycle.year, title: cycle.title, evaluator: cycle.evaluator }]);
  sheets.set('thresholds', [
    ...cycle.thresholds.map((entry) => thresholdRow(undefined, entry)),
    ...file.groups.flatMap((group) => (group.thresholds ?? []).map((entry) => thresholdRow(group.id, entry))),
  ]);
  sheets.set(
    'criteriaSets',
    file.criteriaSets.map((set) => ({ id: set.id })),
  );
  const criteria: FlatRow[] = [];
  const bands: FlatRow[] = [];
  for (const set of file.criteriaSets) flattenCriteria(set.id, set.criteria, undefined, criteria, bands);
  sheets.set('criteria', criteria);
  sheets.set('bands', bands);
  sheets.set(
    'groups',
    file.groups.map((group) => ({ id: group.id, name: group.name, criteriaSet: group.criteriaSet })),
  );
  sheets.set(
    'units',
    file.units.map((unit) => ({ id: unit.id, name: unit.name, group: unit.group, parent: unit.parent })),
  );
  if (file.selfAssessments) flattenSelfAssessments(file.selfAssessments, sheets);
  if (file.appraisals) flattenAppraisals(file.appraisals, sheets);
  if (file.surveys) flattenSurveys(file.surveys, sheets);
  if (file.decision) sheets.set('decision', [{ number: file.decision.number, date: file.decision.date, signedBy: file.decision.signedBy }]);
  return sheets;
}

function thresholdRow(group: string | undefined, entry: ThresholdEntry): FlatRow {
  return { group, class: entry.class, label: entry.label, minIndex: entry.minIndex };
}

/** Depth-first in file order, so a criterion's parent is always on an earlier row. */
function flattenCriteria(set: string, entries: readonly CriterionEntry[], parent: string | undefined, criteria: FlatRow[], bands: FlatRow[]): void {
  for (const entry of entries) {
    const method = entry.method;
    criteria.push({
      criteriaSet: set,
      code: entry.code,
      parent,
      title: entry.title,
      maxPoints: entry.maxPoints,
      'method.kind': method?.kind,
      'method.step': method?.kind === 'manual' ? method.step : undefined,
      'method.perOccurrence': method?.kind === 'deduction' ? method.perOccurrence : undefined,
      'method.cap': method?.kind === 'deduction' ? method.cap : undefined,
      source: entry.source,
    });
    if (method?.kind === 'bands') {
      for (const band of method.bands) bands.push({ criteriaSet: set, criterion: entry.code, minRatio: band.minRatio, points: band.points });
    }
    flattenCriteria(set, entry.children ?? [], entry.code, criteria, bands);
  }
}

function flattenSelfAssessments(entries: NonNullable<CycleFile['selfAssessments']>, sheets: Map<SheetName, FlatRow[]>): void {
  sheets.set(
    'selfAssessments',
    entries.map((entry) => ({ unit: entry.unit, submittedBy: entry.submittedBy, submittedAt: entry.submittedAt })),
  );
  sheets.set(
    'scores',
    entries.flatMap((entry) => entry.scores.map((score) => ({ unit: entry.unit, criterion: score.criterion, points: score.points, note: score.note }))),
  );
  sheets.set(
    'evidence',
    entries.flatMap((entry) => entry.scores.flatMap((score) => (score.evidence ?? []).map((document) => documentRow(entry.unit, score.criterion, document)))),
  );
}

function flattenAppraisals(entries: NonNullable<CycleFile['appraisals']>, sheets: Map<SheetName, FlatRow[]>): void {
  sheets.set(
    'appraisals',
    entries.map((entry) => ({
      unit: entry.unit,
      appraiser: entry.appraiser,
      final: entry.final,
      appraisedAt: entry.appraisedAt,
      finalizedAt: entry.finalizedAt,
      councilChair: entry.councilChair,
    })),
  );
  sheets.set(
    'appraisalScores',
    entries.flatMap((entry) =>
      entry.scores.map((score) => ({ unit: entry.unit, criterion: score.criterion, points: score.points, applicable: score.applicable, reason: score.reason })),
    ),
  );
  sheets.set(
    'bonus',
    entries.flatMap((entry) => (entry.bonus ?? []).map((bonus) => ({ unit: entry.unit, points: bonus.points, reason: bonus.reason }))),
  );
  sheets.set(
    'deductions',
    entries.flatMap((entry) => (entry.deductions ?? []).map((deduction) => ({ unit: entry.unit, points: deduction.points, reason: deduction.reason }))),
  );
  const explanations = entries.flatMap((entry) => (entry.explanations ?? []).map((explanation) => ({ unit: entry.unit, explanation })));
  sheets.set(
    'explanations',
    explanations.map(({ unit, explanation }) => ({
      unit,
      criterion: explanation.criterion,
      text: explanation.text,
      decision: explanation.decision,
      points: explanation.points,
      reason: explanation.reason,
      at: explanation.at,
      'votes.for': explanation.votes?.for,
      'votes.against': explanation.votes?.against,
      'votes.abstain': explanation.votes?.abstain,
      'votes.members': explanation.votes?.members,
    })),
  );
  sheets.set(
    'explanationEvidence',
    explanations.flatMap(({ unit, explanation }) => (explanation.evidence ?? []).map((document) => documentRow(unit, explanation.criterion, document))),
  );
}

function flattenSurveys(entries: NonNullable<CycleFile['surveys']>, sheets: Map<SheetName, FlatRow[]>): void {
  sheets.set(
    'surveys',
    entries.map((entry) => ({ campaign: entry.campaign, kind: entry.kind, title: entry.title })),
  );
  sheets.set(
    'surveyResults',
    entries.flatMap((entry) =>
      entry.results.map((result) => ({
        campaign: entry.campaign,
        unit: result.unit,
        criterion: result.criterion,
        respondents: result.respondents,
        answers: result.answers,
        index: result.index,
        points: result.points,
        appliedAt: result.appliedAt,
      })),
    ),
  );
}

function documentRow(unit: string, criterion: string, document: EvidenceEntry): FlatRow {
  return { unit, criterion, title: document.title, documentNo: document.documentNo, date: document.date, section: document.section };
}
