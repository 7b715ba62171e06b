import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 5, items 1, 2 and 4 in the UI: findings next to the response, the client-auth probe, the fault switches and
// Local production's own demo clients, against the real preview and its sandboxes.
const preview = usePreview();

test('a wrong secret gets an invalid_client finding with its next step', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.clientSecret.fill('definitely-not-the-secret');
  await console.requestDemoToken('');
  await expect(console.response.locator('.status-line')).toHaveText('401 Unauthorized');
  const finding = console.finding('did not accept this client id and secret');
  await expect(finding).toContainText('Problem');
  await expect(finding).toContainText('Certain');
  await expect(finding).toContainText('A wrong secret and an unknown client id get exactly the same answer');
  await expect(finding).toContainText(/Next step:\s*Check that both values are Local sandbox's pair/);
  await expect(finding.getByRole('list', { name: 'Evidence' })).toContainText('invalid_client');
});

test('the reserved-character client sent raw: a Basic-encoding finding, and the probe shows form ✓ raw ✕ post ✓', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoClient('Reserved-character secret');
  await page.getByRole('radio', { name: 'Raw', exact: true }).check();
  await console.requestDemoToken('');
  await expect(console.response.locator('.status-line')).toHaveText('401 Unauthorized');
  await expect(console.finding('form-decodes Basic credentials')).toContainText('Certain');
  await expect(console.finding('form-decodes Basic credentials')).toContainText('Next step:');

  await page.getByRole('button', { name: 'Probe client authentication…' }).click();
  const dialog = console.dialog('Probe client authentication');
  await expect(dialog).toContainText('up to three times');
  await expect(dialog).toContainText(await console.tokenEndpoint.inputValue());
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Confirm' }).click();
  const table = dialog.getByRole('table', { name: 'Client authentication probe' });
  const row = (method: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: method, exact: true }) });
  await expect(row('Basic form-encoded')).toContainText('✓ Yes');
  await expect(row('Basic form-encoded')).toContainText('200');
  await expect(row('Basic raw')).toContainText('✕ No');
  await expect(row('Basic raw')).toContainText('401');
  await expect(row('Basic raw')).toContainText('invalid_client');
  await expect(row('client_secret_post')).toContainText('✓ Yes');
  const characters = dialog.getByRole('table', { name: 'Characters of the secret that form-encoding changes' });
  await expect(characters.getByRole('row')).not.toHaveCount(1);
  await expect(characters).toContainText('%2B');
  await expect(dialog).toContainText(/Verdict:.*refuses raw Basic/);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('the server-error switch (503) gets an HTML / gateway finding; Reset faults turns it off', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.applyFaults(async (form) => {
    await form.getByLabel('Server error').selectOption('503');
  });
  await expect(console.sandboxControls).toContainText('Active faults: server error 503');
  await console.requestDemoToken();
  await expect(console.response.locator('.status-line')).toHaveText('503 Service Unavailable');
  // The console knows the sandbox's own switch did it, and says how to turn it off.
  await expect(console.finding('Server error fault switch')).toContainText('Reset faults');

  await console.sandboxControls.getByRole('button', { name: 'Reset faults' }).click();
  await expect(console.sandboxControls).toContainText('Active faults: none.');
  await console.requestDemoToken();
  await expect(console.response.locator('.status-line')).toHaveText('200 OK');
  await expect(console.findings).toContainText('No problems found');
});

test('an out-of-range fault value is named next to its field and Apply waits until it is fixed', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.sandboxControls.getByText('Fault switches', { exact: true }).click();
  const form = console.sandboxControls.getByRole('form', { name: 'Fault switches' });
  const lifetime = form.getByLabel('Token lifetime (s)');
  const apply = form.getByRole('button', { name: 'Apply' });
  await lifetime.fill('0');
  await expect(lifetime).toHaveAttribute('aria-invalid', 'true');
  await expect(lifetime).toHaveAccessibleDescription(/Token lifetime \(s\) must be a whole number from 1 to 86400\./);
  await expect(apply).toBeDisabled();
  await expect(console.sandboxControls).toContainText('Active faults: none.');

  await lifetime.fill('60');
  await expect(lifetime).not.toHaveAttribute('aria-invalid', 'true');
  await apply.click();
  await expect(console.sandboxControls).toContainText('Active faults: token lifetime 60 s.');
  await console.sandboxControls.getByRole('button', { name: 'Reset faults' }).click();
  await expect(console.sandboxControls).toContainText('Active faults: none.');
});

test('Local production: its own demo credentials, status and sandbox controls', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.environment.selectOption('local-production');
  await expect(page.getByRole('status', { name: 'Local production status' })).toBeVisible();
  await expect(console.sandboxControls).toContainText('Local production');
  await console.useDemoCredentials();
  await expect(console.clientId).toHaveValue(/^[0-9a-f-]{36}$/);
  await console.requestDemoToken();
  await expect(console.response.locator('.status-line')).toHaveText('200 OK');
  await expect(console.response).toContainText('Local production');
  await expect(console.tokenEndpoint).toHaveValue(
    /^http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/connect\/token$/,
  );
  await expect(console.sandboxControls).toContainText('Running');
});
