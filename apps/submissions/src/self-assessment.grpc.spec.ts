import { commandEventMetadataSchema, streamId } from '@par/contracts';
import { eventually, startSubmissions, SubmissionsHarness } from './testing/submissions-harness';
import { admin, CYCLE, evidence, headOf, reporterOf, setupRequests } from './testing/small-cycle.fixture';

jest.setTimeout(60_000);

const SHEET = streamId('self-assessment', CYCLE, 'so-tu-phap');
const forUnit = (actor: object) => ({ actor, cycleId: CYCLE, unitId: 'so-tu-phap' });

describe('a unit self-assesses over gRPC: set up, open, score, submit, locked, reopened', () => {
  let service: SubmissionsHarness;

  beforeAll(async () => {
    service = await startSubmissions('submissions_sa');
  });
  afterAll(async () => {
    await service?.close();
  });

  it('the province admin sets up a small cycle and opens it', async () => {
    for (const [method, request] of setupRequests()) await service.call(method, request);

    expect(await service.streamLength(streamId('cycle', CYCLE))).toBe(11);
    const overview = await eventually(async () => {
      const view = await service.call('GetCycleOverview', { cycleId: CYCLE });
      expect(view.status).toBe('open');
      return view;
    });
    expect(overview.groups.map((group: { groupId: string }) => group.groupId)).toEqual(['departments', 'districts']);
    expect(overview.units.map((unit: { name: string }) => unit.name)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'UBND huyện A']);
    // proto3 optional: a unit directly under the evaluator has no parent, unset rather than ''.
    expect(overview.units[0]).not.toHaveProperty('parentId');
    expect(overview.criteriaSets).toEqual([
      expect.objectContaining({ criteriaSetId: 'set-departments', version: 1, maxTotal: '6.50', leafCount: 4 }),
      expect.objectContaining({ criteriaSetId: 'set-districts', version: 1, maxTotal: '2.00', leafCount: 1 }),
    ]);
    expect(overview.selfAssessmentDue).toBe('2099-12-31');
  });

  it('the reporter scores leaves with evidence and a note; the sheet and progress show them', async () => {
    const scored = await service.call('ScoreCriterion', { ...forUnit(reporterOf('so-tu-phap')), criterion: '1.1', points: '0.75', evidence });
    expect(scored).toEqual({ streamId: SHEET, version: 1, eventsAppended: 1 });
    await service.call('ScoreCriterion', { ...forUnit(reporterOf('so-tu-phap')), criterion: '1.2', points: '1.00', note: 'Hoàn thành 96% nhiệm vụ đúng hạn' });

    const sheet = await eventually(async () => {
      const view = await service.call('GetSelfAssessment', { cycleId: CYCLE, unitId: 'so-tu-phap' });
      expect(view.leaves.filter((leaf: { points?: string }) => leaf.points !== undefined)).toHaveLength(2);
      return view;
    });
    expect(sheet.status).toBe('draft');
    expect(sheet.leaves[0]).toEqual({
      criterion: '1.1',
      title: 'Kế hoạch CCHC năm',
      maxPoints: '1.00',
      source: 'self',
      applicable: true,
      points: '0.75',
      evidence: [{ title: 'Kế hoạch CCHC năm 2025', documentNo: '12/KH-STP', date: '2025-01-15', section: 'mục II.1' }],
    });
    // Absent means absent (proto3 optional): no file, no note, and no points on a leaf not scored (1.3).
    expect(sheet.leaves[0].evidence[0]).not.toHaveProperty('fileRef');
    expect(sheet.leaves[0]).not.toHaveProperty('note');
    expect(sheet.leaves[2]).toEqual(expect.objectContaining({ criterion: '1.3', evidence: [] }));
    expect(sheet.leaves[2]).not.toHaveProperty('points');
    expect(sheet.leaves[1]).toEqual(expect.objectContaining({ criterion: '1.2', points: '1.00', note: 'Hoàn thành 96% nhiệm vụ đúng hạn' }));

    const progress = await service.call('GetProgress', { cycleId: CYCLE, unitId: 'so-tu-phap' });
    expect(progress).toEqual({ secured: '1.75', surveyHeld: '2.50', surveyGiven: '0.00', surveyPending: '2.50', applicableMax: '6.50', projected: '1.75' });
  });

  it('the head submits; the sheet is locked for everyone, and the refusal names code and field', async () => {
    await service.call('SubmitSelfAssessment', forUnit(headOf('so-tu-phap')));
    const length = await service.streamLength(SHEET);

    const locked = await service.refusal('ScoreCriterion', { ...forUnit(reporterOf('so-tu-phap')), criterion: '1.1', points: '1.00', evidence });
    expect(locked).toEqual(expect.objectContaining({ grpcStatus: 9, category: 'wrong-state', code: 'SELF_ASSESSMENT_LOCKED' }));
    expect(locked.field).not.toBe('');
    expect(await service.streamLength(SHEET)).toBe(length);
    await eventually(async () => expect((await service.call('GetSelfAssessment', { cycleId: CYCLE, unitId: 'so-tu-phap' })).status).toBe('submitted'));
  });

  it('the admin reopens it with a reason; the reporter can score again and the reason is in the log', async () => {
    await service.call('ReopenSelfAssessment', { ...forUnit(admin), reason: 'Đơn vị bổ sung minh chứng theo đề nghị của Sở Nội vụ' });
    await service.call('ScoreCriterion', { ...forUnit(reporterOf('so-tu-phap')), criterion: '1.1', points: '1.00', evidence });

    const { rows } = await service.pool.query(`SELECT type, metadata FROM submissions.events WHERE stream_id = $1 ORDER BY stream_version`, [SHEET]);
    expect(rows.map((row) => row.type)).toEqual([
      'CriterionSelfScored',
      'CriterionSelfScored',
      'SelfAssessmentSubmitted',
      'SelfAssessmentReopened',
      'CriterionSelfScored',
    ]);
    expect(rows[3].metadata).toEqual(
      expect.objectContaining({
        actor: admin.userId,
        role: 'PROVINCE_ADMIN',
        actorUnitId: 'so-noi-vu',
        reason: 'Đơn vị bổ sung minh chứng theo đề nghị của Sở Nội vụ',
      }),
    );
    for (const { metadata } of rows) expect(commandEventMetadataSchema.safeParse(metadata).error).toBeUndefined();
    expect(rows[3].metadata.correlationId).toEqual(expect.any(String));
    await eventually(async () => {
      const sheet = await service.call('GetSelfAssessment', { cycleId: CYCLE, unitId: 'so-tu-phap' });
      expect(sheet).toEqual(expect.objectContaining({ status: 'draft', submissions: 1 }));
      expect(sheet.leaves[0].points).toBe('1.00');
    });
  });
});
