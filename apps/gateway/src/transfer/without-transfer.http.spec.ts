import type { DevTokenClaims } from '../auth/dev-token';
import { formWith, startTransferGateway, TransferGateway } from './testing/transfer-gateway';

jest.setTimeout(60_000);

const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };

describe('distributed mode (no transfer provided): the routes exist, answer 501 and name the `par` command that does it', () => {
  let gateway: TransferGateway;

  beforeAll(async () => {
    gateway = await startTransferGateway(undefined);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('an import, or its status: 501 naming par import', async () => {
    const form = formWith([{ name: 'demo-2025.json', type: 'application/json', content: '{}' }]);
    for (const [method, path, options] of [
      ['POST', '/api/v1/imports', { as: admin, form }],
      ['GET', '/api/v1/imports/import-1', { as: admin }],
    ] as const) {
      const reply = await gateway.request(method, path, options);
      expect(reply.status).toBe(501);
      expect(reply.contentType).toMatch(/^application\/problem\+json/);
      expect(reply.body).toEqual(expect.objectContaining({ code: 'TRANSFER_NOT_AVAILABLE', detail: expect.stringContaining('`par import <file>`') }));
    }
  });

  it('an export: 501 naming par export', async () => {
    const reply = await gateway.request('GET', '/api/v1/cycles/demo-2025/export?format=xlsx', { as: admin });
    expect(reply.status).toBe(501);
    expect(reply.body.detail).toContain('`par export <cycleId>`');
  });

  it('who may call is still checked first: a unit reporter gets 403, not 501', async () => {
    const reply = await gateway.request('GET', '/api/v1/cycles/demo-2025/export', { as: { sub: 'r', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' } });
    expect(reply.status).toBe(403);
  });
});
