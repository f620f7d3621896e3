import type { DevTokenClaims } from '../auth/dev-token';
import { FakeCycleTransfer, KNOWN_CYCLE } from './testing/fake-cycle-transfer';
import { formWith, startTransferGateway, TransferGateway, TransferReply } from './testing/transfer-gateway';
import { XLSX_CONTENT_TYPE } from './transfer-formats';

jest.setTimeout(60_000);

const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const reporter: DevTokenClaims = { sub: 'reporter.so-tu-phap', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' };
const cycleFile = JSON.stringify({ format: 'par-interchange/1', cycle: { id: KNOWN_CYCLE } });
const jsonFile = (name = 'demo-2025.json', type = 'application/json') => formWith([{ name, type, content: cycleFile }]);

describe('POST /api/v1/imports: a province admin uploads a cycle file; it is checked whole, then imported in the background', () => {
  let transfer: FakeCycleTransfer;
  let gateway: TransferGateway;

  beforeAll(async () => {
    transfer = new FakeCycleTransfer();
    gateway = await startTransferGateway(transfer);
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const upload = (form: FormData, as: DevTokenClaims = admin) => gateway.request('POST', '/api/v1/imports', { as, form });

  /** A problem+json refusal naming `field`; the transfer started nothing. */
  async function refused(reply: Promise<TransferReply>, status: number, code: string, field: string): Promise<TransferReply> {
    const started = transfer.started;
    const answer = await reply;
    expect(answer.contentType).toMatch(/^application\/problem\+json/);
    expect(answer.body).toEqual(
      expect.objectContaining({ status, code, field, type: expect.stringMatching(/^urn:par:problem:/), instance: '/api/v1/imports' }),
    );
    expect(answer.status).toBe(status);
    expect(answer.headers.get('location')).toBeNull();
    expect(transfer.started).toBe(started);
    return answer;
  }

  it('answers 202 with the status and its Location, which the admin polls until the import has succeeded', async () => {
    const reply = await upload(jsonFile());
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual(
      expect.objectContaining({
        state: 'queued',
        fileName: 'demo-2025.json',
        format: 'json',
        cycle: KNOWN_CYCLE,
        requestedBy: admin.sub,
        summary: null,
        problems: [],
      }),
    );
    const location = reply.headers.get('location');
    expect(location).toBe(`/api/v1/imports/${reply.body.id}`);
    // The bytes reached the importer as sent, with the uploader's name (multipart untouched by the JSON parser).
    expect(transfer.received.at(-1)).toEqual({
      upload: { fileName: 'demo-2025.json', contentType: 'application/json; charset=utf-8', bytes: Buffer.from(cycleFile) },
      requestedBy: admin.sub,
    });

    const poll = () => gateway.request('GET', location!, { as: admin });
    expect((await poll()).body).toEqual(reply.body);
    transfer.advance(reply.body.id);
    expect((await poll()).body).toEqual(expect.objectContaining({ state: 'running', progress: { done: 60, total: 120, phase: 'self-assessments' } }));
    transfer.advance(reply.body.id);
    const done = await poll();
    expect(done.status).toBe(200);
    expect(done.body).toEqual(
      expect.objectContaining({ state: 'succeeded', finishedAt: expect.any(String), summary: { commands: 120, eventsAppended: 431, seconds: 4.2 } }),
    );
  });

  it('takes XLSX by its extension, or by its content type when the name has none; a Vietnamese file name arrives intact', async () => {
    const byName = await upload(formWith([{ name: 'Chỉ số CCHC 2025.xlsx', type: 'application/octet-stream', content: 'PK' }]));
    expect(byName.status).toBe(202);
    expect(byName.body).toEqual(expect.objectContaining({ fileName: 'Chỉ số CCHC 2025.xlsx', format: 'xlsx' }));
    expect(transfer.received.at(-1)?.upload.contentType).toBe(XLSX_CONTENT_TYPE);

    const byType = await upload(formWith([{ name: 'export', type: XLSX_CONTENT_TYPE, content: 'PK' }]));
    expect(byType.status).toBe(202);
    expect(byType.body.format).toBe('xlsx');
  });

  it('a refused file: 422 problem+json whose problems say sheet, row and column (or field, unit, criterion), and nothing starts', async () => {
    const problems = [
      { code: 'CELL_NOT_A_NUMBER', message: 'expected a number of points, found text "một"', sheet: 'scores', row: 7, column: 'points' },
      { code: 'SHEET_MISSING', message: 'the workbook has no sheet "units"', sheet: 'units' },
      { code: 'SCORE_ABOVE_MAX', message: 'points 3 above the leaf maximum 2', field: 'appraisals[0].scores[1].points', unit: 'so-tu-phap', criterion: '1.2' },
    ];
    transfer.refuseNextWith(problems);
    const reply = await refused(upload(formWith([{ name: 'demo-2025.xlsx', type: XLSX_CONTENT_TYPE, content: 'PK' }])), 422, 'IMPORT_REFUSED', 'file');
    expect(reply.body.problems).toEqual(problems);
    expect(reply.body.detail).toBe(
      'The file was refused and nothing was imported: 3 problems; first, sheet "scores", row 7, column "points": expected a number of points, found text "một"',
    );
  });

  it('a file with thousands of problems: the first 100 are answered, each text cut short, and the rest counted', async () => {
    const long = 'x'.repeat(5_000);
    transfer.refuseNextWith(Array.from({ length: 2_500 }, (_, index) => ({ code: 'CELL_EMPTY', message: long, sheet: long, row: index + 2, column: 'unit' })));
    const reply = await refused(upload(jsonFile()), 422, 'IMPORT_REFUSED', 'file');
    expect(reply.body.problems).toHaveLength(100);
    expect(reply.body.problemsOmitted).toBe(2_400);
    expect(reply.body.problems[99]).toEqual({ code: 'CELL_EMPTY', message: expect.any(String), sheet: expect.any(String), row: 101, column: 'unit' });
    expect(reply.body.problems[0].message.length).toBeLessThanOrEqual(300);
    expect(JSON.stringify(reply.body).length).toBeLessThan(100_000);
  });

  it('neither JSON nor XLSX, by name or type: 415 naming file, before its bytes are read', async () => {
    await refused(upload(formWith([{ name: 'cycle.csv', type: 'text/csv', content: 'unit,points' }])), 415, 'FILE_TYPE_UNSUPPORTED', 'file');
    await refused(upload(formWith([{ name: 'cycle', type: 'application/octet-stream', content: '{}' }])), 415, 'FILE_TYPE_UNSUPPORTED', 'file');
  });

  it('a body that is not multipart/form-data: 415 naming file; the JSON parser still caps JSON bodies at 1 MB (413)', async () => {
    await refused(
      gateway.request('POST', '/api/v1/imports', { as: admin, raw: { contentType: 'application/json', body: cycleFile } }),
      415,
      'MULTIPART_REQUIRED',
      'file',
    );
    const huge = JSON.stringify({ padding: 'x'.repeat(1_100_000) });
    await refused(
      gateway.request('POST', '/api/v1/imports', { as: admin, raw: { contentType: 'application/json', body: huge } }),
      413,
      'PAYLOAD_TOO_LARGE',
      'body',
    );
  });

  it('a file over 10 MB: 413 naming file', async () => {
    const eleven = Buffer.alloc(11 * 1024 * 1024, 0x20);
    const reply = await refused(upload(formWith([{ name: 'big.json', type: 'application/json', content: eleven }])), 413, 'FILE_TOO_LARGE', 'file');
    expect(reply.body.detail).toBe('The file is larger than 10 MB');
  });

  it('no file part, two files, or a file in another part: 400 naming file; no body at all is no file either', async () => {
    await refused(upload(formWith([], { note: 'quên đính kèm' })), 400, 'FILE_REQUIRED', 'file');
    await refused(gateway.request('POST', '/api/v1/imports', { as: admin }), 400, 'FILE_REQUIRED', 'file');
    const twice = formWith([
      { name: 'a.json', type: 'application/json', content: cycleFile },
      { name: 'b.json', type: 'application/json', content: cycleFile },
    ]);
    await refused(upload(twice), 400, 'FILE_PARTS_TOO_MANY', 'file');
    await refused(upload(formWith([{ part: 'upload', name: 'a.json', type: 'application/json', content: cycleFile }])), 400, 'FILE_PART_UNEXPECTED', 'file');
  });

  it('too many parts, or a malformed multipart body: 400 naming body, echoing nothing of it', async () => {
    const fields = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`field-${index}`, 'x']));
    await refused(upload(formWith([], fields)), 400, 'MULTIPART_INVALID', 'body');
    const broken = {
      contentType: 'multipart/form-data; boundary=abc',
      body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.json"\r\n\r\n{"secret-marker":1',
    };
    const reply = await refused(gateway.request('POST', '/api/v1/imports', { as: admin, raw: broken }), 400, 'MULTIPART_INVALID', 'body');
    expect(JSON.stringify(reply.body)).not.toContain('secret-marker');
  });

  it('a file name longer than 255 characters: 400 naming file, not echoed', async () => {
    const name = `${'tên-rất-dài-'.repeat(30)}.json`;
    const reply = await refused(upload(jsonFile(name)), 400, 'FILE_NAME_INVALID', 'file');
    expect(JSON.stringify(reply.body)).not.toContain('tên-rất-dài');
  });

  it('only a province admin imports or reads an import: a unit reporter gets 403, no token 401', async () => {
    const denied = await refused(upload(jsonFile(), reporter), 403, 'ROLE_NOT_ALLOWED', 'roles');
    expect(denied.body.detail).toContain('PROVINCE_ADMIN');
    await refused(gateway.request('POST', '/api/v1/imports', { form: jsonFile() }), 401, 'TOKEN_MISSING', 'authorization');
    const accepted = await upload(jsonFile());
    expect((await gateway.request('GET', `/api/v1/imports/${accepted.body.id}`, { as: reporter })).status).toBe(403);
  });

  it('an unknown import: 404 naming importId', async () => {
    const reply = await gateway.request('GET', '/api/v1/imports/import-999', { as: admin });
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual(expect.objectContaining({ code: 'IMPORT_NOT_FOUND', field: 'importId', instance: '/api/v1/imports/import-999' }));
  });
});
