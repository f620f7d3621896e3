import { parseCycleFile, writeCycleFile } from '@par/contracts';
import { CliError, logToStderr } from '../cli/cli-error';
import { openEmbeddedPlatform } from '../embedded/embedded-platform';
import { cycleFromLogs } from './cycle-from-logs';

/** `par export <cycleId>`: the cycle in the interchange format on stdout, read from the logs. */
export async function exportCommand({ cycleId, dataDir }: { cycleId: string; dataDir: string }): Promise<void> {
  const platform = await openEmbeddedPlatform(dataDir, logToStderr);
  try {
    const file = await cycleFromLogs(platform.stores, cycleId, logToStderr);
    // What we write must be what we would import: checked by the same rules before it leaves.
    const checked = parseCycleFile(JSON.parse(writeCycleFile(file)));
    if (!checked.ok) throw new CliError(`the export of ${cycleId} would not import: ${checked.errors.map((error) => error.message).join('; ')}`);
    process.stdout.write(writeCycleFile(checked.value));
  } finally {
    await platform.close();
  }
}
