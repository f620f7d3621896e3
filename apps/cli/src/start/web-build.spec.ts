import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { webBuildIsStale } from './web-build';

describe('npm start builds the web UI only when its build is missing or older than its sources', () => {
  const web = mkdtempSync(join(tmpdir(), 'par-web-'));
  const installed = join(web, 'node_modules/.package-lock.json');
  afterAll(() => rmSync(web, { recursive: true, force: true }));

  /** A file written at a given minute of a fixed day. */
  function file(path: string, minute: number): void {
    const at = new Date(Date.UTC(2026, 0, 1, 8, minute));
    mkdirSync(dirname(join(web, path)), { recursive: true });
    writeFileSync(join(web, path), '');
    utimesSync(join(web, path), at, at);
  }

  beforeEach(() => {
    rmSync(join(web, 'dist'), { recursive: true, force: true });
    for (const path of ['index.html', 'vite.config.ts', 'src/main.tsx', 'src/results/ResultsPage.tsx', 'node_modules/.package-lock.json']) file(path, 0);
  });

  it('a fresh clone has no build: stale', () => {
    expect(webBuildIsStale(web, installed)).toBe(true);
  });

  it('a build newer than every source is fresh', () => {
    file('dist/index.html', 10);
    expect(webBuildIsStale(web, installed)).toBe(false);
  });

  it('a screen changed after the build (a pull, an edit): stale', () => {
    file('dist/index.html', 10);
    file('src/results/ResultsPage.tsx', 20);
    expect(webBuildIsStale(web, installed)).toBe(true);
  });

  it('packages installed after the build: stale', () => {
    file('dist/index.html', 10);
    file('node_modules/.package-lock.json', 20);
    expect(webBuildIsStale(web, installed)).toBe(true);
  });

  it('a test changed after the build changes nothing the browser gets: fresh', () => {
    file('dist/index.html', 10);
    file('src/results/ResultsPage.spec.tsx', 20);
    file('src/testing/render-app.tsx', 20);
    expect(webBuildIsStale(web, installed)).toBe(false);
  });
});
