import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type KnownResponses, readResponses, ResponsesFileError } from '@par/contracts';
import { AnswersImport, MAX_REJECTED_ROWS_SHOWN, type RepeatedRows } from '../answers/answers-import';
import { type OpenedCampaignData, requireOpen, SurveyError } from '../domain';
import { CampaignLog } from '../infrastructure/campaign-log';
import { SURVEY_CONFIG } from '../infrastructure/tokens';
import { CycleCatalogueReader } from '../projections/cycle-catalogue/cycle-catalogue.reader';
import type { SurveyOptions } from '../survey.config';
import { RecordedResponses, RecordResponsesCommand } from './record-responses.command';

/**
 * Streams a responses file through the reader against the campaign's units and questions, COPYs the rows
 * kept, and appends ResponsesBatchAccepted: the event is the commit point (see AnswersImport). The same
 * file twice is a no-op, decided after reading: the batch id is the checksum of the bytes, and the file
 * arrives as a one-pass stream (a gRPC upload, a pipe) that cannot be hashed first without holding it whole
 * or reading it twice; a repeated file costs one reading whose rows are rolled back unseen. Rows repeating a
 * respondent–question pair of an earlier batch are found then too, under the campaign's lock, and rejected.
 */
@CommandHandler(RecordResponsesCommand)
export class RecordResponsesHandler implements ICommandHandler<RecordResponsesCommand, RecordedResponses> {
  constructor(
    @Inject(SURVEY_CONFIG) private readonly config: SurveyOptions,
    private readonly log: CampaignLog,
    private readonly catalogue: CycleCatalogueReader,
  ) {}

  async execute({ campaignId, file, format, actor, origin }: RecordResponsesCommand): Promise<RecordedResponses> {
    const campaign = requireOpen(await this.log.state(campaignId)).campaign;
    const known = await this.knownResponses(campaign);
    const answers = await AnswersImport.begin(this.config.pool, campaignId);
    try {
      const staged = await answers.stage(readResponses(file, format, known)).catch(refusedFile);
      const batchId = staged.end.checksum;
      const outcome = { batchId, accepted: staged.end.accepted, rejected: staged.rejected, rejectedCount: staged.end.rejected };
      await answers.lock();
      const now = requireOpen(await this.log.state(campaignId));
      if (now.batches.includes(batchId)) {
        await answers.discard();
        await answers.close();
        return { ...outcome, alreadyRecorded: true };
      }
      const kept = withoutRepeated(outcome, await answers.removeRepeated(now.batches));
      const counts = await answers.commit(batchId, now.batches, campaign.questionnaire.scale.satisfied);
      try {
        const batch = { batchId, rows: kept.accepted, rejected: kept.rejectedCount, ...counts };
        await this.log.issue(campaignId, { type: 'RecordResponsesBatch', actor, ...batch }, origin);
      } catch (error) {
        await answers.removeBatch();
        throw error;
      }
      await answers.close();
      return { ...kept, alreadyRecorded: false };
    } catch (error) {
      await answers.close(error);
      throw error;
    }
  }

  /**
   * Rows are checked against the units of the groups the campaign scores, its questions and its scale; a
   * respondent's own unit against every unit of the cycle. The sociological survey is a cross-evaluation.
   */
  private async knownResponses(campaign: OpenedCampaignData): Promise<KnownResponses> {
    const groups = [...new Set(campaign.scoring.map((entry) => entry.group))];
    const [units, respondentUnits] = await Promise.all([this.catalogue.unitsOf(campaign.cycleId, groups), this.catalogue.unitIdsOf(campaign.cycleId)]);
    const questions = campaign.questionnaire.aspects.flatMap((aspect) => aspect.questions.map((question) => question.code));
    return {
      units: new Set(units.keys()),
      questions: new Set(questions),
      scale: campaign.questionnaire.scale,
      respondentUnits,
      crossEvaluation: campaign.kind === 'SOCIOLOGICAL',
    };
  }
}

type Outcome = Omit<RecordedResponses, 'alreadyRecorded'>;

/** The file's outcome once the rows repeating an earlier batch are left out: fewer kept, more rejected (listed in line order). */
function withoutRepeated(outcome: Outcome, repeated: RepeatedRows): Outcome {
  if (repeated.count === 0) return outcome;
  const rejected = [...outcome.rejected, ...repeated.rows].sort((left, right) => left.line - right.line).slice(0, MAX_REJECTED_ROWS_SHOWN);
  return { ...outcome, accepted: outcome.accepted - repeated.count, rejected, rejectedCount: outcome.rejectedCount + repeated.count };
}

/** A file refused as a whole (encoding, columns, personal data, an unclosed quote) changes nothing. */
function refusedFile(error: unknown): never {
  if (error instanceof ResponsesFileError) {
    throw new SurveyError('RESPONSES_FILE_REFUSED', `The responses file is refused, nothing was imported: ${error.message}`, 'file');
  }
  throw error;
}
