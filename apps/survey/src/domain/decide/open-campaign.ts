import type { CampaignFile, SurveyEvent } from '@par/contracts';

/** Decision 1001/QĐ-BNV practice: a 5 % margin of error when the plan names none. */
const DEFAULT_MARGIN = 0.05;
import type { OpenCampaign } from '../campaign.commands';
import { requireProvinceAdmin } from '../campaign.guards';
import { type CampaignState, isOpen, type OpenedCampaignData } from '../campaign.state';
import { sameData } from '../same-data';
import { echo } from '@par/contracts';
import { SurveyError } from '../survey.errors';
import { methodName, takesSurveyPoints } from '../takes-survey-points';

/**
 * A campaign opens once. The same file again changes nothing; another questionnaire or scoring under the same
 * id is refused: a new version of the questionnaire is a new campaign, with its own id.
 */
export function openCampaign(command: OpenCampaign, state: CampaignState): SurveyEvent[] {
  requireProvinceAdmin(command.actor, 'open a survey campaign');
  const data = openedData(command.campaign);
  if (isOpen(state)) {
    if (sameData(state.campaign, data)) return [];
    const id = data.campaignId;
    throw new SurveyError(
      'CAMPAIGN_EXISTS',
      `Campaign ${echo(id)} is already open with another questionnaire, scoring or header: a new version is a new campaign, give it a new id`,
      'campaign.id',
    );
  }
  if (state.status === 'recorded') {
    throw new SurveyError(
      'CAMPAIGN_EXISTS',
      `Campaign ${echo(data.campaignId)} was recorded from a cycle file's published results: a survey run here from its responses needs another id`,
      'campaign.id',
    );
  }
  checkAgainstCatalogue(command);
  return [{ type: 'CampaignOpened', schemaVersion: 1, data }];
}

function checkAgainstCatalogue({ campaign, catalogue }: OpenCampaign): void {
  const cycle = campaign.campaign.cycle;
  if (!catalogue.cycleExists) throw new SurveyError('CYCLE_UNKNOWN', `Cycle ${echo(cycle)} does not exist: set it up before its surveys`, 'campaign.cycle');
  for (const { criterion, group } of campaign.scoring) {
    const path = `scoring[criterion=${criterion},group=${group}]`;
    const leaves = catalogue.groups.get(group);
    if (!leaves) throw new SurveyError('GROUP_UNKNOWN', `${path}.group: group ${echo(group)} is not a group of cycle ${echo(cycle)}`, `${path}.group`);
    if (!leaves.has(criterion)) {
      throw new SurveyError(
        'CRITERION_NOT_SURVEY_HELD',
        `${path}.criterion: ${echo(criterion)} is not a leaf of group ${echo(group)}'s criteria set assessed by survey (source "survey")`,
        `${path}.criterion`,
      );
    }
    // A method the catalogue does not know yet (projected before it kept methods) is not held against the file.
    const method = leaves.get(criterion);
    if (method && !takesSurveyPoints(method)) {
      throw new SurveyError(
        'CRITERION_METHOD_INCOMPATIBLE',
        `${path}.criterion: leaf ${echo(criterion)} of group ${echo(group)} is scored by the method ${methodName(method)}, which cannot take ` +
          `the survey's points (maxPoints × index / 100, any value to the hundredth): only a manual method with step 0.01 can`,
        `${path}.criterion`,
      );
    }
  }
}

/** The event data of a file: plain copies, satisfied answers ascending. */
function openedData({ campaign, questionnaire, scoring, sampling }: CampaignFile): OpenedCampaignData {
  const { min, max, satisfied } = questionnaire.scale;
  return {
    campaignId: campaign.id,
    cycleId: campaign.cycle,
    kind: campaign.kind,
    title: campaign.title,
    questionnaireVersion: questionnaire.version,
    questionnaire: {
      scale: { min, max, satisfied: [...satisfied].sort((a, b) => a - b) },
      aspects: questionnaire.aspects.map((aspect) => ({
        code: aspect.code,
        title: aspect.title,
        questions: aspect.questions.map((question) => ({ code: question.code, text: question.text })),
      })),
    },
    scoring: scoring.map(({ criterion, group, aspect }) => ({ criterion, group, ...(aspect === undefined ? {} : { aspect }) })),
    ...(sampling
      ? { sampling: { margin: sampling.margin ?? DEFAULT_MARGIN, population: sampling.population.map(({ unit, population }) => ({ unit, population })) } }
      : {}),
  };
}
