import { expect, test } from '@playwright/test';
import { makeZip } from '../../electron/services/zip-import/zip-test-support';
import { ConsolePage } from '../support/console-page';
import { secretFingerprint } from '../support/fingerprint';
import { demoSecret } from '../support/demo-secret';
import { usePreview } from '../support/preview';

// Issue 12: the onboarding zip opened in place, against the real preview and the real local sandbox. The demo
// secret only ever travels inside the encrypted zip; no assertion or Playwright action carries it.
const preview = usePreview();
const CLIENT_ID = 'demo-integrator';
const PASSWORD = 'sms-4711';

const fingerprint = (secret: string) => secretFingerprint(preview.dataDir, secret);

test('the onboarding zip: wrong password said plainly, the right one fills the import, the profile gets a token', async ({
  page,
  request,
}) => {
  const secret = await demoSecret(request, preview);
  const letter = `Dear integrator,\n\nWelcome aboard. Your client ID is: ${CLIENT_ID}\nYour client secret:\n  ${secret}\n\nMobilePay`;
  const zip = await makeZip([{ path: 'MobilePay/Onboarding/welcome-letter.txt', text: letter }], 'aes', PASSWORD);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.profiles.getByRole('button', { name: 'Import credentials' }).click();
  const dialog = console.dialog('Import credentials');

  await dialog
    .getByLabel('Zip file')
    .setInputFiles({ name: 'onboarding.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  const password = dialog.getByLabel('Zip password');
  await password.fill('sms-0000');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('That password does not open this zip');

  await password.fill(PASSWORD);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText(
    'Read from onboarding.zip › MobilePay/Onboarding/welcome-letter.txt (AES), in memory only.',
  );
  const findings = dialog.getByRole('region', { name: 'What was found' });
  await expect(findings).toContainText(CLIENT_ID);
  await expect(findings).toContainText(`${secret.length} characters, hidden`);
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog).toBeHidden();

  const profile = console.profile(`Imported ${CLIENT_ID}`);
  await profile.click();
  await expect(profile).toHaveAccessibleDescription(
    new RegExp(`secret sha256:${fingerprint(secret)}…, ${secret.length} chars`),
  );
  await console.requestToken.click();
  await expect(console.response).toContainText('200');
  expect((await page.content()).includes(secret)).toBe(false);
});

test('a damaged zip and a zip without credentials each get their own message', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.profiles.getByRole('button', { name: 'Import credentials' }).click();
  const dialog = console.dialog('Import credentials');
  const input = dialog.getByLabel('Zip file');
  await input.setInputFiles({
    name: 'broken.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('PK\u0003\u0004 this is not really a zip'),
  });
  await expect(dialog.getByRole('alert')).toContainText('not a readable zip');
  const empty = await makeZip([{ path: 'readme.txt', text: 'Nothing to see here.' }], 'none');
  await input.setInputFiles({ name: 'readme.zip', mimeType: 'application/zip', buffer: Buffer.from(empty) });
  await expect(dialog.getByRole('alert')).toContainText(
    'No client id and client secret were found in this zip (it holds readme.txt)',
  );
});
