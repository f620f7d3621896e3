import { randomUUID } from 'node:crypto';
import { type AppraisalEvent, ENVELOPE_VERSION, type EventEnvelope, streamId } from '@par/contracts';
import { createTestDatabase, TestDatabase } from '@par/testing';
import { Pool, type PoolClient } from 'pg';
import {
  appraisalStarted,
  bonusRecorded,
  CYCLE,
  criterionAccepted,
  criterionAppraised,
  deductionRecorded,
  explanationFiled,
  explanationResolved,
  finalized,
  finalValuesOfTheExample,
  markedNotApplicable,
  REASON_3_2,
  REASON_6_4,
  REASON_7_3,
  REASON_DEDUCTION,
  resultSent,
} from '../../domain/testing/appraisal.fixtures';
import { migrateAppraisalSheet } from './appraisal-sheet.migrations';
import { AppraisalSheetProjector } from './appraisal-sheet.projector';

/** Two units appraised side by side, as the log interleaves them: values set, set again, adjusted, sent, explained, finalized. */
const X = 'so-x';
const Y = 'so-y';
const historyOfX: AppraisalEvent[] = [
  appraisalStarted(),
  criterionAppraised('3.2', '2.00', '1.00', REASON_3_2),
  criterionAppraised('7.3', '1.50', '0.75', REASON_7_3),
  markedNotApplicable('6.4', '0.00', REASON_6_4),
  criterionAppraised('3.2', '1.00', '0.00', REASON_3_2),
  deductionRecorded('deduction-1', '0.50', REASON_DEDUCTION),
  criterionAppraised('3.2', '0.00', '1.00', REASON_3_2),
  resultSent(['3.2', '6.4', '7.3']),
  explanationFiled('7.3'),
  explanationResolved('7.3', 'changed', '0.75', '1.50'),
  finalized(finalValuesOfTheExample, '0.00', '0.50'),
];
const historyOfY: AppraisalEvent[] = [
  appraisalStarted(),
  criterionAppraised('7.3', '1.50', '1.00', REASON_7_3),
  criterionAccepted('1.1', '1.00', '1.00'),
  criterionAppraised('7.3', '1.00', '0.50', REASON_7_3),
  bonusRecorded('bonus-1', '0.25', 'Sáng kiến cấp tỉnh'),
  criterionAccepted('7.3', '0.50', '1.50'),
].map((event) => ({ ...event, data: { ...event.data, unitId: Y } }) as AppraisalEvent);

function envelopes(unitId: string, history: readonly AppraisalEvent[]): EventEnvelope[] {
  return history.map((event, index) => ({
    envelopeVersion: ENVELOPE_VERSION,
    eventId: randomUUID(),
    streamId: streamId('appraisal', CYCLE, unitId),
    streamVersion: index + 1,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: {},
    source: 'appraisal',
    position: { transactionId: '1', position: String(index + 1) },
    recordedAt: new Date(0).toISOString(),
  }));
}

/** X's and Y's events alternating while both have some, each stream in its order. */
function interleaved(): EventEnvelope[] {
  const [x, y] = [envelopes(X, historyOfX), envelopes(Y, historyOfY)];
  return Array.from({ length: Math.max(x.length, y.length) }, (_, index) => [x[index], y[index]])
    .flat()
    .filter((envelope) => envelope !== undefined);
}

describe('the appraisal sheet projector', () => {
  let database: TestDatabase;
  let pool: Pool;
  const projector = new AppraisalSheetProjector();

  beforeAll(async () => {
    database = await createTestDatabase('appraisal_sheet_projector');
    pool = new Pool({ connectionString: database.url, max: 2 });
    await migrateAppraisalSheet(pool);
  });
  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  async function inTransaction(work: (tx: PoolClient) => Promise<void>): Promise<void> {
    const tx = await pool.connect();
    try {
      await tx.query('BEGIN');
      await work(tx);
      await tx.query('COMMIT');
    } finally {
      tx.release();
    }
  }

  async function sheetRows() {
    const query = async (sql: string) => (await pool.query(sql)).rows;
    return {
      sheets: await query('SELECT * FROM appraisal.sheets ORDER BY cycle_id, unit_id'),
      leaves: await query('SELECT * FROM appraisal.sheet_leaves ORDER BY cycle_id, unit_id, criterion'),
      adjustments: await query('SELECT * FROM appraisal.sheet_adjustments ORDER BY cycle_id, unit_id, adjustment_id'),
    };
  }

  async function project(batchSize: number) {
    await pool.query('TRUNCATE appraisal.sheets, appraisal.sheet_leaves, appraisal.sheet_adjustments');
    const all = interleaved();
    for (let start = 0; start < all.length; start += batchSize) {
      const batch = all.slice(start, start + batchSize);
      await inTransaction((tx) => (batchSize === 1 ? projector.handle(batch[0], tx) : projector.handleBatch(batch, tx)));
    }
    return sheetRows();
  }

  it('keeps each leaf as the last event left it, and each sheet at its stream version', async () => {
    const { sheets, leaves, adjustments } = await project(1);
    const leaf = (unitId: string, criterion: string) => leaves.find((row) => row.unit_id === unitId && row.criterion === criterion);
    expect(sheets.map((sheet) => [sheet.unit_id, sheet.phase, sheet.stream_version])).toEqual([
      [X, 'finalized', historyOfX.length],
      [Y, 'appraising', historyOfY.length],
    ]);
    expect(leaf(X, '3.2')).toMatchObject({ points: '1.00', reviewed: true });
    expect(leaf(X, '6.4')).toMatchObject({ points: null, reviewed: true });
    expect(leaf(X, '7.3')).toMatchObject({ points: '1.50', reviewed: true, explanation: 'resolved' });
    expect(leaf(Y, '7.3')).toMatchObject({ points: '1.50', reviewed: true, explanation: 'none' });
    expect(leaf(Y, '1.1')).toMatchObject({ points: '1.00', reviewed: true });
    expect(leaf(Y, '3.2')).toMatchObject({ points: '2.00', reviewed: false });
    expect(adjustments.map((row) => [row.unit_id, row.adjustment_id, row.points])).toEqual([
      [X, 'deduction-1', '0.50'],
      [Y, 'bonus-1', '0.25'],
    ]);
  });

  it.each([2, 3, 100])('leaves the same sheets from batches of %i events as from the events one by one', async (size) => {
    const oneByOne = await project(1);
    expect(await project(size)).toEqual(oneByOne);
  });
});
