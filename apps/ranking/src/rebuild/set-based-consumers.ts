import type { AppraisalEvent, EventEnvelope, SubmissionsEvent } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import type { PoolClient } from 'pg';
import {
  APPRAISAL_SOURCE,
  appraisalConsumer,
  cycleOf,
  type RankingSource,
  SUBMISSIONS_SOURCE,
  submissionsConsumer,
  surveyConsumer,
} from '../infrastructure/source-consumers';
import { auditTrailFromAppraisal } from '../projections/audit-trail/appraisal.projector';
import { copyAuditRows } from '../projections/audit-trail/audit-copy';
import { collectAudit } from '../projections/audit-trail/audit-writer';
import { auditTrailFromSubmissions } from '../projections/audit-trail/submissions.projector';
import { copyText } from '../projections/copy-rows';
import { markResultsStale } from '../projections/cycle-results/results-revision';
import { cycleScoresFromAppraisal } from '../projections/cycle-scores/appraisal.projector';
import { CycleScoresBatch } from '../projections/cycle-scores/batch/cycle-scores-batch';
import { writeCycleScores } from '../projections/cycle-scores/batch/cycle-scores-batch.writer';
import { cycleScoresFromSubmissions } from '../projections/cycle-scores/submissions.projector';
import { eventContext } from '../projections/event-context';
import type { Projector } from '../projections/projector';

/**
 * The source consumers as a rebuild runs them (LogReplay): the same names and `handle`, and a batch whose
 * cycle scores are gathered and written set-based (CycleScoresBatch), and whose audit rows are copied in,
 * with exactly the effect of `handle` on each event in order. The survey's few events keep the live
 * consumer: their audit reads the value each one moves.
 */
export const REBUILD_CONSUMERS = {
  submissions: setBased(SUBMISSIONS_SOURCE, submissionsConsumer, cycleScoresFromSubmissions, auditTrailFromSubmissions),
  appraisal: setBased(APPRAISAL_SOURCE, appraisalConsumer, cycleScoresFromAppraisal, auditTrailFromAppraisal),
  survey: surveyConsumer,
} as const satisfies Record<string, EventConsumer>;

type Write = (tx: PoolClient) => Promise<void>;

function setBased<Event extends SubmissionsEvent | AppraisalEvent>(
  source: RankingSource<Event>,
  live: EventConsumer,
  cycleScores: Projector<Event>,
  audit: Projector<Event>,
): EventConsumer {
  /** Everything but the writes, before the transaction: parsed, gathered, the audit rows laid out as COPY reads them. */
  const prepareBatch = async (envelopes: readonly EventEnvelope[]): Promise<Write> => {
    const steps: Write[] = [];
    const changed = new Set<string>();
    let gathered = new CycleScoresBatch();
    const auditRows = await collectAudit(async (collector) => {
      for (const envelope of envelopes) {
        const event = source.parse(envelope);
        if (event === null) continue;
        const context = eventContext(envelope);
        await audit(event, context, collector);
        if (!gathered.add(event, context)) {
          // Applied alone, in its place: what was gathered before it is written first.
          steps.push(writeOf(gathered), (tx) => cycleScores(event, context, tx));
          gathered = new CycleScoresBatch();
        }
        const cycleId = cycleOf(event);
        if (cycleId !== null) changed.add(cycleId);
      }
    });
    steps.push(writeOf(gathered));
    // The audit rows are insert-only, keyed by event: written together at the batch's end, as live.
    const auditText = copyText(auditRows);
    return async (tx) => {
      for (const step of steps) await step(tx);
      await copyAuditRows(tx, auditText);
      await markResultsStale(tx, source.name, changed);
    };
  };
  return {
    name: source.name,
    handle: live.handle,
    handleBatch: async (envelopes, tx) => (await prepareBatch(envelopes))(tx),
    prepareBatch,
  };
}

function writeOf(gathered: CycleScoresBatch): Write {
  return (tx) => writeCycleScores(tx, gathered);
}
