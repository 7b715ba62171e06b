import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 6, item 2: the seed's five steps, run against the real local sandbox with the demo client, no typing.
const preview = usePreview();

test('the guided flow completes against the sandbox and shows five steps with timings', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Guided flow' }).click();
  const steps = page.getByRole('list', { name: 'The five steps' }).getByRole('listitem');
  await expect(steps).toHaveCount(5);
  for (const title of ['1. Authenticate', '2. Validate', '3. Token', '4. Call the PoS API', '5. Response']) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }

  await page.getByRole('button', { name: 'Run the flow' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps in [\d.]+ m?s/ })).toBeVisible();
  await expect(steps.nth(0)).toContainText(/Done: credentials sent · \d+ ms for the whole token exchange \(steps 1–3\)/);
  await expect(steps.nth(1)).toContainText(/Done: credentials accepted · Within the \d+ ms token exchange; not timed separately/);
  await expect(steps.nth(2)).toContainText(/Done: access_token received \(expires in \d+ s\)/);
  await expect(steps.nth(3)).toContainText(/Done: GET sent with the bearer token · \d+ ms for the whole PoS call \(steps 4–5\)/);
  await expect(steps.nth(4)).toContainText(/Done: 200 — \d+ stores?/);
  await expect(steps.nth(4)).toHaveAttribute('aria-current', 'step');
  for (let index = 0; index < 5; index++) await expect(steps.nth(index)).toHaveClass(/flow-step-done/);

  // Each step links to its exchange in the viewer: the real requests, redacted by main.
  await steps.nth(3).getByRole('button', { name: /^Show in viewer/ }).click();
  const viewer = page.getByRole('region', { name: 'Viewer: PoS call (steps 4–5)' });
  await expect(viewer).toContainText(/GET http:\/\/127\.0\.0\.1:\d+\/pos\/v10\/stores → 200 OK in \d+ ms/);
  await expect(viewer.getByRole('heading', { name: /^Viewer/ })).toBeFocused();
  await steps.nth(0).getByRole('button', { name: /^Show in viewer/ }).click();
  await expect(page.getByRole('region', { name: 'Viewer: Token exchange (steps 1–3)' })).toContainText(/POST http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/connect\/token → 200 OK/);

  await expectNoSeriousViolations(page, 'the guided flow with its viewer');

  // The console is still there as it was, next to the guided flow.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Console' }).click();
  await expect(console.requestToken).toBeVisible();
  await expect(console.clientId).toHaveValue('');
});
