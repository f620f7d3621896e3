import { Workbook } from 'exceljs';
import type { INestApplication } from '@nestjs/common';
import { freePort } from '@par/testing';
import { type DevTokenClaims, signDevToken } from '../auth/dev-token';
import { createGatewayApp } from '../gateway.app';
import { APPENDIX_HEADERS, XLSX_CONTENT_TYPE } from './results-workbook';
import { APPENDIX_CYCLE, startResultsServices } from './testing/results-services';

jest.setTimeout(60_000);

const reporter: DevTokenClaims = { sub: 'reporter.so-y', role: 'UNIT_REPORTER', unitId: 'so-y' };
const SECRET = 'results-workbook-spec-secret-0123456789abcdef';
const workbookPath = (cycleId: string) => `/api/v1/cycles/${cycleId}/results.xlsx`;

describe('GET /api/v1/cycles/{cycleId}/results.xlsx: the decision appendix as an Excel workbook', () => {
  let services: Awaited<ReturnType<typeof startResultsServices>>;
  let gateway: INestApplication;
  let origin: string;
  // The bytes as they came: the gateway on its own here, so that the spec signs its tokens and reads the body raw.
  const download = async (cycleId: string, as?: DevTokenClaims) =>
    fetch(`${origin}${workbookPath(cycleId)}`, { headers: as ? { authorization: `Bearer ${await signDevToken(as, SECRET)}` } : {} });

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

  it('an attachment of the workbook type, one sheet per group named as the group, in Vietnamese', async () => {
    const reply = await download(APPENDIX_CYCLE, reporter);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe(XLSX_CONTENT_TYPE);
    expect(reply.headers.get('content-disposition')).toBe(`attachment; filename="ket-qua-${APPENDIX_CYCLE}.xlsx"`);

    const workbook = new Workbook();
    await workbook.xlsx.load(await reply.arrayBuffer());
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Sở, ban, ngành', 'UBND cấp huyện']);

    const departments = workbook.worksheets[0];
    expect(departments.getCell('A1').value).toBe('Chỉ số CCHC năm 2025 — Sở, ban, ngành');
    expect(departments.getRow(3).values).toEqual([
      undefined,
      ...APPENDIX_HEADERS,
      '1. Công tác chỉ đạo, điều hành CCHC (%)',
      '2. Xây dựng và tổ chức thực hiện thể chế (%)',
    ]);
    expect(APPENDIX_HEADERS).toEqual(['Hạng', 'Đơn vị', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm tối đa', 'Chỉ số CCHC (%)', 'Xếp loại']);
    expect(departments.getRow(4).values).toEqual([undefined, 1, 'Sở Nội vụ', 79.25, 94.97, 100, 94.97, 'Xuất sắc', 95, 46.67]);
    expect(departments.getCell('F4').numFmt).toBe('0.00');
    expect(departments.getCell('I4').numFmt).toBe('0.00');
    // No index, no class: empty cells, not zeros.
    expect(departments.getRow(5).values).toEqual([undefined, 2, 'Sở Y', 0, 0, 0]);

    const districts = workbook.worksheets[1];
    expect(districts.getRow(3).values).toEqual([undefined, ...APPENDIX_HEADERS]);
    // A province's own class is written as its code.
    expect(districts.getRow(4).values).toEqual([undefined, 1, 'UBND huyện A', 63.5, 62.11, 100, 62.11, 'DAT']);
  });

  it('an unknown cycle: 404 naming cycleId; without a token: 401', async () => {
    const unknown = await download('khong-co', reporter);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual(expect.objectContaining({ code: 'CYCLE_NOT_FOUND', field: 'cycleId' }));
    expect((await download(APPENDIX_CYCLE)).status).toBe(401);
  });
});
