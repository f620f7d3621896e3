import type { ResultsDocument } from '@par/contracts';
import { GetResultsQuery } from '@par/ranking';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform, Platform } from '../platform/platform';
import { formatResults, ResultsFormat } from './results-formats';

export interface ResultsOptions {
  cycleId: string;
  group?: string;
  format: ResultsFormat;
  dataDir: string;
}

/** `par results`: the ranking service's results, once every consumer has caught up with the logs. */
export async function resultsCommand({ cycleId, group, format, dataDir }: ResultsOptions): Promise<void> {
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    process.stdout.write(formatResults(await cycleResults(platform, cycleId, group), format));
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
