import { type EventStore, loadStream, type RecordedEvent, type StreamAddress } from '@par/event-store';
import { type AppraisalCommand, AppraisalStreamCommand, appraisalUseCaseOf, type IssuedCommand } from '@par/appraisal';
import {
  type CommandOutcome,
  type CycleCommand,
  cycleUseCaseOf,
  CycleStreamCommand,
  selfAssessmentUseCaseOf,
  SelfAssessmentStreamCommand,
  type SelfAssessmentRequest,
} from '@par/submissions';
import { type IssuedCommand as IssuedSurveyCommand, RecordPublishedResultsCommand } from '@par/survey';

/** Commands decided between two yields to the event loop. */
const YIELD_EVERY = 50;

/** The services' commands as a command bus takes them (Nest's CommandBus, or the dry run's router). */
export type ServiceCommand = CycleStreamCommand | SelfAssessmentStreamCommand | AppraisalStreamCommand | RecordPublishedResultsCommand;
export interface CommandSink {
  execute(command: ServiceCommand): Promise<unknown>;
}

/**
 * Where an import's commands go: the real platform, or its dry run in memory. The same commands, the
 * same handlers and deciders; only the logs differ. Each call answers how many events it appended.
 */
export class CommandTarget {
  private issued = 0;

  constructor(
    private readonly bus: CommandSink,
    /** The logs as they stand, read to see how far a unit's appraisal already went. */
    private readonly stores: { readonly submissions: EventStore; readonly appraisal: EventStore },
    /** Resolves once the appraisals started by the submissions so far exist (the services' consumer runs them). */
    readonly settle: () => Promise<void>,
  ) {}

  async setUpCycle(command: CycleCommand, correlationId: string): Promise<number> {
    const where = 'unitId' in command ? `unit ${command.unitId}` : `cycle ${command.cycleId}`;
    const outcome = (await this.run(cycleUseCaseOf(command, correlationId), `${command.type} (${where})`)) as CommandOutcome;
    return outcome.eventsAppended;
  }

  async selfAssess(request: SelfAssessmentRequest, correlationId: string): Promise<number> {
    const where = `unit ${request.unitId}${'criterion' in request ? `, criterion ${request.criterion}` : ''}`;
    const outcome = (await this.run(selfAssessmentUseCaseOf(request, correlationId), `${request.type} (${where})`)) as CommandOutcome;
    return outcome.eventsAppended;
  }

  async appraise(command: AppraisalCommand, cycleId: string, unitId: string, correlationId: string): Promise<number> {
    const where = `unit ${unitId}${'criterion' in command && command.criterion ? `, criterion ${command.criterion}` : ''}`;
    const issued = (await this.run(appraisalUseCaseOf(cycleId, unitId, command, { correlationId }), `${command.type} (${where})`)) as IssuedCommand;
    return issued.events.length;
  }

  async recordSurveyResults(command: RecordPublishedResultsCommand): Promise<number> {
    const issued = (await this.run(command, `RecordPublishedResults (campaign ${command.campaign.campaignId})`)) as IssuedSurveyCommand;
    return issued.events.length;
  }

  private async run(command: ServiceCommand, what: string): Promise<unknown> {
    // Staged commands resolve without I/O: yield now and then, so an import running beside the
    // gateway (an upload) never holds other requests for the whole file.
    if (++this.issued % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    try {
      return await this.bus.execute(command);
    } catch (error) {
      throw new ImportStepError(what, error);
    }
  }

  async readStream(service: 'submissions' | 'appraisal', stream: StreamAddress): Promise<RecordedEvent[]> {
    return (await loadStream(this.stores[service], stream)).events;
  }
}

/** A command the services refused, named with its unit and criterion, and the service's code and field. */
export class ImportStepError extends Error {
  constructor(
    readonly step: string,
    readonly refusal: unknown,
  ) {
    const { code, field, message } = (refusal ?? {}) as { code?: unknown; field?: unknown; message?: unknown };
    const detail = [typeof code === 'string' ? code : null, typeof field === 'string' && field ? `field ${field}` : null].filter(Boolean).join(', ');
    super(`${step} refused${detail ? ` [${detail}]` : ''}: ${typeof message === 'string' ? message : String(refusal)}`);
    this.name = 'ImportStepError';
  }
}
