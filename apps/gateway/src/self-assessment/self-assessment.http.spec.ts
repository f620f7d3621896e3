import { streamId } from '@par/contracts';
import { CycleOverview } from '../queries/cycle-overview.view';
import { SelfAssessmentView } from '../queries/self-assessment.view';
import { eventually, GatewayHarness, startGateway } from '../testing/gateway-harness';
import { admin, CYCLE, evidence, headOf, reporterOf, setupRequests, sheetPath } from '../testing/small-cycle.http';

jest.setTimeout(60_000);

const SHEET = streamId('self-assessment', CYCLE, 'so-tu-phap');
const score = (criterion: string) => `${sheetPath('so-tu-phap')}/scores/${criterion}`;

describe('over HTTP: the admin sets up a cycle, the unit self-assesses, the head submits', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_happy');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('the province admin sets up and opens the cycle; the overview shows it', async () => {
    for (const [method, path, body] of setupRequests()) {
      const reply = await gateway.request(method, path, { as: admin, body });
      expect({ path, status: reply.status, body: reply.body }).toEqual({
        path,
        status: path === '/api/v1/cycles' || /groups|criteria-sets|units$/.test(path) ? 201 : 200,
        body: expect.objectContaining({ eventsAppended: 1 }),
      });
    }
    const overview = await eventually(async () => {
      const reply = await gateway.request('GET', `/api/v1/cycles/${CYCLE}`, { as: reporterOf('so-tu-phap') });
      expect(reply.body.status).toBe('open');
      return reply.body;
    });
    expect(overview.units.map((unit: { name: string }) => unit.name)).toEqual(['Sở Tư pháp', 'Sở Y tế', 'UBND huyện A']);
    expect(overview.criteriaSets[0]).toEqual(expect.objectContaining({ criteriaSetId: 'set-departments', maxTotal: '6.50', leafCount: 4 }));
    // A unit without a parent: null. The tree reads as it was sent (no '' for what a node does not have).
    expect(overview.units[0].parentId).toBeNull();
    expect(overview.criteriaSets[0].criteria[0].children[0]).toEqual({
      code: '1.1',
      title: 'Kế hoạch CCHC năm',
      maxPoints: '1.00',
      method: { kind: 'manual', step: '0.25' },
      source: 'self',
    });
    expect(CycleOverview.parse(overview)).toEqual(overview);
  });

  it('the reporter scores with evidence and a note, clears a draft; the sheet and progress show it', async () => {
    const scored = await gateway.request('PUT', score('1.1'), { as: reporterOf('so-tu-phap'), body: { points: '0.75', evidence } });
    expect(scored).toEqual(expect.objectContaining({ status: 200, body: { streamId: SHEET, version: 1, eventsAppended: 1 } }));
    await gateway.request('PUT', score('1.2'), { as: reporterOf('so-tu-phap'), body: { points: 1, note: 'Hoàn thành 96% nhiệm vụ đúng hạn' } });
    await gateway.request('PUT', score('6.4'), { as: reporterOf('so-tu-phap'), body: { points: 1, evidence } });
    expect((await gateway.request('DELETE', score('6.4'), { as: reporterOf('so-tu-phap') })).body.eventsAppended).toBe(1);

    const sheet = await eventually(async () => {
      const reply = await gateway.request('GET', sheetPath('so-tu-phap'), { as: headOf('so-tu-phap') });
      expect(reply.body.leaves.filter((leaf: { points: string | null }) => leaf.points !== null)).toHaveLength(2);
      return reply.body;
    });
    expect(sheet.leaves[0]).toEqual(
      expect.objectContaining({ criterion: '1.1', points: '0.75', evidence: [expect.objectContaining({ documentNo: '12/KH-STP' })] }),
    );
    expect(sheet.leaves[1]).toEqual(expect.objectContaining({ criterion: '1.2', points: '1.00', note: 'Hoàn thành 96% nhiệm vụ đúng hạn' }));
    // Not scored (1.3) or cleared (6.4): no points and no note, as null — never '' — exactly as the documented shape says.
    expect(sheet.leaves.slice(2)).toEqual([
      expect.objectContaining({ criterion: '1.3', points: null, note: null }),
      expect.objectContaining({ criterion: '6.4', points: null, note: null }),
    ]);
    expect(SelfAssessmentView.parse(sheet)).toEqual(sheet);

    const progress = await gateway.request('GET', `/api/v1/cycles/${CYCLE}/units/so-tu-phap/progress`, { as: reporterOf('so-tu-phap') });
    expect(progress.body).toEqual({
      secured: '1.75',
      surveyHeld: '2.50',
      applicableMax: '6.50',
      projected: '1.75',
      surveyGiven: '0.00',
      surveyPending: '2.50',
    });
  });

  it('the head submits; the log records each command with the JWT’s actor, role, unit and the correlation id', async () => {
    const submitted = await gateway.request('POST', `${sheetPath('so-tu-phap')}/submit`, {
      as: headOf('so-tu-phap'),
      headers: { 'x-correlation-id': 'nop-bao-cao-stp-1' },
    });
    expect(submitted.status).toBe(200);
    expect(submitted.headers.get('x-correlation-id')).toBe('nop-bao-cao-stp-1');

    const events = await gateway.submissionsStream(SHEET);
    expect(events.map((event) => event.type)).toEqual([
      'CriterionSelfScored',
      'CriterionSelfScored',
      'CriterionSelfScored',
      'SelfScoreCleared',
      'SelfAssessmentSubmitted',
    ]);
    expect(events.at(-1)?.metadata).toEqual(
      expect.objectContaining({ actor: 'head.so-tu-phap', role: 'UNIT_HEAD', actorUnitId: 'so-tu-phap', correlationId: 'nop-bao-cao-stp-1' }),
    );
    expect(events[0].metadata).toEqual(expect.objectContaining({ actor: 'reporter.so-tu-phap', role: 'UNIT_REPORTER', actorUnitId: 'so-tu-phap' }));

    const setup = await gateway.submissionsStream(streamId('cycle', CYCLE));
    expect(setup.every((event) => event.metadata.actor === 'nguyen.thi.noivu' && event.metadata.role === 'PROVINCE_ADMIN')).toBe(true);
    await eventually(async () => expect((await gateway.request('GET', sheetPath('so-tu-phap'), { as: admin })).body.status).toBe('submitted'));
  });

  it('scoring after submission: 409 problem, nothing written; the admin reopens with a reason', async () => {
    const before = (await gateway.submissionsStream(SHEET)).length;
    const locked = await gateway.request('PUT', score('1.1'), { as: reporterOf('so-tu-phap'), body: { points: '1.00', evidence } });
    expect(locked.status).toBe(409);
    expect(locked.contentType).toMatch(/^application\/problem\+json/);
    expect(locked.body).toEqual(expect.objectContaining({ status: 409, code: 'SELF_ASSESSMENT_LOCKED', instance: score('1.1') }));
    expect((await gateway.submissionsStream(SHEET)).length).toBe(before);

    const reopened = await gateway.request('POST', `${sheetPath('so-tu-phap')}/reopen`, {
      as: admin,
      body: { reason: 'Bổ sung minh chứng theo đề nghị của Sở Nội vụ' },
    });
    expect(reopened.status).toBe(200);
    const events = await gateway.submissionsStream(SHEET);
    expect(events.at(-1)?.metadata).toEqual(
      expect.objectContaining({ actor: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', reason: 'Bổ sung minh chứng theo đề nghị của Sở Nội vụ' }),
    );
  });
});
