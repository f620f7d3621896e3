import type { AuditStage, AuditSubject } from './audit-entry.entity';

/** One value a leaf (or a bonus or deduction) took: who, in which role, when, why, on what evidence. */
export interface AuditTrailEntry {
  readonly criterion: string | null;
  readonly subject: AuditSubject;
  readonly stage: AuditStage;
  readonly from: string | null;
  readonly to: string | null;
  readonly actor: string;
  readonly role: string;
  readonly actorUnitId: string | null;
  /** ISO-8601. */
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly reason: string | null;
  readonly note: string | null;
  readonly evidence: readonly unknown[] | null;
  readonly votes: Record<string, number> | null;
  readonly decision: string | null;
  /** `sha256:…` of the file the value was imported from (a past cycle as published); null when given live. */
  readonly importedFrom: string | null;
}
