import type { CommandBus } from '@nestjs/cqrs';
import { toEnvelope } from '@par/contracts';
import { type EventMetadata, PostgresEventStore, StagedEventStore } from '@par/event-store';
import { AppraisalCommandHandler, AppraisalStartsConsumer, AppraisalStreamCommand } from '@par/appraisal';
import { CycleCommandHandler, CycleStreamCommand, SelfAssessmentCommandHandler, SelfAssessmentStreamCommand } from '@par/submissions';
import { CampaignLog, RecordPublishedResultsCommand, RecordPublishedResultsHandler } from '@par/survey';
import { CommandSink, CommandTarget, ServiceCommand } from './command-target';
import type { ReplayClock } from './replay-clock';

/** The import's unit of work: where its commands are decided, and how what they decided is recorded. */
export interface StagedImport {
  readonly target: CommandTarget;
  /** Events decided so far, not yet recorded. */
  staged(): number;
  /** Records every decided event in one transaction across the three logs, each stream at the version read; answers how many. */
  commit(): Promise<number>;
}

/**
 * An import's commands run through the services' own command handlers (hence their deciders), over the
 * real logs staged in memory (StagedEventStore): each stream is read once, every command decided against
 * exactly what is recorded plus what the file decided before it, and nothing is written until the whole
 * file has been decided. Then one commit appends each stream's events in one batch. A file with any
 * error refused by a decider changes nothing; a concurrent writer makes the commit fail whole.
 * The appraisal starts run through the appraisal service's own consumer, over the staged submissions; a file's
 * published survey results through the survey service's handler, over the staged survey log.
 */
export function stagedImport(
  real: { submissions: PostgresEventStore; appraisal: PostgresEventStore; survey: PostgresEventStore },
  clock: ReplayClock,
  provenance: EventMetadata,
): StagedImport {
  const stores = {
    submissions: new StagedEventStore(real.submissions, { metadata: provenance }),
    appraisal: new StagedEventStore(real.appraisal, { metadata: provenance }),
    survey: new StagedEventStore(real.survey, { metadata: provenance }),
  };
  const setUp = new CycleCommandHandler(stores.submissions, clock.now);
  const selfAssess = new SelfAssessmentCommandHandler(stores.submissions, clock.now);
  const appraisal = new AppraisalCommandHandler(stores.appraisal, clock.now);
  const surveyResults = new RecordPublishedResultsHandler(new CampaignLog(stores.survey, clock.now));
  const bus: CommandSink = {
    execute: (command: ServiceCommand) => {
      if (command instanceof CycleStreamCommand) return setUp.execute(command);
      if (command instanceof SelfAssessmentStreamCommand) return selfAssess.execute(command);
      if (command instanceof AppraisalStreamCommand) return appraisal.execute(command);
      if (command instanceof RecordPublishedResultsCommand) return surveyResults.execute(command);
      throw new Error(`the import has no handler for ${(command as object).constructor.name}`);
    },
  };
  const starts = new AppraisalStartsConsumer(bus as unknown as CommandBus);
  let followed = 0;
  // The consumer follows the staged submissions as it follows the real log: each new event once, in order.
  const settle = async () => {
    for (
      let batch = await stores.submissions.readAll({ after: at(followed) });
      batch.length > 0;
      batch = await stores.submissions.readAll({ after: at(followed) })
    ) {
      for (const event of batch) {
        await starts.handle(toEnvelope(event, 'submissions'));
        followed += 1;
      }
    }
  };
  return {
    target: new CommandTarget(bus, stores, settle),
    staged: () => stores.submissions.stagedEvents + stores.appraisal.stagedEvents + stores.survey.stagedEvents,
    commit: () =>
      PostgresEventStore.commit([
        { store: real.submissions, batches: stores.submissions.batches() },
        { store: real.appraisal, batches: stores.appraisal.batches() },
        { store: real.survey, batches: stores.survey.batches() },
      ]),
  };
}

/** A position in the stage's own order (see StagedEventStore.readAll). */
function at(position: number) {
  return { transactionId: 0n, position: BigInt(position) };
}
