import type { SurveyEvent } from '@par/contracts';
import type { RecordResponsesBatch } from '../campaign.commands';
import { requireOpen, requireProvinceAdmin } from '../campaign.guards';
import type { CampaignState } from '../campaign.state';
import { SurveyError } from '../survey.errors';

const CHECKSUM = /^sha256:[0-9a-f]{64}$/;

/** A responses file counts once: the batch id is its checksum, and a batch already recorded decides nothing. */
export function recordResponsesBatch(command: RecordResponsesBatch, state: CampaignState): SurveyEvent[] {
  requireProvinceAdmin(command.actor, 'import survey responses');
  const campaign = requireOpen(state);
  const { batchId, rows, answers, respondents, rejected, units } = command;
  if (!CHECKSUM.test(batchId))
    throw new SurveyError('BATCH_INVALID', 'batchId must be the checksum of the responses file ("sha256:" and 64 hex digits)', 'batchId');
  if (campaign.batches.includes(batchId)) return [];
  checkCounts(command);
  const data = {
    campaignId: campaign.campaign.campaignId,
    batchId,
    checksum: batchId,
    rows,
    answers,
    respondents,
    rejected,
    units: units.map((unit) => ({ ...unit })),
  };
  return [{ type: 'ResponsesBatchAccepted', schemaVersion: 1, data }];
}

/** Counts come from the service's own aggregation; anything else is a bug upstream, refused before it is logged. */
function checkCounts({ rows, answers, respondents, rejected, units }: RecordResponsesBatch): void {
  const whole = (value: number) => Number.isSafeInteger(value) && value >= 0;
  const bad = (field: string, problem: string) => new SurveyError('BATCH_INVALID', `${field} ${problem}`, field);
  for (const [field, value] of Object.entries({ rows, answers, respondents, rejected }))
    if (!whole(value)) throw bad(field, 'must be a whole number from 0 up');
  if (answers > rows) throw bad('answers', `(${answers}) cannot exceed the rows kept (${rows})`);
  const seen = new Set<string>();
  let sum = 0;
  units.forEach((unit, position) => {
    const field = `units[#${position}]`;
    if (seen.has(unit.unitId)) throw bad(`${field}.unitId`, 'is listed twice');
    seen.add(unit.unitId);
    if (![unit.respondents, unit.answers, unit.satisfied].every(whole)) throw bad(field, 'counts must be whole numbers from 0 up');
    if (unit.satisfied > unit.answers) throw bad(`${field}.satisfied`, 'cannot exceed the answers given');
    sum += unit.answers;
  });
  if (sum !== answers) throw bad('units', `hold ${sum} answers, not the batch's ${answers}`);
}
