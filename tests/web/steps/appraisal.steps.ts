import type { Page } from 'playwright-core';

// "Thẩm định" as the appraiser and the council chair use it, by the Vietnamese labels on screen. Each step takes a
// page already signed in: APPRAISER to appraise and send, COUNCIL_CHAIR to resolve explanations and finalize.

/** The queue of a cycle from the menu: every unit with its appraisal phase. */
export async function openAppraisalQueue(page: Page, cycleId: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Thẩm định', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Thẩm định', exact: true }).waitFor();
  const cycle = page.getByLabel('Kỳ đánh giá');
  if ((await cycle.inputValue()) !== cycleId) {
    await cycle.fill(cycleId);
    await cycle.press('Enter');
  }
  await page.getByRole('table', { name: 'Các đơn vị cần thẩm định' }).getByRole('row').nth(1).waitFor();
}

/** The phase the queue shows for a unit ("Đang thẩm định", "Đã gửi kết quả", "Đã chốt"…). */
export async function queuePhaseOf(page: Page, unitName: string): Promise<string> {
  const row = page.getByRole('table', { name: 'Các đơn vị cần thẩm định' }).getByRole('row').filter({ hasText: unitName });
  return (await row.getByRole('cell').allInnerTexts())[3];
}

/** From the queue, the unit's appraisal sheet. */
export async function openAppraisalSheet(page: Page, unitName: string): Promise<void> {
  await page.getByRole('link', { name: `Mở bảng thẩm định của ${unitName}` }).click();
  await page.getByRole('heading', { level: 1, name: `Thẩm định: ${unitName}` }).waitFor();
  await page.getByRole('table', { name: 'Bảng thẩm định' }).getByRole('row').nth(1).waitFor();
}

/** A leaf's row as the sheet shows it: code, title, max, self, the unit's note and evidence, appraised, status. */
export async function sheetRowOf(page: Page, criterion: string): Promise<string[]> {
  const row = page
    .getByRole('table', { name: 'Bảng thẩm định' })
    .locator('tbody tr')
    .filter({ has: page.getByRole('cell', { name: criterion, exact: true }) });
  return row.getByRole('cell').allInnerTexts();
}

/** Appraiser: sets a leaf's points (Vietnamese decimals, "0,5") with the reason of the change, and waits for the sheet to show it. */
export async function appraiseLeaf(page: Page, criterion: string, points: string, reason: string): Promise<void> {
  await page.getByRole('button', { name: `Chấm điểm tiêu chí ${criterion}` }).click();
  const dialog = page.getByRole('dialog', { name: `Chấm điểm tiêu chí ${criterion}` });
  await dialog.getByLabel('Điểm thẩm định').fill(points);
  await dialog.getByLabel('Lý do').fill(reason);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText(`Đã ghi kết quả thẩm định tiêu chí ${criterion}.`).waitFor();
}

/** Appraiser (or chair): sends the result to the unit, opening its window to explain. */
export async function sendResult(page: Page, windowDays = 5): Promise<void> {
  await page.getByLabel('Số ngày được giải trình').fill(String(windowDays));
  await page.getByRole('button', { name: 'Gửi kết quả' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Gửi', exact: true }).click();
  await page.getByText('Đã gửi kết quả cho đơn vị.').waitFor();
  await page.getByRole('heading', { name: 'Giải trình của đơn vị' }).waitFor();
}

/** Council chair: reads the unit's explanation of a leaf (its text, once the audit trail has it). */
export async function explanationTextOf(page: Page, criterion: string, expected: string): Promise<void> {
  await page
    .getByRole('region', { name: `Giải trình tiêu chí ${criterion}` })
    .getByText(expected)
    .waitFor();
}

export interface Resolution {
  /** Absent: the council upholds the appraised value. */
  points?: string;
  reason: string;
  votes: { for: number; against: number; abstain: number; members: number };
}

/** Council chair: records the council's decision on an explanation (change the points, or uphold), with the vote. */
export async function resolveExplanation(page: Page, criterion: string, { points, reason, votes }: Resolution): Promise<void> {
  const explanation = page.getByRole('region', { name: `Giải trình tiêu chí ${criterion}` });
  if (points !== undefined) {
    await explanation.getByLabel('Thay đổi điểm').check();
    await explanation.getByLabel('Điểm mới').fill(points);
  }
  await explanation.getByLabel('Lý do của Hội đồng').fill(reason);
  await explanation.getByLabel('Số phiếu tán thành').fill(String(votes.for));
  await explanation.getByLabel('Số phiếu không tán thành').fill(String(votes.against));
  await explanation.getByLabel('Số phiếu trắng').fill(String(votes.abstain));
  await explanation.getByLabel('Số thành viên Hội đồng').fill(String(votes.members));
  await explanation.getByRole('button', { name: 'Ghi quyết định' }).click();
  await page.getByText(`Đã ghi quyết định của Hội đồng về tiêu chí ${criterion}.`).waitFor();
}

/** Council chair: finalizes the unit's appraisal. */
export async function finalizeAppraisal(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Chốt kết quả thẩm định' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Chốt', exact: true }).click();
  await page.getByText('Đã chốt kết quả thẩm định.').waitFor();
}
