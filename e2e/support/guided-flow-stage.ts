import { expect, type Locator, type Page } from '@playwright/test';

/** The guided flow's stage, addressed by role and name: its run, its Back / Play-Pause / Next and its steps. */
export class GuidedFlowStage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Guided flow' }).click();
    await expect(this.steps).toHaveCount(5);
  }

  get region(): Locator {
    return this.page.getByRole('region', { name: /^Guided flow/ });
  }
  get steps(): Locator {
    return this.page.getByRole('list', { name: 'The five steps' }).getByRole('listitem');
  }
  get position(): Locator {
    return this.region.getByText(/^Step \d of 5$/);
  }
  get next(): Locator {
    return this.region.getByRole('button', { name: 'Next', exact: true });
  }
  get back(): Locator {
    return this.region.getByRole('button', { name: 'Back', exact: true });
  }

  /** Runs the flow and waits for its end; auto-play is paused, so only the test moves the stage from there. */
  async runAndPause(): Promise<void> {
    await this.page.getByRole('button', { name: /^Run the flow/ }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^(Done|Stopped)/ })).toBeVisible();
    const pause = this.region.getByRole('button', { name: 'Pause', exact: true });
    if (await pause.isVisible()) await pause.click();
    await expect(this.region.getByRole('button', { name: /^Play/ })).toBeVisible();
  }

  /** Steps with Next or Back until step `number` (1–5) is on the stage. */
  async goTo(number: number): Promise<void> {
    for (let guard = 0; guard < 5; guard++) {
      const here = Number((await this.position.textContent())?.match(/Step (\d)/)?.[1]);
      if (here === number) break;
      await (here < number ? this.next : this.back).click();
    }
    await expect(this.position).toHaveText(`Step ${number} of 5`);
  }
}
