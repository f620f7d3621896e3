import { writeCycleFile } from '@par/contracts';
import { writeCycleWorkbook } from '@par/cycle-workbook';
import { CliError, logToStderr } from '../cli/cli-error';
import { openEmbeddedPlatform } from '../embedded/embedded-platform';
import { cycleFile } from './cycle-file-of';

export const EXPORT_FORMATS = ['json', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** `par export <cycleId> [--format json|xlsx]`: the cycle in the interchange format on stdout, read from the logs. */
export async function exportCommand({ cycleId, format, dataDir }: { cycleId: string; format: ExportFormat; dataDir: string }): Promise<void> {
  // A workbook is bytes, not text: into a file, never onto a terminal.
  if (format === 'xlsx' && process.stdout.isTTY) throw new CliError(`an XLSX export is binary: redirect it to a file, e.g. > ${cycleId}.xlsx`, 2);
  const platform = await openEmbeddedPlatform(dataDir, logToStderr);
  try {
    const file = await cycleFile(platform.stores, cycleId, logToStderr);
    process.stdout.write(format === 'xlsx' ? await writeCycleWorkbook(file) : writeCycleFile(file));
  } finally {
    await platform.close();
  }
}
