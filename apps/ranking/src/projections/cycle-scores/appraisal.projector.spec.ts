import type { AppraisalEventOf } from '@par/contracts';
import type { PoolClient } from 'pg';
import type { EventContext } from '../event-context';
import { cycleScoresFromAppraisal } from './appraisal.projector';

const context: EventContext = {
  eventId: '00000000-0000-4000-8000-000000000001',
  source: 'appraisal',
  streamVersion: 7,
  actor: 'head.so-x',
  role: 'UNIT_HEAD',
  actorUnitId: 'so-x',
  occurredAt: '2025-11-02T00:00:00.000Z',
  recordedAt: '2025-11-02T00:00:00.000Z',
  importedFrom: null,
};

/** A transaction that records the leaf values written to it: criterion → points. */
function recordingLeafValues() {
  const written = new Map<string, string | null>();
  const tx = {
    query: async (sql: string, params: unknown[]) => {
      // One statement per event: the criteria and their points as two parallel arrays.
      if (sql.includes('leaf_values')) (params[2] as string[]).forEach((criterion, index) => written.set(criterion, (params[3] as (string | null)[])[index]));
      return { rowCount: 1, rows: [] };
    },
  } as unknown as PoolClient;
  return { tx, written };
}

describe('the cycle scores on a resubmission (SelfScoresRefreshed)', () => {
  it("resets each changed leaf to the unit's new claim, with libs/domain's rule: a leaf no longer scored claims 0.00", async () => {
    const refreshed: AppraisalEventOf<'SelfScoresRefreshed'> = {
      type: 'SelfScoresRefreshed',
      schemaVersion: 1,
      data: {
        cycleId: 'demo-2025',
        unitId: 'so-x',
        selfScores: [
          { criterion: '1.1', points: '1.00' },
          { criterion: '3.2', points: '1.50' },
        ],
        changedCriteria: [
          { criterion: '3.2', previousPoints: '1.00', points: '1.50' },
          { criterion: '7.3', previousPoints: '0.75', points: '0.00' },
        ],
      },
    };
    const { tx, written } = recordingLeafValues();
    await cycleScoresFromAppraisal(refreshed, context, tx);
    // 1.1 did not change: its reviewed value stands.
    expect(Object.fromEntries(written)).toEqual({ '3.2': '1.50', '7.3': '0.00' });
  });
});
