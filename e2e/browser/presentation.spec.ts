import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ConsolePage } from '../support/console-page';
import { GuidedFlowStage } from '../support/guided-flow-stage';
import { secretFingerprint } from '../support/fingerprint';
import { clearClipboard, Leaks } from '../support/leak-check';
import { usePreview } from '../support/preview';

// Issue 6, item 1: with presentation mode on, no full client id, secret, token or VAT on any screen, in copied
// text or in exports. Values are checked with includes(), never handed to an assertion that would print them.
const preview = usePreview();
test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

interface DemoClient {
  label: string;
  clientId: string;
  clientSecret: string;
}

const VAT = 'DK13585628';
const PROFILE_VAT = 'DK24256790';
const TITLE = 'Integrator Console — Presentation mode';

async function walkViewerTabs(region: Locator, leaks: Leaks, where: string): Promise<void> {
  for (const tab of await region.getByRole('tab').all()) {
    await tab.click();
    await leaks.checkPage(`${where}, ${await tab.textContent()}`);
  }
}

/** The renderer's secret fingerprint (8 hex of the installation's HMAC): a mask kind of its own, so never shown whole either. */
function fingerprintOf(secret: string): string {
  return secretFingerprint(preview.dataDir, secret);
}

/** Every token History holds, as header.payload and as the payload alone (Base64url of client_id and merchant_vat). */
async function addHistoryTokens(console: ConsolePage, leaks: Leaks): Promise<void> {
  for (const { id } of await console.invoke<{ id: string }[]>(preview.url, 'history:list')) {
    const entry = await console.invoke<{ attempt: { token?: { redacted: string } } }>(preview.url, 'history:get', {
      id,
    });
    const redacted = entry.attempt.token?.redacted;
    if (!redacted) continue;
    const [header = '', payload = ''] = redacted.split('.');
    leaks.add(`the token ${id} (header.payload)`, `${header}.${payload}`);
    leaks.add(`the token ${id} (payload)`, payload);
  }
}

test('the first-run welcome, once; presentation mode survives a restart, shows in the title and hides History', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url, { keepWelcome: true });
  await expect(console.welcome).toContainText('Local sandbox (the default)');
  await expect(console.welcome.getByRole('link', { name: /MobilePay developer repositories/ })).toHaveAttribute(
    'href',
    /^https:\/\//,
  );
  await expectNoSeriousViolations(page, 'the welcome');
  await console.welcome.getByRole('button', { name: 'Get started' }).click();
  await expect(console.welcome).toHaveCount(0);
  const presentation = page.getByRole('button', { name: 'Presentation mode' });
  await expect(presentation).toHaveAttribute('aria-pressed', 'false');
  await expect(console.history).toBeVisible();
  await expect(console.vaultBanner).toContainText('Secrets are kept for this session only');

  await page.keyboard.press('Control+Shift+P');
  await expect(presentation).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveTitle(TITLE);
  await expect(page.getByRole('banner')).toContainText('Values masked');
  await expect(console.history).toHaveCount(0);
  // No storage warning on the stage (each profile still says where its secret is kept).
  await expect(console.vaultBanner).toHaveCount(0);
  await expect(page.locator('html')).toHaveClass(/presentation-mode/);

  await preview.restart();
  await console.open(preview.url, { keepWelcome: true });
  await expect(console.welcome).toHaveCount(0);
  await expect(page).toHaveTitle(TITLE);
  await expect(presentation).toHaveAttribute('aria-pressed', 'true');
  await expect(console.history).toHaveCount(0);

  await presentation.click();
  await expect(page).toHaveTitle('Integrator Console');
  await expect(console.history).toBeVisible();
  await preview.restart();
  await console.open(preview.url);
  await expect(page).toHaveTitle('Integrator Console');
});

test('with presentation mode on, no full id, secret, token or VAT in any screen, copy or export', async ({ page }) => {
  test.setTimeout(90_000);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const leaks = new Leaks(page);
  const demos = await console.invoke<DemoClient[]>(preview.url, 'sandbox:demo-clients');
  demos.forEach((demo, index) => {
    leaks.add(`demo client id ${index + 1}`, demo.clientId);
    leaks.add(`demo secret ${index + 1}`, demo.clientSecret);
  });
  leaks.add('the merchant VAT', VAT);
  leaks.add('the profile VAT', PROFILE_VAT);
  const [demo, other] = demos;
  if (!demo || !other) throw new Error('The sandbox offers fewer than two demo clients.');
  await console.invoke(preview.url, 'profiles:create', {
    name: 'Shop on the projector',
    environment: 'local',
    clientId: other.clientId,
    clientSecret: other.clientSecret,
    defaultMerchantVat: PROFILE_VAT,
    basicEncoding: 'form',
    sendIbmClientId: true,
  });

  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page).toHaveTitle(TITLE);
  await page.reload();
  await page.locator('#root[data-app-ready="true"]').waitFor();
  await expect(console.profile('Shop on the projector')).toBeVisible();
  await leaks.checkPage('profiles');

  // A saved profile fills the form (id, VAT) and sends x-ibm-client-id: all masked.
  await console.profile('Shop on the projector').check();
  await expect(console.clientId).toHaveValue(other.clientId);
  await leaks.checkPage('a selected profile');
  await console.requestToken.click();
  await console.showTab('Token');
  await expect(console.tokenPanel).toBeVisible();
  await leaks.checkPage('a token from a profile');
  await console.showTab('Response');
  await walkViewerTabs(console.response, leaks, 'the profile token viewer');

  // Ad hoc with the demo credentials and a VAT.
  await console.profile('Ad-hoc (no profile)').check();
  await console.useDemoCredentials();
  await console.merchantVat.fill(VAT);
  await console.requestToken.click();
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText('DK••••••28');
  const [latest] = await console.invoke<{ id: string }[]>(preview.url, 'history:list');
  const entry = await console.invoke<{ attempt: { token: { redacted: string } } }>(preview.url, 'history:get', {
    id: latest?.id,
  });
  const headerAndPayload = entry.attempt.token.redacted.replace(/\.<signature hidden>$/, '');
  leaks.add('the token (header.payload)', headerAndPayload);
  await expect(console.signature).toContainText('Signature valid');
  await leaks.checkPage('a token with a VAT');
  await expectNoSeriousViolations(page, 'presentation mode, a token');
  await expect(console.tokenPanel.getByRole('button', { name: 'Copy token' })).toBeDisabled();

  await console.showTab('Response');
  await walkViewerTabs(console.response, leaks, 'the viewer');
  for (const copy of ['Copy raw response', 'Copy request']) {
    await console.response
      .getByRole('tab', { name: copy === 'Copy request' ? 'Raw request (redacted)' : 'Raw', exact: true })
      .click();
    await clearClipboard(page);
    await console.response.getByRole('button', { name: copy }).click();
    await leaks.checkClipboard(copy);
  }

  // Exports of the attempt and of the run.
  await clearClipboard(page);
  await console.showTab('Exports');
  await page.getByRole('button', { name: 'Copy for support', exact: true }).click();
  await expect(page.getByText('Copied for support: paste it into the ticket.')).toBeVisible();
  await leaks.checkClipboard('Copy for support');
  await leaks.checkDownload('Export HAR', () => page.getByRole('button', { name: 'Export HAR', exact: true }).click());
  await leaks.checkDownload('Export run as HAR', () => page.getByRole('button', { name: 'Export run as HAR' }).click());

  // PoS call with the token, and its exports.
  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toContainText('200');
  await leaks.checkPage('a PoS call');
  await walkViewerTabs(console.posPanel, leaks, 'the PoS viewer');
  await clearClipboard(page);
  await console.posPanel.getByRole('button', { name: 'Copy for support (this PoS call)' }).click();
  await expect(console.posPanel.getByText('Copied for support: paste it into the ticket.')).toBeVisible();
  await leaks.checkClipboard('Copy for support (PoS call)');
  await leaks.checkDownload('Export HAR (PoS call)', () =>
    console.posPanel.getByRole('button', { name: 'Export HAR (this PoS call)' }).click(),
  );

  // Copy as code.
  await page.getByRole('button', { name: 'Copy as code…' }).click();
  const snippets = console.dialog('Copy as code');
  // The demo secret reads the same either way: the plain curl -u and its Windows cmd twin, then the other four.
  await expect(snippets.getByRole('tab')).toHaveCount(6);
  await leaks.checkPage('copy as code');
  await clearClipboard(page);
  await snippets.getByRole('button', { name: 'Copy code' }).click();
  await leaks.checkClipboard('Copy code');
  await page.keyboard.press('Escape');

  // Inspect a pasted token: the decoded claims hold the id and the VAT.
  await page.getByRole('button', { name: 'Inspect a pasted token…' }).click();
  const inspect = console.dialog('Inspect a pasted token');
  await console.enterSecretValue(
    inspect.getByRole('textbox', { name: 'Pasted token' }),
    `${headerAndPayload}.c2lnbmF0dXJl`,
  );
  await inspect.getByRole('button', { name: 'Inspect' }).click();
  await expect(inspect.getByRole('region', { name: 'Inspection result' })).toContainText('merchant_vat');
  await leaks.checkPage('inspect a pasted token');
  await page.keyboard.press('Escape');

  // Diagnosis tools: the Basic header decoder and the client authentication probe.
  await page.getByRole('button', { name: 'Decode a Basic header…' }).click();
  const decoder = console.dialog('Decode a Basic header');
  await console.enterSecretValue(
    decoder.getByRole('textbox', { name: 'Authorization header' }),
    `Basic ${Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64')}`,
  );
  leaks.add('the demo Basic credentials', Buffer.from(`${demo.clientId}:${demo.clientSecret}`).toString('base64'));
  await decoder.getByRole('button', { name: 'Decode' }).click();
  await expect(decoder).toContainText('Either way');
  await leaks.checkPage('the Basic header decoder');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Probe client authentication…' }).click();
  const probe = console.dialog('Probe client authentication');
  await leaks.checkPage('the probe confirmation');
  await probe.getByRole('button', { name: 'Confirm' }).click();
  await expect(probe.getByRole('table', { name: 'Client authentication probe' })).toBeVisible();
  await leaks.checkPage('the probe results');
  await page.keyboard.press('Escape');

  // The guided flow, run and viewed.
  const stage = new GuidedFlowStage(page);
  await stage.open();
  await stage.runAndPause();
  await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps/ })).toBeVisible();
  await leaks.checkPage('the guided flow');
  for (const step of [1, 4]) {
    await stage.goTo(step);
    await leaks.checkPage(`the guided flow, step ${step} on the stage`);
    await page.getByRole('button', { name: new RegExp(`^Show in viewer: step ${step},`) }).click();
    await walkViewerTabs(page.getByRole('region', { name: /^Viewer:/ }), leaks, `the guided flow viewer, step ${step}`);
  }

  // Nothing whole on the screen either: the input fields keep their values out of the markup and show dots.
  for (const field of [console.clientId, console.merchantVat]) await expect(field).toHaveClass(/masked-text/);
  expect(preview.logs().includes(demo.clientSecret), 'a demo secret in the preview log').toBe(false);
});

test('switched on over a token already on screen: viewer tabs, claims, PoS, copies, dialogs and the guided flow show no whole value', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const leaks = new Leaks(page);
  for (const [index, demo] of (await console.invoke<DemoClient[]>(preview.url, 'sandbox:demo-clients')).entries()) {
    leaks.add(`demo client id ${index + 1}`, demo.clientId);
    leaks.add(`demo secret ${index + 1}`, demo.clientSecret);
    leaks.add(`demo secret fingerprint ${index + 1}`, fingerprintOf(demo.clientSecret));
  }
  leaks.add('the merchant VAT', VAT);

  // As the review did: a token first, with everything shown plainly, then presentation mode.
  await console.requestDemoToken(VAT);
  await console.requestDemoToken(VAT);
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText(VAT);
  await console.showTab('Response');
  await console.viewerTab('Raw request (redacted)').click();
  await expect(console.response.getByLabel('Request as sent (redacted)')).toContainText('merchant_vat=DK');
  const stage = new GuidedFlowStage(page);
  await stage.open();
  await stage.runAndPause();
  await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps/ })).toBeVisible();
  await addHistoryTokens(console, leaks);

  // The shortcut works over an open dialog: Compare lives in History, which presentation mode hides, so it goes too.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Console' }).click();
  await console.selectForComparison(0).check();
  await console.selectForComparison(1).check();
  await console.history.getByRole('button', { name: 'Compare' }).click();
  await expect(console.dialog('Compare two attempts').getByRole('table', { name: /^Claims/ })).toContainText(VAT);
  await page.keyboard.press('Control+Shift+P');
  await expect(page).toHaveTitle(TITLE);
  await expect(console.dialog('Compare two attempts')).toHaveCount(0);
  await leaks.checkPage('the compare dialog, switched on');

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Guided flow' }).click();
  await leaks.checkPage('the guided flow, switched on');
  for (const step of [1, 4]) {
    await stage.goTo(step);
    await leaks.checkPage(`the guided flow, switched on, step ${step} on the stage`);
    await page.getByRole('button', { name: new RegExp(`^Show in viewer: step ${step},`) }).click();
    await walkViewerTabs(page.getByRole('region', { name: /^Viewer:/ }), leaks, `the guided flow viewer, step ${step}`);
  }

  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Console' }).click();
  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText('DK••••••28');
  await leaks.checkPage('the console, switched on');
  await console.showTab('Response');
  await walkViewerTabs(console.response, leaks, 'the viewer');
  for (const [tab, copy] of [
    ['Pretty', 'Copy body'],
    ['Raw', 'Copy raw response'],
    [/^Headers/, 'Copy headers'],
    ['Raw request (redacted)', 'Copy request'],
  ] as const) {
    await console.viewerTab(tab).click();
    await clearClipboard(page);
    await console.response.getByRole('button', { name: copy }).click();
    await leaks.checkClipboard(copy);
  }

  // The VAT field shows dots and keeps its value out of the markup, yet stays editable.
  await expect(console.merchantVat).toHaveClass(/masked-text/);
  await console.merchantVat.fill('DK12345674');
  await expect(console.merchantVat).toHaveValue('DK12345674');
  await leaks.checkPage('an edited VAT');
  await console.merchantVat.fill(VAT);

  await console.callPos('GET /stores');
  await expect(console.posStatusLine).toContainText('200');
  await expect(console.posPanel).toContainText('bound to merchant');
  await leaks.checkPage('a PoS call');
  await walkViewerTabs(console.posPanel, leaks, 'the PoS viewer');

  await page.getByRole('button', { name: 'Copy as code…' }).click();
  await expect(console.dialog('Copy as code').getByRole('tab')).toHaveCount(6);
  await walkViewerTabs(console.dialog('Copy as code'), leaks, 'copy as code');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Inspect a pasted token…' }).click();
  const inspect = console.dialog('Inspect a pasted token');
  const [latest] = await console.invoke<{ id: string }[]>(preview.url, 'history:list');
  const entry = await console.invoke<{ attempt: { token: { redacted: string } } }>(preview.url, 'history:get', {
    id: latest?.id,
  });
  await console.enterSecretValue(
    inspect.getByRole('textbox', { name: 'Pasted token' }),
    entry.attempt.token.redacted.replace(/<signature hidden>$/, 'c2lnbmF0dXJl'),
  );
  await inspect.getByRole('button', { name: 'Inspect' }).click();
  await expect(inspect.getByRole('region', { name: 'Inspection result' })).toContainText('merchant_vat');
  await leaks.checkPage('inspect a pasted token');
});
