import { seriousViolations } from '../support/accessibility';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';

// "Kết quả" as the province publishes them, by the Vietnamese labels on screen. Each step takes a page already
// signed in (any role reads results; publishing is the PROVINCE_ADMIN's).

/** A published decision as typed into the form: number, date (YYYY-MM-DD, the date input's value), signer. */
export interface DecisionTyped {
  number: string;
  date: string;
  signer: string;
}

/** Opens a cycle's results from the cycle picker (a select over GET /api/v1/cycles: typed to search, Enter to pick). */
export async function openResults(page: Page, cycleId: string): Promise<void> {
  const picker = page.getByLabel('Kỳ đánh giá');
  await picker.click();
  await picker.fill(cycleId);
  await page
    .locator('.ant-select-item-option-active')
    .filter({ hasText: `(${cycleId})` })
    .waitFor();
  await picker.press('Enter');
  await page.waitForURL(`**/cycles/${encodeURIComponent(cycleId)}/results`);
  await page.getByRole('table').first().getByRole('row').nth(1).waitFor();
}

/** Shows a unit up close (the "Đơn vị" select of "Chi tiết theo đơn vị"). */
export async function chooseUnit(page: Page, unitName: string): Promise<void> {
  const picker = page.getByLabel('Đơn vị', { exact: true });
  await picker.click();
  await picker.fill(unitName);
  await page.locator('.ant-select-item-option').filter({ hasText: unitName }).first().click();
}

/** The unit's scores field by field as the table lists them: [field, title, points / max, index]; the radar is drawn. */
export async function fieldScoresOf(page: Page, unitName: string): Promise<string[][]> {
  const name = `Điểm theo lĩnh vực — ${unitName}`;
  await page.getByRole('figure', { name }).locator('.recharts-radar-polygon').first().waitFor();
  const rows = page.getByRole('table', { name }).getByRole('row');
  await rows.nth(1).waitFor();
  const cells: string[][] = [];
  for (const row of (await rows.all()).slice(1)) cells.push(await row.getByRole('cell').allInnerTexts());
  return cells;
}

/** The unit's index year after year: [year, index] as the chart's table gives them (oldest first); the line is drawn. */
export async function indexTrendOf(page: Page, unitName: string, years: number): Promise<string[][]> {
  const name = `Chỉ số qua các năm — ${unitName}`;
  const figure = page.getByRole('figure', { name });
  await figure.locator('.recharts-line-curve').first().waitFor();
  const rows = figure.locator('table tbody tr');
  await rows.nth(years - 1).waitFor({ state: 'attached' });
  const trend: string[][] = [];
  for (const row of await rows.all()) trend.push(await row.locator('td').allTextContents());
  return trend;
}

/** Downloads the decision's appendix ("Tải Excel"): each sheet's name, title and header row as Excel reads them. */
export async function downloadAppendix(page: Page): Promise<{ fileName: string; sheets: { name: string; title: string; header: string[] }[] }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel (phụ lục)' }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return {
    fileName: download.suggestedFilename(),
    sheets: workbook.worksheets.map((sheet) => ({
      name: sheet.name,
      title: String(sheet.getCell('A1').value),
      header: (sheet.getRow(3).values as unknown[]).slice(1).map(String),
    })),
  };
}

/** "In / Xuất PDF": the page as printed (print media): no menu, no header, no buttons; the ranking tables stay. */
export async function printedView(page: Page): Promise<{ menuShown: boolean; buttonsShown: boolean; tablesShown: boolean }> {
  await page.emulateMedia({ media: 'print' });
  try {
    return {
      menuShown: await page.locator('.par-sider').isVisible(),
      buttonsShown: await page.getByRole('button', { name: 'In / Xuất PDF' }).isVisible(),
      tablesShown: await page.getByRole('table', { name: 'Sở, ban, ngành' }).isVisible(),
    };
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

/** As PROVINCE_ADMIN: publishes the results as a decision, and waits for it in the list of decisions. */
export async function publishDecision(page: Page, decision: DecisionTyped): Promise<string[]> {
  await page.getByLabel('Số quyết định').fill(decision.number);
  await page.getByLabel('Ngày ký').fill(decision.date);
  await page.getByLabel('Người ký').fill(decision.signer);
  await page.getByRole('button', { name: 'Công bố', exact: true }).click();
  return publishedDecision(page, decision.number);
}

/** A published decision's row: [revision, number, date, signer, reason, published at · by, snapshot check]. */
export async function publishedDecision(page: Page, number: string): Promise<string[]> {
  const row = page.getByRole('table', { name: 'Quyết định công bố kết quả' }).getByRole('row').filter({ hasText: number });
  await row.waitFor();
  return row.getByRole('cell').allInnerTexts();
}

/** axe-core over the screen: no serious or critical violation. */
export const accessibilityViolations = (page: Page): Promise<string[]> => seriousViolations(page);
