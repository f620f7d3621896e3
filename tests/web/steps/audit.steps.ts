import type { Locator, Page } from 'playwright-core';

// "Lịch sử điểm" and "Kiểm tra nhật ký" as a person uses them, by the Vietnamese labels on screen. Each step takes a
// page already signed in (PROVINCE_ADMIN or COUNCIL_CHAIR for the log check; any role for a unit's history).

/** Opens the history of a unit: the menu, the cycle by its id, the unit by its name. */
export async function openUnitAudit(page: Page, cycleId: string, unitName: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Lịch sử điểm' }).click();
  await page.getByRole('heading', { level: 1, name: 'Lịch sử điểm' }).waitFor();
  // The cycle last opened comes back by itself (/audit → /audit/<cycle>); otherwise it is picked by its id.
  if (!new URL(page.url()).pathname.startsWith(`/audit/${cycleId}`)) {
    await choose(page, page.getByLabel('Kỳ đánh giá'), cycleId, new RegExp(`\\(${cycleId}\\)$`));
    await page.waitForURL(`**/audit/${cycleId}**`);
  }
  await choose(page, page.getByRole('combobox', { name: 'Đơn vị' }), unitName, unitName);
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${unitName} — `) }).waitFor();
}

/** Types into an antd select and clicks the option shown under it (its title is its label); a plain field takes Enter. */
async function choose(page: Page, field: Locator, typed: string, label: string | RegExp): Promise<void> {
  await field.click();
  await field.fill(typed);
  if ((await field.getAttribute('role')) !== 'combobox') return field.press('Enter');
  await page
    .locator('.ant-select-item-option')
    .and(page.getByTitle(label, { exact: true }))
    .click();
}

/** A leaf's chain as its table shows it: per value, [stage, points from → to, actor, time, reason (and votes), evidence, source]. */
export async function leafChain(page: Page, criterion: string): Promise<string[][]> {
  const table = page.getByRole('table', { name: `Tiêu chí ${criterion}` });
  await table.waitFor();
  const rows = await table.locator('tbody').getByRole('row').all();
  return Promise.all(rows.map((row) => row.getByRole('cell').allInnerTexts()));
}

/** The demo's disputed leaf (cong-an-tinh 7.5): self 2,00 → appraisal 1,75 with its reason → explanation → council back to 2,00. */
export async function expectDisputedLeafChain(page: Page, criterion = '7.5'): Promise<void> {
  const chain = await leafChain(page, criterion);
  expect(chain.map(([stage, points]) => [stage, points])).toEqual([
    ['Tự chấm', '— → 2,00'],
    ['Thẩm định', '2,00 → 1,75'],
    ['Giải trình', '—'],
    ['Hội đồng thẩm định', '1,75 → 2,00'],
  ]);
  const [self, appraisal, explanation, council] = chain;
  expect(self[5]).toContain('199/BC-CAT');
  expect(appraisal[4]).toBe('Tỷ lệ thanh toán trực tuyến thấp hơn chỉ tiêu của tỉnh');
  expect(explanation[4]).toContain('268/BC-CAT');
  expect(council[4]).toMatch(/^Hội đồng thẩm định chấp nhận tài liệu kiểm chứng bổ sung\n/);
  expect(council[4]).toMatch(/Biểu quyết: tán thành \d+ · không tán thành \d+ · không biểu quyết \d+ \/ \d+ thành viên/);
  // Every time as dd/mm/yyyy hh:mm on the province's clock.
  for (const row of chain) expect(row[3]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
}

/** A survey-held leaf: its value came from a survey campaign, named beside it. */
export async function expectSurveyStage(page: Page, criterion: string, campaign: string): Promise<void> {
  const chain = await leafChain(page, criterion);
  const survey = chain.find(([stage]) => stage === 'Điều tra, khảo sát');
  expect(survey).toBeDefined();
  expect(survey![1]).toMatch(/→ \d+,\d{2}$/);
  expect(survey![6]).toBe(`Đợt khảo sát ${campaign}`);
}

/** Presses "Kiểm tra nhật ký"; answers, per service, [service, result, events, streams, first broken event]. */
export async function verifyTheLog(page: Page): Promise<string[][]> {
  await page.getByRole('button', { name: 'Kiểm tra nhật ký' }).click();
  const table = page.getByRole('table', { name: 'Kiểm tra nhật ký sự kiện' });
  await table.waitFor();
  const rows = await table.locator('tbody').getByRole('row').all();
  return Promise.all(rows.map((row) => row.getByRole('cell').allInnerTexts()));
}

/** Every service's log intact: each row "Toàn vẹn" with no broken event, and the summary says so. */
export async function expectEveryLogIntact(page: Page): Promise<void> {
  const services = await verifyTheLog(page);
  expect(services.map(([service, result, , , broken]) => [service, result, broken])).toEqual([
    ['Tự đánh giá, kỳ đánh giá', 'Toàn vẹn', '—'],
    ['Thẩm định', 'Toàn vẹn', '—'],
    ['Quyết định công bố', 'Toàn vẹn', '—'],
    ['Điều tra, khảo sát', 'Toàn vẹn', '—'],
  ]);
  await page.getByText('Nhật ký của mọi dịch vụ toàn vẹn.').waitFor();
}
