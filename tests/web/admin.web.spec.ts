import { seriousViolations, WCAG_21_AA } from './support/accessibility';
import { parseCycleFile } from '@par/contracts';
import { draftOf } from '@par/contracts/testing';
import { writeCycleWorkbook } from '@par/cycle-workbook';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import { expectEveryUnitFinalized, exportCycle, importCycleFile, importRefusedFile, type CycleUpload } from './steps/admin.steps';
import { launchBrowser, chromiumAvailable, type Browser } from './support/browser';
import { startDemoPlatform, type DemoPlatform } from './support/demo-platform';

// The province admin's screens in a real browser against `npm start` (the demo cycle): the board, an import followed to
// its summary, a broken workbook refused row by row, the cycle setup. Screenshots land in tmp/web-screenshots/; each
// main screen passes axe-core with no serious or critical violation.
jest.setTimeout(240_000);

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeInBrowser('the province admin’s screens, in a browser', () => {
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

  it('the board: every unit of the demo cycle finalized, counted per state', async () => {
    const { page } = browser;
    await page.goto(`${platform.origin}/`);
    await page.getByRole('button', { name: 'Đăng nhập: admin.sonoivu' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();

    expect(await expectEveryUnitFinalized(page, 'demo-2025')).toBe(28);
    await browser.screenshot('admin-board');
    await expectAccessible(page);
  });

  it('a past cycle imported through the page: a progress bar with its phase, then the summary; exported back as a workbook', async () => {
    const { page } = browser;
    const summary = await importCycleFile(page, await pastCycleFile());
    expect(summary['Kỳ đánh giá']).toBe('cchc-2022-web');
    expect(Number(summary['Số sự kiện ghi thêm'])).toBeGreaterThan(0);
    await browser.screenshot('admin-import-summary');
    await expectAccessible(page);

    expect(await exportCycle(page, 'cchc-2022-web', 'xlsx')).toEqual({ fileName: 'cchc-2022-web.xlsx', head: 'PK' });
  });

  it('a broken workbook: each rejected row with its sheet, row and column, nothing imported', async () => {
    const { page } = browser;
    const rows = await importRefusedFile(page, await brokenWorkbook());
    expect(rows.map(([sheet, row, column, , , , code]) => [sheet, row, column, code])).toEqual([
      ['scores', '2', 'points', 'CELL_NOT_A_NUMBER'],
      ['scores', '3', 'points', 'CELL_NOT_A_NUMBER'],
    ]);
    await browser.screenshot('admin-import-refused');
    await expectAccessible(page);
  });

  it('cycle setup: a new cycle created, its criteria tree summed as fields and leaves are added', async () => {
    const { page } = browser;
    await page.goto(`${platform.origin}/setup`);
    await page.getByRole('heading', { level: 2, name: 'Tạo kỳ đánh giá mới' }).waitFor();
    await page.getByLabel('Mã kỳ đánh giá').fill('cchc-2026-web');
    await page.getByLabel('Cơ quan đánh giá (mã)').fill('ubnd-tinh-demo');
    await page.getByLabel('Tên kỳ đánh giá').fill('Chỉ số CCHC năm 2026');
    await page.getByRole('button', { name: 'Tạo kỳ đánh giá' }).click();
    await page.getByRole('heading', { level: 2, name: /^Chỉ số CCHC năm 2026 \(cchc-2026-web/ }).waitFor();
    expect(page.url()).toBe(`${platform.origin}/cycles/cchc-2026-web/setup`);

    await page.getByLabel('Mã bộ tiêu chí mới').fill('set-departments');
    await page.getByRole('button', { name: 'Tạo bộ tiêu chí mới' }).click();
    await page.getByRole('button', { name: 'Thêm lĩnh vực' }).click();
    await fillCriterion(page, { title: 'Công tác chỉ đạo, điều hành CCHC' });
    await page.getByRole('button', { name: 'Thêm tiêu chí con của 1' }).click();
    await fillCriterion(page, { title: 'Kế hoạch CCHC năm', maxPoints: '1,5' });
    await page.getByText('Tổng điểm tối đa của bộ tiêu chí là 1,50, không phải 100.').waitFor();
    await page.getByRole('button', { name: 'Lưu bộ tiêu chí' }).click();
    await page.getByText('Đã lưu bộ tiêu chí set-departments.').waitFor();
    await browser.screenshot('admin-setup');
    await expectAccessible(page);

    // The broken workbook's refusal is a 422 on purpose; chromium logs every failed request as an error.
    expect(browser.errors.filter((error) => !/status of 422/.test(error))).toEqual([]);
  });
});

async function fillCriterion(page: Page, { title, maxPoints }: { title: string; maxPoints?: string }): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Tên tiêu chí').fill(title);
  if (maxPoints) await dialog.getByLabel('Điểm tối đa').fill(maxPoints);
  await dialog.getByRole('button', { name: 'Cập nhật vào cây' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** DOMAIN.md's worked example as a past cycle of 2022, scores without evidence, as JSON. */
async function pastCycleFile(): Promise<CycleUpload> {
  const draft = draftOf();
  draft.cycle.id = 'cchc-2022-web';
  draft.cycle.year = 2022;
  for (const score of draft.selfAssessments[0].scores) delete score.evidence;
  return { name: 'cchc-2022.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft), 'utf8') };
}

/** The worked example as a workbook, two of its self scores typed as words: Excel shows what a person typed. */
async function brokenWorkbook(): Promise<CycleUpload> {
  const parsed = parseCycleFile(draftOf());
  if (!parsed.ok) throw new Error('the worked example must parse');
  const workbook = new Workbook();
  await workbook.xlsx.load((await writeCycleWorkbook(parsed.value)) as unknown as ArrayBuffer);
  const scores = workbook.getWorksheet('scores');
  if (!scores) throw new Error('the workbook has a scores sheet');
  const points = (scores.getRow(1).values as unknown[]).indexOf('points');
  scores.getRow(2).getCell(points).value = 'một';
  scores.getRow(3).getCell(points).value = 'hai';
  return { name: 'bang-diem-loi.xlsx', mimeType: XLSX, buffer: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** axe-core over the screen as it stands: no serious or critical violation (WCAG 2.1 AA). */
async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousViolations(page, WCAG_21_AA)).toEqual([]);
}
