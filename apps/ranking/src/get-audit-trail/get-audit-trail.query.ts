import { Query } from '@nestjs/cqrs';
import type { AuditTrailEntry } from '../projections/audit-trail/audit-trail-entry';

/** "Why is our 87.91 not our 97.14?": every value of a unit's leaves (or of one criterion), in order. */
export class GetAuditTrailQuery extends Query<AuditTrailEntry[]> {
  constructor(
    readonly cycleId: string,
    readonly unitId: string,
    readonly criterion?: string,
  ) {
    super();
  }
}
