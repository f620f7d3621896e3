import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { READ_MODELS } from '../../infrastructure/ranking.tokens';
import { AuditEntryRow } from './audit-entry.entity';
import type { AuditTrailEntry } from './audit-trail-entry';

/** Source order breaks ties of the same instant: a self score precedes its appraisal, and both the survey's value. */
const SOURCE_ORDER = `CASE entry.source WHEN 'submissions' THEN 0 WHEN 'appraisal' THEN 1 WHEN 'survey' THEN 2 ELSE 3 END`;

/** A unit's trail (or one criterion's), ordered by occurredAt, recordedAt, source, stream version. */
@Injectable()
export class AuditTrailReader {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  async load(cycleId: string, unitId: string, criterion?: string): Promise<AuditTrailEntry[]> {
    const query = this.readModels
      .getRepository(AuditEntryRow)
      .createQueryBuilder('entry')
      .where('entry.cycleId = :cycleId AND entry.unitId = :unitId', { cycleId, unitId });
    if (criterion !== undefined) query.andWhere('entry.criterion = :criterion', { criterion });
    const rows = await query
      .orderBy('entry.occurredAt', 'ASC')
      .addOrderBy('entry.recordedAt', 'ASC')
      .addOrderBy(SOURCE_ORDER, 'ASC')
      .addOrderBy('entry.streamVersion', 'ASC')
      .addOrderBy('entry.item', 'ASC')
      .getMany();
    return rows.map((row) => ({
      criterion: row.criterion,
      subject: row.subject,
      stage: row.stage,
      from: row.fromPoints,
      to: row.toPoints,
      actor: row.actor,
      role: row.role,
      actorUnitId: row.actorUnitId,
      occurredAt: row.occurredAt.toISOString(),
      recordedAt: row.recordedAt.toISOString(),
      reason: row.reason,
      note: row.note,
      evidence: row.evidence,
      votes: row.votes,
      decision: row.decision,
      importedFrom: row.importedFrom,
    }));
  }
}
