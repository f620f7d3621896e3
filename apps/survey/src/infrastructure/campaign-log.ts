import { Inject, Injectable } from '@nestjs/common';
import type { Clock, SurveyEvent } from '@par/contracts';
import { EventStore, FoldedStreams, handleCommand } from '@par/event-store';
import { type CampaignCommand, campaignDecider, type CampaignState, campaignStream, eventMetadata } from '../domain';
import { CLOCK, SURVEY_EVENT_STORE } from './tokens';

/** Where a command came from, for the events' correlation and causation ids. */
export interface CommandOrigin {
  readonly correlationId?: string;
  readonly causationId?: string;
}

export interface IssuedCommand {
  readonly streamId: string;
  /** Event types appended; empty when the command changed nothing. */
  readonly events: readonly string[];
  /** The stream's version after the command. */
  readonly version: number;
}

/**
 * The campaign streams: a campaign's state as its log stands, and load → decide → append at the version read
 * for any Campaign command. A concurrent writer makes the append throw WrongExpectedVersionError (nothing written).
 */
@Injectable()
export class CampaignLog {
  private readonly campaigns = new FoldedStreams<SurveyEvent, CampaignState>(campaignDecider);

  constructor(
    @Inject(SURVEY_EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async state(campaignId: string): Promise<CampaignState> {
    return (await this.campaigns.load(this.store, campaignStream(campaignId))).state;
  }

  async issue(campaignId: string, command: CampaignCommand, origin: CommandOrigin = {}): Promise<IssuedCommand> {
    const metadata = {
      ...eventMetadata(command),
      occurredAt: this.clock().toISOString(),
      ...(origin.correlationId ? { correlationId: origin.correlationId } : {}),
      ...(origin.causationId ? { causationId: origin.causationId } : {}),
    };
    const handled = await handleCommand({
      store: this.store,
      ...campaignStream(campaignId),
      decider: campaignDecider,
      command,
      metadata,
      folded: this.campaigns,
    });
    return { streamId: handled.streamId, events: handled.events.map((event) => event.type), version: handled.version };
  }
}
