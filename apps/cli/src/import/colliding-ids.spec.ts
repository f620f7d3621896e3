import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeCycleResults, parseCycleFile, resultsToJson } from '@par/contracts';
// The reference fixture of DOMAIN.md's worked example: cycle 'demo-2025', unit 'so-x'.
import { draftOf } from '@par/contracts/testing';
import { par } from '../testing/run-par';

jest.setTimeout(150_000);

/**
 * The worked example as cycle 'demo' with unit '2025-so-x', the pair whose legacy stream ids were those of
 * ('demo-2025', 'so-x'), and one self score more (6.4): a sheet that differs from the submitted one is
 * what was refused. With equal sheets the second import recorded nothing and its results were all zero.
 */
function collidingCycle() {
  const draft = draftOf();
  draft.cycle.id = 'demo';
  draft.units[0].id = '2025-so-x';
  draft.selfAssessments[0].unit = '2025-so-x';
  draft.selfAssessments[0].scores.push({ criterion: '6.4', points: 0.5, note: 'Dự án PPP đang chuẩn bị' });
  draft.appraisals[0].unit = '2025-so-x';
  return draft;
}

function referenceResults(path: string): string {
  const parsed = parseCycleFile(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return resultsToJson(computeCycleResults(parsed.value));
}

describe("two cycles whose (cycle, unit) ids once spelled one stream id: ('demo-2025', 'so-x') and ('demo', '2025-so-x')", () => {
  const work = mkdtempSync(join(tmpdir(), 'par-cli-colliding-'));
  const dataDir = join(work, 'data');
  const first = join(work, 'demo-2025.json');
  const second = join(work, 'demo.json');
  writeFileSync(first, JSON.stringify(draftOf()));
  writeFileSync(second, JSON.stringify(collidingCycle()));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports both (the second was refused with SELF_ASSESSMENT_LOCKED), each with its own results and streams', async () => {
    expect((await par('import', first, '--data-dir', dataDir)).code).toBe(0);
    const imported = await par('import', second, '--data-dir', dataDir);
    expect(imported.stderr).not.toContain('SELF_ASSESSMENT_LOCKED');
    expect(imported.code).toBe(0);

    expect((await par('results', 'demo-2025', '--format', 'json', '--data-dir', dataDir)).stdout).toBe(referenceResults(first));
    expect((await par('results', 'demo', '--format', 'json', '--data-dir', dataDir)).stdout).toBe(referenceResults(second));
    // Per cycle: the cycle stream and one self-assessment; one appraisal.
    expect((await par('verify', '--data-dir', dataDir)).stdout).toMatch(/^submissions: ok, \d+ events in 4 streams\nappraisal: ok, \d+ events in 2 streams\n/);
  });

  it("exports each cycle as it was imported: neither reads the other's streams", async () => {
    for (const [cycle, path] of [
      ['demo-2025', first],
      ['demo', second],
    ]) {
      const exported = await par('export', cycle, '--data-dir', dataDir);
      expect(exported.code).toBe(0);
      const file = join(work, `export-${cycle}.json`);
      writeFileSync(file, exported.stdout);
      expect(referenceResults(file)).toBe(referenceResults(path));
    }
  });
});
