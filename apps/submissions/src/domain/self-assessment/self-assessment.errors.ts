import { SubmissionsError } from '../shared/submissions-error';

/** The self-assessment's refusals, worded for the unit's reporter and head. `at` is the score's path, e.g. `scores[1.1]`. */
export const SelfAssessmentErrors = {
  criterionUnknown: (criterion: string, at: string, hint = '') =>
    new SubmissionsError('CRITERION_UNKNOWN', `criterion "${criterion}" is not a leaf of the unit's criteria set${hint}`, {
      field: `${at}.criterion`,
      value: criterion,
      criterion,
    }),
  notApplicable: (criterion: string, at: string, hint = '') =>
    new SubmissionsError('CRITERION_NOT_APPLICABLE', `criterion ${criterion} is not applicable to this unit${hint}`, {
      field: `${at}.criterion`,
      value: criterion,
      criterion,
    }),
  scoredBySurvey: (criterion: string, at: string) =>
    new SubmissionsError('CRITERION_SCORED_BY_SURVEY', `criterion ${criterion} is held for the year-end survey: the unit does not score it`, {
      field: `${at}.criterion`,
      value: criterion,
      criterion,
    }),
  evidenceOrNoteRequired: (criterion: string, points: string, at: string) =>
    new SubmissionsError('EVIDENCE_OR_NOTE_REQUIRED', `criterion ${criterion} is claimed at ${points} without evidence: cite a document or write a note`, {
      field: `${at}.evidence`,
      value: [],
      criterion,
    }),
  locked: (unitId: string) =>
    new SubmissionsError('SELF_ASSESSMENT_LOCKED', `the self-assessment of unit "${unitId}" is submitted and locked; the province admin can reopen it`, {
      field: 'unitId',
      value: unitId,
    }),
  notSubmitted: (unitId: string) =>
    new SubmissionsError('SELF_ASSESSMENT_NOT_SUBMITTED', `the self-assessment of unit "${unitId}" is not submitted, so there is nothing to reopen`, {
      field: 'unitId',
      value: unitId,
    }),
  deadlinePassed: (due: string, now: string) =>
    new SubmissionsError('DEADLINE_PASSED', `the self-assessment was due by ${due}; it is now ${now}`, { field: 'context.selfAssessmentDue', value: due }),
};
