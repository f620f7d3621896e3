import { Inject, Injectable } from '@nestjs/common';
import type { Clock, PublishedIndexEvent } from '@par/contracts';
import { EventStore, FoldedStreams, handleCommand } from '@par/event-store';
import type { CommandOrigin, IssuedCommand } from '../infrastructure/campaign-log';
import { CLOCK, SURVEY_EVENT_STORE } from '../infrastructure/tokens';
import { type PublishedIndexCommand, publishedIndexDecider, type PublishedIndexState, publishedIndexStream } from './domain';

/**
 * The published-index streams of the survey log: load → decide → append at the version read. A concurrent
 * writer makes the append throw WrongExpectedVersionError (nothing written).
 */
@Injectable()
export class PublishedIndexLog {
  private readonly years = new FoldedStreams<PublishedIndexEvent, PublishedIndexState>(publishedIndexDecider);

  constructor(
    @Inject(SURVEY_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async issue(command: PublishedIndexCommand, origin: CommandOrigin = {}): Promise<IssuedCommand> {
    const { kind, province, year } = command.file;
    const { userId, role, unitId } = command.actor;
    const reason = command.reason?.trim();
    const metadata = {
      actor: userId,
      role,
      ...(unitId ? { actorUnitId: unitId } : {}),
      ...(reason ? { reason } : {}),
      occurredAt: this.clock().toISOString(),
      ...(origin.correlationId ? { correlationId: origin.correlationId } : {}),
      ...(origin.causationId ? { causationId: origin.causationId } : {}),
    };
    const handled = await handleCommand({
      store: this.store,
      ...publishedIndexStream(kind, province, year),
      decider: publishedIndexDecider,
      command,
      metadata,
      folded: this.years,
    });
    return { streamId: handled.streamId, events: handled.events.map((event) => event.type), version: handled.version };
  }
}
