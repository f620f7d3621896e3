import type { Page } from 'playwright-core';

// The province admin's screens (Sở Nội vụ) as a person uses them, by the Vietnamese labels on screen. Each step takes
// a page already signed in as PROVINCE_ADMIN (admin.sonoivu in the demo).

/** A file as the browser's file chooser hands it over. */
export interface CycleUpload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const origin = (page: Page) => new URL(page.url()).origin;

/** Opens "Theo dõi tiến độ" of a cycle; answers each unit as [name, group, state]. */
export async function openBoard(page: Page, cycleId: string): Promise<string[][]> {
  await page.goto(`${origin(page)}/cycles/${encodeURIComponent(cycleId)}/board`);
  await page.getByRole('heading', { level: 1, name: 'Theo dõi tiến độ' }).waitFor();
  const table = page.getByRole('table', { name: 'Tiến độ của các đơn vị' });
  await table.locator('tbody').getByRole('row').first().waitFor();
  const rows = await table.locator('tbody').getByRole('row').all();
  return Promise.all(rows.map(async (row) => (await row.getByRole('cell').allInnerTexts()).slice(0, 3)));
}

/** The board's count of units per state, as its cards show them: { 'Đã hoàn tất': 28, … }. */
export async function boardCounts(page: Page): Promise<Record<string, number>> {
  const cards = await page.getByRole('list', { name: 'Số đơn vị theo trạng thái' }).getByRole('listitem').all();
  const counts: Record<string, number> = {};
  for (const card of cards) {
    const [state, count] = (await card.innerText()).split('\n').map((text) => text.trim());
    counts[state] = Number(count.replace(/\./g, ''));
  }
  return counts;
}

/** Every unit of the board is "Đã hoàn tất", and the count says so: the demo's cycle is finalized. */
export async function expectEveryUnitFinalized(page: Page, cycleId: string): Promise<number> {
  const units = await openBoard(page, cycleId);
  expect(units.length).toBeGreaterThan(0);
  expect(units.filter(([, , state]) => state !== 'Đã hoàn tất')).toEqual([]);
  expect(await boardCounts(page)).toEqual({ 'Chưa nộp': 0, 'Đã nộp': 0, 'Đang thẩm định': 0, 'Đã gửi kết quả': 0, 'Đã hoàn tất': units.length });
  return units.length;
}

/** Uploads a cycle file on "Nhập dữ liệu" and waits for its end. */
async function uploadCycleFile(page: Page, file: CycleUpload): Promise<void> {
  await page.goto(`${origin(page)}/imports`);
  await page.getByRole('heading', { level: 2, name: 'Nhập tệp kỳ đánh giá' }).waitFor();
  await page.locator('input[type="file"]').setInputFiles(file);
}

/**
 * Imports a cycle file through the UI: the progress bar appears with its phase, then the summary. Answers the
 * summary's rows as { 'Kỳ đánh giá': 'cchc-2022', 'Số lệnh': '12', … }.
 */
export async function importCycleFile(page: Page, file: CycleUpload): Promise<Record<string, string>> {
  await uploadCycleFile(page, file);
  await page.getByRole('progressbar', { name: 'Tiến độ nhập tệp' }).waitFor();
  await page.getByText(/^Đã nhập xong kỳ đánh giá /).waitFor({ timeout: 60_000 });
  const summary = page.locator('.ant-descriptions').filter({ hasText: 'Số sự kiện ghi thêm' });
  const rows = await summary.getByRole('row').all();
  const pairs = await Promise.all(rows.map(async (row) => [await row.locator('th').innerText(), await row.locator('td').innerText()] as const));
  return Object.fromEntries(pairs);
}

/** Uploads a file the platform refuses: answers each rejected row as [sheet, row, column or field, unit, criterion, problem, code]. */
export async function importRefusedFile(page: Page, file: CycleUpload): Promise<string[][]> {
  await uploadCycleFile(page, file);
  const table = page.getByRole('table', { name: 'Các lỗi của tệp' });
  await table.locator('tbody').getByRole('row').first().waitFor({ timeout: 60_000 });
  await page.getByText(/^(Tệp bị từ chối|Nhập tệp thất bại): \d+ lỗi\.$/).waitFor();
  const rows = await table.locator('tbody').getByRole('row').all();
  return Promise.all(rows.map((row) => row.getByRole('cell').allInnerTexts()));
}

/** Downloads a cycle from "Xuất kỳ đánh giá"; answers the file's name and its first bytes ("PK" for a workbook). */
export async function exportCycle(page: Page, cycleId: string, format: 'xlsx' | 'json'): Promise<{ fileName: string; head: string }> {
  await page.goto(`${origin(page)}/imports`);
  await page.getByLabel('Mã kỳ đánh giá').fill(cycleId);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: format === 'xlsx' ? 'Tải về Excel (.xlsx)' : 'Tải về JSON' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { fileName: file.suggestedFilename(), head: Buffer.concat(chunks).subarray(0, 2).toString() };
}
