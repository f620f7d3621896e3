import { type CycleFile, parseCycleFile, writeCycleFile } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { CliError } from '../cli/cli-error';
import { cycleFromLogs } from './cycle-from-logs';

/** The cycle read back from the logs, checked by the import's own rules: what we write must be what we would import. */
export async function cycleFile(
  logs: { submissions: EventStore; appraisal: EventStore; ranking: EventStore; survey: EventStore },
  cycleId: string,
  warn: (line: string) => void,
): Promise<CycleFile> {
  const file = await cycleFromLogs(logs, cycleId, warn);
  const checked = parseCycleFile(JSON.parse(writeCycleFile(file)));
  if (!checked.ok) throw new CliError(`the export of ${cycleId} would not import: ${checked.errors.map((error) => error.message).join('; ')}`);
  return checked.value;
}
