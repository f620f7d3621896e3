import { signInAs } from './support/sign-in';
import { seriousViolations, WCAG_21_AA } from './support/accessibility';
import type { Page } from 'playwright-core';
import { expectDisputedLeafChain, expectEveryLogIntact, expectSurveyStage, leafChain, openUnitAudit, verifyTheLog } from './steps/audit.steps';
import { launchBrowser, chromiumAvailable, type Browser } from './support/browser';
import { startDemoPlatform, type DemoPlatform } from './support/demo-platform';

// "Lịch sử điểm" and "Kiểm tra nhật ký" in a real browser against `npm start` (the demo cycle). Screenshots land in
// tmp/web-screenshots/; each main screen passes axe-core with no serious or critical violation.
jest.setTimeout(240_000);

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('the audit viewer and the log check, in a browser', () => {
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

  it('the province admin reads the disputed leaf 7.5 of Công an tỉnh: self → appraisal with its reason → explanation → council', async () => {
    const { page } = browser;
    await signInAs(page, platform.origin, 'admin.sonoivu');

    await openUnitAudit(page, 'demo-2025', 'Công an tỉnh');
    expect(page.url()).toBe(`${platform.origin}/audit/demo-2025/cong-an-tinh`);
    await expectDisputedLeafChain(page, '7.5');
    await browser.screenshot('audit-cong-an-tinh');
    await expectAccessible(page);
  });

  it('a survey-held leaf of UBND huyện Hòa Lộc: its value from the survey, with the campaign', async () => {
    const { page } = browser;
    await openUnitAudit(page, 'demo-2025', 'UBND huyện Hòa Lộc');
    await expectSurveyStage(page, '7.8', 'dtxh-2025-an-binh');
    await browser.screenshot('audit-survey');
  });

  it('"Kiểm tra nhật ký": every service’s log intact, with the events and streams it checked', async () => {
    const { page } = browser;
    await expectEveryLogIntact(page);
    const services = await verifyTheLog(page);
    for (const [, , events, streams] of services) {
      expect(events).toMatch(/^\d{1,3}(\.\d{3})*$/);
      expect(streams).toMatch(/^\d{1,3}(\.\d{3})*$/);
    }
    await page.getByRole('table', { name: 'Kiểm tra nhật ký sự kiện' }).scrollIntoViewIfNeeded();
    await browser.screenshot('audit-log-verification');
    await expectAccessible(page);
  });

  it('a unit’s head sees the unit’s own history, and no log check', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signInAs(page, platform.origin, 'head.sotuphap');

    await page.getByRole('menuitem', { name: 'Lịch sử điểm' }).click();
    await page.getByRole('heading', { level: 2, name: /^Sở Tư pháp — / }).waitFor();
    expect(page.url()).toBe(`${platform.origin}/audit/demo-2025/so-tu-phap`);
    expect((await leafChain(page, (await firstLeaf(page)) ?? '')).length).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Kiểm tra nhật ký' }).count()).toBe(0);
    await expectAccessible(page);

    expect(browser.errors).toEqual([]);
  });
});

/** The criterion of the first leaf table on screen ("Tiêu chí 1.1" → "1.1"). */
async function firstLeaf(page: Page): Promise<string | undefined> {
  const name = await page
    .getByRole('table', { name: /^Tiêu chí / })
    .first()
    .getAttribute('aria-label');
  return name?.replace(/^Tiêu chí /, '');
}

/** axe-core over the screen as it stands: no serious or critical violation (WCAG 2.1 AA). */
async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page, WCAG_21_AA)).toEqual([]);
}
