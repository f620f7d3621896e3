import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CYCLE_PATH } from '../demo/generate-demo-cycle';
import { par } from '../testing/run-par';
import { parWithEnv } from './testing/par-with-env';
import { readModelRows } from './testing/read-model-rows';

jest.setTimeout(300_000);

/** Units whose trails take every stage: a council decision, a survey-held leaf, a bonus. */
const AUDITED = ['cong-an-tinh', 'so-tu-phap', 'so-noi-vu'];

describe('par rebuild ranking on the demo cycle (embedded)', () => {
  const work = mkdtempSync(join(tmpdir(), 'par-rebuild-'));
  const dataDir = join(work, 'data');
  let live: Outputs;

  interface Outputs {
    results: string;
    audits: string[];
    tables: Record<string, string[]>;
  }

  /** What a person sees (results, audits) and what the read models hold, table by table. */
  async function outputs(): Promise<Outputs> {
    const results = await par('results', 'demo-2025', '--format', 'json', '--data-dir', dataDir);
    expect(results.code).toBe(0);
    const audits: string[] = [];
    for (const unit of AUDITED) {
      const audit = await par('audit', 'demo-2025', unit, '--format', 'json', '--data-dir', dataDir);
      expect(audit.code).toBe(0);
      audits.push(audit.stdout);
    }
    return { results: results.stdout, audits, tables: await readModelRows(dataDir) };
  }

  const summaryOf = (stdout: string) => JSON.parse(stdout) as { resumed: boolean; finished: boolean; events: number };

  beforeAll(async () => {
    const imported = await par('import', DEMO_CYCLE_PATH, '--data-dir', dataDir);
    expect(imported.code).toBe(0);
    // The live consumers' read models: the single-event projectors applied the import.
    live = await outputs();
    expect(live.tables.audit_entries.length).toBeGreaterThan(1_500);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('empties the read models and fills them again from the logs: the same rows, byte-identical results and audits', async () => {
    const rebuilt = await par('rebuild', 'ranking', '--data-dir', dataDir);
    expect(rebuilt.code).toBe(0);
    expect(summaryOf(rebuilt.stdout)).toMatchObject({ resumed: false, finished: true, events: expect.any(Number) });
    expect(rebuilt.stderr).toMatch(/rebuild ranking: read models emptied, \d+ events to apply/);
    expect(rebuilt.stderr).toMatch(/rebuild ranking: ([\d,]+) \/ \1 events \(100%\), [\d,]+ events\/s/);
    expect(await outputs()).toEqual(live);
  });

  it('stopped after two batches, goes on where it stopped when run again, and ends with the same read models', async () => {
    const stopped = await parWithEnv({ PAR_REBUILD_BATCH_SIZE: '50', PAR_REBUILD_STOP_AFTER_BATCHES: '2' }, 'rebuild', 'ranking', '--data-dir', dataDir);
    expect(stopped.code).toBe(1);
    const first = summaryOf(stopped.stdout);
    // The three logs are replayed side by side: each one's batch under way when the stop comes is still committed.
    expect(first).toMatchObject({ resumed: false, finished: false });
    expect(first.events).toBeGreaterThanOrEqual(100);
    expect(stopped.stderr).toContain(`stopped after ${first.events} events; run it again to go on from there`);

    const resumed = await par('rebuild', 'ranking', '--data-dir', dataDir);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('resuming the rebuild under way');
    const total = summaryOf((await par('rebuild', 'ranking', '--data-dir', dataDir)).stdout).events;
    expect(first.events).toBeLessThan(total);
    expect(summaryOf(resumed.stdout)).toEqual(expect.objectContaining({ resumed: true, finished: true, events: total - first.events }));
    expect(await outputs()).toEqual(live);
  });

  it('names a service it cannot rebuild, and those that keep read models of their own (exit 2)', async () => {
    const unknown = await par('rebuild', 'nonsense', '--data-dir', dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('cannot rebuild "nonsense"');
    expect(unknown.stderr).toMatch(/knows ranking .*submissions .*appraisal .*survey/s);
    expect((await par('rebuild', '--data-dir', dataDir)).code).toBe(2);
  });
});
