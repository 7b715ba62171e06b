import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe on the page as it is now: no serious or critical violation, each named with where it is when one appears.
 * Run in the page itself (legacy mode: the console has no frames), not through a fresh blank page that
 * AxeBuilder otherwise opens, loads axe into and closes on every call; and only violations are collected
 * (passes and inapplicable results are never read). Under load that is seconds per call.
 */
export async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `axe, ${state}`).toEqual([]);
}
