import type { Page } from 'playwright-core';

// "Xếp hạng theo" on the results screen, by its Vietnamese labels: the PAR index ("Chỉ số CCHC") or one field.

/** Chooses what the results are ranked by: "Chỉ số CCHC" or a field as listed ("Lĩnh vực 2 — Cải cách thể chế"). */
export async function rankBy(page: Page, choice: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Xếp hạng theo' }).click();
  await page.locator('.ant-select-item-option').filter({ hasText: choice }).first().click();
}

/** A group's table ranked by a field, as the screen writes it: [rank, unit, points / max, component index] per unit. */
export async function fieldRankingOf(page: Page, group: string, choice: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: `${group}: xếp hạng theo ${choice}` }).getByRole('row');
  await rows.nth(1).waitFor();
  const cells: string[][] = [];
  for (const row of (await rows.all()).slice(1)) cells.push(await row.getByRole('cell').allInnerTexts());
  return cells;
}
