import { CriterionLeaf, validateLeafScore } from '@par/domain';
import { optionalDate } from '../shared/dates';
import { optionalText, requireText } from '../shared/input';
import { SubmissionsError } from '../shared/submissions-error';
import type { EvidenceInput, ScoreCriterion, SelfAssessmentContext } from './self-assessment.commands';
import { SelfAssessmentErrors } from './self-assessment.errors';
import type { EvidenceData } from './self-assessment.events';
import type { DraftScore } from './self-assessment.state';

/** Where a leaf's score sits in the unit's sheet: errors name it so, e.g. `scores[1.1].points`. */
export function scorePath(criterion: string): string {
  return `scores[${criterion}]`;
}

/** A draft score as it will be recorded: points checked against the leaf, evidence and note cleaned up. */
export function parseDraftScore(command: ScoreCriterion): DraftScore {
  const criterion = requireText(command.criterion, 'criterion');
  const at = scorePath(criterion);
  const leaf = scorableLeaf(command.context, criterion);
  const validated = validateLeafScore(leaf, command.points);
  if (!validated.ok) throw SubmissionsError.fromDomain(validated.error, at);
  const score = { criterion, points: validated.value.toString(), evidence: parseEvidence(command.evidence, at), note: optionalText(command.note) };
  if (!command.fromPublishedRecord) requireEvidenceOrNote(score);
  return score;
}

/**
 * At submission every draft is checked again against the set in force: a correction may have removed or
 * changed a leaf, or the province declared it not applicable, since it was scored.
 */
export function recheckDraftScore(score: DraftScore, context: SelfAssessmentContext): void {
  const leaf = scorableLeaf(context, score.criterion, '; clear its score before submitting');
  const validated = validateLeafScore(leaf, score.points);
  if (!validated.ok) throw SubmissionsError.fromDomain(validated.error, scorePath(score.criterion));
}

/** The leaf a unit may score: in its set, applicable to it, and not one the survey fills in. */
function scorableLeaf(context: SelfAssessmentContext, criterion: string, hint = ''): CriterionLeaf {
  const at = scorePath(criterion);
  const leaf = context.leaves.find((candidate) => candidate.code === criterion);
  if (!leaf) throw SelfAssessmentErrors.criterionUnknown(criterion, at, hint);
  if (context.notApplicable.includes(criterion)) throw SelfAssessmentErrors.notApplicable(criterion, at, hint);
  if (leaf.source === 'survey') throw SelfAssessmentErrors.scoredBySurvey(criterion, at);
  return leaf;
}

/** DOMAIN.md: a leaf claimed without evidence needs a written explanation. A 0 claims nothing. */
function requireEvidenceOrNote(score: DraftScore): void {
  if (score.points !== '0.00' && score.evidence.length === 0 && score.note === null) {
    throw SelfAssessmentErrors.evidenceOrNoteRequired(score.criterion, score.points, scorePath(score.criterion));
  }
}

/** Blank optional fields are dropped, so the same evidence typed twice records (and compares) the same. */
function parseEvidence(input: readonly EvidenceInput[] | null | undefined, at: string): EvidenceData[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) throw new SubmissionsError('FIELD_REQUIRED', `${at}.evidence must be a list`, { field: `${at}.evidence`, value: input });
  return input.map((item: EvidenceInput, position) => {
    const path = `${at}.evidence[${position}]`;
    const title = requireText(item?.title, `${path}.title`);
    const documentNo = optionalText(item.documentNo);
    const date = optionalDate(optionalText(item.date), `${path}.date`);
    const section = optionalText(item.section);
    const fileRef = optionalText(item.fileRef);
    return { title, ...(documentNo && { documentNo }), ...(date && { date }), ...(section && { section }), ...(fileRef && { fileRef }) };
  });
}
