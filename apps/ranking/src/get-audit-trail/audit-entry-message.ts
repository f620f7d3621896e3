import type { RpcReply } from '@par/contracts';
import type { AuditTrailEntry } from '../projections/audit-trail/audit-trail-entry';

type AuditEntryMessage = NonNullable<RpcReply<'ranking', 'GetAuditTrail'>['entries']>[number];

/** As the evidence was given: a self score's (fileRef) or an explanation's (fileId). */
interface EvidenceItem {
  title?: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileRef?: string;
  fileId?: string;
}

/** An audit entry in ranking.proto's shape: what the entry does not have is left unset, votes outside the council stage too. */
export function auditEntryMessage(entry: AuditTrailEntry): AuditEntryMessage {
  return {
    stage: entry.stage,
    subject: entry.subject,
    criterion: entry.criterion ?? undefined,
    fromPoints: entry.from ?? undefined,
    toPoints: entry.to ?? undefined,
    actor: entry.actor,
    role: entry.role,
    actorUnitId: entry.actorUnitId ?? undefined,
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
    reason: entry.reason ?? undefined,
    note: entry.note ?? undefined,
    evidence: ((entry.evidence ?? []) as EvidenceItem[]).map((item) => ({
      title: item.title ?? '',
      documentNo: item.documentNo,
      date: item.date,
      section: item.section,
      // Self scores name their file fileRef, explanations fileId: one id of the file store either way.
      fileRef: item.fileRef ?? item.fileId,
    })),
    votes: entry.votes
      ? { for: entry.votes.for ?? 0, against: entry.votes.against ?? 0, abstain: entry.votes.abstain ?? 0, members: entry.votes.members ?? 0 }
      : null,
    decision: entry.decision ?? undefined,
    importedFrom: entry.importedFrom ?? undefined,
  };
}
