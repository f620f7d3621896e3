import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ApplySurveyPointsCommand, OpenCampaignCommand, RecordResponsesCommand } from '@par/survey';
import { readSourceFile } from '../../import/import.command';
import { importInto } from '../../import/import-cycle';
import { provinceAdmin } from '../../import/import-actors';
import type { Platform } from '../../platform/platform';
import { surveyStep } from '../../survey/survey-step';
import { DEMO_CAMPAIGNS, demoCampaignFile } from './demo-campaigns';
import { demoResponses } from './demo-responses';

export const DEMO_FILE = join(__dirname, '../demo-2025.json');

/**
 * The demo province's year as `npm start` runs it: the cycle is imported as appraised (without the survey results
 * its published file carries), then each of its surveys is run on the platform as the Department of Home Affairs
 * runs it, opening the campaign, importing its responses and applying the indices. The survey-held points then
 * come from the responses, and the results are those of the published file. A second run records nothing.
 */
export async function loadDemo(platform: Platform, log: (line: string) => void) {
  const source = await readSourceFile(DEMO_FILE);
  const { surveys: _published, ...appraised } = source.file;
  await importInto(platform, { ...source, file: appraised }, { log });
  const admin = provinceAdmin(source.file);
  for (const campaign of DEMO_CAMPAIGNS) {
    const file = demoCampaignFile(campaign, source.file.cycle.id);
    await surveyStep(`opening demo campaign ${campaign.id}`, () => platform.commands.execute(new OpenCampaignCommand(file, admin)));
    const responses = Readable.from(asBytes(demoResponses(source.file, campaign)));
    const recorded = await surveyStep(`importing the responses of ${campaign.id}`, () =>
      platform.commands.execute(new RecordResponsesCommand(campaign.id, responses, 'csv', admin)),
    );
    if (recorded.rejectedCount > 0)
      throw new Error(`demo: ${recorded.rejectedCount} generated responses of ${campaign.id} were rejected: ${recorded.rejected[0]?.reason}`);
    await platform.caughtUp();
    const applied = await surveyStep(`applying ${campaign.id}`, () => platform.commands.execute(new ApplySurveyPointsCommand(campaign.id, admin)));
    log(
      `survey ${campaign.id}: ${recorded.alreadyRecorded ? 'responses already recorded' : `${recorded.accepted} answers recorded`}, ${applied.events.length} leaf values applied`,
    );
  }
  await platform.caughtUp();
  return source;
}

/** The responses reader takes bytes, as a file gives them: lines gathered into chunks of about 64 KiB. */
function* asBytes(lines: Iterable<string>): Generator<Buffer> {
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= 65_536) {
      yield Buffer.from(chunk, 'utf8');
      chunk = '';
    }
  }
  if (chunk) yield Buffer.from(chunk, 'utf8');
}
