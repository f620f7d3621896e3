import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '../../../..');
const par = (...args: string[]) =>
  run(join(root, 'node_modules/.bin/tsx'), [join(root, 'apps/cli/src/main.ts'), ...args], { cwd: root, timeout: 120_000 });

describe('npm start on a machine with no PostgreSQL (embedded mode)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'par-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('runs the worked example: Department X ends at 3.00 / 4.50 = 66.67, Khá, with 7.3 traced', async () => {
    const { stdout } = await par('start', '--data-dir', dataDir);

    expect(stdout).toMatch(/'so-x'\s*│\s*'4\.50'\s*│\s*'3\.00'\s*│\s*'4\.50'\s*│\s*'66\.67'\s*│\s*'KHA'/);
    expect(stdout).toMatch(/'appraisal'\s*│\s*'0\.75'\s*│\s*'tran\.thi\.b'.*'Minh chứng chỉ có 6 tháng'/);
    expect(stdout).toMatch(/'council'\s*│\s*'1\.50'\s*│\s*'pham\.van\.d'/);
    expect(stdout).toContain('verify submissions: ok (4 events in 1 streams)');
  }, 120_000);

  it('a second start records nothing twice and par verify finds every chain intact', async () => {
    const again = await par('start', '--data-dir', dataDir);
    expect(again.stderr).toContain('already recorded');
    expect(again.stdout).toContain('verify appraisal: ok (6 events in 1 streams)');

    const { stdout } = await par('verify', '--data-dir', dataDir);
    expect(stdout).toBe('submissions: ok, 4 events in 1 streams\nappraisal: ok, 6 events in 1 streams\n');
  }, 120_000);
});
