import type { SurveyScale } from '../campaign/campaign-file';

/** The formats of a responses file (INTERCHANGE.md "Surveys"): CSV with a header row, JSON lines, or an XLSX workbook (its first sheet, a header row). */
export type ResponsesFormat = 'csv' | 'jsonl' | 'xlsx';

/** Every format, as requests and the CLI name them. */
export const RESPONSES_FORMATS: readonly ResponsesFormat[] = ['csv', 'jsonl', 'xlsx'];

/** The columns of a responses file, one answer per row. */
export const RESPONSE_COLUMNS = ['respondent', 'unit', 'question', 'answer'] as const;
export type ResponseColumn = (typeof RESPONSE_COLUMNS)[number];

/** Columns a responses file may add: `respondentUnit`, the unit the respondent works in (cross-evaluation). */
export const OPTIONAL_RESPONSE_COLUMNS = ['respondentUnit'] as const;
export type OptionalResponseColumn = (typeof OPTIONAL_RESPONSE_COLUMNS)[number];

/** One answer kept: `answer` null is a question the respondent left unanswered (an empty cell). */
export interface ResponseRow {
  /** The line of the file the row starts on (the header is line 1 of a CSV); in a workbook, the sheet's row number. */
  readonly line: number;
  /** A pseudonymous id (≤ 64 characters): never a name, a phone number or an email. */
  readonly respondent: string;
  readonly unit: string;
  /** The unit the respondent works in (`respondentUnit`); undefined for a respondent from outside (a citizen, a business) or a file without the column. */
  readonly respondentUnit?: string;
  readonly question: string;
  readonly answer: number | null;
}

/** Why a row is rejected; the other rows are kept. */
export type RejectedRowCode =
  | 'MALFORMED_LINE'
  | 'LINE_TOO_LONG'
  | 'RESPONDENT_INVALID'
  | 'PERSONAL_DATA'
  | 'UNIT_UNKNOWN'
  | 'RESPONDENT_UNIT_UNKNOWN'
  | 'SELF_EVALUATION'
  | 'QUESTION_UNKNOWN'
  | 'ANSWER_INVALID'
  | 'RESPONSE_DUPLICATE';

/** A row left out, with its line and a reason a clerk can act on (values quoted and cut short). */
export interface RejectedRow {
  readonly line: number;
  readonly reason: string;
  readonly code: RejectedRowCode;
}

/** What a row is checked against: the campaign's units (of the groups it scores), questions and scale. */
export interface KnownResponses {
  readonly units: ReadonlySet<string>;
  readonly questions: ReadonlySet<string>;
  readonly scale: Pick<SurveyScale, 'min' | 'max'>;
  /** The units a `respondentUnit` may name: every unit of the campaign's cycle. Absent: those of `units`. */
  readonly respondentUnits?: ReadonlySet<string>;
  /** A cross-evaluation (the sociological survey): a row whose respondent works in the unit it evaluates is rejected. */
  readonly crossEvaluation?: boolean;
}

export interface ReadResponsesOptions {
  /** Most rows in one chunk's `accepted` (and in its `rejected`); 10,000 by default. */
  readonly chunkSize?: number;
}

/**
 * One step of the reading. Rows are final only once the chunk carrying `end` has arrived: a file-level
 * refusal (a ResponsesFileError thrown by the iteration, e.g. bytes that are not UTF-8 at line 150,000)
 * means nothing of the file is accepted, so a caller stages chunks and commits at `end`.
 */
export interface ResponsesChunk {
  readonly accepted: readonly ResponseRow[];
  readonly rejected: readonly RejectedRow[];
  /** On the last chunk only. */
  readonly end?: ResponsesEnd;
}

export interface ResponsesEnd {
  /** `sha256:<hex>` of every byte read: the same file imported twice has the same checksum (a no-op). */
  readonly checksum: string;
  readonly bytes: number;
  readonly lines: number;
  readonly accepted: number;
  readonly rejected: number;
}
