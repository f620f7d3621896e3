// Test only: the survey service's log as submissions reads it. The survey service is built apart (apps/survey);
// the points are checked against its contract (parseSurveyEvent) before they are appended, as it would.
import { parseSurveyEvent, SURVEY_SCHEMA_VERSION, type SurveyPointsApplied } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import { admin, CYCLE } from './small-cycle.fixture';

/** What one apply records for one unit's leaf; the cycle is the small cycle's and the basis one batch unless given. */
export type AppliedPoints = Omit<SurveyPointsApplied['data'], 'cycleId' | 'basis'> & { readonly basis?: readonly string[] };

export class SurveyLogWriter {
  /** Each apply one minute after the one before, unless it names its time. */
  private clock = Date.parse('2025-12-01T08:00:00.000Z');

  constructor(readonly store: EventStore) {}

  /** `par survey apply`: a unit's leaf points, appended to the campaign's stream by the province admin. */
  async apply(points: AppliedPoints, occurredAt = this.tick()): Promise<void> {
    const event = parseSurveyEvent('SurveyPointsApplied', SURVEY_SCHEMA_VERSION, { cycleId: CYCLE, basis: ['batch-1'], ...points });
    await this.append(`campaign:${points.campaignId}`, event.type, event.data, occurredAt);
  }

  /** Anything, unchecked: what another writer of the log (or a broken one) may have put there. */
  async append(streamId: string, type: string, data: object, occurredAt = this.tick()): Promise<void> {
    const metadata = { actor: admin.userId, role: admin.role, actorUnitId: admin.unitId, occurredAt };
    await this.store.append(streamId, [{ type, data, metadata }], { expectedVersion: 'any' });
  }

  private tick(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString();
  }
}
