import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 7: copy as code, in five languages, with the id and secret read from environment variables. Issue 11
// item 7: raw Basic needs no encoding helper, so there is a plain curl -u and a Windows cmd variant too.
const preview = usePreview();
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const LANGUAGES = [
  'curl (bash)',
  'curl (Windows cmd)',
  'PowerShell (Invoke-RestMethod)',
  'C# (HttpClient)',
  'Python (requests)',
  'Node.js (fetch)',
];

test('six languages for the form as it is (raw: a plain curl -u and cmd too), env var names and never the secret', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  const secret = await console.clientSecret.inputValue();
  await console.merchantVat.fill('FI20774740');
  await page.getByRole('radio', { name: 'Raw' }).check();
  await page.getByRole('button', { name: 'Copy as code…' }).click();

  const dialog = console.dialog('Copy as code');
  await expect(dialog).toContainText('MOBILEPAY_CLIENT_ID and MOBILEPAY_CLIENT_SECRET');
  await expect(dialog.getByRole('tab')).toHaveText(LANGUAGES);
  for (const language of LANGUAGES) {
    await dialog.getByRole('tab', { name: language }).click();
    const code = dialog.getByLabel(`${language} code`);
    await expect(code).toContainText('MOBILEPAY_CLIENT_ID');
    await expect(code).toContainText('MOBILEPAY_CLIENT_SECRET');
    await expect(code).toContainText(/integrator-authentication\/connect\/token/);
    await expect(code).toContainText('FI20774740');
    expect((await code.textContent())?.includes(secret), `the ${language} snippet holds the secret`).toBe(false);
  }
  await dialog.getByRole('button', { name: 'Copy code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('MOBILEPAY_CLIENT_SECRET');
  expect((await page.content()).includes(secret), 'the page HTML holds the secret').toBe(false);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy as code…' })).toBeFocused();
});
