import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { secretFingerprint } from '../support/fingerprint';
import { demoSecret } from '../support/demo-secret';
import { usePreview } from '../support/preview';

// Issue 3 in the browser: profiles against the real preview (session-only vault) and the real local sandbox.
// The demo secret is never passed to an assertion or a Playwright action, so it cannot reach test output.
const preview = usePreview();

const CLIENT_ID = 'demo-integrator';

const fingerprint = (secret: string) => secretFingerprint(preview.dataDir, secret);

function filesUnder(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [{ path, text: readFileSync(path).toString('latin1') }];
  });
}

/** The secret, its Base64 and the Basic credential it makes, in any of the places the issue lists. */
async function expectSecretNowhere(page: Page, console: ConsolePage, secret: string): Promise<void> {
  const forms = [
    secret,
    Buffer.from(secret).toString('base64'),
    Buffer.from(`${CLIENT_ID}:${secret}`).toString('base64'),
  ];
  const places: [string, string][] = [
    ['the page HTML', await page.content()],
    ['a field value', (await console.fieldValues()).join('\n')],
    ['web storage', await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))],
    ['the preview log', preview.logs()],
    ...filesUnder(preview.dataDir).map(({ path, text }): [string, string] => [
      `file ${path.slice(preview.dataDir.length)}`,
      text,
    ]),
  ];
  for (const [where, text] of places) {
    for (const form of forms) expect(text.includes(form), `the secret (or its Base64) is in ${where}`).toBe(false);
  }
}

test('import with a trailing space and a zero-width character: warned, trimmed on request, token 200, secret nowhere', async ({
  page,
  request,
}) => {
  const secret = await demoSecret(request, preview);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await expect(console.vaultBanner).toContainText('Secrets are kept for this session only');
  await expect(console.profile('Ad-hoc (no profile)')).toBeChecked();

  const dialog = await console.importCredentials(`client_id: ${CLIENT_ID}\nclient_secret: ${secret}\u200B \n`, {
    trim: false,
  });
  const findings = dialog.getByRole('region', { name: 'What was found' });
  await expect(findings).toContainText(
    `Client secret: a zero-width space (U+200B) at position ${secret.length + 1}; a space at the end`,
  );
  await expect(findings).toContainText(`${secret.length + 2} characters, hidden`);
  const trim = dialog.getByRole('checkbox', { name: 'Trim these characters' });
  await expect(trim).not.toBeChecked();
  await trim.check();
  await expect(findings).toContainText(`${secret.length} after trimming`);
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveValue(`Imported ${CLIENT_ID}`);
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog).toBeHidden();

  const profile = console.profile(`Imported ${CLIENT_ID}`);
  await profile.click();
  await expect(profile).toBeChecked();
  await expect(profile).toHaveAccessibleDescription(
    new RegExp(`secret sha256:${fingerprint(secret)}…, ${secret.length} chars`),
  );
  await expect(profile).toHaveAccessibleDescription(/kept for this session only/);
  await expect(console.clientId).toHaveValue(CLIENT_ID);
  await expect(console.clientSecret).toHaveValue('');
  await expect(console.clientSecret).toHaveAttribute(
    'placeholder',
    `Saved secret sha256:${fingerprint(secret)}… will be used`,
  );

  await console.requestToken.click();
  await expect(console.response).toContainText('200');
  await console.showTab('Token');
  await expect(console.claim('client_id')).toContainText(CLIENT_ID);
  await expectSecretNowhere(page, console, secret);
});

test('without trimming the pasted secret gets a 401; Compare says why; Edit fixes it', async ({ page, request }) => {
  const secret = await demoSecret(request, preview);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const dialog = await console.importCredentials(`{"client_id": "${CLIENT_ID}", "client_secret": "${secret} "}`, {
    trim: false,
  });
  await expect(dialog.getByRole('region', { name: 'What was found' })).toContainText(
    'Client secret: a space at the end',
  );
  await dialog.getByLabel('Name', { exact: true }).fill('Untrimmed');
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(console.profile('Untrimmed')).toBeChecked();
  await expect(console.profile('Untrimmed')).toHaveAccessibleDescription(new RegExp(`${secret.length + 1} chars`));

  await console.requestToken.click();
  await expect(console.response).toContainText('401');
  await expect(console.response).toContainText('invalid_client');

  await console.profiles.getByRole('button', { name: 'Compare secret' }).click();
  const compare = console.dialog('Compare secret');
  await console.enterSecretValue(compare.getByLabel('Secret to compare'), secret);
  await compare.getByRole('button', { name: 'Compare' }).click();
  await expect(compare.getByRole('status')).toHaveText('Does not match the saved secret.');
  await compare.getByRole('button', { name: 'Close' }).click();

  await console.profiles.getByRole('button', { name: 'Edit' }).click();
  const edit = console.dialog('Edit profile Untrimmed');
  await console.enterSecretValue(edit.getByLabel('Client secret', { exact: true }), secret);
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(console.profile('Untrimmed')).toHaveAccessibleDescription(
    new RegExp(`sha256:${fingerprint(secret)}…, ${secret.length} chars`),
  );
  await console.requestToken.click();
  await expect(console.response).toContainText('200');
  await expectSecretNowhere(page, console, secret);
});

test('export has no secret; import brings the profile back without one; copy secret is desktop-only', async ({
  page,
  request,
}) => {
  const secret = await demoSecret(request, preview);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const dialog = await console.importCredentials(
    `client_id=${CLIENT_ID}\nclient_secret=${secret}\nmerchant_vat=DK13585628`,
    { trim: false },
  );
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(console.merchantVat).toHaveValue('DK13585628');

  await console.profiles.getByRole('button', { name: 'Copy secret' }).click();
  await expect(console.profilesStatus).toHaveText(/works in the desktop app only/);

  const downloading = page.waitForEvent('download');
  await console.profiles.getByRole('button', { name: 'Export profiles' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^integrator-console-profiles-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = readFileSync(await download.path(), 'utf8');
  expect(backup.includes(secret), 'the backup contains the secret').toBe(false);
  expect(backup.includes(fingerprint(secret)), 'the backup contains the fingerprint').toBe(false);
  expect(JSON.parse(backup)).toMatchObject({
    profiles: [{ name: `Imported ${CLIENT_ID}`, clientId: CLIENT_ID, defaultMerchantVat: 'DK13585628' }],
  });
  await expect(console.profilesStatus).toContainText('No secrets are included.');

  // Into the same console, the same profile is not made twice.
  const importBackup = () =>
    console.profiles
      .getByLabel('Import backup')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await importBackup();
  await expect(console.profilesStatus).toHaveText(/^Imported 0 profiles; skipped 1: .*is already here/);
  await expect(console.profile(`Imported ${CLIENT_ID}`)).toHaveCount(1);

  await console.profiles.getByRole('button', { name: 'Delete' }).click();
  await console.dialog(`Delete profile Imported ${CLIENT_ID}?`).getByRole('button', { name: 'Delete profile' }).click();
  await expect(console.profile(`Imported ${CLIENT_ID}`)).toHaveCount(0);
  await importBackup();
  await expect(console.profilesStatus).toHaveText('Imported 1 profile. Enter their secrets to use them.');
  await expect(console.profile(`Imported ${CLIENT_ID}`)).toHaveCount(1);
  await expect(console.profiles.getByText('no secret', { exact: true })).toHaveCount(1);
});

test('delete asks first (Escape cancels); the last used profile is selected again after a restart', async ({
  page,
  request,
}) => {
  const secret = await demoSecret(request, preview);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  for (const name of ['Keep me', 'Delete me']) {
    const dialog = await console.importCredentials(`name: ${name}\nclient_id: ${CLIENT_ID}\nclient_secret: ${secret}`, {
      trim: false,
    });
    await dialog.getByRole('button', { name: 'Save profile' }).click();
    await expect(console.profile(name)).toBeChecked();
  }
  await console.profiles.getByRole('button', { name: 'Delete' }).click();
  const confirm = console.dialog('Delete profile Delete me?');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(console.profile('Delete me')).toBeVisible();
  await console.profiles.getByRole('button', { name: 'Delete' }).click();
  await console.dialog('Delete profile Delete me?').getByRole('button', { name: 'Delete profile' }).click();
  await expect(console.profile('Delete me')).toHaveCount(0);
  await expect(console.profile('Ad-hoc (no profile)')).toBeChecked();

  await console.profile('Keep me').check();
  await expect(console.clientSecret).toHaveAttribute('placeholder', /^Saved secret sha256:[0-9a-f]{8}… will be used$/);
  await preview.restart();
  await console.open(preview.url);
  await expect(console.profile('Keep me')).toBeChecked();
  await expect(console.clientId).toHaveValue(CLIENT_ID);
  // The preview has no keychain: a session-only secret is gone after a restart, and the UI says so.
  await expect(console.profile('Keep me')).toHaveAccessibleDescription(/no secret/);
  await expect(console.requestToken).toBeDisabled();
  await expectSecretNowhere(page, console, secret);
});
