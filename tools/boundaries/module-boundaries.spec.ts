import { spawnSync } from 'node:child_process';
import path from 'node:path';

const repository = path.resolve(__dirname, '../..');
const fixture = path.join(__dirname, 'fixture');

interface Violation {
  type: 'dependency' | 'cycle';
  from: string;
  to: string;
  rule: { name: string };
}

/** dependency-cruiser run with the repository's own .dependency-cruiser.js over a tiny repository that breaks each rule once. */
function violationsInFixture(): string[] {
  const cli = path.join(repository, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const run = spawnSync(
    process.execPath,
    [cli, 'apps', 'libs', 'tests', '--config', path.join(repository, '.dependency-cruiser.js'), '--output-type', 'json'],
    {
      cwd: fixture,
      encoding: 'utf8',
    },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  const violations: Violation[] = JSON.parse(run.stdout).summary.violations;
  // Packages resolve to the repository's node_modules, above the fixture: name them from there.
  return violations.map(({ rule, from, to }) => `${rule.name}: ${from} → ${to.replace(/^(\.\.\/)+/, '')}`).sort();
}

describe('the module boundaries of .dependency-cruiser.js', () => {
  it('report each forbidden import of the fixture under its rule, and nothing it allows', () => {
    expect(violationsInFixture()).toEqual([
      'apps-only-through-public-entry: apps/x/src/reach-into-y.ts → apps/y/src/z.ts',
      'apps-only-through-public-entry: tests/e2e.ts → apps/y/src/z.ts',
      'domain-is-pure: libs/domain/src/rule.ts → node_modules/@nestjs/common/index.js',
      'libs-do-not-import-apps: libs/b/src/uses-a.ts → apps/y/src/z.ts',
      'libs-only-through-public-entry: apps/x/src/deep-lib.ts → libs/a/src/internal.ts',
      'no-circular-libs: libs/a/src → libs/b/src',
      'no-circular-libs: libs/b/src → libs/a/src',
      'no-circular: apps/x/src/ping.ts → apps/x/src/pong.ts',
      'production-code-imports-no-test-code: apps/cli/src/compose.ts → apps/y/src/testing/index.ts',
      'production-code-imports-no-test-code: apps/x/src/main.ts → apps/x/src/testing/y-harness.ts',
      'service-domain-is-framework-free: apps/x/src/domain/decide.ts → node_modules/@nestjs/common/index.js',
      'services-do-not-import-apps: apps/x/src/entry-of-y.ts → apps/y/src/index.ts',
      'services-do-not-import-apps: apps/x/src/reach-into-y.ts → apps/y/src/z.ts',
    ]);
  }, 30_000);
});
