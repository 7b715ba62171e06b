import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { demoSecret } from '../support/demo-secret';
import { usePreview } from '../support/preview';

// Issue 10 item 3 as the user meets it, through the real handlers: a saved secret only goes where its profile points.
// Editing the Client ID of a selected profile and sending without typing the secret is refused by main (FORBIDDEN);
// the console says what differs and the two ways on. The demo secret never reaches a Playwright action or assertion.
const preview = usePreview();

const CLIENT_ID = 'demo-integrator';

test('a profile whose Client ID was edited in the form: refused, and told which field and what to do', async ({
  page,
  request,
}) => {
  const secret = await demoSecret(request, preview);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const dialog = await console.importCredentials(`client_id: ${CLIENT_ID}\nclient_secret: ${secret}\n`, {
    trim: false,
  });
  await dialog.getByRole('button', { name: 'Save profile' }).click();
  await expect(dialog).toBeHidden();
  const profile = console.profile(`Imported ${CLIENT_ID}`);
  await profile.click();
  await expect(console.clientId).toHaveValue(CLIENT_ID);

  await console.clientId.fill('someone-else');
  await console.requestToken.click();
  const refusal = page.getByRole('alert').filter({ hasText: 'The saved secret was not sent' });
  await expect(refusal).toContainText(`This request has another Client ID than the profile "Imported ${CLIENT_ID}"`);
  await expect(refusal).toContainText('Save the profile again');
  await expect(refusal).toContainText('type the secret again in Client secret');
  await expect(page.getByText("The saved secret was not sent: the request is not the profile's.")).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'someone-else' })).toHaveCount(0);

  // Back to the profile's own Client ID, the saved secret goes and the sandbox answers.
  await console.clientId.fill(CLIENT_ID);
  await console.requestToken.click();
  await expect(console.response).toContainText('200');
  await expect(refusal).toHaveCount(0);
});
