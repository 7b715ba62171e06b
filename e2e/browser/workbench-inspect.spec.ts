import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 4 (pasted tokens): a real sandbox token, fetched by the test itself the way a customer's program
// would, pasted into "Inspect a pasted token" → valid; the same token tampered with → bad signature.
// The token and the demo secret never go into a Playwright action or an assertion message.
const preview = usePreview();

const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

async function fetchSandboxToken(console: ConsolePage): Promise<string> {
  const clients = await console.invoke<{ clientId: string; clientSecret: string }[]>(
    preview.url,
    'sandbox:demo-clients',
    {},
  );
  const demo = clients.find((client) => client.clientId === 'demo-integrator');
  if (!demo) throw new Error('The sandbox offers no demo-integrator client.');
  // The sandbox starts on first use; the page shows its token endpoint once it runs.
  await console.invoke(preview.url, 'sandbox:start', {});
  await expect(console.tokenEndpoint).toHaveValue(
    /^http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/connect\/token$/,
  );
  const tokenUrl = await console.tokenEndpoint.inputValue();
  const basic = Buffer.from(`${formEncode(demo.clientId)}:${formEncode(demo.clientSecret)}`).toString('base64');
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&merchant_vat=FI20774740',
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** The same token with its payload changed (bound to another merchant) and the original signature kept. */
function tampered(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  claims.merchant_vat = 'DK13585628';
  return [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
}

async function inspect(console: ConsolePage, token: string) {
  const dialog = console.dialog('Inspect a pasted token');
  await console.enterSecretValue(dialog.getByLabel('Pasted token', { exact: true }), token);
  await expect(dialog.getByLabel('Minted by (environment)')).toHaveValue('local');
  await dialog.getByRole('button', { name: 'Inspect' }).click();
  return dialog;
}

test('a real sandbox token is decoded, explained and verified; a tampered one is a bad signature', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const token = await fetchSandboxToken(console);
  await page.getByRole('button', { name: 'Inspect a pasted token…' }).click();
  const dialog = await inspect(console, token);
  const signature = dialog.getByRole('region', { name: 'Signature' });
  await expect(signature).toContainText(
    /Signature valid — key [0-9A-Fa-f]{8}… from http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/\.well-known\/openid-configuration\/jwks/,
  );
  const claims = dialog.getByRole('table', { name: 'Claims' });
  await expect(
    claims.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'merchant_vat' }) }),
  ).toContainText('FI20774740');
  await expect(dialog.getByRole('region', { name: 'Consistency checks' })).toContainText(
    'The scope is integrator_scope.',
  );
  expect((await page.content()).includes(token.split('.')[2] ?? '-'), 'the signature is in the page HTML').toBe(false);

  await inspect(console, tampered(token));
  await expect(signature).toContainText('Bad signature');
  // Decoding works regardless: the tampered claim is shown.
  await expect(
    claims.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'merchant_vat' }) }),
  ).toContainText('DK13585628');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('a token from the other local environment does not verify here; garbage is explained', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const token = await fetchSandboxToken(console);
  await page.getByRole('button', { name: 'Inspect a pasted token…' }).click();
  const dialog = console.dialog('Inspect a pasted token');
  await console.enterSecretValue(dialog.getByLabel('Pasted token', { exact: true }), token);
  await dialog.getByLabel('Minted by (environment)').selectOption('local-production');
  await dialog.getByRole('button', { name: 'Inspect' }).click();
  await expect(dialog.getByRole('region', { name: 'Signature' })).toContainText(/Key not found|Bad signature/);

  await console.enterSecretValue(dialog.getByLabel('Pasted token', { exact: true }), 'not.a-token');
  await dialog.getByRole('button', { name: 'Inspect' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Not a readable token');
});

test('Copy token goes through main; the browser preview refuses it plainly', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken();
  await console.showTab('Token');
  await console.tokenPanel.getByRole('button', { name: 'Copy token' }).click();
  await expect(console.tokenPanel.getByRole('status').filter({ hasText: /desktop app only/ })).toBeVisible();
});
