import { GetAuditTrailQuery } from '@par/ranking';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform, Platform } from '../platform/platform';
import { cycleResults } from '../results/results.command';
import { textTable } from '../results/results-formats';

export const AUDIT_FORMATS = ['table', 'json'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

export interface AuditOptions {
  cycleId: string;
  unitId: string;
  criterion?: string;
  format: AuditFormat;
  dataDir: string;
}

/** One value a leaf (or the unit's bonus or deduction) took. `points` is the value it took; null: not applicable, or no value (an explanation). */
export interface AuditLine {
  criterion: string | null;
  subject: string;
  stage: string;
  points: string | null;
  from: string | null;
  actor: string;
  role: string;
  /** When the value was given (a past cycle's: the file's time); recordedAt: when the log recorded it. */
  time: string;
  recordedAt: string;
  /** `sha256:…` of the file the value was imported from; null when given live. */
  importedFrom: string | null;
  reason: string | null;
  note: string | null;
  evidence: readonly unknown[] | null;
  votes: Record<string, number> | null;
  decision: string | null;
}

export interface AuditDocument {
  cycle: string;
  unit: string;
  criterion: string | null;
  entries: AuditLine[];
}

/** `par audit`: every value a unit's leaves took, in order, from the ranking service's audit trail. */
export async function auditCommand({ cycleId, unitId, criterion, format, dataDir }: AuditOptions): Promise<void> {
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    const audit = await auditTrail(platform, cycleId, unitId, criterion);
    process.stdout.write(format === 'json' ? `${JSON.stringify(audit, null, 2)}\n` : auditTable(audit));
  } finally {
    await platform.close();
  }
}

export async function auditTrail(platform: Platform, cycleId: string, unitId: string, criterion?: string): Promise<AuditDocument> {
  const results = await cycleResults(platform, cycleId);
  if (!results.groups.some((group) => group.results.some((row) => row.unit === unitId))) throw new CliError(`cycle ${cycleId} has no unit "${unitId}"`);
  const entries = await platform.queries.execute(new GetAuditTrailQuery(cycleId, unitId, criterion));
  return {
    cycle: cycleId,
    unit: unitId,
    criterion: criterion ?? null,
    entries: entries.map((entry) => ({
      criterion: entry.criterion,
      subject: entry.subject,
      stage: entry.stage,
      points: entry.to,
      from: entry.from,
      actor: entry.actor,
      role: entry.role,
      time: entry.occurredAt,
      recordedAt: entry.recordedAt,
      importedFrom: entry.importedFrom,
      reason: entry.reason,
      note: entry.note,
      evidence: entry.evidence,
      votes: entry.votes,
      decision: entry.decision,
    })),
  };
}

function auditTable(audit: AuditDocument): string {
  const title = `${audit.cycle} — ${audit.unit}${audit.criterion ? `, criterion ${audit.criterion}` : ''}: ${audit.entries.length} value(s)\n`;
  const rows = audit.entries.map((entry) => [
    entry.subject === 'leaf' ? entry.criterion : `${entry.subject}${entry.criterion ? ` (${entry.criterion})` : ''}`,
    entry.stage,
    entry.stage === 'explanation' ? '' : `${entry.from ?? ''}${entry.from !== null || entry.stage !== 'self' ? ' → ' : ''}${entry.points ?? 'n/a'}`,
    `${entry.actor} (${entry.role})`,
    entry.time,
    entry.recordedAt === entry.time ? '' : entry.recordedAt,
    entry.importedFrom ? `imported ${entry.importedFrom.slice(0, 19)}…` : 'live',
    [entry.decision, entry.reason ?? entry.note, entry.votes ? `votes ${entry.votes.for}/${entry.votes.members}` : null].filter(Boolean).join(' — '),
  ]);
  return `${title}${textTable(['criterion', 'stage', 'points', 'actor', 'time', 'recorded', 'source', 'reason'], rows)}`;
}
