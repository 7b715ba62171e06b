import { mkdirSync } from 'node:fs';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { GuidedFlowStage } from '../support/guided-flow-stage';
import { usePreview } from '../support/preview';

// The README's screenshots: the real UI at 1366×800, against the real sandbox — light, dark, presentation mode and
// the guided flow. Every run takes them (into the test's output folder); `npm run screenshots`
// (--update-snapshots=all) writes them over docs/screenshots.
const preview = usePreview();

async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const updating = testInfo.config.updateSnapshots === 'all';
  if (updating) mkdirSync('docs/screenshots', { recursive: true });
  const shot = await page.screenshot({ path: updating ? `docs/screenshots/${name}` : testInfo.outputPath(name) });
  expect(shot.byteLength).toBeGreaterThan(10_000);
}

async function consoleWithToken(page: Page, scheme: 'light' | 'dark'): Promise<ConsolePage> {
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.emulateMedia({ colorScheme: scheme });
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.requestDemoToken('DK13585628');
  await expect(console.response.locator('.status-line')).toHaveText('200 OK');
  await expect(console.countdown).toBeVisible();
  return console;
}

for (const scheme of ['light', 'dark'] as const) {
  test(`README screenshot after a token request (${scheme})`, async ({ page }, testInfo) => {
    await consoleWithToken(page, scheme);
    await shoot(page, testInfo, `console-${scheme}.png`);
  });
}

test('README screenshots: presentation mode and the guided flow', async ({ page }, testInfo) => {
  await consoleWithToken(page, 'light');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  await expect(page).toHaveTitle(/Presentation mode/);
  await shoot(page, testInfo, 'presentation.png');
  await page.getByRole('button', { name: 'Presentation mode' }).click();
  const stage = new GuidedFlowStage(page);
  await stage.open();
  await stage.runAndPause();
  await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps/ })).toBeVisible();
  // The token on the stage: three arrows drawn, the third step opened up, two still to come.
  await stage.goTo(3);
  await shoot(page, testInfo, 'guided-flow.png');
});
