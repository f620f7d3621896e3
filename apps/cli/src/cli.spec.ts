import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeCycleResults, parseCycleFile, rankByField, resultsToJson } from '@par/contracts';
import { writeCycleWorkbook } from '@par/cycle-workbook';
import { DEMO_CYCLE_PATH } from './demo/generate-demo-cycle';
import { par } from './testing/run-par';
// The reference fixture of DOMAIN.md's worked example (test only).
import { draftOf } from '@par/contracts/testing';

jest.setTimeout(150_000);

/** What INTERCHANGE.md says `par results --format json` must print for a file, computed straight from it. */
function referenceResults(path: string): string {
  const parsed = parseCycleFile(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('\n'));
  return resultsToJson(computeCycleResults(parsed.value));
}

const summaryOf = (stdout: string) => JSON.parse(stdout) as { cycle: string; commands: number; eventsAppended: number; seconds: number };

describe('par on the embedded platform: the demo cycle (18 departments, 10 districts)', () => {
  const work = mkdtempSync(join(tmpdir(), 'par-cli-'));
  const dataDir = join(work, 'data');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('imports demo-2025.json through the services, and `results --format json` is byte-identical to the reference', async () => {
    const imported = await par('import', DEMO_CYCLE_PATH, '--data-dir', dataDir);
    expect(imported.stderr).toMatch(/commands decided in .* s, \d+ events to record/);
    expect(imported.code).toBe(0);
    const summary = summaryOf(imported.stdout);
    expect(summary).toMatchObject({ cycle: 'demo-2025', eventsAppended: expect.any(Number) });
    expect(summary.eventsAppended).toBeGreaterThan(1_500);
    process.stderr.write(`demo import: ${summary.commands} commands, ${summary.eventsAppended} events, ${summary.seconds} s\n`);

    const results = await par('results', 'demo-2025', '--format', 'json', '--data-dir', dataDir);
    expect(results.code).toBe(0);
    expect(results.stdout).toBe(referenceResults(DEMO_CYCLE_PATH));
  });

  it('a second import of the same file records nothing: every log holds the same events', async () => {
    const before = await par('verify', '--data-dir', dataDir);
    expect(before.stdout).toMatch(
      /^submissions: ok, \d+ events in 29 streams\nappraisal: ok, \d+ events in 28 streams\nranking: ok, 0 events in 0 streams\nsurvey: ok, \d+ events in 2 streams\n$/,
    );

    const again = await par('import', DEMO_CYCLE_PATH, '--data-dir', dataDir);
    expect(again.code).toBe(0);
    expect(summaryOf(again.stdout).eventsAppended).toBe(0);
    expect(again.stderr).toContain('already imported');

    const after = await par('verify', '--data-dir', dataDir);
    expect(after.stdout).toBe(before.stdout);
  });

  it('audits a disputed leaf: Công an tỉnh 7.5 from its self score through appraisal and explanation to the council', async () => {
    const audit = await par('audit', 'demo-2025', 'cong-an-tinh', '7.5', '--format', 'json', '--data-dir', dataDir);
    expect(audit.code).toBe(0);
    const { entries } = JSON.parse(audit.stdout) as { entries: Record<string, unknown>[] };
    expect(entries.map(({ stage, points, actor, role }) => ({ stage, points, actor, role }))).toEqual([
      { stage: 'self', points: '2.00', actor: 'bui.kim.nam', role: 'UNIT_HEAD' },
      { stage: 'appraisal', points: '1.75', actor: 'pham.quoc.bao', role: 'APPRAISER' },
      { stage: 'explanation', points: null, actor: 'bui.kim.nam', role: 'UNIT_REPORTER' },
      { stage: 'council', points: '2.00', actor: 'council-chair.ubnd-tinh-an-binh', role: 'COUNCIL_CHAIR' },
    ]);
    expect(entries[1].reason).toBe('Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh');
    expect(entries[3]).toMatchObject({ decision: 'changed', from: '1.75', votes: { for: 7, against: 0, abstain: 0, members: 7 } });
    expect(entries.every((entry) => typeof entry.time === 'string' && !Number.isNaN(Date.parse(entry.time as string)))).toBe(true);

    const table = await par('audit', 'demo-2025', 'cong-an-tinh', '7.5', '--data-dir', dataDir);
    expect(table.stdout).toMatch(/council\s+1\.75 → 2\.00\s+council-chair\.ubnd-tinh-an-binh \(COUNCIL_CHAIR\)/);
  });

  it("a survey-held leaf takes the published survey result the file carries: stage survey, with its campaign and the file's time", async () => {
    const audit = await par('audit', 'demo-2025', 'so-tu-phap', '3.5', '--format', 'json', '--data-dir', dataDir);
    expect(audit.code).toBe(0);
    const { entries } = JSON.parse(audit.stdout) as { entries: Record<string, unknown>[] };
    const published = parseCycleFile(JSON.parse(readFileSync(DEMO_CYCLE_PATH, 'utf8')));
    if (!published.ok) throw new Error('the demo parses');
    const result = published.value.surveys
      ?.find((survey) => survey.campaign === 'sipas-2025-an-binh')
      ?.results.find((entry) => entry.unit === 'so-tu-phap' && entry.criterion === '3.5');
    expect(entries.map(({ stage, points }) => ({ stage, points }))).toEqual([{ stage: 'survey', points: result?.points }]);
    expect(entries[0].reason).toContain('sipas-2025-an-binh');
    expect(entries[0]).toMatchObject({ time: '2025-12-14T17:00:00.000Z', importedFrom: expect.stringMatching(/^sha256:/) });
  });

  it('exports the cycle; importing the export into a fresh data dir reproduces identical results', async () => {
    const exported = await par('export', 'demo-2025', '--data-dir', dataDir);
    expect(exported.code).toBe(0);
    const exportFile = join(work, 'export.json');
    writeFileSync(exportFile, exported.stdout);

    const elsewhere = join(work, 'elsewhere');
    expect((await par('import', exportFile, '--data-dir', elsewhere)).code).toBe(0);
    const original = await par('results', 'demo-2025', '--format', 'json', '--data-dir', dataDir);
    const copy = await par('results', 'demo-2025', '--format', 'json', '--data-dir', elsewhere);
    expect(copy.stdout).toBe(original.stdout);
    // The export is a fixed point: exporting the copy writes the same bytes.
    expect((await par('export', 'demo-2025', '--data-dir', elsewhere)).stdout).toBe(exported.stdout);
  });

  it('prints results as csv and per group', async () => {
    const csv = await par('results', 'demo-2025', '--group', 'districts', '--format', 'csv', '--data-dir', dataDir);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('group,rank,unit,name,selfTotal,appraisedTotal,applicableMax,index,class');
    expect(lines).toHaveLength(11);
    expect(lines.slice(1).every((line) => line.startsWith('districts,'))).toBe(true);
  });

  it('ranks each group by one field’s component index (--field), with the ranking rule of the index', async () => {
    const parsed = parseCycleFile(JSON.parse(readFileSync(DEMO_CYCLE_PATH, 'utf8')));
    if (!parsed.ok) throw new Error('the demo must parse');
    const reference = rankByField(computeCycleResults(parsed.value), '2');
    const ranked = await par('results', 'demo-2025', '--field', '2', '--format', 'json', '--data-dir', dataDir);
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.stdout)).toEqual(reference);
    const table = await par('results', 'demo-2025', '--group', 'departments', '--field', '2', '--data-dir', dataDir);
    expect(table.stdout.split('\n')[0]).toBe(`demo-2025 — departments — 2. ${reference?.groups[0].title}`);
    const unknown = await par('results', 'demo-2025', '--field', '99', '--data-dir', dataDir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--field: cycle demo-2025 has no field "99"');
  });

  it('the same province as an Excel workbook imports to byte-identical results', async () => {
    const parsed = parseCycleFile(JSON.parse(readFileSync(DEMO_CYCLE_PATH, 'utf8')));
    if (!parsed.ok) throw new Error('the demo must parse');
    const workbook = join(work, 'demo-2025.xlsx');
    writeFileSync(workbook, await writeCycleWorkbook(parsed.value));
    const fromExcel = join(work, 'from-excel');

    expect((await par('import', workbook, '--data-dir', fromExcel)).code).toBe(0);

    const results = await par('results', 'demo-2025', '--format', 'json', '--data-dir', fromExcel);
    expect(results.stdout).toBe(referenceResults(DEMO_CYCLE_PATH));
  });
});

describe('par refuses a file with any error and changes nothing', () => {
  const work = mkdtempSync(join(tmpdir(), 'par-cli-bad-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a value of 1.125 points: exit 1 naming the unit, the criterion and the value; no data dir, no cycle', async () => {
    const draft = draftOf();
    draft.appraisals[0].scores[1].points = 1.125; // 7.3
    const file = join(work, 'bad-points.json');
    writeFileSync(file, JSON.stringify(draft));
    const dataDir = join(work, 'bad-points-data');

    const run = await par('import', file, '--data-dir', dataDir);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/appraisals\[unit=so-x\]\.scores\[7\.3\]\.points.*unit so-x, criterion 7\.3, value 1\.125/);
    expect(existsSync(dataDir)).toBe(false);
    expect((await par('results', 'demo-2025', '--data-dir', dataDir)).code).toBe(1);
  });

  it('a council vote without a majority (only a decider sees it): refused in the rehearsal, not a single event recorded', async () => {
    const draft = draftOf();
    draft.appraisals[0].explanations[0].votes = { for: 3, against: 4, abstain: 0, members: 7 };
    const file = join(work, 'no-majority.json');
    writeFileSync(file, JSON.stringify(draft));
    const dataDir = join(work, 'no-majority-data');

    const run = await par('import', file, '--data-dir', dataDir);

    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ResolveExplanation \(unit so-x, criterion 7\.3\) refused \[NO_MAJORITY.*nothing was changed|nothing was changed.*NO_MAJORITY/s);
    const verify = await par('verify', '--data-dir', dataDir);
    expect(verify.stdout).toBe(
      'submissions: ok, 0 events in 0 streams\nappraisal: ok, 0 events in 0 streams\nranking: ok, 0 events in 0 streams\nsurvey: ok, 0 events in 0 streams\n',
    );
    const results = await par('results', 'demo-2025', '--data-dir', dataDir);
    expect(results.code).toBe(1);
    expect(results.stderr).toMatch(/results of demo-2025: .*not known/);
  });

  it('usage errors exit 2', async () => {
    expect((await par('results')).code).toBe(2);
    expect((await par('frobnicate')).code).toBe(2);
    expect((await par('results', 'demo-2025', '--format', 'xml')).code).toBe(2);
  });
});
