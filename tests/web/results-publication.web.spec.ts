import { signInAs } from './support/sign-in';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import {
  accessibilityViolations,
  chooseUnit,
  downloadAppendix,
  fieldScoresOf,
  indexTrendOf,
  openResults,
  printedView,
  publishDecision,
  publishedDecision,
} from './steps/results.steps';
import { launchBrowser, chromiumAvailable, type Browser } from './support/browser';
import { ROOT, startDemoPlatform, type DemoPlatform } from './support/demo-platform';

// "Kết quả" as a province publishes them, in a real browser against `npm start` (the demo cycle, and a past cycle
// imported over HTTP for the year-over-year trend). Screenshots land in tmp/web-screenshots/; each main screen
// passes axe-core with no serious or critical violation.
jest.setTimeout(300_000);

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('results as a province publishes them, in a browser', () => {
  let platform: DemoPlatform;
  let browser: Browser;

  beforeAll(async () => {
    platform = await startDemoPlatform();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  it('with a past cycle imported, the picker lists both years; a unit shows its field scores and its index across them', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'admin.sonoivu');
    await importPastCycle(page, platform);
    await page.reload();

    await openResults(page, 'demo-2025');
    await chooseUnit(page, 'Sở Tư pháp');
    const fields = await fieldScoresOf(page, 'Sở Tư pháp');
    expect(fields.length).toBeGreaterThanOrEqual(8);
    for (const [field, title, points, index] of fields) {
      expect(field).toMatch(/^\d+$/);
      expect(title.length).toBeGreaterThan(0);
      expect(points).toMatch(/^\d+,\d{2} \/ \d+,\d{2}$/);
      expect(index).toMatch(/^(\d+,\d{2}|—)$/);
    }
    const trend = await indexTrendOf(page, 'Sở Tư pháp', 2);
    expect(trend.map(([year]) => year)).toEqual(['2024', '2025']);
    for (const [, index] of trend) expect(index).toMatch(/^\d+,\d{2}$/);
    // The 2025 point is the index of the ranking table above.
    const ranked = await page
      .getByRole('table', { name: 'Sở, ban, ngành' })
      .getByRole('row')
      .filter({ hasText: 'Sở Tư pháp' })
      .getByRole('cell')
      .allInnerTexts();
    expect(trend[1][1]).toBe(ranked[4]);

    await browser.screenshot('results-unit-detail');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('the decision appendix downloads as an Excel workbook with its Vietnamese header; printing leaves the app out', async () => {
    const { page } = browser;
    const appendix = await downloadAppendix(page);
    expect(appendix.fileName).toBe('ket-qua-demo-2025.xlsx');
    expect(appendix.sheets.map((sheet) => sheet.name)).toEqual(['Sở, ban, ngành', 'UBND huyện, thị xã, thành phố']);
    expect(appendix.sheets[0].title).toBe('Chỉ số CCHC năm 2025 — Sở, ban, ngành');
    expect(appendix.sheets[0].header.slice(0, 7)).toEqual([
      'Hạng',
      'Đơn vị',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Điểm tối đa',
      'Chỉ số CCHC (%)',
      'Xếp loại',
    ]);
    expect(appendix.sheets[0].header[7]).toMatch(/^1\. .+ \(%\)$/);

    expect(await printedView(page)).toEqual({ menuShown: false, buttonsShown: false, tablesShown: true });
  });

  it('the province admin publishes the results as a decision and sees it listed, its snapshot intact', async () => {
    const { page } = browser;
    await openResults(page, 'demo-2025');
    await page.getByRole('heading', { name: 'Công bố kết quả thành quyết định' }).waitFor();
    await browser.screenshot('results-publish');
    expect(await accessibilityViolations(page)).toEqual([]);

    const row = await publishDecision(page, { number: '35/QĐ-UBND', date: '2026-01-27', signer: 'Chủ tịch UBND tỉnh' });
    expect(row.slice(0, 5)).toEqual(['1', '35/QĐ-UBND', '27/01/2026', 'Chủ tịch UBND tỉnh', '—']);
    expect(row[5]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2} · admin\.sonoivu$/);
    expect(row[6]).toBe('Nguyên vẹn');
    await browser.screenshot('results-decision');

    // Published once: any role reads it, the form is gone.
    await signInAs(page, platform.origin, 'reporter.sotuphap');
    await openResults(page, 'demo-2025');
    expect((await publishedDecision(page, '35/QĐ-UBND'))[1]).toBe('35/QĐ-UBND');
    expect(await page.getByRole('button', { name: 'Công bố', exact: true }).count()).toBe(0);
    expect(browser.errors).toEqual([]);
  });
});

/**
 * demo-2024: the demo cycle a year earlier, imported as a past cycle over HTTP (POST /api/v1/imports) with the admin's
 * token: the same units, without the surveys (their leaves keep the appraisal's points), so the indices differ.
 */
async function importPastCycle(page: Page, platform: DemoPlatform): Promise<void> {
  const file = JSON.parse(readFileSync(join(ROOT, 'apps/cli/src/demo/demo-2025.json'), 'utf8'));
  file.cycle = { ...file.cycle, id: 'demo-2024', year: 2024, title: 'Chỉ số CCHC năm 2024' };
  delete file.surveys;
  // Evaluated in the page (this project has no DOM types): the signed-in user's token.
  const token = await page.evaluate<string | null>('sessionStorage.getItem("par.token")');
  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(file)], { type: 'application/json' }), 'demo-2024.json');
  const authorization = `Bearer ${token}`;
  const started = await fetch(`${platform.origin}/api/v1/imports`, { method: 'POST', headers: { authorization }, body: form });
  expect(started.status).toBe(202);
  const status = `${platform.origin}${started.headers.get('location')}`;
  for (let tries = 0; ; tries++) {
    const { state, problems } = (await (await fetch(status, { headers: { authorization } })).json()) as { state: string; problems?: unknown };
    if (state === 'succeeded') return;
    if (state === 'failed' || tries > 600) throw new Error(`demo-2024 did not import: ${state} ${JSON.stringify(problems)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
