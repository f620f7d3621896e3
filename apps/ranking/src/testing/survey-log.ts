// Test only: the survey service's log as ranking reads it. The survey service is built apart (apps/survey);
// these events are checked against its contract (parseSurveyEvent) before they are appended, as it would.
import { parseSurveyEvent, SURVEY_SCHEMA_VERSION, type SurveyPointsApplied } from '@par/contracts';
import type { EventStore } from '@par/event-store';
import type { StepClock } from './source-logs';
import { admin, CYCLE } from './worked-example.scenario';

/** What one apply records for one unit's leaf; the cycle is the scenario's and the basis one batch unless given. */
export type AppliedPoints = Omit<SurveyPointsApplied['data'], 'cycleId' | 'basis'> & { readonly basis?: readonly string[] };

export class SurveyLog {
  constructor(
    readonly store: EventStore,
    private readonly clock: StepClock,
  ) {}

  /** `par survey apply`: each unit's leaf points, appended to the campaign's stream by the province admin. */
  async apply(...applied: AppliedPoints[]): Promise<void> {
    for (const points of applied) {
      const data = { cycleId: CYCLE, basis: ['batch-1'], ...points };
      const event = parseSurveyEvent('SurveyPointsApplied', SURVEY_SCHEMA_VERSION, data);
      const metadata = { actor: admin.userId, role: admin.role, actorUnitId: admin.unitId, occurredAt: this.clock.tick().toISOString() };
      await this.store.append(`campaign:${points.campaignId}`, [{ type: event.type, data: event.data, metadata }], { expectedVersion: 'any' });
    }
  }
}
