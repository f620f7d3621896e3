/**
 * The campaign file of INTERCHANGE.md "Surveys" (`"format": "par-survey/1"`): one survey of a cycle, its
 * questionnaire and the criteria its index scores. A fixed contract: it grows only by new optional fields.
 */
export const SURVEY_FILE_FORMAT = 'par-survey/1';

/** SIPAS (satisfaction with public services), the sociological survey, and the external PAPI and DGI indices. */
export const CAMPAIGN_KINDS = ['SIPAS', 'SOCIOLOGICAL', 'PAPI', 'DGI'] as const;
export type CampaignKind = (typeof CAMPAIGN_KINDS)[number];

/** Free text a person wrote, bounded so that a file cannot carry a novel in a title. */
export const MAX_TITLE_LENGTH = 500;
export const MAX_QUESTION_TEXT_LENGTH = 2_000;

export interface CampaignFile {
  readonly format: typeof SURVEY_FILE_FORMAT;
  readonly campaign: CampaignHeader;
  readonly questionnaire: Questionnaire;
  readonly scoring: readonly ScoringEntry[];
  /** Optional: the population of each surveyed unit, for the planned sample shown beside the responses received. */
  readonly sampling?: SamplingPlan;
}

/**
 * The sample plan of Decision 1001/QĐ-BNV practice: n = N / (1 + N e²) respondents per unit, N the unit's
 * population (people served in the year), e the margin of error (0.05 when not given).
 */
export interface SamplingPlan {
  readonly margin?: number;
  readonly population: readonly { readonly unit: string; readonly population: number }[];
}

export interface CampaignHeader {
  readonly id: string;
  /** The cycle whose leaves the survey scores. */
  readonly cycle: string;
  readonly kind: CampaignKind;
  readonly title: string;
}

export interface Questionnaire {
  /** Optional in the file (1 when absent): a changed questionnaire is a new version, never an edit. */
  readonly version: number;
  readonly scale: SurveyScale;
  readonly aspects: readonly AspectEntry[];
}

/** `{ "min": 1, "max": 5, "satisfied": [4, 5] }`: whole answers from min to max; `satisfied` count as satisfied. */
export interface SurveyScale {
  readonly min: number;
  readonly max: number;
  readonly satisfied: readonly number[];
}

/** An aspect (yếu tố) of the service surveyed, e.g. "Tiếp cận dịch vụ", with its questions. */
export interface AspectEntry {
  readonly code: string;
  readonly title: string;
  readonly questions: readonly QuestionEntry[];
}

/** A question's code is how a responses file names it (`question` column); unique in the questionnaire. */
export interface QuestionEntry {
  readonly code: string;
  readonly text: string;
}

/** A criterion (a scored leaf) each unit of `group` earns points on from its index. */
export interface ScoringEntry {
  readonly criterion: string;
  readonly group: string;
  /**
   * Optional: the code of one of the questionnaire's aspects. The leaf then takes the unit's index on that
   * aspect rather than its overall index (the sociological survey scores each field's criterion from its own
   * block of questions).
   */
  readonly aspect?: string;
}
