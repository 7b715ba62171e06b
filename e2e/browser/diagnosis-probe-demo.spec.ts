import { expect, test } from '@playwright/test';
import type { DemoClient } from '../../shared/ipc/contract';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 11, item 6 in the browser: "Use demo credentials" keeps the demo client chosen in the picker, and the probe
// shows no character of the secret in presentation mode.
const preview = usePreview();

test('"Use demo credentials" again keeps the reserved-character demo client chosen in the picker', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const clients = await console.invoke<DemoClient[]>(preview.url, 'sandbox:demo-clients');
  const reserved = clients.find((client) => /[+%]/.test(client.clientSecret));
  if (!reserved) throw new Error('no reserved-character demo client');
  await console.useDemoClient(reserved.label);
  await expect(console.clientId).toHaveValue(reserved.clientId);
  await page.getByRole('button', { name: 'Use demo credentials' }).click();
  await expect(page.getByRole('combobox', { name: 'Demo client' })).toHaveValue(String(clients.indexOf(reserved)));
  await expect(console.clientId).toHaveValue(reserved.clientId);
});

test('the probe in presentation mode says how many characters differ, never which', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoClient('Reserved-character secret');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page.getByRole('banner')).toContainText('Values masked');
  await page.getByRole('button', { name: 'Probe client authentication…' }).click();
  const dialog = console.dialog('Probe client authentication');
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  await expect(dialog).toContainText(/Verdict:/);
  await expect(dialog.getByRole('table', { name: 'Characters of the secret that form-encoding changes' })).toHaveCount(
    0,
  );
  await expect(dialog).toContainText(/\d+ characters? of this secret change with form-encoding/);
  await expect(dialog).not.toContainText('%2B');
});

test('a PoS call copies as code in five languages with its headers, never the token', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('');
  await console.showTab('PoS');
  await console.posPanel.getByLabel('X-MobilePay-Merchant-VAT-Number').fill('DK13585628');
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toHaveText('200 OK');
  await console.posPanel.getByRole('button', { name: 'Copy this call as code…' }).click();
  const dialog = console.dialog('Copy this PoS call as code');
  const languages = [
    'curl (bash)',
    'PowerShell (Invoke-RestMethod)',
    'C# (HttpClient)',
    'Python (requests)',
    'Node.js (fetch)',
  ];
  await expect(dialog.getByRole('tab')).toHaveText(languages);
  for (const language of languages) {
    await dialog.getByRole('tab', { name: language }).click();
    const code = dialog.getByLabel(`${language} code`);
    await expect(code).toContainText('MOBILEPAY_ACCESS_TOKEN');
    await expect(code).toContainText('X-MobilePay-Client-System-Version');
    await expect(code).toContainText('DK13585628');
    await expect(code).toContainText('/pos/v10/stores');
    await expect(code).not.toContainText('eyJ');
  }
});
