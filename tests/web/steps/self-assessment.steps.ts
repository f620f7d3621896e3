import { seriousViolations } from '../support/accessibility';
import type { Locator, Page } from 'playwright-core';

// "Tự đánh giá" as a unit's reporter and head use it, by the Vietnamese labels on screen. Each step takes a page
// already signed in as UNIT_REPORTER or UNIT_HEAD of the unit (the token's unitId).

/** Evidence as typed in a leaf's row: title, document number, date (YYYY-MM-DD, the date input's value). */
export interface EvidenceTyped {
  title: string;
  documentNo?: string;
  date?: string;
}

/** The unit's sheet of a cycle (by its URL: the cycle picker is the same on every screen). */
export async function openSelfAssessment(page: Page, origin: string, cycleId: string): Promise<void> {
  await page.goto(`${origin}/cycles/${encodeURIComponent(cycleId)}/self-assessment`);
  await page.getByRole('heading', { level: 1, name: 'Tự đánh giá' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Tổng hợp điểm' }).waitFor();
}

/** A leaf's part of the sheet: the region named by its code and title. */
export function leafOf(page: Page, criterion: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${criterion.replace(/\./g, '\\.')} `) });
}

/** A figure of the totals ("Điểm tự chấm / tối đa", "Điểm dự kiến cuối năm"…) as shown: "0,75 / 6,50". */
export async function figureOf(page: Page, title: string): Promise<string> {
  return (await page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content').innerText()).trim();
}

/** A field's running total in its panel header: "0,75 / 5,50 điểm". */
export async function fieldTotalOf(page: Page, fieldTitle: string): Promise<string> {
  return (await page.locator('.ant-collapse-header').filter({ hasText: fieldTitle }).locator('.par-field-total').innerText()).trim();
}

/** Reporter or head: scores a manual leaf (Vietnamese decimals, "0,75") with its evidence and saves the draft; waits until it reads saved. */
export async function scoreLeaf(page: Page, criterion: string, points: string, evidence: EvidenceTyped, note?: string): Promise<void> {
  const leaf = leafOf(page, criterion);
  await typeScore(leaf, points, evidence, note);
  await leaf.getByRole('button', { name: 'Lưu nháp' }).click();
  await page.getByText(`Đã lưu điểm tiêu chí ${criterion}.`).waitFor();
  await leaf.getByText(/^Đã lưu: /).waitFor();
}

/**
 * Reporter or head: types a score the service refuses and saves; returns the message shown under the leaf's points
 * and what the input still holds (the form keeps what was typed).
 */
export async function refusedScore(page: Page, criterion: string, points: string): Promise<{ message: string; kept: string }> {
  const leaf = leafOf(page, criterion);
  const input = leaf.getByLabel('Điểm tự chấm');
  await input.fill(points);
  await leaf.getByRole('button', { name: 'Lưu nháp' }).click();
  const item = leaf.locator('.ant-form-item').filter({ has: page.getByLabel('Điểm tự chấm') });
  const error = item.locator('.ant-form-item-explain-error');
  await error.waitFor();
  return { message: (await error.innerText()).trim(), kept: await input.inputValue() };
}

/** Head: submits the self-assessment (confirming it), and waits for the sheet to read submitted and locked. */
export async function submitSelfAssessment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Nộp bản tự đánh giá' }).click();
  await page.getByRole('button', { name: 'Nộp', exact: true }).click();
  await page.getByText(/^Đã nộp \(lần \d+\)/).waitFor();
}

/** The appraisal result tab: the adjusted leaves' table once the result was sent. */
export async function openAppraisalResult(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Kết quả thẩm định' }).click();
  await page.getByRole('table', { name: 'Các tiêu chí bị điều chỉnh' }).waitFor();
}

/** An adjusted leaf's row in the result: criterion, max, self → appraised, reason, explanation. */
export async function adjustedRowOf(page: Page, criterion: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: 'Các tiêu chí bị điều chỉnh' })
    .locator('tbody tr')
    .filter({ hasText: new RegExp(`^${criterion.replace(/\./g, '\\.')} `) });
  await row.waitFor();
  return (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
}

/** Reporter or head: files an explanation of an adjusted leaf, with a document, and waits for it to read sent. */
export async function fileExplanation(page: Page, criterion: string, text: string, evidence: EvidenceTyped): Promise<void> {
  await page.getByRole('button', { name: `Giải trình tiêu chí ${criterion}` }).click();
  const dialog = page.getByRole('dialog', { name: `Giải trình tiêu chí ${criterion}` });
  await dialog.getByLabel('Nội dung giải trình').fill(text);
  await fillEvidence(dialog, evidence);
  await dialog.getByRole('button', { name: 'Gửi giải trình' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`Đã gửi giải trình tiêu chí ${criterion}.`).waitFor();
}

async function typeScore(leaf: Locator, points: string, evidence: EvidenceTyped, note?: string): Promise<void> {
  await leaf.getByLabel('Điểm tự chấm').fill(points);
  await fillEvidence(leaf, evidence);
  if (note !== undefined) await leaf.getByLabel('Ghi chú').fill(note);
}

async function fillEvidence(within: Locator, { title, documentNo, date }: EvidenceTyped): Promise<void> {
  await within.getByLabel('Tên tài liệu').first().fill(title);
  if (documentNo !== undefined) await within.getByLabel('Số, ký hiệu').first().fill(documentNo);
  if (date !== undefined) await within.getByLabel('Ngày ban hành').first().fill(date);
}

/** axe-core over the screen: no serious or critical violation. */
export const accessibilityViolations = (page: Page): Promise<string[]> => seriousViolations(page);
