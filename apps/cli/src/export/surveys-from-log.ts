import { isSurveyEventType, parseSurveyEvent, type SurveyResultEntry, type SurveyResultsEntry } from '@par/contracts';
import type { EventStore, RecordedEvent } from '@par/event-store';

const PAGE = 1_000;

interface CampaignSeen {
  readonly kind: SurveyResultsEntry['kind'];
  readonly title: string;
  /** The value in force per unit and leaf: the last SurveyPointsApplied of each. */
  readonly results: Map<string, SurveyResultEntry>;
}

/**
 * The survey results of a cycle as v1.1's `surveys` section, from the survey log itself: each campaign of the
 * cycle (run here from its responses, or recorded from a file) with, per unit and leaf, the last value it applied
 * and when. Re-importing them reproduces the values in force. Campaigns that applied nothing are left out.
 */
export async function surveysFromLog(store: EventStore, cycleId: string): Promise<SurveyResultsEntry[]> {
  const campaigns = new Map<string, CampaignSeen>();
  for await (const recorded of everyEvent(store)) {
    if (!isSurveyEventType(recorded.type)) continue;
    const event = parseSurveyEvent(recorded.type, recorded.schemaVersion, recorded.data);
    switch (event.type) {
      case 'CampaignOpened':
      case 'CampaignRecorded':
        if (event.data.cycleId === cycleId) campaigns.set(event.data.campaignId, { kind: event.data.kind, title: event.data.title, results: new Map() });
        break;
      case 'SurveyPointsApplied': {
        const { campaignId, unitId, criterion, points, index, respondents, answers } = event.data;
        const appliedAt = typeof recorded.metadata.occurredAt === 'string' ? recorded.metadata.occurredAt : undefined;
        campaigns
          .get(campaignId)
          ?.results.set(`${unitId}\u0000${criterion}`, { unit: unitId, criterion, respondents, answers, index, points, ...(appliedAt ? { appliedAt } : {}) });
        break;
      }
      default:
        break;
    }
  }
  return [...campaigns.entries()]
    .filter(([, campaign]) => campaign.results.size > 0)
    .map(([campaign, { kind, title, results }]) => ({ campaign, kind, title, results: [...results.values()] }));
}

async function* everyEvent(store: EventStore): AsyncGenerator<RecordedEvent> {
  let after: RecordedEvent['globalPosition'] | undefined;
  for (;;) {
    const page = await store.readAll(after ? { after, limit: PAGE } : { limit: PAGE });
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1].globalPosition;
  }
}
