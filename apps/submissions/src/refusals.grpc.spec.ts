import { streamId } from '@par/contracts';
import { eventually, startSubmissions, SubmissionsHarness, type SubmissionsMethod } from './testing/submissions-harness';
import { admin, CYCLE, districtsSet, evidence, headOf, reporterOf, setupRequests } from './testing/small-cycle.fixture';

jest.setTimeout(60_000);

const SHEET = streamId('self-assessment', CYCLE, 'so-tu-phap');
const CYCLE_STREAM = streamId('cycle', CYCLE);
const asReporter = { actor: reporterOf('so-tu-phap'), cycleId: CYCLE, unitId: 'so-tu-phap' };

describe('refused requests write nothing and say why, as a gRPC status', () => {
  let service: SubmissionsHarness;

  beforeAll(async () => {
    service = await startSubmissions('submissions_refusals');
    for (const [method, request] of setupRequests()) await service.call(method, request);
    await service.call('ScoreCriterion', { ...asReporter, criterion: '6.4', points: '1', evidence });
  });
  afterAll(async () => {
    await service?.close();
  });

  /** Each refusal: its status, code and field, and the sheet's stream unchanged. */
  async function expectRefused(method: SubmissionsMethod, request: object, expected: { grpcStatus: number; code: string; field?: string }) {
    const before = await service.streamLength(SHEET);
    const refusal = await service.refusal(method, request);
    expect(refusal).toEqual(expect.objectContaining(expected));
    expect(await service.streamLength(SHEET)).toBe(before);
    return refusal;
  }

  it('points off the leaf’s step: INVALID_ARGUMENT naming the score’s points', async () => {
    const refusal = await expectRefused(
      'ScoreCriterion',
      { ...asReporter, criterion: '1.1', points: '0.30', evidence },
      { grpcStatus: 3, code: 'SCORE_OFF_STEP', field: 'scores[1.1].points' },
    );
    expect(refusal.category).toBe('invalid');
    expect(refusal.message).toContain('0.25');
  });

  it('a criterion the set does not have: INVALID_ARGUMENT, CRITERION_UNKNOWN', async () => {
    await expectRefused(
      'ScoreCriterion',
      { ...asReporter, criterion: '9.9', points: '1', evidence },
      { grpcStatus: 3, code: 'CRITERION_UNKNOWN', field: 'scores[9.9].criterion' },
    );
  });

  it('a reporter of another unit: PERMISSION_DENIED, WRONG_UNIT on unitId', async () => {
    await expectRefused(
      'ScoreCriterion',
      { ...asReporter, actor: reporterOf('so-y-te'), criterion: '1.1', points: '0.5', evidence },
      { grpcStatus: 7, code: 'WRONG_UNIT', field: 'unitId' },
    );
  });

  it('a role that may not act: a reporter submitting, an appraiser scoring: PERMISSION_DENIED, ROLE_NOT_ALLOWED', async () => {
    await expectRefused('SubmitSelfAssessment', asReporter, { grpcStatus: 7, code: 'ROLE_NOT_ALLOWED', field: 'actor.role' });
    const appraiser = { userId: 'tran.thi.b', role: 'APPRAISER', unitId: 'so-noi-vu' };
    await expectRefused(
      'ScoreCriterion',
      { ...asReporter, actor: appraiser, criterion: '1.1', points: '0.5', evidence },
      { grpcStatus: 7, code: 'ROLE_NOT_ALLOWED' },
    );
  });

  it('a claim without evidence or note: INVALID_ARGUMENT', async () => {
    await expectRefused('ScoreCriterion', { ...asReporter, criterion: '1.1', points: '0.5' }, { grpcStatus: 3, code: 'EVIDENCE_OR_NOTE_REQUIRED' });
  });

  it('a unit head cannot set up the cycle; the cycle stream is unchanged', async () => {
    const before = await service.streamLength(CYCLE_STREAM);
    const refusal = await service.refusal('CloseCycle', { actor: headOf('so-tu-phap'), cycleId: CYCLE });
    expect(refusal).toEqual(expect.objectContaining({ grpcStatus: 7, code: 'ROLE_NOT_ALLOWED' }));
    expect(await service.streamLength(CYCLE_STREAM)).toBe(before);
  });

  it('an unknown cycle: NOT_FOUND', async () => {
    const refusal = await service.refusal('ScoreCriterion', { ...asReporter, cycleId: 'khong-co', criterion: '1.1', points: '0.5', evidence });
    expect(refusal).toEqual(expect.objectContaining({ grpcStatus: 5, code: 'CYCLE_NOT_FOUND' }));
  });

  it('a correction after opening needs a reason; with one it makes version 2 of the set', async () => {
    const corrected = [{ ...districtsSet[0], title: 'Cải cách thể chế (sửa đổi)' }];
    const asAdmin = { actor: admin, cycleId: CYCLE, criteriaSetId: 'set-districts', criteria: corrected };
    const before = await service.streamLength(CYCLE_STREAM);
    expect(await service.refusal('CorrectCriteriaSet', asAdmin)).toEqual(expect.objectContaining({ grpcStatus: 3, code: 'REASON_REQUIRED', field: 'reason' }));
    expect(await service.streamLength(CYCLE_STREAM)).toBe(before);

    await service.call('CorrectCriteriaSet', { ...asAdmin, reason: 'Sửa tên tiêu chí theo Quyết định 1234/QĐ-UBND' });
    await eventually(async () => {
      const overview = await service.call('GetCycleOverview', { cycleId: CYCLE });
      expect(overview.criteriaSets[1]).toEqual(expect.objectContaining({ criteriaSetId: 'set-districts', version: 2 }));
      expect(overview.criteriaSets[1].criteria[0].title).toBe('Cải cách thể chế (sửa đổi)');
    });
  });

  it('a request without a cycle id never reaches a stream: INVALID_ARGUMENT on cycleId', async () => {
    expect(await service.refusal('OpenCycle', { actor: admin })).toEqual(expect.objectContaining({ grpcStatus: 3, code: 'REQUEST_INVALID', field: 'cycleId' }));
  });

  it('two concurrent scorings of the same leaf: both applied in turn, or one ABORTED; nothing lost', async () => {
    const before = await service.streamLength(SHEET);
    const attempts = ['0.25', '0.50'].map((points) =>
      service.call('ScoreCriterion', { ...asReporter, criterion: '1.1', points, evidence }).then(
        () => ({ points, outcome: 'applied' as const }),
        (error) => ({ points, outcome: error.code === 10 ? ('aborted' as const) : error }),
      ),
    );
    const results = await Promise.all(attempts);
    const applied = results.filter((result) => result.outcome === 'applied');
    expect(results.every((result) => result.outcome === 'applied' || result.outcome === 'aborted')).toBe(true);
    expect(applied.length).toBeGreaterThanOrEqual(1);

    const { rows } = await service.pool.query(`SELECT data FROM submissions.events WHERE stream_id = $1 AND stream_version > $2 ORDER BY stream_version`, [
      SHEET,
      before,
    ]);
    expect(rows).toHaveLength(applied.length);
    expect(rows.map((row) => row.data.points).sort()).toEqual(applied.map((result) => Number(result.points).toFixed(2)).sort());
  });
});
