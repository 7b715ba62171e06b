import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 11, item 3 in the browser: what customers paste is checked at the door, while typing, before anything is sent.
const preview = usePreview();

test('a whole credentials block pasted into Client ID is offered split, and the split values fill both fields', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.clientId.fill('client_id: demo-integrator\nclient_secret: not-the-real-one-0123456789');
  const check = page.getByRole('status', { name: 'Credentials check' });
  await expect(check).toContainText('holds a whole credentials block');
  // The hint names the secret's length, never the secret.
  await expect(check).not.toContainText('not-the-real-one');
  await check.getByRole('button', { name: 'Split into Client ID and Client secret' }).click();
  await expect(console.clientId).toHaveValue('demo-integrator');
  await expect(console.clientSecret).toHaveValue('not-the-real-one-0123456789');
  await expect(check).toHaveCount(0);
});

test('an invisible character typed into Client secret is flagged at once and can be removed', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.clientSecret.fill('abc\u200Bdef');
  const check = page.getByRole('status', { name: 'Credentials check' });
  await expect(check).toContainText('Client secret');
  await check.getByRole('button', { name: 'Remove from Client secret' }).click();
  await expect(console.clientSecret).toHaveValue('abcdef');
  await expect(check).toHaveCount(0);
});
