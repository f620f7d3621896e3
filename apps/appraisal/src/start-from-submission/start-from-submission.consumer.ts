import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EventEnvelope, parseSubmissionsEvent } from '@par/contracts';
import type { EventConsumer } from '@par/messaging';
import { startFromSubmission } from './start-from-submission';
import { StartAppraisalCommand } from './start-from-submission.command';

/**
 * Starts a unit's appraisal when its self-assessment is submitted. The append goes to the appraisal
 * log through the event store, not through the consumer's `tx` (that holds only the processed mark):
 * a redelivered submission decides nothing, so running the command twice is harmless.
 */
@Injectable()
export class AppraisalStartsConsumer implements EventConsumer {
  readonly name = 'appraisal.starts';

  constructor(private readonly commands: CommandBus) {}

  readonly handle = async (envelope: EventEnvelope): Promise<void> => {
    if (envelope.type !== 'SelfAssessmentSubmitted') return;
    const event = parseSubmissionsEvent(envelope.type, envelope.schemaVersion, envelope.data);
    if (event.type !== 'SelfAssessmentSubmitted') return;
    const command = startFromSubmission(event, envelope.metadata);
    const correlationId = typeof envelope.metadata.correlationId === 'string' ? envelope.metadata.correlationId : envelope.eventId;
    await this.commands.execute(new StartAppraisalCommand(command.cycleId, command.unitId, command, { correlationId, causationId: envelope.eventId }));
  };
}
