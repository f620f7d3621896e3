import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** apps/web of this checkout: its sources and the dist/ the gateway serves at `/`. */
export const WEB_DIR = resolve(__dirname, '../../../web');
/** npm rewrites it at every install: newer packages (another antd) make a build stale too. */
const INSTALLED_PACKAGES = resolve(__dirname, '../../../../node_modules/.package-lock.json');

/** What a build is made from: the app's sources (not its tests), its page, its vite config and tooling, the installed packages. */
export function newestSourceTime(webDir: string = WEB_DIR, installedPackages: string = INSTALLED_PACKAGES): number {
  const files = [
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
    installedPackages,
    ...filesUnder(join(webDir, 'src')),
    ...filesUnder(join(webDir, 'tooling')),
  ];
  return Math.max(0, ...files.filter((file) => !/\.spec\.tsx?$|[\\/]testing[\\/]/.test(file)).map((file) => modifiedAt(file) ?? 0));
}

/** No build yet, or one older than a source: `npm start` builds before serving. */
export function webBuildIsStale(webDir: string = WEB_DIR, installedPackages: string = INSTALLED_PACKAGES): boolean {
  const built = modifiedAt(join(webDir, 'dist/index.html'));
  return built === undefined || newestSourceTime(webDir, installedPackages) > built;
}

/**
 * Builds the web UI when its build is missing or stale (a fresh clone, a pull), with a line on stderr. One build
 * at a time per checkout (two starts at once, test workers): the second waits, then finds the build fresh. A
 * failed build is said, not thrown: the API serves without the UI.
 */
export async function ensureWebBuilt(log: (line: string) => void, webDir: string = WEB_DIR): Promise<void> {
  if (!webBuildIsStale(webDir)) return;
  try {
    await withBuildLock(webDir, log, async () => {
      if (!webBuildIsStale(webDir)) return;
      log(`web: building the UI (${webDir} → dist/, vite) because its sources changed or it was never built …`);
      const started = Date.now();
      await buildWith(join(webDir, 'vite.config.ts'));
      log(`web: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    });
  } catch (error) {
    log(`web: the UI could not be built (${(error as Error).message}); the API is served without it`);
  }
}

function buildWith(configFile: string): Promise<void> {
  return new Promise((resolveBuild, reject) => {
    // vite's own output (warnings) joins ours on stderr: stdout carries only what `par` prints.
    const child = spawn(process.execPath, [join(__dirname, 'build-web-app.mjs'), configFile], { stdio: ['ignore', 2, 2] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolveBuild() : reject(new Error(`vite build exited with ${code}`))));
  });
}

/** A lock older than this was left by a build that died: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

async function withBuildLock(webDir: string, log: (line: string) => void, build: () => Promise<void>): Promise<void> {
  const lock = join(tmpdir(), `par-web-build-${createHash('sha256').update(webDir).digest('hex').slice(0, 12)}.lock`);
  for (let waited = false; ; waited = true) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (Date.now() - (modifiedAt(lock) ?? 0) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else {
        if (!waited) log('web: another start is building the UI; waiting for it');
        await new Promise((wake) => setTimeout(wake, 500));
      }
    }
  }
  try {
    await build();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function modifiedAt(path: string): number | undefined {
  return existsSync(path) ? statSync(path).mtimeMs : undefined;
}

function filesUnder(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
