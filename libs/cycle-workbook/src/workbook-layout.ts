/**
 * The cycle file as a workbook (INTERCHANGE.md v1.1): one sheet per list of the file, nested lists
 * flattened with their parent's key (a `scores` sheet carries a `unit` column). The writer and the
 * reader both follow this one description, so they cannot drift apart.
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * How a column's cells are read and written:
 * - `text`: kept verbatim; a number typed into it reads as its digits (Excel turns "2" into a number).
 * - `time`: text such as "2025-01-10" or "2022-11-15T09:30:00+07:00"; an Excel date cell is accepted too.
 * - `points`: a decimal with 2 places (points, or a survey's index), written as a number shown as 0.00.
 * - `decimal`: a threshold or ratio, written as a number (or text when no double holds it exactly).
 * - `integer`: a year, a count of votes, respondents or answers.
 * - `boolean`: TRUE or FALSE.
 */
export type ColumnKind = 'text' | 'time' | 'points' | 'decimal' | 'integer' | 'boolean';

export interface WorkbookColumn {
  readonly header: string;
  readonly kind: ColumnKind;
  /** A sheet without this column cannot be read (its field is required, or rows are linked by it). */
  readonly required: boolean;
  /** In characters, for people reading the sheet: titles and reasons wide, ids narrow. */
  readonly width: number;
}

export interface WorkbookSheet {
  readonly name: SheetName;
  readonly columns: readonly WorkbookColumn[];
  /** A workbook without this sheet is no cycle file. */
  readonly required: boolean;
  /** Sheets holding one object rather than a list. */
  readonly singleRow: boolean;
}

export type SheetName =
  | 'cycle'
  | 'thresholds'
  | 'criteriaSets'
  | 'criteria'
  | 'bands'
  | 'groups'
  | 'units'
  | 'selfAssessments'
  | 'scores'
  | 'evidence'
  | 'appraisals'
  | 'appraisalScores'
  | 'bonus'
  | 'deductions'
  | 'explanations'
  | 'explanationEvidence'
  | 'surveys'
  | 'surveyResults'
  | 'decision';

const ID = 18;
const NAME = 36;
const TITLE = 60;
const NUMBER = 12;

const required = (header: string, kind: ColumnKind, width: number): WorkbookColumn => ({ header, kind, required: true, width });
const optional = (header: string, kind: ColumnKind, width: number): WorkbookColumn => ({ header, kind, required: false, width });

const documentColumns = [
  required('title', 'text', TITLE),
  optional('documentNo', 'text', ID),
  optional('date', 'time', NUMBER),
  optional('section', 'text', ID),
];
const adjustmentColumns = [required('unit', 'text', ID), required('points', 'points', NUMBER), optional('reason', 'text', TITLE)];

const sheet = (name: SheetName, columns: readonly WorkbookColumn[], options: { required?: boolean; singleRow?: boolean } = {}): WorkbookSheet => ({
  name,
  columns,
  required: options.required ?? false,
  singleRow: options.singleRow ?? false,
});

/** Every sheet, in the order the writer lays them out. */
export const WORKBOOK_SHEETS: readonly WorkbookSheet[] = [
  sheet('cycle', [required('id', 'text', ID), required('year', 'integer', NUMBER), required('title', 'text', TITLE), required('evaluator', 'text', ID)], {
    required: true,
    singleRow: true,
  }),
  sheet('thresholds', [optional('group', 'text', ID), required('class', 'text', ID), required('label', 'text', NAME), required('minIndex', 'decimal', NUMBER)]),
  sheet('criteriaSets', [required('id', 'text', ID)], { required: true }),
  sheet(
    'criteria',
    [
      required('criteriaSet', 'text', ID),
      required('code', 'text', NUMBER),
      optional('parent', 'text', NUMBER),
      required('title', 'text', TITLE),
      optional('maxPoints', 'points', NUMBER),
      optional('method.kind', 'text', NUMBER),
      optional('method.step', 'points', NUMBER),
      optional('method.perOccurrence', 'points', NUMBER),
      optional('method.cap', 'points', NUMBER),
      optional('source', 'text', NUMBER),
    ],
    { required: true },
  ),
  sheet('bands', [
    required('criteriaSet', 'text', ID),
    required('criterion', 'text', NUMBER),
    required('minRatio', 'decimal', NUMBER),
    required('points', 'points', NUMBER),
  ]),
  sheet('groups', [required('id', 'text', ID), required('name', 'text', NAME), required('criteriaSet', 'text', ID)], { required: true }),
  sheet('units', [required('id', 'text', ID), required('name', 'text', NAME), required('group', 'text', ID), optional('parent', 'text', ID)], {
    required: true,
  }),
  sheet('selfAssessments', [required('unit', 'text', ID), optional('submittedBy', 'text', ID), optional('submittedAt', 'time', 26)]),
  sheet('scores', [required('unit', 'text', ID), required('criterion', 'text', NUMBER), required('points', 'points', NUMBER), optional('note', 'text', TITLE)]),
  sheet('evidence', [required('unit', 'text', ID), required('criterion', 'text', NUMBER), ...documentColumns]),
  sheet('appraisals', [
    required('unit', 'text', ID),
    optional('appraiser', 'text', ID),
    optional('final', 'boolean', 8),
    optional('appraisedAt', 'time', 26),
    optional('finalizedAt', 'time', 26),
    optional('councilChair', 'text', NAME),
  ]),
  sheet('appraisalScores', [
    required('unit', 'text', ID),
    required('criterion', 'text', NUMBER),
    optional('points', 'points', NUMBER),
    optional('applicable', 'boolean', NUMBER),
    optional('reason', 'text', TITLE),
  ]),
  sheet('bonus', adjustmentColumns),
  sheet('deductions', adjustmentColumns),
  sheet('explanations', [
    required('unit', 'text', ID),
    required('criterion', 'text', NUMBER),
    optional('text', 'text', TITLE),
    required('decision', 'text', NUMBER),
    optional('points', 'points', NUMBER),
    optional('reason', 'text', TITLE),
    optional('at', 'time', 26),
    optional('votes.for', 'integer', 10),
    optional('votes.against', 'integer', 10),
    optional('votes.abstain', 'integer', 10),
    optional('votes.members', 'integer', 10),
  ]),
  sheet('explanationEvidence', [required('unit', 'text', ID), required('criterion', 'text', NUMBER), ...documentColumns]),
  sheet('surveys', [required('campaign', 'text', ID), required('kind', 'text', NUMBER), required('title', 'text', TITLE)]),
  sheet('surveyResults', [
    required('campaign', 'text', ID),
    required('unit', 'text', ID),
    required('criterion', 'text', NUMBER),
    required('respondents', 'integer', NUMBER),
    required('answers', 'integer', NUMBER),
    required('index', 'points', NUMBER),
    required('points', 'points', NUMBER),
    optional('appliedAt', 'time', 26),
  ]),
  sheet('decision', [required('number', 'text', ID), required('date', 'time', NUMBER), optional('signedBy', 'text', NAME)], { singleRow: true }),
];

export function sheetNamed(name: string): WorkbookSheet | undefined {
  return WORKBOOK_SHEETS.find((candidate) => candidate.name === name);
}
