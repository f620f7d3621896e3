import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditTrailReader } from '../projections/audit-trail/audit-trail.reader';
import type { AuditTrailEntry } from '../projections/audit-trail/audit-trail-entry';
import { GetAuditTrailQuery } from './get-audit-trail.query';

@QueryHandler(GetAuditTrailQuery)
export class GetAuditTrailHandler implements IQueryHandler<GetAuditTrailQuery, AuditTrailEntry[]> {
  constructor(private readonly trail: AuditTrailReader) {}

  execute({ cycleId, unitId, criterion }: GetAuditTrailQuery): Promise<AuditTrailEntry[]> {
    return this.trail.load(cycleId, unitId, criterion);
  }
}
