import { type AppendOptions, type EventStore, InMemoryEventStore, type NewEvent, type ReadStreamOptions, WrongExpectedVersionError } from '@par/event-store';
import { cycleStream } from '../domain/cycle/cycle.events';
import { selfAssessmentStream } from '../domain/self-assessment/self-assessment.events';
import { reporterOf } from '../domain/testing/actors';
import { CYCLE, opened } from '../domain/testing/cycle.fixture';
import { plan, UNIT } from '../domain/testing/self-assessment.fixture';
import { ScoreCriterionCommand } from '../score-criterion/score-criterion.command';
import { SelfAssessmentCommandHandler } from './self-assessment-command.handler';

const SHEET = selfAssessmentStream(CYCLE, UNIT).streamId;

/** The in-memory log, able to hold the next reads of the unit's sheet until all have read: commands then decide on one version. */
class MeetingStore implements EventStore {
  private gate?: { expected: number; arrived: number; open: () => void; opened: Promise<void> };
  readonly inner = new InMemoryEventStore();

  meetAtNextSheetReads(expected: number): void {
    let open = () => undefined as void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    this.gate = { expected, arrived: 0, open, opened };
  }

  async readStream(streamId: string, options?: ReadStreamOptions) {
    const events = await this.inner.readStream(streamId, options);
    const gate = this.gate;
    if (gate && streamId === SHEET) {
      gate.arrived += 1;
      if (gate.arrived >= gate.expected) {
        this.gate = undefined;
        gate.open();
      }
      await gate.opened;
    }
    return events;
  }

  append(streamId: string, events: NewEvent[], options: AppendOptions) {
    return this.inner.append(streamId, events, options);
  }

  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options);
  subscribe: EventStore['subscribe'] = (options) => this.inner.subscribe(options);
  verify: EventStore['verify'] = () => this.inner.verify();
}

describe('the self-assessment handler when two people of a unit score at once', () => {
  let store: MeetingStore;
  let handler: SelfAssessmentCommandHandler;
  const score = (criterion: string, points: string) =>
    new ScoreCriterionCommand({ cycleId: CYCLE, unitId: UNIT, actor: reporterOf(UNIT), criterion, points, evidence: [plan] }, `score-${criterion}-${points}`);

  beforeEach(async () => {
    store = new MeetingStore();
    const metadata = { actor: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', occurredAt: '2025-10-01T00:00:00.000Z' };
    await store.append(
      cycleStream(CYCLE).streamId,
      opened().map((event) => ({ ...event, schemaVersion: event.schemaVersion ?? 1, metadata })),
      { expectedVersion: 0 },
    );
    handler = new SelfAssessmentCommandHandler(store, () => new Date('2025-11-05T02:00:00.000Z'));
  });

  it('records both drafts of different leaves: the one that lost the race is decided again, as they commute', async () => {
    await handler.execute(score('1.1', '0.25'));
    store.meetAtNextSheetReads(2);
    const outcomes = await Promise.allSettled([handler.execute(score('1.1', '0.75')), handler.execute(score('6.4', '1.00'))]);

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled']);
    const events = await store.inner.readStream(SHEET);
    expect(
      events
        .map((event) => [(event.data as { criterion: string }).criterion, (event.data as { points: string }).points])
        .slice(1)
        .sort(),
    ).toEqual([
      ['1.1', '0.75'],
      ['6.4', '1.00'],
    ]);
  });

  it('lets one of two drafts of the same leaf win; the other is a conflict, and nothing of it is written', async () => {
    await handler.execute(score('1.1', '0.25'));
    store.meetAtNextSheetReads(2);
    const outcomes = await Promise.allSettled([handler.execute(score('1.1', '0.75')), handler.execute(score('1.1', '1.00'))]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const lost = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(lost?.reason).toBeInstanceOf(WrongExpectedVersionError);
    expect(await store.inner.readStream(SHEET)).toHaveLength(2);
  });
});
