import type { INestApplication } from '@nestjs/common';
import { freePort } from '@par/testing';
import { type DevTokenClaims, signDevToken } from '../auth/dev-token';
import { createGatewayApp } from '../gateway.app';
import { APPENDIX_CYCLE, startResultsServices } from './testing/results-services';

jest.setTimeout(60_000);

const reporter: DevTokenClaims = { sub: 'reporter.so-y', role: 'UNIT_REPORTER', unitId: 'so-y' };
const SECRET = 'field-ranking-spec-secret-0123456789abcdef';

describe('GET /api/v1/cycles/{cycleId}/field-rankings/{field}: each group ranked by one field’s component index', () => {
  let services: Awaited<ReturnType<typeof startResultsServices>>;
  let gateway: INestApplication;
  let origin: string;
  const get = async (cycleId: string, field: string) =>
    fetch(`${origin}/api/v1/cycles/${cycleId}/field-rankings/${encodeURIComponent(field)}`, {
      headers: { authorization: `Bearer ${await signDevToken(reporter, SECRET)}` },
    });

  beforeAll(async () => {
    services = await startResultsServices();
    gateway = await createGatewayApp({ services: { submissions: services.submissions, ranking: services.ranking }, auth: { secret: SECRET } });
    const port = await freePort();
    await gateway.listen(port, '127.0.0.1');
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await gateway?.close();
    await services?.close();
  });

  it('ranks the departments by field 2, a unit with nothing of it applicable last; groups without the field left out', async () => {
    const reply = await get(APPENDIX_CYCLE, '2');
    expect(reply.status).toBe(200);
    const ranking = (await reply.json()) as { field: string; groups: { group: string; title: string; results: unknown[] }[] };
    expect(ranking.field).toBe('2');
    expect(ranking.groups.map((group) => group.group)).toEqual(['departments']);
    expect(ranking.groups[0].title).toBe('Xây dựng và tổ chức thực hiện thể chế');
    expect(ranking.groups[0].results[0]).toEqual(expect.objectContaining({ rank: 1, name: 'Sở Nội vụ', index: '46.67' }));
  });

  it('a field no group has: 404 naming the field; a code that is no field code: 400, not echoed', async () => {
    const unknown = await get(APPENDIX_CYCLE, '99');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual(expect.objectContaining({ code: 'FIELD_NOT_FOUND', field: 'field' }));
    const long = await get(APPENDIX_CYCLE, '9'.repeat(100));
    expect(long.status).toBe(400);
    const body = await long.text();
    expect(body).toContain('FIELD_INVALID');
    expect(body.length).toBeLessThan(1_000);
  });
});
