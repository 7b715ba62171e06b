import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 9, item 3: keyboard first — the command palette lists every action by name, the shortcut sheet lists the
// keys, and no shortcut acts behind an open dialog.
const preview = usePreview();

test('keyboard only: the palette runs commands by name (demo credentials, Request token, the Token tab, Inspect)', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const palette = console.dialog('Command palette');

  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await expect(palette.getByRole('option')).not.toHaveCount(0);
  await page.keyboard.type('demo');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(console.clientId).not.toHaveValue('');

  await page.keyboard.press('Control+k');
  await page.keyboard.type('request token');
  await expect(palette.getByRole('option', { selected: true })).toHaveText(/^Request token/);
  await page.keyboard.press('Enter');
  await expect(console.historyEntries).toHaveCount(1);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('token tab');
  await page.keyboard.press('Enter');
  await expect(console.tokenPanel).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Token', exact: true })).toBeFocused();

  await page.keyboard.press('Control+Shift+X');
  await expect(console.dialog('Inspect a pasted token')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(console.dialog('Inspect a pasted token')).toBeHidden();

  await page.keyboard.press('Control+Shift+E');
  await expect(console.environment).toBeFocused();
  await page.keyboard.press('Control+Shift+H');
  await expect(page.getByRole('searchbox', { name: 'Filter History' })).toBeFocused();
  await page.keyboard.type('401');
  await expect(console.historyEntries).toHaveCount(0);
});

test('the shortcut sheet lists the shortcuts; "?" opens it outside a field', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await page.getByRole('heading', { name: 'Profiles' }).click();
  await page.keyboard.press('?');
  const sheet = console.dialog('Keyboard shortcuts');
  await expect(sheet).toBeVisible();
  for (const name of [
    'Request token',
    'Switch environment',
    'Show the response',
    'Filter History',
    'Inspect a pasted token…',
    'Decode a Basic header…',
    'Toggle presentation mode',
  ]) {
    await expect(sheet.getByRole('row').filter({ hasText: name })).toHaveCount(1);
  }
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

for (const tool of ['Inspect a pasted token', 'Decode a Basic header'] as const) {
  test(`Ctrl+Enter inside "${tool}" sends no token request behind the dialog`, async ({ page }) => {
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await console.useDemoCredentials();
    await page.getByRole('button', { name: `${tool}…` }).click();
    const dialog = console.dialog(tool);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox').first().focus();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Had the dialog's Ctrl+Enter sent one, it would be finished (the button is idle again) and in History.
    await expect(console.requestToken).not.toHaveAttribute('aria-disabled', 'true');
    await console.requestToken.click();
    await expect(console.historyEntries).toHaveCount(1);
    const entries = await console.invoke<unknown[]>(preview.url, 'history:list');
    expect(entries).toHaveLength(1);
  });
}
