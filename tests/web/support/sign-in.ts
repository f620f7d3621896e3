import type { Page } from 'playwright-core';

/**
 * A person at the browser picks their demo account on the sign-in page; whoever was signed in before leaves first
 * (the session is kept in sessionStorage), so one page serves every role of a spec in turn.
 */
export async function signInAs(page: Page, origin: string, user: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.evaluate('sessionStorage.clear()');
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('button', { name: `Đăng nhập: ${user}` }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
}
