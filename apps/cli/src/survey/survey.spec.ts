import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { papiAnBinhFile, SIPAS_2025_UNITS, sipas2025CampaignFile } from '@par/contracts/testing';
import { generateCrossEvaluation, generateSipasResponses, handIndex, handPoints, sociological2025CampaignFile } from '@par/survey/testing';
import { DEMO_CYCLE_PATH } from '../demo/generate-demo-cycle';
import { par } from '../testing/run-par';

jest.setTimeout(150_000);

interface ResultRow {
  unit: string;
  index: string;
  appraisedTotal: string;
}

const rowsOf = (stdout: string): ResultRow[] => (JSON.parse(stdout) as { groups: { results: ResultRow[] }[] }).groups.flatMap((group) => group.results);

describe('par survey on the embedded platform: SIPAS 2025 of the demo province, from responses to ranks', () => {
  const work = mkdtempSync(join(tmpdir(), 'par-survey-'));
  const dataDir = join(work, 'data');
  const campaignFile = join(work, 'sipas-2025.json');
  const responsesFile = join(work, 'sipas-2025.csv');
  const responses = generateSipasResponses(SIPAS_2025_UNITS, 120);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(async () => {
    // Sở Tư pháp served 5,000 people in the year: n = 5000 / (1 + 5000 × 0.05²) = 370.4, so 371 planned.
    writeFileSync(campaignFile, JSON.stringify({ ...sipas2025CampaignFile(), sampling: { population: [{ unit: 'so-tu-phap', population: 5000 }] } }));
    writeFileSync(responsesFile, responses.csv);
    expect((await par('import', DEMO_CYCLE_PATH, '--data-dir', dataDir)).code).toBe(0);
  });

  it('imports the responses: bad rows rejected with their line and reason, the rest kept; the same file again records nothing', async () => {
    const run = await par('survey', 'import', campaignFile, responsesFile, '--data-dir', dataDir);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { campaign: string; accepted: number; rejected: number; alreadyRecorded: boolean };
    expect(summary).toMatchObject({ campaign: 'sipas-2025', accepted: responses.goodRows, rejected: responses.badLines.size, alreadyRecorded: false });
    for (const [line, code] of responses.badLines) expect(run.stderr).toContain(`line ${line}: ${code}`);

    const again = await par('survey', 'import', campaignFile, responsesFile, '--data-dir', dataDir);
    expect(JSON.parse(again.stdout)).toMatchObject({ alreadyRecorded: true });
  });

  it('prints each unit’s index as a clerk would count it, with its 95 % interval', async () => {
    const run = await par('survey', 'results', 'sipas-2025', '--format', 'json', '--data-dir', dataDir);
    const { units } = JSON.parse(run.stdout) as {
      units: { unit: string; respondents: number; index: string; ci: { low: string; high: string }; plannedSample: number | null; coverage: string | null }[];
    };
    for (const unit of units) {
      const tally = responses.tally.get(unit.unit);
      if (!tally) throw new Error(`unexpected unit ${unit.unit}`);
      expect(unit).toMatchObject({ respondents: tally.respondents.size, index: handIndex(tally.satisfied, tally.answers) });
      expect(Number(unit.ci.low)).toBeLessThanOrEqual(Number(unit.index));
    }
    expect(units.find((unit) => unit.unit === 'so-tu-phap')).toMatchObject({ plannedSample: 371, coverage: '32.35' });
    expect(units.find((unit) => unit.unit === 'so-noi-vu')).toMatchObject({ plannedSample: null, coverage: null });
    expect((await par('survey', 'results', 'sipas-2025', '--data-dir', dataDir)).stdout).toMatch(/so-tu-phap\s+120\s+/);
  });

  it('apply records the survey-held leaves’ points: results move and the audit shows stage survey with the campaign', async () => {
    const before = rowsOf((await par('results', 'demo-2025', '--format', 'json', '--data-dir', dataDir)).stdout);

    const applied = await par('survey', 'apply', 'sipas-2025', '--data-dir', dataDir);
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.stdout)).toMatchObject({ campaign: 'sipas-2025', pointsRecorded: 8 });

    const tally = responses.tally.get('so-tu-phap');
    if (!tally) throw new Error('so-tu-phap has answers');
    const index = handIndex(tally.satisfied, tally.answers);
    const audit = await par('audit', 'demo-2025', 'so-tu-phap', '3.5', '--format', 'json', '--data-dir', dataDir);
    // The last survey value: the demo cycle file may already carry a published one for the leaf.
    const survey = (JSON.parse(audit.stdout) as { entries: { stage: string; points: string; reason: string }[] }).entries
      .filter((entry) => entry.stage === 'survey')
      .at(-1);
    expect(survey).toMatchObject({ points: handPoints('4.00', index) });
    expect(survey?.reason).toContain('sipas-2025');

    const after = rowsOf((await par('results', 'demo-2025', '--format', 'json', '--data-dir', dataDir)).stdout);
    const totalOf = (rows: ResultRow[], unit: string) => rows.find((row) => row.unit === unit)?.appraisedTotal;
    expect(totalOf(after, 'so-tu-phap')).not.toBe(totalOf(before, 'so-tu-phap'));
    // A unit the survey did not reach keeps its appraised points.
    expect(totalOf(after, 'so-y-te')).toBe(totalOf(before, 'so-y-te'));

    expect((await par('survey', 'apply', 'sipas-2025', '--data-dir', dataDir)).stdout).toContain('"pointsRecorded":0');
  });

  it('runs the sociological survey: a cross-evaluation, repeated rows of a later file rejected, each leaf scored on its own aspect', async () => {
    const rated = ['so-tu-phap', 'so-noi-vu', 'tp-an-binh'];
    const crossEvaluation = generateCrossEvaluation(rated, [...rated, 'van-phong-ubnd-tinh'], 5);
    const xhhFile = join(work, 'xhh-2025.json');
    writeFileSync(xhhFile, JSON.stringify(sociological2025CampaignFile()));
    writeFileSync(join(work, 'xhh-2025.csv'), crossEvaluation.csv);
    const run = await par('survey', 'import', xhhFile, join(work, 'xhh-2025.csv'), '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ campaign: 'xhh-2025', accepted: crossEvaluation.goodRows, rejected: 2 });
    for (const [line, code] of crossEvaluation.badLines) expect(run.stderr).toContain(`line ${line}: ${code}`);
    expect(run.stderr).toContain('a unit does not evaluate itself');

    // Two rows of the first file typed again into a second one.
    writeFileSync(join(work, 'xhh-2025-b.csv'), [...crossEvaluation.lines.slice(0, 3)].join('\n') + '\n');
    const late = await par('survey', 'import', xhhFile, join(work, 'xhh-2025-b.csv'), '--data-dir', dataDir);
    expect(JSON.parse(late.stdout)).toMatchObject({ accepted: 0, rejected: 2, alreadyRecorded: false });
    expect(late.stderr).toContain('line 2: RESPONSE_DUPLICATE already answered in an earlier batch');

    const applied = await par('survey', 'apply', 'xhh-2025', '--data-dir', dataDir);
    // so-tu-phap and so-noi-vu: 2.5, 4.4 and 5.5; tp-an-binh: 2.4.
    expect(JSON.parse(applied.stdout)).toMatchObject({ campaign: 'xhh-2025', pointsRecorded: 7 });
    const civilService = crossEvaluation.tally.get('so-tu-phap')!.get('CV')!;
    const audit = await par('audit', 'demo-2025', 'so-tu-phap', '5.5', '--format', 'json', '--data-dir', dataDir);
    const survey = (JSON.parse(audit.stdout) as { entries: { stage: string; points: string; reason: string }[] }).entries.find(
      (entry) => entry.stage === 'survey' && entry.reason.includes('xhh-2025'),
    );
    expect(survey).toMatchObject({ points: handPoints('4.00', handIndex(civilService.satisfied, civilService.answers)) });
    expect(survey?.reason).toContain('xhh-2025');
  });

  it('refuses a campaign for a cycle that does not exist, naming the code', async () => {
    const file = sipas2025CampaignFile();
    file.campaign = { ...file.campaign, id: 'sipas-2030', cycle: 'cchc-2030' };
    const path = join(work, 'sipas-2030.json');
    writeFileSync(path, JSON.stringify(file));
    const run = await par('survey', 'import', path, responsesFile, '--data-dir', dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CYCLE_UNKNOWN');
  });

  it('records An Bình’s published PAPI of three years and prints each dimension’s trend; the same file again records nothing', async () => {
    for (const year of [2021, 2022, 2023] as const) {
      const path = join(work, `papi-${year}.json`);
      writeFileSync(path, JSON.stringify(papiAnBinhFile(year)));
      const run = await par('survey', 'published', path, '--data-dir', dataDir);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ revision: 1, recorded: true });
    }
    const again = await par('survey', 'published', join(work, 'papi-2023.json'), '--data-dir', dataDir);
    expect(JSON.parse(again.stdout)).toMatchObject({ recorded: false });

    const trend = await par('survey', 'trend', 'an-binh', '--kind', 'PAPI', '--format', 'json', '--data-dir', dataDir);
    const { indices } = JSON.parse(trend.stdout) as { indices: { kind: string; years: { year: number }[]; dimensions: { scores: unknown[] }[] }[] };
    expect(indices.map((index) => index.kind)).toEqual(['PAPI']);
    expect(indices[0].years.map((year) => year.year)).toEqual([2021, 2022, 2023]);
    expect(indices[0].dimensions).toHaveLength(8);
    expect((await par('survey', 'trend', 'an-binh', '--data-dir', dataDir)).stdout).toMatch(/an-binh — PAPI/);
  });
});
