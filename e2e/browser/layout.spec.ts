import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Presentation mode on a 1024 × 768 projector: larger type in narrower columns. Nothing may stick out of its box
// (content cut off or covering its neighbour); boxes that scroll on purpose (code, tables) are not counted.
const preview = usePreview();

/**
 * Elements whose content is wider than they are and that do not scroll it: what a viewer sees as cut or overlapping.
 * The guided flow's arrows are drawn across lanes on purpose; for them, see arrowsReachingCards.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => !el.closest('.flow-lanes'))
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} px in ${el.clientWidth} px)`),
  );
}

/** Guided-flow steps whose arrow or arrow label runs into the step's card beside it. */
function arrowsReachingCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.flow-step')].flatMap((step) => {
      const card = step.querySelector('.flow-step-body')?.getBoundingClientRect();
      const drawn = [...step.querySelectorAll('.flow-lanes *')].map((el) => el.getBoundingClientRect().right);
      const right = Math.max(...drawn);
      return card && right > card.left ? [`${step.querySelector('h3')?.textContent ?? '?'}: ends at ${Math.round(right)} px, card starts at ${Math.round(card.left)} px`] : [];
    }),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 1024 px in presentation mode nothing sticks out of its box: the form, a token and the guided flow (${colorScheme})`, async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ colorScheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.requestDemoToken();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page).toHaveTitle(/Presentation mode/);
    expect(await overflowing(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Guided flow' }).click();
    await page.getByRole('button', { name: 'Run the flow' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps/ })).toBeVisible();
    expect(await overflowing(page)).toEqual([]);
    expect(await arrowsReachingCards(page)).toEqual([]);
  });
}
