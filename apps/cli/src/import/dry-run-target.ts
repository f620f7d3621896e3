import type { CommandBus } from '@nestjs/cqrs';
import { systemClock, toEnvelope } from '@par/contracts';
import { EventStore, GlobalPosition, InMemoryEventStore, START } from '@par/event-store';
import { AppraisalCommandHandler, AppraisalStartsConsumer, AppraisalStreamCommand } from '@par/appraisal';
import { CycleCommandHandler, CycleStreamCommand, SelfAssessmentCommandHandler, SelfAssessmentStreamCommand } from '@par/submissions';
import { CommandSink, CommandTarget, ServiceCommand } from './command-target';

/**
 * The import's rehearsal: the services' own command handlers (hence their deciders) over in-memory
 * copies of the real logs, so every command is judged against exactly what is recorded today, and
 * nothing real is touched. The appraisal starts run through the appraisal service's own consumer.
 */
export async function dryRunTarget(real: { submissions: EventStore; appraisal: EventStore }): Promise<CommandTarget> {
  // The copies need no upcasters: copyLog reads the real stores, which upcast.
  const stores = { submissions: new InMemoryEventStore(), appraisal: new InMemoryEventStore() };
  await copyLog(real.submissions, stores.submissions);
  await copyLog(real.appraisal, stores.appraisal);

  const setUp = new CycleCommandHandler(stores.submissions, systemClock);
  const selfAssess = new SelfAssessmentCommandHandler(stores.submissions, systemClock);
  const appraisal = new AppraisalCommandHandler(stores.appraisal, systemClock);
  const bus: CommandSink = {
    execute: (command: ServiceCommand) => {
      if (command instanceof CycleStreamCommand) return setUp.execute(command);
      if (command instanceof SelfAssessmentStreamCommand) return selfAssess.execute(command);
      if (command instanceof AppraisalStreamCommand) return appraisal.execute(command);
      throw new Error(`the dry run has no handler for ${(command as object).constructor.name}`);
    },
  };
  const starts = new AppraisalStartsConsumer(bus as unknown as CommandBus);
  // The real consumer has processed what is already recorded: the rehearsal starts after it too.
  let checkpoint: GlobalPosition = (await lastPosition(stores.submissions)) ?? START;
  const settle = async () => {
    for (
      let batch = await stores.submissions.readAll({ after: checkpoint });
      batch.length > 0;
      batch = await stores.submissions.readAll({ after: checkpoint })
    ) {
      for (const event of batch) {
        await starts.handle(toEnvelope(event, 'submissions'));
        checkpoint = event.globalPosition;
      }
    }
  };
  return new CommandTarget(bus, stores, settle);
}

/** Every event of `from`, in global order, into `to` with the same ids, data and metadata (hence the same hashes). */
async function copyLog(from: EventStore, to: EventStore): Promise<void> {
  let after: GlobalPosition = START;
  for (let batch = await from.readAll({ after }); batch.length > 0; batch = await from.readAll({ after })) {
    for (const event of batch) {
      const { eventId, type, schemaVersion, data, metadata } = event;
      await to.append(event.streamId, [{ eventId, type, schemaVersion, data, metadata }], { expectedVersion: event.streamVersion - 1 });
      after = event.globalPosition;
    }
  }
}

async function lastPosition(store: EventStore): Promise<GlobalPosition | undefined> {
  let last: GlobalPosition | undefined;
  for (let batch = await store.readAll(); batch.length > 0; batch = await store.readAll({ after: last })) last = batch.at(-1)?.globalPosition;
  return last;
}
