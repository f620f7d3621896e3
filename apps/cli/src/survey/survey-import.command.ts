import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { Transform } from 'node:stream';
import { SingleBar } from 'cli-progress';
import type { Actor, ResponsesFormat } from '@par/contracts';
import { OpenCampaignCommand, RecordResponsesCommand } from '@par/survey';
import { CliError, logToStderr } from '../cli/cli-error';
import { openPlatform } from '../platform/platform';
import { surveyStep } from './survey-step';

/** Who runs a survey from the command line: the province's Department of Home Affairs. */
export const SURVEY_ADMIN: Actor = { userId: 'admin.survey', role: 'PROVINCE_ADMIN' };

/**
 * `par survey import <campaign.json> <responses.csv|.jsonl|.xlsx>`: opens the campaign (once; the same file
 * again is a no-op), then streams the responses through row by row, with a progress bar on stderr for a
 * long file. Prints `{ campaign, batch, accepted, rejected, alreadyRecorded, timings, peakRssBytes }`
 * (seconds to open the platform, the campaign and to import the file; the process's peak resident set so
 * far, as `par import` reports its own); rejected rows with line and reason on stderr.
 */
export async function surveyImportCommand({ campaignFile, responsesFile, dataDir }: { campaignFile: string; responsesFile: string; dataDir: string }) {
  const campaign = readCampaignFile(campaignFile);
  const format = responsesFormatOf(responsesFile);
  const size = sizeOf(responsesFile);
  const started = performance.now();
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    await platform.caughtUp();
    const platformReady = performance.now();
    const opened = await surveyStep(`opening campaign ${campaignFile}`, () => platform.commands.execute(new OpenCampaignCommand(campaign, SURVEY_ADMIN)));
    const campaignId = campaignIdOf(campaign);
    logToStderr(`survey ${campaignId}: ${opened.events.length > 0 ? 'campaign opened' : 'campaign already open'}`);
    const campaignReady = performance.now();
    const recorded = await withProgress(size, (counted) =>
      surveyStep(`importing ${responsesFile}`, () =>
        platform.commands.execute(new RecordResponsesCommand(campaignId, createReadStream(responsesFile).pipe(counted), format, SURVEY_ADMIN)),
      ),
    );
    for (const row of recorded.rejected) logToStderr(`  line ${row.line}: ${row.code} ${row.reason}`);
    if (recorded.rejectedCount > recorded.rejected.length) logToStderr(`  … and ${recorded.rejectedCount - recorded.rejected.length} more rejected rows`);
    if (recorded.alreadyRecorded) logToStderr(`survey ${campaignId}: this file was imported before, nothing recorded`);
    const imported = performance.now();
    await platform.caughtUp();
    const timings = {
      platformSeconds: seconds(started, platformReady),
      campaignSeconds: seconds(platformReady, campaignReady),
      importSeconds: seconds(campaignReady, imported),
    };
    const summary = {
      campaign: campaignId,
      batch: recorded.batchId,
      accepted: recorded.accepted,
      rejected: recorded.rejectedCount,
      alreadyRecorded: recorded.alreadyRecorded,
    };
    process.stdout.write(`${JSON.stringify({ ...summary, timings, peakRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
  } finally {
    await platform.close();
  }
}

function readCampaignFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliError(`${path}: not a readable JSON campaign file (${(error as Error).message})`);
  }
}

function campaignIdOf(file: unknown): string {
  return String((file as { campaign?: { id?: unknown } }).campaign?.id);
}

const seconds = (from: number, to: number) => Math.round(to - from) / 1000;

function responsesFormatOf(path: string): ResponsesFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') return 'csv';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.xlsx') return 'xlsx';
  throw new CliError(
    `${path}: responses are a .csv (UTF-8, header respondent,unit,question,answer), a .jsonl or an .xlsx file (first sheet, the same header row)`,
  );
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
}

/** A progress bar by bytes read, on stderr and only on a terminal (logs stay clean when stderr is a file). */
async function withProgress<T>(total: number, work: (counted: Transform) => Promise<T>): Promise<T> {
  const bar = process.stderr.isTTY ? new SingleBar({ format: 'responses {bar} {percentage}% | {value}/{total} bytes', stream: process.stderr }) : undefined;
  bar?.start(total, 0);
  let read = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      read += chunk.length;
      bar?.update(read);
      done(null, chunk);
    },
  });
  try {
    return await work(counted);
  } finally {
    bar?.stop();
  }
}
