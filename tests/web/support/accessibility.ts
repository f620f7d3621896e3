import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe-core over the screen (all its rules, or those of `tags`): each serious or critical violation, with where it is. */
export async function seriousViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const { violations } = await (tags ? builder.withTags([...tags]) : builder).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(({ id, help, nodes }) => `${id}: ${help} (${nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** WCAG 2.1 A and AA only. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;
