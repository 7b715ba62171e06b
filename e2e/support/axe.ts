import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

type AxeWindow = { axe?: { run(context: Document, options: object): Promise<axe.AxeResults> } };

/**
 * axe on the page as it is now: no serious or critical violation, each named with where it is when one appears.
 * axe-core (1.3 MB of script) is loaded into the page once and again only after a navigation, and run there
 * collecting violations only. (@axe-core/playwright loaded it twice per call and finished each run in a new blank
 * page; on two busy cores that was 2–6 s per call, a third of the time of an a11y test.) The console has no frames.
 */
export async function expectNoSeriousViolations(page: Page, state: string, include?: string): Promise<void> {
  if (!(await page.evaluate(() => typeof (window as AxeWindow).axe?.run === 'function')))
    await page.evaluate(axe.source);
  // Scoped to the part that changed (a pane, a dialog) when given: one pass per view stays cheap.
  const results = await page.evaluate(
    (selector) =>
      (window as AxeWindow).axe!.run((selector ? document.querySelector(selector) : document) as Document, {
        resultTypes: ['violations'],
      }),
    include,
  );
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  expect(serious, `axe, ${state}`).toEqual([]);
}
