import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/binaries';

/** Every --disable-features Chromium is started with, in order, read from Playwright's own launch log. */
function disableFeatureSwitches(): string[][] {
  const script = `
    import { chromium } from '@playwright/test';
    const browser = await chromium.launch({ executablePath: ${JSON.stringify(findChromium())}, args: ${JSON.stringify(CHROMIUM_ARGS)} });
    await browser.close();`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, DEBUG: 'pw:browser' },
    encoding: 'utf8',
    timeout: 25_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return [...run.stderr.matchAll(/--disable-features=(\S*)/g)].map((match) => match[1]!.split(','));
}

it("keeps Playwright's disabled features and drops the omnibox popups (Chromium applies only the last list)", () => {
  const switches = disableFeatureSwitches();
  expect(switches.length).toBeGreaterThanOrEqual(2);
  const [playwrights, applied] = [switches[0]!, switches.at(-1)!];
  expect(applied).toEqual(expect.arrayContaining(playwrights));
  expect(applied).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
});
