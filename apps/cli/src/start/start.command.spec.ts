import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { par } from '../testing/run-par';

describe('npm start on a machine with no PostgreSQL (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'par-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports the demo cycle through the real services and prints its results, a dispute traced, and intact chains', async () => {
    const { code, stdout } = await par('start', '--data-dir', dataDir);

    expect(code).toBe(0);
    expect(stdout).toMatch(/demo-2025 — departments\n/);
    expect(stdout).toMatch(/ 1  so-noi-vu\s+Sở Nội vụ\s+79\.25\s+94\.97\s+100\.00\s+94\.97\s+XUAT_SAC/);
    expect(stdout).toMatch(/10  huyen-suoi-lam\s+UBND huyện Suối Lam\s+63\.50\s+62\.11\s+100\.00\s+62\.11\s+TRUNG_BINH/);
    expect(stdout).toMatch(/appraisal\s+1\.75\s+pham\.quoc\.bao\s+APPRAISER.*Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh/);
    expect(stdout).toMatch(/council\s+2\.00\s+council-chair\.ubnd-tinh-an-binh\s+COUNCIL_CHAIR/);
    expect(stdout).toMatch(/verify submissions: ok \(\d+ events in 29 streams\)/);
  }, 150_000);

  it('a second start records nothing twice and par verify finds every chain intact', async () => {
    const again = await par('start', '--data-dir', dataDir);
    expect(again.stderr).toContain('already imported');
    expect(again.stdout).toMatch(/verify appraisal: ok \(\d+ events in 28 streams\)/);

    const { stdout } = await par('verify', '--data-dir', dataDir);
    expect(stdout).toMatch(/^submissions: ok, \d+ events in 29 streams\nappraisal: ok, \d+ events in 28 streams\nranking: ok, 0 events in 0 streams\n$/);
  }, 150_000);
});
