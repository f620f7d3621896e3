import type { AuditTrailEntry } from '../queries/get-audit-trail.query';

// An audit entry in ranking.proto's shape: '' for absent texts, votes unset outside the council stage.

interface EvidenceItem {
  title?: string;
  documentNo?: string;
  date?: string;
  section?: string;
  fileRef?: string;
  fileId?: string;
}

export function auditEntryMessage(entry: AuditTrailEntry) {
  return {
    stage: entry.stage,
    subject: entry.subject,
    criterion: entry.criterion ?? '',
    fromPoints: entry.from ?? '',
    toPoints: entry.to ?? '',
    actor: entry.actor,
    role: entry.role,
    actorUnitId: entry.actorUnitId ?? '',
    occurredAt: entry.occurredAt,
    recordedAt: entry.recordedAt,
    reason: entry.reason ?? '',
    note: entry.note ?? '',
    evidence: ((entry.evidence ?? []) as EvidenceItem[]).map((item) => ({
      title: item.title ?? '',
      documentNo: item.documentNo ?? '',
      date: item.date ?? '',
      section: item.section ?? '',
      // Self scores name their file fileRef, explanations fileId: one id of the file store either way.
      fileRef: item.fileRef ?? item.fileId ?? '',
    })),
    votes: entry.votes ? { for: entry.votes.for ?? 0, against: entry.votes.against ?? 0, abstain: entry.votes.abstain ?? 0, members: entry.votes.members ?? 0 } : null,
    decision: entry.decision ?? '',
  };
}
