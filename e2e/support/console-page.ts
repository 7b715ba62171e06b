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

  get profiles(): Locator {
    return this.page.getByRole('region', { name: 'Profiles' });
  }
  /** What the last profile action said (copy, export, import…). */
  get profilesStatus(): Locator {
    return this.profiles.getByRole('status');
  }
  get vaultBanner(): Locator {
    return this.page.getByRole('region', { name: 'Secret storage' });
  }
  /** A saved profile's radio; its accessible description holds the environment, client id and secret state. */
  profile(name: string): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }
  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /**
   * Puts a value into a field the way a paste does, without handing it to a Playwright action: `fill(secret)`
   * would carry the secret into call logs and reports. Uses the native setter so React sees the change.
   */
  async enterSecretValue(field: Locator, value: string): Promise<void> {
    await field.evaluate((element, text) => {
      const proto = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(element, text);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  }

  /** Import credentials → paste → (optionally) agree to trimming → Save profile. */
  async importCredentials(pasted: string, options: { trim: boolean }): Promise<Locator> {
    await this.profiles.getByRole('button', { name: 'Import credentials' }).click();
    const dialog = this.dialog('Import credentials');
    await this.enterSecretValue(dialog.getByLabel('Pasted credentials'), pasted);
    if (options.trim) await dialog.getByRole('checkbox', { name: 'Trim these characters' }).check();
    return dialog;
  }

  /** Every input's and textarea's current value (properties, not attributes). */
  async fieldValues(): Promise<string[]> {
    return this.page.locator('input, textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  }

  async useDemoCredentials(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use demo credentials' }).click();
    await expect(this.clientId).not.toHaveValue('');
  }
}
