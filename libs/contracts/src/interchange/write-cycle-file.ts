import { ExactDecimal, IndexValue, Points, PointsInput, ScoringMethodInput } from '@par/domain';
import {
  AdjustmentEntry,
  AppraisalEntry,
  CriterionEntry,
  CycleFile,
  EvidenceEntry,
  ExplanationEntry,
  SelfAssessmentEntry,
  SurveyResultsEntry,
  ThresholdEntry,
} from './cycle-file';

/**
 * The canonical text of a cycle file: keys in INTERCHANGE.md's order, 2-space indent, every points value
 * a string with exactly 2 places (a survey index too), `thresholds` and `parent` always present (null
 * when none), other optional fields only when given (`surveys` only when it lists any), a final newline. Two files that mean the same write the same bytes,
 * so export → import → export is a fixed point. Expects a file `parseCycleFile` accepted (a points value
 * it cannot read throws the domain's error).
 */
export function writeCycleFile(file: CycleFile): string {
  return `${JSON.stringify(canonicalCycleFile(file), null, 2)}\n`;
}

/** The canonical form as an object. Properties left undefined are dropped by JSON.stringify. */
export function canonicalCycleFile(file: CycleFile): CycleFile {
  return {
    format: file.format,
    cycle: {
      id: file.cycle.id,
      year: file.cycle.year,
      title: file.cycle.title,
      evaluator: file.cycle.evaluator,
      thresholds: file.cycle.thresholds.map(threshold),
    },
    criteriaSets: file.criteriaSets.map((set) => ({ id: set.id, criteria: set.criteria.map(criterion) })),
    groups: file.groups.map((group) => ({
      id: group.id,
      name: group.name,
      criteriaSet: group.criteriaSet,
      thresholds: group.thresholds ? group.thresholds.map(threshold) : null,
    })),
    units: file.units.map((unit) => ({ id: unit.id, name: unit.name, group: unit.group, parent: unit.parent ?? null })),
    selfAssessments: file.selfAssessments?.map(selfAssessment),
    appraisals: file.appraisals?.map(appraisal),
    surveys: file.surveys && file.surveys.length > 0 ? file.surveys.map(survey) : undefined,
    decision: file.decision && { number: file.decision.number, date: file.decision.date, signedBy: file.decision.signedBy },
  };
}

function threshold(entry: ThresholdEntry): ThresholdEntry {
  // An index threshold has at most 2 places, which a JSON number holds exactly.
  return { class: entry.class, label: entry.label, minIndex: Points.of(entry.minIndex).toDecimal().toNumber() };
}

function criterion(entry: CriterionEntry): CriterionEntry {
  return {
    code: entry.code,
    title: entry.title,
    maxPoints: entry.maxPoints === undefined || entry.maxPoints === null ? undefined : points(entry.maxPoints),
    method: entry.method ? method(entry.method) : undefined,
    source: entry.source ?? undefined,
    children: entry.children && entry.children.length > 0 ? entry.children.map(criterion) : undefined,
  };
}

function method(entry: ScoringMethodInput): ScoringMethodInput {
  switch (entry.kind) {
    case 'manual':
      return { kind: 'manual', step: points(entry.step) };
    case 'bands':
      return { kind: 'bands', bands: entry.bands.map((band) => ({ minRatio: ratio(band.minRatio), points: points(band.points) })) };
    case 'allOrNothing':
      return { kind: 'allOrNothing' };
    case 'deduction':
      return { kind: 'deduction', perOccurrence: points(entry.perOccurrence), cap: entry.cap === undefined ? undefined : points(entry.cap) };
  }
}

function selfAssessment(entry: SelfAssessmentEntry): SelfAssessmentEntry {
  return {
    unit: entry.unit,
    submittedBy: entry.submittedBy,
    submittedAt: entry.submittedAt,
    scores: entry.scores.map((score) => ({
      criterion: score.criterion,
      points: points(score.points),
      note: score.note,
      evidence: score.evidence?.map(evidence),
    })),
  };
}

function appraisal(entry: AppraisalEntry): AppraisalEntry {
  return {
    unit: entry.unit,
    appraiser: entry.appraiser,
    scores: entry.scores.map((score) => ({
      criterion: score.criterion,
      points: score.points === undefined ? undefined : points(score.points),
      applicable: score.applicable,
      reason: score.reason,
    })),
    bonus: entry.bonus?.map(adjustment),
    deductions: entry.deductions?.map(adjustment),
    explanations: entry.explanations?.map(explanation),
    final: entry.final,
    appraisedAt: entry.appraisedAt,
    finalizedAt: entry.finalizedAt,
    councilChair: entry.councilChair,
  };
}

function survey(entry: SurveyResultsEntry): SurveyResultsEntry {
  return {
    campaign: entry.campaign,
    kind: entry.kind,
    title: entry.title,
    results: entry.results.map((result) => ({
      unit: result.unit,
      criterion: result.criterion,
      respondents: result.respondents,
      answers: result.answers,
      index: IndexValue.of(result.index).toString(),
      points: points(result.points),
      appliedAt: result.appliedAt,
    })),
  };
}

function evidence(entry: EvidenceEntry): EvidenceEntry {
  return { title: entry.title, documentNo: entry.documentNo, date: entry.date, section: entry.section };
}

function adjustment(entry: AdjustmentEntry): AdjustmentEntry {
  return { points: points(entry.points), reason: entry.reason };
}

function explanation(entry: ExplanationEntry): ExplanationEntry {
  return {
    criterion: entry.criterion,
    text: entry.text,
    evidence: entry.evidence?.map(evidence),
    decision: entry.decision,
    points: entry.points === undefined ? undefined : points(entry.points),
    reason: entry.reason,
    at: entry.at,
    votes: entry.votes && { for: entry.votes.for, against: entry.votes.against, abstain: entry.votes.abstain, members: entry.votes.members },
  };
}

function points(value: PointsInput): string {
  return Points.of(value).toString();
}

/** A ratio is no points value: a JSON number when one holds it exactly, else the decimal string as given. */
function ratio(value: number | string): number | string {
  if (typeof value === 'number') return value;
  const asNumber = Number(value);
  return Number.isFinite(asNumber) && new ExactDecimal(String(asNumber)).eq(new ExactDecimal(value)) ? asNumber : value;
}
