import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError } from '@par/config';
import { ROOT } from '../testing/run-par';
import { cliEnvironment } from './cli.config';

describe("par's environment", () => {
  it('PORT defaults to 3000 and is read as a number', () => {
    expect(cliEnvironment({}).PORT).toBe(3000);
    expect(cliEnvironment({ PORT: '8080' }).PORT).toBe(8080);
  });

  it('a port out of range is refused', () => {
    expect(() => cliEnvironment({ PORT: '70000' })).toThrow(ConfigError);
  });

  it('a PORT that is not a port stops `par start` with a message naming it, before anything starts', async () => {
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['-r', '@swc-node/register', join(ROOT, 'apps/cli/src/main.ts'), 'start', '--once', '--data-dir', '/nonexistent/never-created'],
        { cwd: ROOT, env: { ...process.env, PORT: 'abc' }, timeout: 60_000 },
        (error, _stdout, stderr) => resolve({ code: typeof error?.code === 'number' ? error.code : 0, stderr }),
      ),
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/^par: invalid configuration\n {2}- PORT: expected a port number \(got "abc"\)/);
    // A process of its own: loading the whole CLI on a busy 2-core machine takes seconds.
  }, 60_000);
});
