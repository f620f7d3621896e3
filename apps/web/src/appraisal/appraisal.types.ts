// The gateway's JSON shapes this screen reads (apps/gateway/src/appraisal, queries, ranking): the source of truth is
// its OpenAPI document; the browser bundles none of the server's code, so the shapes are restated here.

export type AppraisalPhase = 'notStarted' | 'appraising' | 'resultSent' | 'finalized';

/** GET /cycles/{cycleId}/appraisals */
export interface AppraisalQueue {
  cycle: string;
  units: { unitId: string; phase: AppraisalPhase; selfSubmitted: boolean }[];
}

export interface SheetLeaf {
  criterion: string;
  title: string;
  maxPoints: string;
  notApplicableBySetup: boolean;
  /** null: the unit did not score the leaf. */
  selfPoints: string | null;
  /** The current value; null: not applicable. */
  points: string | null;
  applicable: boolean;
  reviewed: boolean;
  explanation: 'none' | 'open' | 'resolved';
}

export interface SheetAdjustment {
  id: string;
  kind: 'bonus' | 'deduction';
  points: string;
  reason: string;
  criterion: string | null;
  ref: string | null;
  removed: boolean;
}

/** GET /cycles/{cycleId}/units/{unitId}/appraisal */
export interface AppraisalSheet {
  cycleId: string;
  unitId: string;
  phase: Exclude<AppraisalPhase, 'notStarted'>;
  sentAt: string | null;
  explanationDeadline: string | null;
  finalizedAt: string | null;
  version: number;
  leaves: SheetLeaf[];
  adjustments: SheetAdjustment[];
}

export interface Evidence {
  title: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileRef?: string;
}

/** GET /cycles/{cycleId}/units/{unitId}/self-assessment: the unit's claim per leaf, with its evidence and note. */
export interface SelfAssessment {
  status: 'draft' | 'submitted';
  leaves: { criterion: string; points: string | null; evidence: Evidence[]; note: string | null }[];
}

/** GET /cycles/{cycleId}/units/{unitId}/audit: the parts the council reads (the unit's explanations). */
export interface AuditTrail {
  entries: {
    stage: 'self' | 'appraisal' | 'explanation' | 'council' | 'survey' | 'correction';
    criterion: string | null;
    actor: string;
    occurredAt: string;
    note: string | null;
    evidence: Evidence[];
  }[];
}

/** What every command answers (CommandResult): the appraisal stream's version after it. */
export interface CommandResult {
  streamId: string;
  version: number;
  eventsAppended: number;
}
