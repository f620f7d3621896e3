import { Inject, Injectable } from '@nestjs/common';
import type { OpenedQuestionnaire } from '@par/contracts';
import type { SurveyCountsInput, UnitSurveyCounts } from '@par/domain';
import { inTransaction } from '@par/event-store';
import type { PoolClient } from 'pg';
import { SURVEY_CONFIG } from '../infrastructure/tokens';
import { SURVEY_SCHEMA, type SurveyOptions } from '../survey.config';

const s = SURVEY_SCHEMA;

/** A campaign's counts over the batches accepted so far, and those batches. */
export interface CampaignCounts {
  /** Batch ids counted, in recording order. */
  readonly basis: readonly string[];
  readonly counts: SurveyCountsInput;
  /** Distinct respondents of each unit on each aspect (a row on one of its questions): unit → aspect code → count. */
  readonly aspectRespondents: AspectRespondents;
}

export type AspectRespondents = ReadonlyMap<string, ReadonlyMap<string, number>>;

interface CountRow {
  unit_id: string;
  aspect: string | null;
  respondents: number;
  answers: number;
  satisfied: number;
}

/**
 * Aggregates survey.answers in SQL, per unit and aspect: answers given, satisfied answers (by the campaign's
 * scale) and distinct respondents, over accepted batches only (an answer's import names its batch, joined
 * with survey.accepted_batches): rows of an import whose event never came are not counted. One snapshot, so the basis is exactly what was counted.
 */
@Injectable()
export class AnswerCountsReader {
  constructor(@Inject(SURVEY_CONFIG) private readonly config: SurveyOptions) {}

  async countsOf(campaignId: string, questionnaire: OpenedQuestionnaire): Promise<CampaignCounts> {
    const questions = questionnaire.aspects.flatMap((aspect) => aspect.questions.map((question) => ({ question: question.code, aspect: aspect.code })));
    const read = async (tx: PoolClient): Promise<CampaignCounts> => {
      const batches = await tx.query<{ batch_id: string }>(`SELECT batch_id FROM ${s}.accepted_batches WHERE campaign_id = $1 ORDER BY stream_version`, [
        campaignId,
      ]);
      const { rows } = await tx.query<CountRow>(
        `SELECT a.unit_id, q.aspect, count(DISTINCT a.respondent)::int AS respondents, count(a.answer)::int AS answers,
                count(*) FILTER (WHERE a.answer = ANY($4::smallint[]))::int AS satisfied
           FROM ${s}.answer_imports i
           JOIN ${s}.accepted_batches b ON b.campaign_id = i.campaign_id AND b.batch_id = i.batch_id
           JOIN ${s}.answers a ON a.import_id = i.import_id
           JOIN unnest($2::text[], $3::text[]) AS q(question, aspect) ON q.question = a.question
          WHERE i.campaign_id = $1
          GROUP BY GROUPING SETS ((a.unit_id, q.aspect), (a.unit_id))
          ORDER BY a.unit_id`,
        [campaignId, questions.map((entry) => entry.question), questions.map((entry) => entry.aspect), questionnaire.scale.satisfied],
      );
      return {
        basis: batches.rows.map((row) => row.batch_id),
        counts: { aspects: questionnaire.aspects.map((aspect) => aspect.code), units: unitsOf(rows) },
        aspectRespondents: aspectRespondentsOf(rows),
      };
    };
    return inTransaction(this.config.pool, read, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  }
}

/** The (unit) rows give the respondents, the (unit, aspect) rows the answers; units in id order. */
function unitsOf(rows: readonly CountRow[]): UnitSurveyCounts[] {
  const units = new Map<string, { unit: string; respondents: number; aspects: { code: string; answers: number; satisfied: number }[] }>();
  for (const row of rows) {
    const unit = units.get(row.unit_id) ?? { unit: row.unit_id, respondents: 0, aspects: [] };
    if (row.aspect === null) unit.respondents = row.respondents;
    else unit.aspects.push({ code: row.aspect, answers: row.answers, satisfied: row.satisfied });
    units.set(row.unit_id, unit);
  }
  return [...units.values()];
}

function aspectRespondentsOf(rows: readonly CountRow[]): AspectRespondents {
  const units = new Map<string, Map<string, number>>();
  for (const row of rows) {
    if (row.aspect === null) continue;
    const aspects = units.get(row.unit_id) ?? new Map<string, number>();
    aspects.set(row.aspect, row.respondents);
    units.set(row.unit_id, aspects);
  }
  return units;
}
