import { computeCycleResults, parseCycleFile, resultsToJson, ResultsDocument, streamId, writeCycleFile } from '@par/contracts';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventually, HttpReply, Platform, startPlatform } from './support/platform';
import {
  admin,
  appraisals,
  appraiser,
  asCycleFile,
  chair,
  cyclePaths,
  decision,
  explanations,
  headOf,
  reporterOf,
  scoreBody,
  selfScores,
  setupRequests,
  units,
} from './support/small-province.scenario';

jest.setTimeout(120_000);

// Distributed mode: submissions, appraisal and ranking each on its own schema, meeting only through real
// Kafka topics (run-unique), driven as the roles would through the gateway's HTTP API.

const CYCLE = `tinh-e2e-${randomBytes(3).toString('hex')}`;
const paths = cyclePaths(CYCLE);

describe('a whole cycle, distributed over Kafka, through the gateway', () => {
  let platform: Platform;

  /** A request that must succeed (2xx); the reply otherwise, to read the problem. */
  async function ok(method: string, path: string, options: Parameters<Platform['request']>[2]): Promise<HttpReply> {
    const reply = await platform.request(method, path, options);
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }

  beforeAll(async () => {
    platform = await startPlatform('e2e_full_cycle', 'distributed');
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('the province admin sets up two groups, five units and their criteria sets, then opens the cycle', async () => {
    for (const [method, path, body] of setupRequests(CYCLE)) await ok(method, path, { as: admin, body });
    const overview = await eventually(async () => {
      const reply = await ok('GET', paths.cycle, { as: admin });
      expect(reply.body.status).toBe('open');
      return reply.body;
    });
    expect(overview.units.map((unit: { unitId: string }) => unit.unitId).sort()).toEqual(units.map((unit) => unit.id).sort());
  });

  it('reporters self-assess with evidence, heads submit; each submission starts an appraisal across Kafka', async () => {
    for (const unit of units) {
      for (const [criterion, points] of selfScores[unit.id])
        await ok('PUT', `${paths.sheet(unit.id)}/scores/${criterion}`, { as: reporterOf(unit.id), body: scoreBody(unit.id, criterion, points) });
      await ok('POST', `${paths.sheet(unit.id)}/submit`, { as: headOf(unit.id) });
    }
    for (const unit of units) {
      const sheet = await eventually(async () => (await ok('GET', paths.appraisal(unit.id), { as: appraiser })).body, 45_000);
      expect(sheet.phase).toBe('appraising');
    }
  });

  it('the appraiser accepts, changes with reasons, deducts, and sends each result', async () => {
    for (const unit of units) {
      const plan = appraisals[unit.id];
      for (const criterion of plan.accept) await ok('POST', `${paths.appraisal(unit.id)}/scores/${criterion}/accept`, { as: appraiser });
      for (const [criterion, points, reason] of plan.change)
        await ok('PUT', `${paths.appraisal(unit.id)}/scores/${criterion}`, { as: appraiser, body: { points, reason } });
      for (const [points, reason] of plan.deductions) await ok('POST', `${paths.appraisal(unit.id)}/deductions`, { as: appraiser, body: { points, reason } });
      await ok('POST', `${paths.appraisal(unit.id)}/send`, { as: appraiser, body: { explanationWindowDays: 5 } });
    }
  });

  it('units explain, the council resolves (one changed back, one upheld, with votes), the chair finalizes', async () => {
    for (const { unitId, criterion, text, evidence } of explanations) {
      await ok('POST', `${paths.appraisal(unitId)}/explanations`, {
        as: reporterOf(unitId),
        body: { criterion, text, ...(evidence.length ? { evidence } : {}) },
      });
    }
    for (const { unitId, criterion, resolution } of explanations)
      await ok('POST', `${paths.appraisal(unitId)}/explanations/${criterion}/resolution`, { as: chair, body: resolution });
    for (const unit of units) await ok('POST', `${paths.appraisal(unit.id)}/finalize`, { as: chair });
  });

  it('the results over HTTP equal computeCycleResults of the same cycle as an interchange file', async () => {
    const parsed = parseCycleFile(JSON.parse(JSON.stringify(asCycleFile(CYCLE))));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const expected = computeCycleResults(parsed.value);
    // Sanity of the scenario itself: Tư pháp's 1.1 back to 1.00 with the 0.50 deduction; Y tế's 2.1 kept at 1.0.
    expect(rows(expected)).toEqual([
      ['departments', 1, 'so-tu-phap', '5.50', '91.67', 'XUAT_SAC'],
      ['departments', 2, 'so-xay-dung', '4.50', '75.00', 'KHA'],
      ['departments', 3, 'so-y-te', '3.75', '62.50', 'TRUNG_BINH'],
      ['districts', 1, 'huyen-an-phu', '4.75', '95.00', 'XUAT_SAC'],
      ['districts', 2, 'huyen-binh-son', '4.00', '80.00', 'TOT'],
    ]);
    // Kafka delivers per partition: poll until the read model has converged, then hold it to the reference.
    const results = await eventually(async () => {
      const reply = await ok('GET', `${paths.cycle}/results`, { as: headOf('so-y-te') });
      expect(reply.body).toEqual(expected);
      return reply.body as ResultsDocument;
    }, 45_000);
    expect(results).toEqual(expected);
    const districts = await ok('GET', `${paths.cycle}/results?group=districts`, { as: admin });
    expect(districts.body.groups).toEqual([expected.groups[1]]);
  });

  it('the same cycle file imported through the CLI in embedded mode prints byte-identical results --format json', async () => {
    const http = await ok('GET', `${paths.cycle}/results`, { as: admin });
    const workDir = mkdtempSync(join(tmpdir(), 'par-e2e-cli-'));
    try {
      const file = join(workDir, 'cycle.json');
      writeFileSync(file, writeCycleFile(asCycleFile(CYCLE)));
      const par = (...args: string[]) =>
        promisify(execFile)(
          process.execPath,
          ['-r', '@swc-node/register', join(__dirname, '../apps/cli/src/main.ts'), ...args, '--data-dir', join(workDir, 'data')],
          {
            cwd: join(__dirname, '..'),
            timeout: 110_000,
            maxBuffer: 16 * 1024 * 1024,
          },
        );
      await par('import', file);
      const { stdout } = await par('results', CYCLE, '--format', 'json');
      expect(stdout.trimEnd()).toBe(resultsToJson(http.body as ResultsDocument));
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });

  it('the audit trail of the disputed leaf: self → appraisal → explanation → council, with actors, roles and reasons', async () => {
    const trail = (await ok('GET', paths.audit('so-tu-phap', '1.1'), { as: headOf('so-tu-phap') })).body.entries;
    expect(trail.map((entry: Record<string, unknown>) => [entry.stage, entry.fromPoints, entry.toPoints, entry.actor, entry.role])).toEqual([
      ['self', null, '1.00', 'giamdoc.so-tu-phap', 'UNIT_HEAD'],
      ['appraisal', '1.00', '0.50', 'tran.thi.thamdinh', 'APPRAISER'],
      ['explanation', null, null, 'canbo.so-tu-phap', 'UNIT_REPORTER'],
      ['council', '0.50', '1.00', 'pham.van.chutich', 'COUNCIL_CHAIR'],
    ]);
    const [self, appraised, explained, council] = trail;
    expect(self.evidence[0]).toEqual(expect.objectContaining({ title: 'Báo cáo kết quả tiêu chí 1.1', documentNo: '11/BC-SO-TU-PHAP' }));
    expect(appraised.reason).toBe('Kế hoạch CCHC ban hành muộn 15 ngày so với quy định');
    expect(explained).toEqual(expect.objectContaining({ actorUnitId: 'so-tu-phap', note: explanations[0].text }));
    expect(explained.evidence[0]).toEqual(expect.objectContaining({ title: 'Tờ trình số 05/TTr-STP' }));
    expect(council).toEqual(
      expect.objectContaining({ decision: 'changed', reason: explanations[0].resolution.reason, votes: { for: 5, against: 2, abstain: 0, members: 7 } }),
    );
  });

  it('the province admin publishes the decision: a snapshot of those results, with its hash', async () => {
    const expected = computeCycleResults(asCycleFile(CYCLE));
    const published = await ok('POST', `${paths.cycle}/decisions`, { as: admin, body: decision });
    expect(published.status).toBe(201);
    expect(published.body).toEqual(
      expect.objectContaining({ streamId: streamId('decision', CYCLE), revision: 1, snapshotHash: expect.stringMatching(/^[0-9a-f]{64}$/) }),
    );
    const [revision] = (await ok('GET', `${paths.cycle}/decisions`, { as: reporterOf('huyen-an-phu') })).body.revisions;
    expect(revision).toEqual(
      expect.objectContaining({ revision: 1, ...decision, publishedBy: admin.sub, snapshotVerified: true, snapshotHash: published.body.snapshotHash }),
    );
    expect(JSON.parse(revision.snapshotJson)).toEqual(expected);
    const [event] = await platform.stream('ranking', streamId('decision', CYCLE));
    expect(event.metadata).toEqual(expect.objectContaining({ actor: admin.sub, role: 'PROVINCE_ADMIN' }));
  });
});

function rows(document: ResultsDocument) {
  return document.groups.flatMap((group) => group.results.map((row) => [group.group, row.rank, row.unit, row.appraisedTotal, row.index, row.class]));
}
