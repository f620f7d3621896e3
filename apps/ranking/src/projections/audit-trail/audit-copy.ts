import type { PoolClient } from 'pg';
import { table } from '../../infrastructure/ranking-schema';
import { copyIn } from '../copy-rows';
import { AUDIT_COLUMNS } from './audit-writer';

/**
 * The audit rows of a rebuild's batch (copyText of collectAudit's rows), by COPY: none of them can be there
 * yet (each event is applied once, and a rebuild starts from empty tables), so the ON CONFLICT of the live
 * insert has nothing to skip. Should one be there all the same (an event id in two logs), the batch fails
 * and is applied event by event, as live.
 */
export function copyAuditRows(tx: PoolClient, text: string): Promise<void> {
  return copyIn(tx, table('audit_entries'), AUDIT_COLUMNS, text);
}
