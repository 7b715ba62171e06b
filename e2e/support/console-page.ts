import { expect, type Locator, type Page } from '@playwright/test';

/** The console screen, addressed by role and accessible name (STYLE.md §5). */
export class ConsolePage {
  constructor(readonly page: Page) {}

  /** Opens the app and waits for data-app-ready; a fresh data directory's first-run welcome is dismissed unless kept. */
  async open(url: string, options: { keepWelcome?: boolean } = {}): Promise<void> {
    await this.page.goto(url);
    await this.page.locator('#root[data-app-ready="true"]').waitFor();
    if (!options.keepWelcome) await this.dismissWelcome();
  }

  get welcome(): Locator {
    return this.dialog('Welcome to Integrator Console');
  }

  /** "Get started" on the first-run welcome, when it is there (it is rendered by the time the app is ready). */
  async dismissWelcome(): Promise<void> {
    if (!(await this.welcome.isVisible())) return;
    await this.welcome.getByRole('button', { name: 'Get started' }).click();
    await expect(this.welcome).toBeHidden();
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

  /** The result pane's tabs: only the selected one is shown (the countdown above them always is). */
  async showTab(name: 'Response' | 'Token' | 'PoS' | 'Exports'): Promise<void> {
    const tab = this.page.getByRole('tablist', { name: 'Result' }).getByRole('tab', { name, exact: true });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
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
    return this.page
      .locator('input, textarea')
      .evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value));
  }

  async useDemoCredentials(): Promise<void> {
    await this.page.getByRole('button', { name: 'Use demo credentials' }).click();
    await expect(this.clientId).not.toHaveValue('');
  }

  /** Calls the preview's IPC endpoint the way the page does (same per-run key), e.g. for demo clients or fault switches. */
  async invoke<T>(previewUrl: string, channel: string, body: unknown = {}): Promise<T> {
    const url = new URL(previewUrl);
    const key = new URLSearchParams(url.hash.replace(/^#/, '')).get('key') ?? '';
    const response = await this.page.request.post(`${url.origin}/ipc/${channel}`, {
      data: body,
      headers: { 'x-console-key': key },
    });
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

  // Diagnosis (issue 5)

  /** The findings of the attempt in the viewer. */
  get findings(): Locator {
    return this.response.getByRole('region', { name: /^Findings/ });
  }
  /** One finding (a list item), picked by text in its cause, evidence or next step. */
  finding(text: string | RegExp): Locator {
    return this.findings.getByRole('listitem').filter({ hasText: text }).first();
  }
  get posPanel(): Locator {
    return this.page.getByRole('region', { name: 'Call the PoS API with this token' });
  }
  get posFindings(): Locator {
    return this.posPanel.getByRole('region', { name: /^Findings for this call/ });
  }
  /** "GET /stores", "GET /pointofsales", …: exact, as the names share prefixes. */
  async callPos(name: string): Promise<void> {
    await this.showTab('PoS');
    await this.posPanel.getByRole('button', { name, exact: true }).click();
    await expect(this.posPanel).not.toHaveAttribute('aria-busy', 'true');
  }
  get posStatusLine(): Locator {
    return this.posPanel.locator('.status-line');
  }
  get sandboxControls(): Locator {
    return this.page.getByRole('region', { name: /^Sandbox controls/ });
  }
  /** Opens "Fault switches", lets `change` set fields, presses Apply and waits for the sandbox to take them. */
  async applyFaults(change: (form: Locator) => Promise<void>): Promise<void> {
    const details = this.sandboxControls.locator('details');
    if ((await details.getAttribute('open')) === null)
      await this.sandboxControls.getByText('Fault switches', { exact: true }).click();
    const form = this.sandboxControls.getByRole('form', { name: 'Fault switches' });
    await change(form);
    await form.getByRole('button', { name: 'Apply' }).click();
    await expect(this.sandboxControls.getByRole('status')).toHaveText('Fault switches applied.');
  }
  /** Picks a demo client by its label (the list appears after Use demo credentials). */
  async useDemoClient(label: string): Promise<void> {
    await this.useDemoCredentials();
    await this.page.getByRole('combobox', { name: 'Demo client' }).selectOption({ label });
  }
  /** Checks one of History's "Select … for comparison" boxes, newest first. */
  selectForComparison(index: number): Locator {
    return this.history.getByRole('checkbox', { name: /for comparison$/ }).nth(index);
  }
}
