import { ProblemError } from '../problems/problem';
import type { CycleTransfer } from './cycle-transfer.port';

const WAY_IN: Record<'import' | 'export', string> = {
  import: '`par import <file>` (npm run par -- import <file>)',
  export: '`par export <cycleId>` (npm run par -- export <cycleId>)',
};

/**
 * The transfer the composition provided, or a 501 saying how to do the same without it: distributed mode
 * runs no importer behind the gateway, the `par` command line on the platform's data does the work.
 */
export function providedTransfer(transfer: CycleTransfer | undefined, work: 'import' | 'export'): CycleTransfer {
  if (transfer) return transfer;
  throw new ProblemError(501, 'TRANSFER_NOT_AVAILABLE', `Cycle files are not ${work}ed over HTTP in this mode; use ${WAY_IN[work]} instead`);
}
