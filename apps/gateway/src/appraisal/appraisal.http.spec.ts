import { streamId } from '@par/contracts';
import type { DevTokenClaims } from '../auth/dev-token';
import { eventually, GatewayHarness, startGateway } from '../testing/gateway-harness';
import { AppraisalSheet } from './appraisal.views';
import { admin, CYCLE, evidence, headOf, reporterOf, setupRequests, sheetPath } from '../testing/small-cycle.http';

jest.setTimeout(60_000);

const appraiser: DevTokenClaims = { sub: 'tran.thi.thamdinh', role: 'APPRAISER', unitId: 'so-noi-vu' };
const appraiserOfTheUnit: DevTokenClaims = { sub: 'le.van.stp', role: 'APPRAISER', unitId: 'so-tu-phap' };
const chair: DevTokenClaims = { sub: 'pham.van.chutich', role: 'COUNCIL_CHAIR', unitId: 'van-phong-ubnd' };
const APPRAISAL = `/api/v1/cycles/${CYCLE}/units/so-tu-phap/appraisal`;
const STREAM = streamId('appraisal', CYCLE, 'so-tu-phap');

describe('over HTTP: a submitted self-assessment is appraised, explained, resolved and finalized', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await startGateway('gateway_appraisal', { appraisal: true });
    for (const [method, path, body] of setupRequests()) await gateway.request(method, path, { as: admin, body });
    await gateway.request('PUT', `${sheetPath('so-tu-phap')}/scores/1.1`, { as: reporterOf('so-tu-phap'), body: { points: '1.00', evidence } });
    await gateway.request('POST', `${sheetPath('so-tu-phap')}/submit`, { as: headOf('so-tu-phap') });
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('the submission starts the appraisal; the sheet is readable', async () => {
    const sheet = await eventually(async () => {
      const reply = await gateway.request('GET', APPRAISAL, { as: appraiser });
      expect(reply.status).toBe(200);
      return reply.body;
    });
    expect(sheet.phase).toBe('appraising');
    expect(sheet.leaves.find((leaf: { criterion: string }) => leaf.criterion === '1.1')).toEqual(expect.objectContaining({ selfPoints: '1.00' }));
  });

  it('what has not happened is null, never an empty string: a leaf the unit did not score, a result not yet sent', async () => {
    const sheet = (await gateway.request('GET', APPRAISAL, { as: appraiser })).body;
    expect(sheet.leaves.find((leaf: { criterion: string }) => leaf.criterion === '1.2')).toEqual(
      expect.objectContaining({ selfPoints: null, points: '0.00', applicable: true }),
    );
    expect(sheet).toEqual(expect.objectContaining({ sentAt: null, explanationDeadline: null, finalizedAt: null }));
    expect(AppraisalSheet.parse(sheet)).toEqual(sheet);
  });

  it('an appraiser of the unit itself: 403 APPRAISER_OWN_UNIT; a change without a reason: 422 naming `reason`; nothing written', async () => {
    const before = (await gateway.appraisalStream(STREAM)).length;
    const own = await gateway.request('PUT', `${APPRAISAL}/scores/1.1`, { as: appraiserOfTheUnit, body: { points: '0.5', reason: 'x' } });
    expect(own.body).toEqual(expect.objectContaining({ status: 403, code: 'APPRAISER_OWN_UNIT', field: 'unitId' }));
    const noReason = await gateway.request('PUT', `${APPRAISAL}/scores/1.1`, { as: appraiser, body: { points: '0.5' } });
    expect(noReason.body).toEqual(expect.objectContaining({ status: 422, code: 'REASON_REQUIRED', field: 'reason' }));
    expect(await gateway.appraisalStream(STREAM)).toHaveLength(before);
  });

  it('appraised, sent, explained by the unit, changed by the council, finalized by the chair; each step records its actor', async () => {
    const leaf = `${APPRAISAL}/scores/1.1`;
    expect((await gateway.request('PUT', leaf, { as: appraiser, body: { points: '0.50', reason: 'Kế hoạch ban hành muộn 5 ngày' } })).status).toBe(200);
    expect((await gateway.request('POST', `${APPRAISAL}/send`, { as: appraiser, body: { explanationWindowDays: 5 } })).status).toBe(200);
    const explained = await gateway.request('POST', `${APPRAISAL}/explanations`, {
      as: reporterOf('so-tu-phap'),
      body: {
        criterion: '1.1',
        text: 'Kế hoạch đã trình đúng hạn, ban hành chậm do lãnh đạo đi công tác',
        evidence: [{ title: 'Tờ trình 05/TTr-STP', date: '2025-01-05' }],
      },
    });
    expect(explained.status).toBe(201);
    const resolved = await gateway.request('POST', `${APPRAISAL}/explanations/1.1/resolution`, {
      as: chair,
      body: { decision: 'changed', points: '1.00', reason: 'Hội đồng chấp nhận giải trình', votes: { for: 5, against: 2, abstain: 0, members: 7 } },
    });
    expect(resolved.status).toBe(200);
    expect((await gateway.request('POST', `${APPRAISAL}/finalize`, { as: chair })).status).toBe(200);

    const events = await gateway.appraisalStream(STREAM);
    const byType = (type: string) => events.find((event) => event.type === type)?.metadata;
    expect(byType('ExplanationResolved')).toEqual(
      expect.objectContaining({ actor: 'pham.van.chutich', role: 'COUNCIL_CHAIR', reason: 'Hội đồng chấp nhận giải trình' }),
    );
    expect(byType('AppraisalFinalized')).toEqual(expect.objectContaining({ actor: 'pham.van.chutich', role: 'COUNCIL_CHAIR' }));
    await eventually(async () => {
      const sheet = (await gateway.request('GET', APPRAISAL, { as: headOf('so-tu-phap') })).body;
      expect(sheet.phase).toBe('finalized');
      expect(sheet.leaves.find((leaf: { criterion: string }) => leaf.criterion === '1.1').points).toBe('1.00');
    });
  });
});
