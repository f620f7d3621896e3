import type { DevTokenClaims } from '../auth/dev-token';
import { attachmentOf } from './attachment';
import { exportedJson, exportedWorkbook, FakeCycleTransfer, KNOWN_CYCLE } from './testing/fake-cycle-transfer';
import { startTransferGateway, TransferGateway } from './testing/transfer-gateway';

jest.setTimeout(60_000);

const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const chair: DevTokenClaims = { sub: 'chair.hoidong', role: 'COUNCIL_CHAIR', unitId: 'van-phong-ubnd-tinh' };
const appraiser: DevTokenClaims = { sub: 'appraiser.sonoivu', role: 'APPRAISER', unitId: 'so-noi-vu' };
const exportPath = (cycleId: string, query = '') => `/api/v1/cycles/${cycleId}/export${query}`;

describe('GET /api/v1/cycles/{cycleId}/export: the cycle back as a file, for those who see every unit', () => {
  let gateway: TransferGateway;

  beforeAll(async () => {
    gateway = await startTransferGateway(new FakeCycleTransfer());
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('as JSON (the default): a UTF-8 JSON attachment named after the cycle', async () => {
    for (const query of ['', '?format=json']) {
      const reply = await gateway.request('GET', exportPath(KNOWN_CYCLE, query), { as: admin });
      expect(reply.status).toBe(200);
      expect(reply.contentType).toBe('application/json; charset=utf-8');
      expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${KNOWN_CYCLE}.json"`);
      expect(reply.body).toEqual(exportedJson(KNOWN_CYCLE));
    }
  });

  it('as XLSX: the workbook type, a .xlsx attachment, the bytes untouched', async () => {
    const reply = await gateway.request('GET', exportPath(KNOWN_CYCLE, '?format=xlsx'), { as: chair });
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="${KNOWN_CYCLE}.xlsx"`);
    expect(reply.headers.get('content-length')).toBe(String(exportedWorkbook().length));
    expect(Buffer.compare(reply.body, exportedWorkbook())).toBe(0);
  });

  it('an appraiser exports too; a unit reporter, a unit head and a national viewer do not (403)', async () => {
    expect((await gateway.request('GET', exportPath(KNOWN_CYCLE), { as: appraiser })).status).toBe(200);
    for (const role of ['UNIT_REPORTER', 'UNIT_HEAD', 'NATIONAL_VIEWER'] as const) {
      const reply = await gateway.request('GET', exportPath(KNOWN_CYCLE), { as: { sub: `someone.${role}`, role, unitId: 'so-tu-phap' } });
      expect([role, reply.status, reply.body.code]).toEqual([role, 403, 'ROLE_NOT_ALLOWED']);
    }
  });

  it('any format but json or xlsx: 400 naming format, the value not echoed', async () => {
    for (const query of ['?format=csv', '?format=', '?format=json&format=xlsx', `?format=${'<script>'.repeat(50)}`]) {
      const reply = await gateway.request('GET', exportPath(KNOWN_CYCLE, query), { as: admin });
      expect([query, reply.status, reply.contentType]).toEqual([query, 400, expect.stringMatching(/^application\/problem\+json/)]);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'FORMAT_UNSUPPORTED', field: 'format', detail: 'format must be json or xlsx (once)' }));
    }
  });

  it('an unknown cycle: 404 naming cycleId; a malformed one: 400 naming cycleId', async () => {
    const unknown = await gateway.request('GET', exportPath('no-such-cycle'), { as: admin });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual(expect.objectContaining({ code: 'CYCLE_NOT_FOUND', field: 'cycleId' }));
    const malformed = await gateway.request('GET', exportPath('bad%00id'), { as: admin });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toEqual(expect.objectContaining({ code: 'PATH_PARAM_INVALID', field: 'cycleId' }));
  });
});

describe('the attachment name of an export', () => {
  it('is quoted; a name beyond ASCII gets a stand-in and its exact UTF-8 form', () => {
    expect(attachmentOf('demo-2025.json')).toBe('attachment; filename="demo-2025.json"');
    expect(attachmentOf('kỳ-2025.xlsx')).toBe(`attachment; filename="k_-2025.xlsx"; filename*=UTF-8''k%E1%BB%B3-2025.xlsx`);
    expect(attachmentOf('a"b\\c.json')).toBe(`attachment; filename="a_b_c.json"; filename*=UTF-8''a%22b%5Cc.json`);
  });
});
