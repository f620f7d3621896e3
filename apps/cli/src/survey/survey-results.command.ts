import { ApplySurveyPointsCommand, GetSurveyResultsQuery, type SurveyResultsView } from '@par/survey';
import { logToStderr } from '../cli/cli-error';
import { openPlatform } from '../platform/platform';
import { textTable } from '../results/results-formats';
import { SURVEY_ADMIN } from './survey-import.command';
import { surveyStep } from './survey-step';

export const SURVEY_RESULTS_FORMATS = ['table', 'json'] as const;

/** `par survey results <campaignId> [--format json|table]`: indices per unit and aspect, with their 95 % interval. */
export async function surveyResultsCommand({ campaignId, format, dataDir }: { campaignId: string; format: 'table' | 'json'; dataDir: string }) {
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    await platform.caughtUp();
    const results = await surveyStep(`results of ${campaignId}`, () => platform.queries.execute(new GetSurveyResultsQuery(campaignId)));
    process.stdout.write(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : resultsTable(results));
  } finally {
    await platform.close();
  }
}

/** `par survey apply <campaignId>`: the leaf points of the current indices, recorded; `results` and `audit` then show them. */
export async function surveyApplyCommand({ campaignId, dataDir }: { campaignId: string; dataDir: string }) {
  const platform = await openPlatform(dataDir, logToStderr);
  try {
    await platform.caughtUp();
    const applied = await surveyStep(`applying ${campaignId}`, () => platform.commands.execute(new ApplySurveyPointsCommand(campaignId, SURVEY_ADMIN)));
    await platform.caughtUp();
    process.stdout.write(`${JSON.stringify({ campaign: campaignId, pointsRecorded: applied.events.length })}\n`);
  } finally {
    await platform.close();
  }
}

function resultsTable(results: SurveyResultsView): string {
  const rows = results.units.map((unit) => [
    unit.unit,
    String(unit.respondents),
    String(unit.answers),
    unit.index ?? '—',
    unit.ci ? `${unit.ci.low}–${unit.ci.high}` : '—',
  ]);
  const { province } = results;
  rows.push([
    '(province)',
    String(province.respondents),
    String(province.answers),
    province.index ?? '—',
    province.ci ? `${province.ci.low}–${province.ci.high}` : '—',
  ]);
  return `${results.campaign}\n${textTable(['unit', 'respondents', 'answers', 'index', '95% CI'], rows)}`;
}
