import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe on the page as it is now: no serious or critical violation, each named with where it is when one appears. */
export async function expectNoSeriousViolations(page: Page, state: string, include?: string): Promise<void> {
  // Scoped to the part that changed (a pane, a dialog) when given: one pass per view stays cheap.
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `axe, ${state}`).toEqual([]);
}
