import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { computeCycleResults, parseCycleFile, resultsToJson } from '@par/contracts';
import { writeCycleWorkbook } from '@par/cycle-workbook';
// The reference fixture of DOMAIN.md's worked example (test only).
import { draftOf } from '@par/contracts/testing';
import { par, ROOT } from '../testing/run-par';

jest.setTimeout(150_000);

/**
 * The worked example as a province migrates it from its published 2025 decision: the scores without a
 * single document or note (a published table has none), the times of each step, and the decision.
 */
function publishedPastCycle() {
  const draft = draftOf();
  for (const score of draft.selfAssessments[0].scores) {
    delete score.evidence;
    delete score.note;
  }
  draft.selfAssessments[0].submittedAt = '2025-11-14';
  Object.assign(draft.appraisals[0], { appraisedAt: '2025-12-05T09:30:00+07:00', finalizedAt: '2025-12-26' });
  draft.appraisals[0].explanations[0].at = '2025-12-09';
  draft.decision = { number: '35/QĐ-UBND', date: '2026-01-27', signedBy: 'Chủ tịch UBND tỉnh' };
  return draft;
}

const reference = (file: unknown) => {
  const parsed = parseCycleFile(file);
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return resultsToJson(computeCycleResults(parsed.value));
};

describe('a past cycle as published: no evidence, its own times, its decision, from JSON or from Excel', () => {
  const work = mkdtempSync(join(tmpdir(), 'par-past-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const draft = publishedPastCycle();
  const jsonFile = join(work, 'cchc-2025.json');
  const xlsxFile = join(work, 'cchc-2025.xlsx');
  const fromJson = join(work, 'from-json');
  const fromXlsx = join(work, 'from-xlsx');

  beforeAll(async () => {
    writeFileSync(jsonFile, JSON.stringify(draft));
    const parsed = parseCycleFile(draft);
    if (!parsed.ok) throw new Error('the past cycle must parse');
    writeFileSync(xlsxFile, await writeCycleWorkbook(parsed.value));
  });

  it('imports without evidence and prints the reference results, from JSON and from XLSX byte for byte', async () => {
    const json = await par('import', jsonFile, '--data-dir', fromJson);
    expect(json.stderr).not.toContain('EVIDENCE_OR_NOTE_REQUIRED');
    expect(json.code).toBe(0);
    expect((await par('import', xlsxFile, '--data-dir', fromXlsx)).code).toBe(0);

    const results = await par('results', 'demo-2025', '--format', 'json', '--data-dir', fromJson);
    expect(results.stdout).toBe(reference(draft));
    expect((await par('results', 'demo-2025', '--format', 'json', '--data-dir', fromXlsx)).stdout).toBe(results.stdout);
  });

  it("the audit gives each value the file's time, the recording time beside it, and the file it was imported from", async () => {
    const audit = await par('audit', 'demo-2025', 'so-x', '7.3', '--format', 'json', '--data-dir', fromJson);
    const { entries } = JSON.parse(audit.stdout) as { entries: { stage: string; time: string; recordedAt: string; importedFrom: string | null }[] };
    const checksum = `sha256:${createHash('sha256').update(readFileSync(jsonFile)).digest('hex')}`;

    expect(entries.map(({ stage, time }) => ({ stage, time }))).toEqual([
      { stage: 'self', time: '2025-11-13T17:00:00.000Z' },
      { stage: 'appraisal', time: '2025-12-05T02:30:00.000Z' },
      { stage: 'explanation', time: '2025-12-08T17:00:00.000Z' },
      { stage: 'council', time: '2025-12-25T17:00:00.000Z' },
    ]);
    expect(entries.every((entry) => entry.importedFrom === checksum)).toBe(true);
    expect(entries.every((entry) => entry.recordedAt.startsWith(new Date().toISOString().slice(0, 4)) && entry.recordedAt !== entry.time)).toBe(true);

    const table = await par('audit', 'demo-2025', 'so-x', '7.3', '--data-dir', fromJson);
    expect(table.stdout).toMatch(/self\s+1\.50.*2025-11-13T17:00:00\.000Z.*imported sha256:/);
  });

  it('publishes the results as the decision the file names, and exports times and decision back', async () => {
    const exported = await par('export', 'demo-2025', '--data-dir', fromJson);
    const file = JSON.parse(exported.stdout) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a document read back
    expect(file.decision).toEqual({ number: '35/QĐ-UBND', date: '2026-01-27', signedBy: 'Chủ tịch UBND tỉnh' });
    expect(file.selfAssessments[0].submittedAt).toBe('2025-11-13T17:00:00.000Z');
    expect(file.appraisals[0]).toMatchObject({ appraisedAt: '2025-12-05T02:30:00.000Z', finalizedAt: '2025-12-25T17:00:00.000Z' });
    expect(file.appraisals[0].explanations[0].at).toBe('2025-12-08T17:00:00.000Z');

    // The decision is published once: importing the same file again records and publishes nothing.
    const again = await par('import', jsonFile, '--data-dir', fromJson);
    expect(JSON.parse(again.stdout)).toMatchObject({ eventsAppended: 0 });
    expect(again.stderr).toContain('revision 1');
  });

  it('exports the cycle as XLSX, which imports elsewhere to the same results', async () => {
    const exported = join(work, 'exported.xlsx');
    const bytes = execFileSync(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'export', 'demo-2025', '--format', 'xlsx', '--data-dir', fromJson],
      {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    writeFileSync(exported, bytes);
    const elsewhere = join(work, 'from-export');
    expect((await par('import', exported, '--data-dir', elsewhere)).code).toBe(0);
    expect((await par('results', 'demo-2025', '--format', 'json', '--data-dir', elsewhere)).stdout).toBe(reference(draft));
  });
});

describe('par refuses a malformed workbook, naming sheet, row and column, and records nothing', () => {
  const work = mkdtempSync(join(tmpdir(), 'par-bad-xlsx-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function workbookWith(change: (workbook: ExcelJS.Workbook) => void): Promise<string> {
    const parsed = parseCycleFile(draftOf());
    if (!parsed.ok) throw new Error('the worked example must parse');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeCycleWorkbook(parsed.value)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    change(workbook);
    const path = join(work, `bad-${Math.random().toString(36).slice(2)}.xlsx`);
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    return path;
  }

  it.each([
    [
      'text where a number belongs',
      (workbook: ExcelJS.Workbook) => (workbook.getWorksheet('scores')!.getCell('C2').value = 'một điểm'),
      /CELL_NOT_A_NUMBER.*sheet scores, row 2, column points/,
    ],
    [
      'a formula cell',
      (workbook: ExcelJS.Workbook) => (workbook.getWorksheet('scores')!.getCell('C2').value = { formula: '0.5*2', result: 1 }),
      /CELL_FORMULA.*sheet scores, row 2/,
    ],
    ['a missing sheet', (workbook: ExcelJS.Workbook) => workbook.removeWorksheet(workbook.getWorksheet('units')!.id), /SHEET_MISSING.*units/],
  ])('%s', async (_, change, expected) => {
    const file = await workbookWith(change);
    const dataDir = join(work, 'data');
    const run = await par('import', file, '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(expected);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('a file that is not a workbook at all', async () => {
    const file = join(work, 'not-a-workbook.xlsx');
    writeFileSync(file, 'Bảng điểm CCHC năm 2022');
    const run = await par('import', file, '--data-dir', join(work, 'data'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/WORKBOOK_UNREADABLE/);
  });
});
