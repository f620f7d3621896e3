import { rankByField, type ResultsDocument } from '@par/contracts';
import { GetResultsQuery } from '@par/ranking';
import { cutShort } from '@par/domain';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform, Platform } from '../platform/platform';
import { formatFieldRanking } from './field-ranking-formats';
import { formatResults, ResultsFormat } from './results-formats';

export interface ResultsOptions {
  cycleId: string;
  group?: string;
  /** Rank by this field's component index instead of the PAR index. */
  field?: string;
  format: ResultsFormat;
  dataDir: string;
}

/** `par results`: the ranking service's results, once every consumer has caught up with the logs. */
export async function resultsCommand({ cycleId, group, field, format, dataDir }: ResultsOptions): Promise<void> {
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    const results = await cycleResults(platform, cycleId, group);
    if (field === undefined) {
      process.stdout.write(formatResults(results, format));
      return;
    }
    const ranking = rankByField(results, field);
    if (ranking === null)
      throw new CliError(`--field: cycle ${cycleId} has no field "${cutShort(field, 40)}"${group === undefined ? '' : ` in group "${group}"`}`);
    process.stdout.write(formatFieldRanking(ranking, format));
  } finally {
    await platform.close();
  }
}

export async function cycleResults(platform: Platform, cycleId: string, group?: string): Promise<ResultsDocument> {
  await platform.caughtUp();
  const dead = Object.entries(await platform.deadLetters()).filter(([, count]) => count > 0);
  if (dead.length > 0)
    throw new CliError(
      `read models are incomplete: consumers gave up on events (${dead.map(([service, count]) => `${count} in ${service}.dead_letters`).join(', ')})`,
    );
  const results = await platform.queries.execute(new GetResultsQuery(cycleId, group)).catch((error: unknown) => {
    throw new CliError(`results of ${cycleId}: ${(error as Error).message}`);
  });
  if (group !== undefined && results.groups.length === 0) throw new CliError(`cycle ${cycleId} has no group "${group}"`);
  return results;
}
