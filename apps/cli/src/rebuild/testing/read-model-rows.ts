// Test only: every row of ranking's read models in a data dir (dump-read-models.ts, in a process of its own).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../testing/run-par';

export function readModelRows(dataDir: string): Promise<Record<string, string[]>> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'dump-read-models.ts'), dataDir],
      { cwd: ROOT, timeout: 120_000, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`dumping the read models failed: ${stderr}`)) : resolve(JSON.parse(stdout) as Record<string, string[]>),
    );
  });
}
