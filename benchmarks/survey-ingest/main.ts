/**
 * `npm run bench -- survey-ingest [--rows 1000000] [--units 150]`: a million SIPAS answers over 150 units,
 * ingested from a CSV file by `par survey import` into a fresh embedded database, then the indices by
 * `par survey results`; one JSON line.
 *
 * `rowsPerSecond` is rows accepted over the import's time by the survey log's own clock (see ingestSeconds);
 * `peakRssBytes` and `timings` are what the `par survey import` process reports of itself in its summary
 * (target: ≥ 50,000 rows/s within 512 MB on 2 cores).
 * Beside it, the ceiling: a plain COPY of the same rows, as ready-made text, into an unindexed table of the
 * same shape on the same database (`copyRowsPerSecond`, and `ratio` = ours / COPY's).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCycleFile } from '@par/contracts';
import { BENCH_CAMPAIGN, benchCampaignFile, benchCycleFile } from './bench-cycle';
import { withBenchDatabase } from './bench-database';
import { copyCeiling, ingestSeconds } from './copy-ceiling';
import { runPar } from './par-process';
import { writeResponsesCsv } from './responses-file';

const USAGE = 'usage: npm run bench -- survey-ingest [--rows 1000000] [--units 150]\n';

function option(argv: readonly string[], name: string, fallback: number): number | undefined {
  const at = argv.indexOf(name);
  if (at === -1) return fallback;
  const value = Number(argv[at + 1]);
  return Number.isSafeInteger(value) && value >= 1 ? value : undefined;
}

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

export async function main(argv: readonly string[]): Promise<number> {
  const rows = option(argv, '--rows', 1_000_000);
  const units = option(argv, '--units', 150);
  if (rows === undefined || units === undefined) {
    process.stderr.write(USAGE);
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'par-bench-survey-'));
  const dataDir = join(work, 'data');
  try {
    const cycleFile = join(work, 'cycle.json');
    const campaignFile = join(work, 'campaign.json');
    const responsesFile = join(work, 'responses.csv');
    writeFileSync(cycleFile, writeCycleFile(benchCycleFile(units)));
    writeFileSync(campaignFile, JSON.stringify(benchCampaignFile(), null, 2));
    const csv = writeResponsesCsv(responsesFile, rows, units);
    process.stderr.write(`survey-ingest: ${rows} answers over ${units} units (${round(csv.bytes / 2 ** 20, 1)} MB of CSV) into a fresh embedded database …\n`);
    await runPar(['import', cycleFile], dataDir);
    const imported = await runPar(['survey', 'import', campaignFile, responsesFile], dataDir);
    const summary = JSON.parse(imported.stdout) as { batch: string; accepted: number; rejected: number; timings: Record<string, number>; peakRssBytes: number };
    const results = await runPar(['survey', 'results', BENCH_CAMPAIGN, '--format', 'json'], dataDir);
    const unitsWithIndex = (JSON.parse(results.stdout) as { units: { index: string | null }[] }).units.filter((unit) => unit.index !== null).length;
    const { seconds, ceiling } = await withBenchDatabase(dataDir, async (client) => ({
      seconds: await ingestSeconds(client, BENCH_CAMPAIGN),
      ceiling: await copyCeiling(client, rows, units),
    }));
    const rowsPerSecond = summary.accepted / seconds;
    const copyRowsPerSecond = ceiling.rows / ceiling.seconds;
    process.stdout.write(
      `${JSON.stringify({
        bench: 'survey-ingest',
        rows: summary.accepted,
        rejected: summary.rejected,
        units,
        rowsPerSecond: Math.round(rowsPerSecond),
        ingestSeconds: round(seconds, 3),
        peakRssBytes: summary.peakRssBytes,
        importWallSeconds: round(imported.wallSeconds),
        timings: summary.timings,
        copyRowsPerSecond: Math.round(copyRowsPerSecond),
        copySeconds: round(ceiling.seconds, 3),
        ratio: round(rowsPerSecond / copyRowsPerSecond, 3),
        resultsWallSeconds: round(results.wallSeconds),
        unitsWithIndex,
      })}\n`,
    );
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
