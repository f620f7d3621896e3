import type { EvidenceData, SelfAssessmentEvent } from './self-assessment.events';

export interface DraftScore {
  readonly criterion: string;
  /** 2-place string, as recorded. */
  readonly points: string;
  readonly evidence: readonly EvidenceData[];
  readonly note: string | null;
}

export interface SelfAssessmentState {
  /** A stream starts as a draft with the first score; submission locks it, a reopening unlocks it. */
  readonly status: 'draft' | 'submitted';
  readonly scores: ReadonlyMap<string, DraftScore>;
  /** How many times it was submitted. */
  readonly submissions: number;
  /** Once reopened, the due date no longer bars a resubmission: the province chose to let it in late. */
  readonly reopened: boolean;
}

export function initialSelfAssessmentState(): SelfAssessmentState {
  return { status: 'draft', scores: new Map(), submissions: 0, reopened: false };
}

export function evolveSelfAssessment(state: SelfAssessmentState, event: SelfAssessmentEvent): SelfAssessmentState {
  switch (event.type) {
    case 'CriterionSelfScored': {
      const { criterion, points, evidence, note } = event.data;
      return { ...state, scores: new Map(state.scores).set(criterion, { criterion, points, evidence, note }) };
    }
    case 'SelfScoreCleared': {
      const scores = new Map(state.scores);
      scores.delete(event.data.criterion);
      return { ...state, scores };
    }
    case 'SelfAssessmentSubmitted':
      return { ...state, status: 'submitted', submissions: event.data.submission };
    case 'SelfAssessmentReopened':
      return { ...state, status: 'draft', reopened: true };
    default:
      // A type this reader does not know (written by a newer version) leaves the state as it is.
      return state;
  }
}
