import { expect, test } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 4, item 4: decoded claims with their meanings, consistency checks, and the signature checked against the
// sandbox's published keys (discovery → jwks_uri, matched on kid).
const preview = usePreview();

test('each claim with its meaning, the consistency checks, and "Signature valid" with the key and its source', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');

  await console.showTab('Token');
  await expect(console.claim('merchant_vat')).toContainText('The merchant this token is bound to');
  await expect(console.claim('scope')).toContainText('PoS V10 needs integrator_scope');
  await expect(console.claim('exp')).toContainText(/\(in 1 h( 1 min| 2 min)?\)/);
  await expect(console.claim('kid')).toContainText('Key id: which published key (JWKS) verifies the signature.');

  const checks = console.consistencyChecks.getByRole('listitem');
  await expect(checks.filter({ hasText: 'Bound to DK13585628, the VAT asked for.' })).toHaveText(/^✓OK:/);
  await expect(checks.filter({ hasText: 'matching expires_in' })).toHaveText(/^✓OK: exp − iat is 3700 s/);
  await expect(checks.filter({ hasText: 'integrator_scope' })).toHaveText(/^✓OK:/);

  const authBase = (await console.tokenEndpoint.inputValue()).replace(/\/connect\/token$/, '');
  await expect(console.signature).toContainText(
    new RegExp(
      `Signature valid — key [0-9A-Fa-f]{8}… from ${authBase.replace(/[.]/g, '\\.')}/\\.well-known/openid-configuration/jwks`,
    ),
  );
  await console.signature.getByRole('button', { name: 'Verify again' }).click();
  await expect(console.signature).toContainText('Signature valid');
});

test('after a key rotation the new token names the new key and its signature still checks out', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken();
  await console.showTab('Token');
  await expect(console.signature).toContainText('Signature valid');
  const kid = await console.claim('kid').locator('td').first().textContent();
  await console.invoke(preview.url, 'sandbox:rotate-key', {});
  await console.requestDemoToken();
  await console.showTab('Token');
  await expect(console.signature).toContainText('Signature valid');
  await expect(console.claim('kid').locator('td').first()).not.toHaveText(kid ?? '');
});
