/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on the page as it is now (e2e/a11y.spec.ts says which states are checked). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as rule, impact and the first few elements, so a failure says what to fix. */
export async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, elements: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} ${JSON.stringify(n.any[0]?.data ?? '')}`) }));
}
