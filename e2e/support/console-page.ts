import { expect, type Locator, type Page } from '@playwright/test';

/** The console screen, addressed by role and accessible name (STYLE.md §5). */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('#root[data-app-ready="true"]').waitFor();
  }

  get environment(): Locator {
    return this.page.getByLabel('Environment', { exact: true });
  }
  get clientId(): Locator {
    return this.page.getByLabel('Client ID', { exact: true });
  }
  get clientSecret(): Locator {
    return this.page.getByLabel('Client secret', { exact: true });
  }
  get merchantVat(): Locator {
    return this.page.getByLabel('Merchant VAT', { exact: true });
  }
  get requestToken(): Locator {
    return this.page.getByRole('button', { name: 'Request token' });
  }
  get response(): Locator {
    return this.page.getByRole('region', { name: 'Response' });
  }
  get countdown(): Locator {
    return this.page.getByLabel('Token expires in');
  }

  claim(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async useDemoCredentials(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use demo credentials' }).click();
    await expect(this.clientId).not.toHaveValue('');
  }
}
