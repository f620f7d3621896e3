import { launchBrowser, chromiumAvailable, type Browser } from './support/browser';
import { startDemoPlatform, type DemoPlatform } from './support/demo-platform';
import { seriousViolations, WCAG_21_AA } from './support/accessibility';
import { fieldRankingOf, rankBy } from './steps/field-ranking.steps';

// The web UI in a real browser (headless chromium through playwright-core) against `npm start`: the embedded
// platform with the demo cycle, one start for the whole file. Screenshots land in tmp/web-screenshots/.
jest.setTimeout(240_000);

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;

describeInBrowser('the web UI served by `npm start`, in a browser', () => {
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

  it('the province admin signs in from the demo accounts and reads the results in Vietnamese', async () => {
    const { page } = browser;
    await page.goto(`${platform.origin}/`);

    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByRole('button', { name: 'Đăng nhập: admin.sonoivu' }).waitFor();
    await browser.screenshot('sign-in');
    await page.getByRole('button', { name: 'Đăng nhập: admin.sonoivu' }).click();

    await page.getByText('Quản trị (Sở Nội vụ) · so-noi-vu').waitFor();
    await page.getByLabel('Kỳ đánh giá').fill('demo-2025');
    await page.getByLabel('Kỳ đánh giá').press('Enter');

    const departments = page.getByRole('table', { name: 'Sở, ban, ngành' });
    const soNoiVu = departments.getByRole('row').filter({ hasText: 'Sở Nội vụ' });
    await soNoiVu.waitFor();
    const cells = await soNoiVu.getByRole('cell').allInnerTexts();
    expect(cells[1]).toBe('Sở Nội vụ');
    expect(cells[4]).toBe('94,97');
    expect(cells[5]).toBe('Xuất sắc');
    expect(page.url()).toBe(`${platform.origin}/cycles/demo-2025/results`);
    await page.getByRole('figure', { name: 'Chỉ số CCHC của các đơn vị — Sở, ban, ngành' }).locator('.recharts-bar-rectangle').first().waitFor();
    await browser.screenshot('results');
  });

  it('a reload keeps the session and the screen (the gateway serves the app at its own URLs); English on request', async () => {
    const { page } = browser;
    await page.reload();
    const soNoiVu = page.getByRole('table', { name: 'Sở, ban, ngành' }).getByRole('row').filter({ hasText: 'Sở Nội vụ' });
    await soNoiVu.waitFor();

    await page.getByText('EN', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'Appraised / max' }).first().waitFor();
    expect((await soNoiVu.getByRole('cell').allInnerTexts())[4]).toBe('94.97');
    await browser.screenshot('results-en');

    expect(browser.errors).toEqual([]);
  });

  it('ranked by one field (Lĩnh vực 2): each group by its component index, the choice kept in the URL across a reload', async () => {
    const { page } = browser;
    await page.getByText('VI', { exact: true }).click();
    await page.getByRole('columnheader', { name: 'Điểm thẩm định / tối đa' }).first().waitFor();

    const fieldTwo = 'Lĩnh vực 2 — Cải cách thể chế';
    await rankBy(page, fieldTwo);
    const departments = await fieldRankingOf(page, 'Sở, ban, ngành', fieldTwo);
    // The demo's figures: `npm run par -- results demo-2025 --field 2 --group departments`.
    expect(departments[0]).toEqual(['1', 'Sở Tư pháp', '9,83 / 10,00', '98,30']);
    expect(departments).toHaveLength(18);
    expect(page.url()).toBe(`${platform.origin}/cycles/demo-2025/results?field=2`);
    expect(await seriousViolations(page, WCAG_21_AA)).toEqual([]);
    await browser.screenshot('results-field-2');

    await page.reload();
    expect((await fieldRankingOf(page, 'Sở, ban, ngành', fieldTwo))[0][1]).toBe('Sở Tư pháp');

    await rankBy(page, 'Chỉ số CCHC');
    await page.getByRole('table', { name: 'Sở, ban, ngành' }).getByRole('row').filter({ hasText: 'Sở Nội vụ' }).waitFor();
    expect(page.url()).toBe(`${platform.origin}/cycles/demo-2025/results`);
    expect(browser.errors).toEqual([]);
  });
});
