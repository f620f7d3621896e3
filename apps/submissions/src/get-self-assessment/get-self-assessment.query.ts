import { Query } from '@nestjs/cqrs';
import type { EvidenceData } from '../domain/contracts';

export interface LeafScoreView {
  criterion: string;
  title: string;
  maxPoints: string;
  source: string;
  applicable: boolean;
  /** Absent: the unit has not scored this leaf. */
  points?: string;
  evidence: EvidenceData[];
  /** Absent: no note. */
  note?: string;
}

export interface SelfAssessmentView {
  cycleId: string;
  unitId: string;
  status: 'draft' | 'submitted';
  submissions: number;
  leaves: LeafScoreView[];
}

/** A unit's sheet: every leaf of its set with the unit's draft (or submitted) score, evidence and note. */
export class GetSelfAssessmentQuery extends Query<SelfAssessmentView> {
  constructor(
    readonly cycleId: string,
    readonly unitId: string,
  ) {
    super();
  }
}
