import { readFileSync } from 'node:fs';
import { GetPublishedTrendQuery, type PublishedTrendView, RecordPublishedIndexCommand } from '@par/survey';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform } from '../platform/platform';
import { textTable } from '../results/results-formats';
import { SURVEY_ADMIN } from './survey-import.command';
import { surveyStep } from './survey-step';

/**
 * `par survey published <file.json> [--reason R]`: a province's published PAPI or DGI figures of one year
 * (`par-published-index/1`). The same file again records nothing; other figures for a year already recorded
 * are a correction and need a reason. Prints `{ stream, revision, recorded }`.
 */
export async function surveyPublishedCommand({ file, reason, dataDir }: { file: string; reason?: string; dataDir: string }) {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: not a readable JSON file (${(error as Error).message})`);
  }
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    const issued = await surveyStep(`recording ${file}`, () => platform.commands.execute(new RecordPublishedIndexCommand(document, SURVEY_ADMIN, reason)));
    await platform.caughtUp();
    process.stdout.write(`${JSON.stringify({ stream: issued.streamId, revision: issued.version, recorded: issued.events.length > 0 })}\n`);
  } finally {
    await platform.close();
  }
}

/** `par survey trend <province> [--kind PAPI|DGI] [--format table|json]`: each dimension's score per year, and each year's total. */
export async function surveyTrendCommand({ province, kind, format, dataDir }: { province: string; kind?: string; format: 'table' | 'json'; dataDir: string }) {
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    await platform.caughtUp();
    const trend = await surveyStep(`trend of ${province}`, () => platform.queries.execute(new GetPublishedTrendQuery(province, kind)));
    process.stdout.write(format === 'json' ? `${JSON.stringify(trend, null, 2)}\n` : trendTable(trend));
  } finally {
    await platform.close();
  }
}

function trendTable(trend: PublishedTrendView): string {
  return trend.indices
    .map((index) => {
      const years = index.years.map((year) => year.year);
      const cell = (points: readonly { year: number; score: string }[], year: number) => points.find((point) => point.year === year)?.score ?? '—';
      const rows = index.dimensions.map((dimension) => [dimension.code, dimension.title, ...years.map((year) => cell(dimension.scores, year))]);
      rows.push(['', 'Tổng', ...index.years.map((year) => year.total)]);
      return `${trend.province} — ${index.kind}\n${textTable(['code', 'dimension', ...years.map(String)], rows)}`;
    })
    .join('\n');
}
