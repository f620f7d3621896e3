import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { CycleFile } from '@par/contracts';
import { DEMO_CYCLE_PATH } from '../demo/generate-demo-cycle';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { freePort } from '../embedded/free-port';
import { par, ROOT } from '../testing/run-par';
import { importsAndExportsOverHttp } from '../testing/imports-over-http';

describe('npm start on a machine with no PostgreSQL (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'par-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports the demo cycle through the real services and prints its results, a dispute traced, and intact chains', async () => {
    const { code, stdout } = await par('start', '--once', '--data-dir', dataDir);

    expect(code).toBe(0);
    expect(stdout).toMatch(/demo-2025 — departments\n/);
    expect(stdout).toMatch(/ 1 {2}so-noi-vu\s+Sở Nội vụ\s+79\.25\s+94\.97\s+100\.00\s+94\.97\s+XUAT_SAC/);
    expect(stdout).toMatch(/10 {2}huyen-suoi-lam\s+UBND huyện Suối Lam\s+63\.50\s+62\.11\s+100\.00\s+62\.11\s+TRUNG_BINH/);
    expect(stdout).toMatch(/appraisal\s+1\.75\s+pham\.quoc\.bao\s+APPRAISER.*Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh/);
    expect(stdout).toMatch(/council\s+2\.00\s+council-chair\.ubnd-tinh-an-binh\s+COUNCIL_CHAIR/);
    expect(stdout).toMatch(/verify submissions: ok \(\d+ events in 29 streams\)/);
    expect(stdout).toMatch(/verify survey: ok \(\d+ events in 2 streams\)/);
  }, 150_000);

  it("the demo's survey points come from its campaigns' generated responses, and give exactly the published survey results", async () => {
    const withoutTimes = (file: CycleFile) =>
      (file.surveys ?? []).map(({ results, ...campaign }) => ({
        ...campaign,
        results: results.map(({ appliedAt: _at, ...result }) => result).sort((a, b) => `${a.unit} ${a.criterion}`.localeCompare(`${b.unit} ${b.criterion}`)),
      }));
    const published = JSON.parse(readFileSync(DEMO_CYCLE_PATH, 'utf8')) as CycleFile;
    const exported = await par('export', 'demo-2025', '--data-dir', dataDir);
    expect(exported.code).toBe(0);
    expect(withoutTimes(JSON.parse(exported.stdout) as CycleFile)).toEqual(withoutTimes(published));

    const sociological = await par('survey', 'results', 'dtxh-2025-an-binh', '--format', 'json', '--data-dir', dataDir);
    const units = (JSON.parse(sociological.stdout) as { units: { unit: string; respondents: number }[] }).units;
    expect(units).toHaveLength(28);
    const audit = await par('audit', 'demo-2025', 'huyen-hoa-loc', '7.8', '--format', 'json', '--data-dir', dataDir);
    const entries = (JSON.parse(audit.stdout) as { entries: { stage: string; reason: string; importedFrom: string | null }[] }).entries;
    expect(entries).toEqual([expect.objectContaining({ stage: 'survey', importedFrom: null })]);
    expect(entries[0].reason).toContain('dtxh-2025-an-binh');
  }, 150_000);

  it('a second start records nothing twice and par verify finds every chain intact', async () => {
    const again = await par('start', '--once', '--data-dir', dataDir);
    expect(again.stderr).toContain('already imported');
    expect(again.stderr).toMatch(/survey dtxh-2025-an-binh: responses already recorded, 0 leaf values applied/);
    expect(again.stdout).toMatch(/verify appraisal: ok \(\d+ events in 28 streams\)/);

    const { stdout } = await par('verify', '--data-dir', dataDir);
    expect(stdout).toMatch(
      /^submissions: ok, \d+ events in 29 streams\nappraisal: ok, \d+ events in 28 streams\nranking: ok, 0 events in 0 streams\nsurvey: ok, \d+ events in 2 streams\n$/,
    );
  }, 150_000);

  it('without --once it serves the API with its docs until stopped, and demo tokens open it', async () => {
    const port = await freePort();
    const server = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'start', '--port', String(port), '--data-dir', dataDir],
      { cwd: ROOT },
    );
    try {
      const stdout = await new Promise<string>((resolve, reject) => {
        let text = '';
        server.stdout.on('data', (chunk) => {
          text += chunk;
          if (/NATIONAL_VIEWER\s+\S+\n/.test(text)) resolve(text);
        });
        server.once('exit', (code) => reject(new Error(`start exited with ${code} before serving:\n${text}`)));
      });
      expect(stdout).toContain(`API docs: http://127.0.0.1:${port}/api/docs`);
      const adminToken = /PROVINCE_ADMIN\s+(\S+)/.exec(stdout)?.[1];

      const docs = await fetch(`http://127.0.0.1:${port}/api/docs-json`);
      expect(docs.status).toBe(200);
      const cycle = await fetch(`http://127.0.0.1:${port}/api/v1/cycles/demo-2025`, { headers: { authorization: `Bearer ${adminToken}` } });
      expect(cycle.status).toBe(200);
      const results = await fetch(`http://127.0.0.1:${port}/api/v1/cycles/demo-2025/results?group=departments`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(results.status).toBe(200);
      expect(((await results.json()) as { groups: { results: unknown[] }[] }).groups[0].results[0]).toMatchObject({
        rank: 1,
        unit: 'so-noi-vu',
        index: '94.97',
        class: 'XUAT_SAC',
      });
      const anonymous = await fetch(`http://127.0.0.1:${port}/api/v1/cycles/demo-2025`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toContain('application/problem+json');

      await importsAndExportsOverHttp(`http://127.0.0.1:${port}/api/v1`, `Bearer ${adminToken}`);
    } finally {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
  }, 150_000);
});
