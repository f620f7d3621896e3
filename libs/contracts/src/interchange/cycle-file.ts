import type { AssessmentSource, PointsInput, ScoringMethodInput } from '@par/domain';
import type { CampaignKind } from '../surveys/campaign/campaign-file';

/**
 * The cycle file of INTERCHANGE.md (`"format": "par-interchange/1"`): one whole cycle, as provinces
 * migrate it, the national level receives it and `par import` / `par export` read and write it.
 * A fixed contract: it grows only by new optional fields. Points arrive as JSON numbers or strings
 * ("87.64"); `writeCycleFile` always writes strings with exactly 2 places.
 */
export const CYCLE_FILE_FORMAT = 'par-interchange/1';

export interface CycleFile {
  readonly format: typeof CYCLE_FILE_FORMAT;
  readonly cycle: CycleHeader;
  readonly criteriaSets: readonly CriteriaSetEntry[];
  readonly groups: readonly GroupEntry[];
  readonly units: readonly UnitEntry[];
  readonly selfAssessments?: readonly SelfAssessmentEntry[];
  readonly appraisals?: readonly AppraisalEntry[];
  /** v1.1: the survey campaigns' results per unit, as applied to the survey-held leaves; export and import keep them. */
  readonly surveys?: readonly SurveyResultsEntry[];
  /** v1.1: the decision that published the results; the import ends by publishing them as it. */
  readonly decision?: DecisionEntry;
}

/**
 * v1.1: when a value was given, as the file states it: an ISO 8601 date ("2022-11-15", that day in
 * Vietnam) or a date-time with its offset ("2022-11-15T09:30:00+07:00"). Absent: the recording time.
 */
export type FileTime = string;

/** v1.1: the published decision (quyết định công bố): `{ "number": "35/QĐ-UBND", "date": "2023-01-27", "signedBy": "Chủ tịch UBND tỉnh" }`. */
export interface DecisionEntry {
  readonly number: string;
  /** ISO calendar date, YYYY-MM-DD. */
  readonly date: string;
  readonly signedBy?: string;
}

export interface CycleHeader {
  readonly id: string;
  readonly year: number;
  readonly title: string;
  /** The evaluating organisation (a province's People's Committee, a district, the ministry). */
  readonly evaluator: string;
  readonly thresholds: readonly ThresholdEntry[];
}

/** `{ "class": "KHA", "label": "Khá", "minIndex": 65 }`: the lowest rounded index earning the class. */
export interface ThresholdEntry {
  readonly class: string;
  readonly label: string;
  readonly minIndex: number | string;
}

export interface CriteriaSetEntry {
  readonly id: string;
  readonly criteria: readonly CriterionEntry[];
}

/** A field, criterion or sub-criterion; only leaves (no `children`) carry maxPoints, method and source. */
export interface CriterionEntry {
  readonly code: string;
  readonly title: string;
  readonly maxPoints?: PointsInput | null;
  readonly method?: ScoringMethodInput | null;
  readonly source?: AssessmentSource | null;
  readonly children?: readonly CriterionEntry[] | null;
}

export interface GroupEntry {
  readonly id: string;
  readonly name: string;
  /** Id of the criteria set its units are scored on. */
  readonly criteriaSet: string;
  /** When given, replaces the cycle's thresholds for this group. */
  readonly thresholds?: readonly ThresholdEntry[] | null;
}

export interface UnitEntry {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  /** The unit above it (province → district → commune); null at the top. */
  readonly parent?: string | null;
}

export interface SelfAssessmentEntry {
  readonly unit: string;
  readonly submittedBy?: string;
  /** v1.1: when the unit submitted: the time of its self scores in the audit. */
  readonly submittedAt?: FileTime;
  readonly scores: readonly SelfScoreEntry[];
}

export interface SelfScoreEntry {
  readonly criterion: string;
  readonly points: PointsInput;
  readonly note?: string;
  readonly evidence?: readonly EvidenceEntry[];
}

/** A document proving a criterion: "Kế hoạch 12/KH-STP" of 2025-01-10. */
export interface EvidenceEntry {
  readonly title: string;
  readonly documentNo?: string;
  /** ISO calendar date, YYYY-MM-DD. */
  readonly date?: string;
  /** Extension: the section or page that proves the criterion, e.g. "mục II.3, tr. 4" (DOMAIN.md). */
  readonly section?: string;
}

export interface AppraisalEntry {
  readonly unit: string;
  readonly appraiser?: string;
  /** Leaves not listed keep the unit's self score (accepted as is). */
  readonly scores: readonly AppraisalScoreEntry[];
  readonly bonus?: readonly AdjustmentEntry[];
  readonly deductions?: readonly AdjustmentEntry[];
  readonly explanations?: readonly ExplanationEntry[];
  readonly final?: boolean;
  /** v1.1: when the appraiser appraised (and sent the result): the time of the appraised values. */
  readonly appraisedAt?: FileTime;
  /** v1.1: when the council finalized the appraisal: the time of its decisions. */
  readonly finalizedAt?: FileTime;
  /** Extension: who chaired the council that decided the explanations and finalized the appraisal. */
  readonly councilChair?: string;
}

/** Either points, or `applicable: false` (the leaf leaves both the achieved points and the max). */
export interface AppraisalScoreEntry {
  readonly criterion: string;
  readonly points?: PointsInput;
  readonly applicable?: boolean;
  /** Required when the points differ from the self score, and for `applicable: false`. */
  readonly reason?: string;
}

/** A bonus (điểm thưởng) or deduction (điểm trừ): a positive amount and why. */
export interface AdjustmentEntry {
  readonly points: PointsInput;
  readonly reason?: string;
}

export type ExplanationDecision = 'upheld' | 'changed';

/** The unit's explanation (giải trình) of an appraised leaf and the council's decision on it. */
export interface ExplanationEntry {
  readonly criterion: string;
  readonly text?: string;
  /** Extension: the new evidence the unit filed with its explanation. */
  readonly evidence?: readonly EvidenceEntry[];
  readonly decision: ExplanationDecision;
  /** The leaf's final points when the decision is `changed`. */
  readonly points?: PointsInput;
  readonly reason?: string;
  /** v1.1: when the unit filed the explanation. */
  readonly at?: FileTime;
  /** Extension: the council's vote; absent, an import records a unanimous council of 7. */
  readonly votes?: CouncilVoteEntry;
}

/** A council's vote: decided when `for` is more than half of ALL `members`. */
export interface CouncilVoteEntry {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly members: number;
}

/**
 * v1.1: one survey campaign of the cycle (SIPAS, the sociological survey, PAPI, DGI) and what it gave each
 * unit: `{ "campaign": "sipas-2025", "kind": "SIPAS", "title": "Khảo sát SIPAS 2025", "results": [ … ] }`.
 * Aggregates only: the responses stay with the survey service.
 */
export interface SurveyResultsEntry {
  /** The campaign's id, unique among the file's surveys. */
  readonly campaign: string;
  readonly kind: CampaignKind;
  readonly title: string;
  readonly results: readonly SurveyResultEntry[];
}

/**
 * A unit's result on one survey-held leaf (`"source": "survey"`), at most once per campaign. `points` need
 * not be maxPoints × index / 100: a published record may have followed the province's own rule. When
 * several campaigns give the same leaf a value, the one applied latest is in force (`surveyValueInForce`)
 * and replaces whatever the appraisal or the council gave the leaf.
 */
export interface SurveyResultEntry {
  readonly unit: string;
  readonly criterion: string;
  /** Distinct people who answered for the unit. */
  readonly respondents: number;
  /** Answers given (empty answers not counted). */
  readonly answers: number;
  /** The unit's index: a percentage from 0 to 100 with at most 2 places, a number or a string ("87.50"). */
  readonly index: number | string;
  /** The leaf's points, judged as a self or appraised value is (≤ max, ≥ 0, 2 places, on the method's step). */
  readonly points: PointsInput;
  /** When the points were applied; absent: the time the import records them, later than any given one. */
  readonly appliedAt?: FileTime;
}
