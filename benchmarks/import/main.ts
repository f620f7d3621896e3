/**
 * `npm run bench -- import [--sizes 1,10]`: a province-size past cycle (30 units × 90 leaves) and the
 * same at 10x, each imported by `par import` into a fresh embedded database, one JSON line per size.
 *
 * `commandsPerSecond` is the write side: commands decided by the services' deciders and their events
 * recorded (the issue's target, ≥ 2,000/s). The read models catching up is reported beside it
 * (`readModelSeconds`, `endToEndCommandsPerSecond`), so the whole cost of an import is visible.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCycleFile } from '@par/contracts';
import { pastCycleFile } from './past-cycle-file';

const ROOT = join(__dirname, '../..');
const PROVINCE = { units: 30, fields: 9, leavesPerField: 10 };

interface ImportSummary {
  commands: number;
  eventsAppended: number;
  seconds: number;
  timings: { decideSeconds: number; recordSeconds: number; readModelSeconds: number };
  peakRssBytes: number;
}

function runImport(file: string, dataDir: string): Promise<ImportSummary> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'import', file, '--data-dir', dataDir],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, timeout: 30 * 60_000 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`par import failed: ${stderr.split('\n').slice(-5).join('\n')}`));
        resolve(JSON.parse(stdout) as ImportSummary);
      },
    );
  });
}

const round = (value: number) => Math.round(value * 100) / 100;

export async function main(argv: readonly string[]): Promise<number> {
  const sizesArgument = argv[argv.indexOf('--sizes') + 1];
  const factors = argv.includes('--sizes') && sizesArgument ? sizesArgument.split(',').map(Number) : [1, 10];
  if (factors.some((factor) => !Number.isInteger(factor) || factor < 1)) {
    process.stderr.write('usage: npm run bench -- import [--sizes 1,10]\n');
    return 2;
  }
  const work = mkdtempSync(join(tmpdir(), 'par-bench-import-'));
  try {
    for (const factor of factors) {
      const units = PROVINCE.units * factor;
      const file = join(work, `past-cycle-${units}.json`);
      writeFileSync(file, writeCycleFile(pastCycleFile({ ...PROVINCE, units })));
      process.stderr.write(`import: ${units} units × ${PROVINCE.fields * PROVINCE.leavesPerField} leaves into a fresh embedded database …\n`);
      const summary = await runImport(file, join(work, `data-${units}`));
      const { decideSeconds, recordSeconds, readModelSeconds } = summary.timings;
      const writeSeconds = decideSeconds + recordSeconds;
      process.stdout.write(
        `${JSON.stringify({
          bench: 'import',
          size: `${factor}x`,
          units,
          commands: summary.commands,
          events: summary.eventsAppended,
          commandsPerSecond: round(summary.commands / writeSeconds),
          decideSeconds,
          recordSeconds,
          readModelSeconds,
          endToEndCommandsPerSecond: round(summary.commands / (writeSeconds + readModelSeconds)),
          peakRssBytes: summary.peakRssBytes,
        })}\n`,
      );
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
