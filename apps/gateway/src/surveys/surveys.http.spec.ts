import { papiAnBinhFile, sipas2025CampaignFile } from '@par/contracts/testing';
import type { DevTokenClaims } from '../auth/dev-token';
import { eventually, type HttpReply } from '../testing/gateway-harness';
import { startSurveyGateway, type SurveyGateway } from '../testing/survey-gateway';

jest.setTimeout(60_000);

const admin: DevTokenClaims = { sub: 'nguyen.thi.noivu', role: 'PROVINCE_ADMIN', unitId: 'so-noi-vu' };
const reporter: DevTokenClaims = { sub: 'reporter.so-tu-phap', role: 'UNIT_REPORTER', unitId: 'so-tu-phap' };
const CAMPAIGN = 'sipas-2025';

// Sở Tư pháp: 3 answers, 2 satisfied (4 and 5 on the 1–5 scale) → 66.67; Sở Nội vụ: one respondent who left the
// question empty → no index; line 5 names a unit the cycle does not have.
const RESPONSES = [
  'respondent,unit,question,answer',
  'PV-01,so-tu-phap,TC1,5',
  'PV-01,so-tu-phap,TC2,3',
  'PV-02,so-tu-phap,TC1,4',
  'PV-03,so-khong-co,TC1,5',
  'PV-04,so-noi-vu,TT1,',
].join('\n');

const formWith = (name: string, type: string, content: string) => {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  return form;
};

describe('survey routes: a province admin opens a SIPAS campaign, uploads its responses, reads the indices and applies them', () => {
  let gateway: SurveyGateway;

  beforeAll(async () => {
    gateway = await startSurveyGateway('gateway_surveys');
  });
  afterAll(async () => {
    await gateway?.close();
  });

  const upload = (form: FormData, as: DevTokenClaims = admin, campaignId = CAMPAIGN) =>
    gateway.request('POST', `/api/v1/surveys/${campaignId}/responses`, { as, form });

  /** Polls an import's Location until it has finished. */
  const finished = (location: string) =>
    eventually(async () => {
      const reply = await gateway.request('GET', location, { as: admin });
      expect(reply.status).toBe(200);
      expect(['succeeded', 'failed']).toContain(reply.body.state);
      return reply.body;
    });

  function expectProblem(reply: HttpReply, status: number, code: string, field: string): void {
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect([reply.status, reply.body.code, reply.body.field]).toEqual([status, code, field]);
  }

  it('opens the campaign from its par-survey/1 file (201); the same file again changes nothing', async () => {
    const opened = await gateway.request('POST', '/api/v1/surveys', { as: admin, body: sipas2025CampaignFile() });
    expect(opened.status).toBe(201);
    expect(opened.body).toEqual({ streamId: `campaign:${CAMPAIGN}`, version: 1, eventsAppended: 1 });
    const again = await gateway.request('POST', '/api/v1/surveys', { as: admin, body: sipas2025CampaignFile() });
    expect(again.body).toEqual({ streamId: `campaign:${CAMPAIGN}`, version: 1, eventsAppended: 0 });
  });

  it('uploads a CSV: 202 with its Location, polled until it has succeeded, the bad row named by its line', async () => {
    const reply = await upload(formWith('sipas-2025.csv', 'text/csv', RESPONSES));
    expect(reply.status).toBe(202);
    expect(reply.body).toEqual(
      expect.objectContaining({ campaignId: CAMPAIGN, fileName: 'sipas-2025.csv', format: 'csv', requestedBy: admin.sub, finishedAt: null, result: null }),
    );
    const location = reply.headers.get('location')!;
    expect(location).toBe(`/api/v1/surveys/imports/${reply.body.id}`);

    const status = await finished(location);
    expect(status).toEqual(
      expect.objectContaining({
        state: 'succeeded',
        finishedAt: expect.any(String),
        progress: { bytesSent: Buffer.byteLength(RESPONSES), totalBytes: Buffer.byteLength(RESPONSES) },
        problem: null,
      }),
    );
    expect(status.result).toEqual({
      batchId: expect.stringMatching(/^sha256:/),
      accepted: 4,
      rejected: [{ line: 5, code: 'UNIT_UNKNOWN', reason: expect.any(String) }],
      rejectedCount: 1,
      alreadyRecorded: false,
    });

    // The same file again is recorded once.
    const again = await finished((await upload(formWith('lan-2.csv', 'text/csv', RESPONSES))).headers.get('location')!);
    expect(again.result).toEqual(expect.objectContaining({ batchId: status.result.batchId, alreadyRecorded: true }));
  });

  it('reads the indices per unit, aspect and province, an index without answers as null; any role may', async () => {
    await gateway.campaignsCaughtUp();
    const results = await eventually(async () => {
      const reply = await gateway.request('GET', `/api/v1/surveys/${CAMPAIGN}/results`, { as: reporter });
      expect(reply.status).toBe(200);
      expect(reply.body.basis).toHaveLength(1);
      return reply.body;
    });
    expect(results.campaign).toBe(CAMPAIGN);
    const unit = (id: string) => results.units.find((row: { unit: string }) => row.unit === id);
    expect(unit('so-tu-phap')).toEqual(
      expect.objectContaining({ respondents: 2, answers: 3, index: '66.67', ci: { low: expect.any(String), high: expect.any(String) } }),
    );
    expect(unit('so-tu-phap').aspects).toEqual(
      expect.arrayContaining([
        { code: 'TC', index: '66.67', answers: 3 },
        { code: 'TT', index: null, answers: 0 },
      ]),
    );
    expect(unit('so-noi-vu')).toEqual(expect.objectContaining({ respondents: 1, answers: 0, index: null, ci: null }));
    expect(results.province).toEqual(expect.objectContaining({ answers: 3, index: '66.67' }));
  });

  it('applies the indices as points of the survey-held leaves; applying again records nothing new', async () => {
    const applied = await gateway.request('POST', `/api/v1/surveys/${CAMPAIGN}/apply`, { as: admin });
    expect(applied.status).toBe(200);
    expect(applied.body).toEqual(expect.objectContaining({ streamId: `campaign:${CAMPAIGN}`, eventsAppended: expect.any(Number) }));
    expect(applied.body.eventsAppended).toBeGreaterThan(0);
    const again = await gateway.request('POST', `/api/v1/surveys/${CAMPAIGN}/apply`, { as: admin });
    expect(again.body.eventsAppended).toBe(0);
  });

  it("reads a province's published PAPI across years: each dimension's scores and the change since the year before", async () => {
    await gateway.recordPublished(papiAnBinhFile(2021));
    await gateway.recordPublished(papiAnBinhFile(2022));

    const response = await gateway.request('GET', '/api/v1/surveys/published/an-binh/trend?kind=PAPI', { as: reporter });
    expect(response.status).toBe(200);
    const trend = response.body as { indices: { kind: string; years: { year: number; change: string | null }[]; dimensions: unknown[] }[] };
    expect(trend.indices.map((index) => index.kind)).toEqual(['PAPI']);
    expect(trend.indices[0].years.map(({ year, change }) => ({ year, first: change === null }))).toEqual([
      { year: 2021, first: true },
      { year: 2022, first: false },
    ]);
    expect(trend.indices[0].dimensions).toHaveLength(8);

    const wrongKind = await gateway.request('GET', '/api/v1/surveys/published/an-binh/trend?kind=PCI', { as: reporter });
    expect(wrongKind.status).toBe(422);
    expect(JSON.stringify(wrongKind.body)).toContain('kind');
  });

  it('only a province admin opens, uploads, reads an upload or applies: a unit reporter gets 403 and nothing is read', async () => {
    const form = formWith('sipas-2025.csv', 'text/csv', RESPONSES);
    for (const [method, path, options] of [
      ['POST', '/api/v1/surveys', { body: sipas2025CampaignFile() }],
      ['POST', `/api/v1/surveys/${CAMPAIGN}/responses`, { form }],
      ['GET', '/api/v1/surveys/imports/survey-import-1', {}],
      ['POST', `/api/v1/surveys/${CAMPAIGN}/apply`, {}],
    ] as const) {
      const reply = await gateway.request(method, path, { as: reporter, ...options });
      expectProblem(reply, 403, 'ROLE_NOT_ALLOWED', 'roles');
    }
    expect((await gateway.request('GET', `/api/v1/surveys/${CAMPAIGN}/results`)).status).toBe(401);
  });

  it('a file neither CSV nor JSON lines (.txt): 415 naming file; no file: 400; not multipart: 415', async () => {
    expectProblem(await upload(formWith('ket-qua.txt', 'text/plain', RESPONSES)), 415, 'FILE_TYPE_UNSUPPORTED', 'file');
    const noFile = new FormData();
    noFile.append('note', 'quên đính kèm');
    expectProblem(await upload(noFile), 400, 'FILE_REQUIRED', 'file');
    const json = await gateway.request('POST', `/api/v1/surveys/${CAMPAIGN}/responses`, { as: admin, body: { rows: [] } });
    expectProblem(json, 415, 'MULTIPART_REQUIRED', 'file');
  });

  it('JSON lines are taken by their extension', async () => {
    const jsonl = '{"respondent":"PV-09","unit":"so-xay-dung","question":"KQ1","answer":5}\n';
    const status = await finished((await upload(formWith('them.jsonl', 'application/octet-stream', jsonl))).headers.get('location')!);
    expect(status).toEqual(expect.objectContaining({ state: 'succeeded', format: 'jsonl' }));
    expect(status.result).toEqual(expect.objectContaining({ accepted: 1, rejectedCount: 0 }));
  });

  it('an unknown campaign: its results and apply 404 naming campaignId; an upload to it fails with that problem', async () => {
    expectProblem(await gateway.request('GET', '/api/v1/surveys/khong-co/results', { as: admin }), 404, 'CAMPAIGN_NOT_FOUND', 'campaignId');
    expectProblem(await gateway.request('POST', '/api/v1/surveys/khong-co/apply', { as: admin }), 404, 'CAMPAIGN_NOT_FOUND', 'campaignId');
    const reply = await upload(formWith('sipas.csv', 'text/csv', RESPONSES), admin, 'khong-co');
    expect(reply.status).toBe(202);
    const status = await finished(reply.headers.get('location')!);
    expect(status).toEqual(expect.objectContaining({ state: 'failed', result: null }));
    expect(status.problem).toEqual(expect.objectContaining({ status: 404, code: 'CAMPAIGN_NOT_FOUND', field: 'campaignId' }));
    expectProblem(await gateway.request('GET', '/api/v1/surveys/imports/survey-import-0', { as: admin }), 404, 'SURVEY_IMPORT_NOT_FOUND', 'importId');
  });

  it('a body that is not a campaign file: 422 naming format; a bad one: 422 naming the field the service names', async () => {
    expectProblem(await gateway.request('POST', '/api/v1/surveys', { as: admin, body: { format: 'par-interchange/1' } }), 422, 'FIELD_INVALID', 'format');
    const file = sipas2025CampaignFile();
    const broken = { ...file, campaign: { ...file.campaign, id: 'khao-sat-2', kind: 'ONLINE' } };
    const reply = await gateway.request('POST', '/api/v1/surveys', { as: admin, body: broken });
    expect(reply.status).toBe(422);
    expect(reply.body).toEqual(expect.objectContaining({ code: 'CAMPAIGN_FILE_INVALID', field: expect.stringContaining('kind') }));
  });

  it('the docs list the survey routes', async () => {
    const { paths } = (await gateway.request('GET', '/api/docs-json')).body;
    expect(Object.keys(paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/surveys',
        '/api/v1/surveys/{campaignId}/responses',
        '/api/v1/surveys/imports/{importId}',
        '/api/v1/surveys/{campaignId}/results',
        '/api/v1/surveys/{campaignId}/apply',
      ]),
    );
    const post = paths['/api/v1/surveys/{campaignId}/responses'].post;
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['202', '400', '401', '403', '413', '415']));
    expect(post.requestBody.content['multipart/form-data']).toBeDefined();
  });
});
