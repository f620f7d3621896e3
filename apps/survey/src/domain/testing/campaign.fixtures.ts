import type { Actor, BatchUnitCounts, CampaignFile, ScoringMethodData, SurveyEvent, SurveyEventOf } from '@par/contracts';
import { parseCampaignFile } from '@par/contracts';
import { sipas2025CampaignFile } from '@par/contracts/testing';
import { IndexValue, Points } from '@par/domain';
import type { ApplySurveyPoints, CatalogueFacts, ComputedLeafPoints, OpenCampaign, RecordResponsesBatch } from '../campaign.commands';

// The SIPAS 2025 campaign of the demo province (libs/contracts' fixture), opened by the Department of Home Affairs.

export const admin: Actor = { userId: 'le.thi.c', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
export const reporter: Actor = { userId: 'nguyen.van.a', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' };

export const BATCH_1 = `sha256:${'a'.repeat(64)}`;
export const BATCH_2 = `sha256:${'b'.repeat(64)}`;

/** The SIPAS 2025 file as parseCampaignFile gives it, after `change` on the raw JSON. */
export function sipasFile(change: (json: ReturnType<typeof sipas2025CampaignFile>) => void = () => undefined): CampaignFile {
  const json = sipas2025CampaignFile();
  change(json);
  const parsed = parseCampaignFile(json);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return parsed.value;
}

/** A manual method on a grid of hundredths: what a survey-held leaf needs to take the computed points. */
export const HUNDREDTHS: ScoringMethodData = { kind: 'manual', step: '0.01' };

/** The demo cycle as the catalogue knows it: departments score 3.5 and 8.5 by survey, districts 3.7, all to the hundredth. */
export function demoCatalogue(change: Partial<CatalogueFacts> = {}): CatalogueFacts {
  const groups = new Map([
    [
      'departments',
      new Map([
        ['3.5', HUNDREDTHS],
        ['8.5', HUNDREDTHS],
      ]),
    ],
    ['districts', new Map([['3.7', HUNDREDTHS]])],
  ]);
  return { cycleExists: true, groups, ...change };
}

export function openCampaign(change: Partial<OpenCampaign> = {}): OpenCampaign {
  return { type: 'OpenCampaign', actor: admin, campaign: sipasFile(), catalogue: demoCatalogue(), ...change };
}

/** What CampaignOpened records for the SIPAS 2025 file. */
export function campaignOpened(): SurveyEventOf<'CampaignOpened'> {
  const file = sipasFile();
  return {
    type: 'CampaignOpened',
    schemaVersion: 1,
    data: {
      campaignId: 'sipas-2025',
      cycleId: 'demo-2025',
      kind: 'SIPAS',
      title: file.campaign.title,
      questionnaireVersion: 1,
      questionnaire: {
        scale: { min: 1, max: 5, satisfied: [4, 5] },
        aspects: file.questionnaire.aspects.map((aspect) => ({ ...aspect, questions: aspect.questions.map((question) => ({ ...question })) })),
      },
      scoring: [
        { criterion: '3.5', group: 'departments' },
        { criterion: '8.5', group: 'departments' },
        { criterion: '3.7', group: 'districts' },
      ],
    },
  };
}

const batchUnits: BatchUnitCounts[] = [
  { unitId: 'so-tu-phap', respondents: 10, answers: 190, satisfied: 163 },
  { unitId: 'tp-an-binh', respondents: 5, answers: 100, satisfied: 50 },
];

export function recordBatch(change: Partial<RecordResponsesBatch> = {}): RecordResponsesBatch {
  return { type: 'RecordResponsesBatch', actor: admin, batchId: BATCH_1, rows: 300, answers: 290, respondents: 15, rejected: 4, units: batchUnits, ...change };
}

export function batchAccepted(batchId = BATCH_1): SurveyEventOf<'ResponsesBatchAccepted'> {
  return {
    type: 'ResponsesBatchAccepted',
    schemaVersion: 1,
    data: { campaignId: 'sipas-2025', batchId, checksum: batchId, rows: 300, answers: 290, respondents: 15, rejected: 4, units: batchUnits },
  };
}

export function leafPoints(unitId: string, criterion: string, points: string, index: string): ComputedLeafPoints {
  return { unitId, criterion, points: Points.of(points), index: IndexValue.of(index), respondents: 10, answers: 190 };
}

export function apply(points: readonly ComputedLeafPoints[], basis: readonly string[] = [BATCH_1]): ApplySurveyPoints {
  return { type: 'ApplySurveyPoints', actor: admin, basis, points };
}

export function pointsApplied(unitId: string, criterion: string, points: string, index: string, basis: string[] = [BATCH_1]): SurveyEvent {
  const cycleId = 'demo-2025';
  return {
    type: 'SurveyPointsApplied',
    schemaVersion: 1,
    data: { campaignId: 'sipas-2025', cycleId, unitId, criterion, points, index, respondents: 10, answers: 190, basis },
  };
}
