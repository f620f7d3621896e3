import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from './demo-platform';

/** Debian's chromium (`.ci/run` installs it when missing); CHROMIUM_PATH names another. Playwright downloads nothing. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'tmp/web-screenshots');

/** Quiet, offline, reproducible: no sandbox (CI runs as root), no GPU, no background traffic, no first-run pages. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  page: Page;
  /** Uncaught errors and console errors of the page: a screen that works logs none. */
  errors: string[];
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Headless chromium with a fresh profile, set to a Vietnamese office PC (vi-VN, Vietnam's time zone, 1366 × 768). */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'par-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
      viewport: { width: 1366, height: 768 },
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  // CI runs the browser specs beside the whole jest suite on 2 cores: a lazily loaded screen may take over 30 s.
  page.setDefaultTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    page,
    errors,
    screenshot: async (name) => {
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Whether the browser tests can run here; in CI they must (`.ci/run` installs chromium), elsewhere they say why not. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`no chromium at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium)`);
  process.stderr.write(`\nweb: the browser tests are skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)\n`);
  return false;
}
