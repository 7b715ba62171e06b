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

  /** Calls the preview's IPC endpoint the way the page does (same per-run key), e.g. for demo clients or fault switches. */
  async invoke<T>(previewUrl: string, channel: string, body: unknown = {}): Promise<T> {
    const url = new URL(previewUrl);
    const key = new URLSearchParams(url.hash.replace(/^#/, '')).get('key') ?? '';
    const response = await this.page.request.post(`${url.origin}/ipc/${channel}`, { data: body, headers: { 'x-console-key': key } });
    const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!result.ok) throw new Error(`${channel} failed: ${result.error?.message}`);
    return result.value as T;
  }

  /** Demo credentials, a VAT (or none) and Request token; resolves once the answer is shown. */
  async requestDemoToken(vat = 'DK13585628'): Promise<void> {
    if ((await this.clientId.inputValue()) === '') await this.useDemoCredentials();
    await this.merchantVat.fill(vat);
    const before = await this.historyEntries.count();
    await this.requestToken.click();
    // Every answer lands in History, which is re-read once the viewer shows it.
    await expect(this.historyEntries).toHaveCount(before + 1);
  }

  get tokenEndpoint(): Locator {
    return this.page.getByRole('textbox', { name: 'Token endpoint', exact: true });
  }
  get tokenPanel(): Locator {
    return this.page.getByRole('region', { name: 'Token', exact: true });
  }
  get signature(): Locator {
    return this.page.getByRole('region', { name: 'Signature', exact: true });
  }
  get consistencyChecks(): Locator {
    return this.page.getByRole('region', { name: 'Consistency checks' });
  }
  get history(): Locator {
    return this.page.getByRole('region', { name: 'History', exact: true });
  }
  /** History's rows, newest first; each opens its attempt in the viewer. */
  get historyEntries(): Locator {
    return this.history.getByRole('button', { name: /^Open attempt/ });
  }
  /** A tab of the exchange viewer (Pretty, Raw, Headers (n), Raw request (redacted)). */
  viewerTab(name: string | RegExp): Locator {
    return this.response.getByRole('tab', { name, exact: typeof name === 'string' ? true : undefined });
  }
  get refreshNotice(): Locator {
    return this.page.locator('.refresh-notice');
  }
}
