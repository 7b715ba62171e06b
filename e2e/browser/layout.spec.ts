import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { GuidedFlowStage } from '../support/guided-flow-stage';
import { usePreview } from '../support/preview';

// Presentation mode on a 1024 × 768 projector: larger type in narrower columns. Nothing may stick out of its box
// (content cut off or covering its neighbour); boxes that scroll on purpose (code, tables) are not counted.
const preview = usePreview();

/**
 * Elements whose content is wider than they are and that do not scroll it: what a viewer sees as cut or overlapping.
 * The guided flow's arrows are drawn across lanes on purpose; for them, see arrowsReachingTitles.
 */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => !el.closest('.flow-lanes'))
      .filter(
        (el) =>
          el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible',
      )
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} px in ${el.clientWidth} px)`),
  );
}

/** Guided-flow steps whose arrow or arrow label runs into the step's title beside it, or out of the stage. */
function arrowsReachingTitles(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.flow-step')].flatMap((step) => {
      const title = step.querySelector('.flow-step-title')?.getBoundingClientRect();
      const stage = step.closest('.flow-stage')?.getBoundingClientRect();
      const drawn = [...step.querySelectorAll('.flow-lanes *')]
        .map((el) => el.getBoundingClientRect())
        .filter((box) => box.width > 0);
      const left = Math.min(...drawn.map((box) => box.left));
      const right = Math.max(...drawn.map((box) => box.right));
      const name = step.querySelector('h3')?.textContent ?? '?';
      if (title && left < title.right)
        return [`${name}: starts at ${Math.round(left)} px, its title ends at ${Math.round(title.right)} px`];
      if (stage && right > stage.right)
        return [`${name}: ends at ${Math.round(right)} px, the stage at ${Math.round(stage.right)} px`];
      return [];
    }),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 1024 px in presentation mode nothing sticks out of its box: the form, a token and the guided flow (${colorScheme})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.emulateMedia({ colorScheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.requestDemoToken();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page).toHaveTitle(/Presentation mode/);
    expect(await overflowing(page)).toEqual([]);

    const stage = new GuidedFlowStage(page);
    await stage.open();
    await stage.runAndPause();
    // Every step on the stage in turn (each opens up in large type), then all five shown with their arrows.
    for (const number of [1, 2, 3, 4, 5]) {
      await stage.goTo(number);
      expect(await overflowing(page), `step ${number} on the stage`).toEqual([]);
    }
    expect(await arrowsReachingTitles(page)).toEqual([]);
  });
}
