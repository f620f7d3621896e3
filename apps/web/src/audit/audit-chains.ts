import type { AuditEntry } from './audit.api';

/** Every value one leaf (or the unit's bonus, or its deductions) took, oldest first. */
export interface AuditChain {
  key: string;
  subject: AuditEntry['subject'];
  criterion: string | null;
  entries: AuditEntry[];
  /** More happened than the unit's own scoring: appraised, explained, decided, set by a survey or corrected. */
  changed: boolean;
}

/**
 * The trail cut into one chain per leaf, in the criteria's order (7.5 before 7.10), bonus and deductions last. The
 * entries keep the gateway's order (when each happened, a self score before its appraisal).
 */
export function chainsOf(entries: readonly AuditEntry[]): AuditChain[] {
  const chains = new Map<string, AuditChain>();
  for (const entry of entries) {
    const key = `${entry.subject}:${entry.criterion ?? ''}`;
    const chain = chains.get(key) ?? { key, subject: entry.subject, criterion: entry.criterion, entries: [], changed: false };
    chain.entries.push(entry);
    chains.set(key, chain);
  }
  for (const chain of chains.values()) chain.changed = chain.entries.some((entry) => entry.stage !== 'self') || selfValues(chain) > 1;
  return [...chains.values()].sort(byCriteriaOrder);
}

/** A unit that scored a leaf twice changed its value too. */
function selfValues(chain: AuditChain): number {
  return chain.entries.filter((entry) => entry.stage === 'self').length;
}

const SUBJECT_ORDER: Record<AuditEntry['subject'], number> = { leaf: 0, bonus: 1, deduction: 2 };

function byCriteriaOrder(a: AuditChain, b: AuditChain): number {
  return SUBJECT_ORDER[a.subject] - SUBJECT_ORDER[b.subject] || compareCodes(a.criterion ?? '', b.criterion ?? '');
}

/** Criterion codes part by part, numbers as numbers: 7.5 < 7.10 < 8.1. */
function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** The campaign a survey stage's reason names ("Khảo sát sipas-2025: chỉ số 81,50 %, …", written by the ranking service). */
export function campaignOf(entry: AuditEntry): string | null {
  if (entry.stage !== 'survey' || !entry.reason) return null;
  return /^Khảo sát (\S+):/.exec(entry.reason)?.[1] ?? null;
}
