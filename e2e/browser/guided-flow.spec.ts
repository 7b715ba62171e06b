import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations } from '../support/axe';
import { ConsolePage } from '../support/console-page';
import { GuidedFlowStage } from '../support/guided-flow-stage';
import { usePreview } from '../support/preview';

// Issue 6, item 2 and issue 9, item 4: the seed's five steps, run against the real local sandbox with the demo client
// and no typing, shown on a stage one step at a time.
const preview = usePreview();

test('the guided flow completes against the sandbox, and Next and Back walk through its five steps', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const stage = new GuidedFlowStage(page);
  await stage.open();
  for (const title of ['1. Authenticate', '2. Validate', '3. Token', '4. Call the PoS API', '5. Response']) {
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  }

  await stage.runAndPause();
  await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps in [\d.]+ m?s/ })).toBeVisible();
  const expected = [
    /Done: credentials sent · \d+ ms for the whole token exchange \(steps 1–3\)/,
    /Done: credentials accepted · Within the \d+ ms token exchange; not timed separately/,
    /Done: access_token received \(expires in \d+ s\)/,
    /Done: GET sent with the bearer token · \d+ ms for the whole PoS call \(steps 4–5\)/,
    /Done: 200 — \d+ stores?/,
  ];
  for (const [index, text] of expected.entries()) {
    await stage.goTo(index + 1);
    await expect(stage.steps.nth(index)).toHaveAttribute('aria-current', 'step');
    // The step on the stage is opened up: its status is on screen, not only in the list's text.
    await expect(stage.steps.nth(index).locator('.flow-step-status')).toBeVisible();
    await expect(stage.steps.nth(index)).toContainText(text);
  }
  await expect(stage.next).toHaveAttribute('aria-disabled', 'true');
  for (let index = 0; index < 5; index++) await expect(stage.steps.nth(index)).toHaveClass(/flow-step-done/);
  for (const number of [4, 3, 2, 1]) {
    await stage.back.click();
    await expect(stage.position).toHaveText(`Step ${number} of 5`);
  }
  // The keys work where the stage has the focus: on its Next button, say.
  await stage.next.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('n');
  await expect(stage.position).toHaveText('Step 3 of 5');
  await page.keyboard.press('ArrowLeft');
  await expect(stage.position).toHaveText('Step 2 of 5');

  // Each step links to its exchange in the viewer: the real requests, redacted by main.
  await stage.goTo(4);
  await stage.steps
    .nth(3)
    .getByRole('button', { name: /^Show in viewer/ })
    .click();
  const viewer = page.getByRole('region', { name: 'Viewer: PoS call (steps 4–5)' });
  await expect(viewer).toContainText(/GET http:\/\/127\.0\.0\.1:\d+\/pos\/v10\/stores → 200 OK in \d+ ms/);
  await expect(viewer.getByRole('heading', { name: /^Viewer/ })).toBeFocused();

  await expectNoSeriousViolations(page, 'the guided flow with its viewer');

  // The console is still there as it was, next to the guided flow.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Console' }).click();
  await expect(console.requestToken).toBeVisible();
  await expect(console.clientId).toHaveValue('');
});

test('auto-play moves the stage on by itself after a run, and Pause holds it', async ({ page }) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const stage = new GuidedFlowStage(page);
  await stage.open();
  await page.getByRole('button', { name: 'Run the flow' }).click();
  await expect(stage.position).toHaveText('Step 1 of 5');
  // A few seconds a step: waited on, not slept.
  await expect(stage.position).toHaveText('Step 2 of 5', { timeout: 15_000 });
  await stage.region.getByRole('button', { name: 'Pause', exact: true }).click();
  const held = await stage.position.textContent();
  await expect(stage.region.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Paused, the stage stays (checked over more than a step's time, by polling the label, not by sleeping once).
  await expect(async () => expect(await stage.position.textContent()).toBe(held)).toPass({
    timeout: 6_000,
    intervals: [1_000, 1_000, 1_000, 1_000, 1_000],
  });
});

test('"Show in viewer" on the token step opens the token decoded: header, claims with their meanings, signature', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const stage = new GuidedFlowStage(page);
  await stage.open();
  await stage.runAndPause();
  await stage.goTo(3);
  await stage.steps.nth(2).getByRole('button', { name: 'Show in viewer: step 3, the token exchange' }).click();
  const viewer = page.getByRole('region', { name: 'Viewer: Token exchange (steps 1–3)' });
  await expect(viewer).toContainText(
    /POST http:\/\/127\.0\.0\.1:\d+\/integrator-authentication\/connect\/token → 200 OK/,
  );
  const decoded = viewer.getByRole('region', { name: 'The access_token, decoded' });
  const claims = decoded.getByRole('table', { name: 'Claims' });
  await expect(
    claims.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'merchant_vat', exact: true }) }),
  ).toContainText('DK13585628');
  await expect(
    claims.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'exp', exact: true }) }),
  ).toContainText(/expir/i);
  await expect(decoded.getByRole('table', { name: 'Header' })).toContainText('RS256');
  await expect(decoded.getByText(/Signature valid — key/)).toBeVisible();
});

test('a fault left on in the sandbox is named on the stage before the run, and Reset faults clears it', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.invoke(preview.url, 'sandbox:set-faults', { environment: 'local', faults: { serverError: 500 } });
  try {
    const stage = new GuidedFlowStage(page);
    await stage.open();
    const notice = stage.region.getByRole('note', { name: /^Fault active/ });
    await expect(notice).toContainText(
      'the token endpoint answers 500 — the run will stop at step 2 with that failure',
    );
    await notice.getByRole('button', { name: 'Reset faults' }).click();
    await expect(notice).toHaveCount(0);
    await stage.runAndPause();
    await expect(page.getByRole('status').filter({ hasText: /^Done: all five steps/ })).toBeVisible();
  } finally {
    await console.invoke(preview.url, 'sandbox:set-faults', { environment: 'local', faults: { serverError: null } });
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing serious on the stage, with a step opened and a fault named (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    const stage = new GuidedFlowStage(page);
    await stage.open();
    await expectNoSeriousViolations(page, `the stage before a run (${colorScheme})`);
    await stage.runAndPause();
    await stage.goTo(3);
    await console.invoke(preview.url, 'sandbox:set-faults', { environment: 'local', faults: { delayMs: 10 } });
    try {
      await expect(stage.region.getByRole('note', { name: /^Fault active/ })).toBeVisible();
      await expectNoSeriousViolations(page, `the stage at step 3 with a fault named (${colorScheme})`);
      await stage.steps
        .nth(2)
        .getByRole('button', { name: /^Show in viewer/ })
        .click();
      await expect(
        page.getByRole('region', { name: 'The access_token, decoded' }).getByText(/Signature valid — key/),
      ).toBeVisible();
      await expectNoSeriousViolations(page, `the stage with the decoded token (${colorScheme})`);
    } finally {
      await console.invoke(preview.url, 'sandbox:set-faults', { environment: 'local', faults: { delayMs: 0 } });
    }
  });
}

test('presentation mode at 1024×700: the header is one row and nothing in it wraps', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const console = new ConsolePage(page);
  await console.open(preview.url);
  for (const view of ['Console', 'Guided flow']) {
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
    if ((await page.getByRole('button', { name: 'Presentation mode' }).getAttribute('aria-pressed')) !== 'true') {
      await page.getByRole('button', { name: 'Presentation mode' }).click();
    }
    await expect(page).toHaveTitle(/Presentation mode/);
    const rows = await page.getByRole('banner').evaluate((header) => {
      const items = [...header.querySelectorAll<HTMLElement>('h1, nav, nav button, .app-meta > *, .brand > *')].filter(
        (el) => el.offsetParent !== null,
      );
      // An item wraps when two pieces of its text do not share a line (one starts below where another ends).
      const wraps = (el: HTMLElement) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const rects: DOMRect[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
        }
        return (
          rects.length > 1 &&
          Math.max(...rects.map((rect) => rect.top)) >= Math.min(...rects.map((rect) => rect.bottom))
        );
      };
      const boxes = items.map((el) => el.getBoundingClientRect());
      const style = getComputedStyle(header);
      // Presentation mode zooms the page: the header's padding is drawn that much larger.
      const zoom = parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
      return {
        wrapped: items.filter(wraps).map((el) => el.textContent),
        spread: Math.min(...boxes.map((box) => box.bottom)) > Math.max(...boxes.map((box) => box.top)),
        tallest: Math.max(...boxes.map((box) => box.height)),
        extent: Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top)),
        height: header.getBoundingClientRect().height,
        padding:
          (parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth)) * zoom,
        scroll: header.scrollWidth - header.clientWidth,
      };
    });
    expect(rows.wrapped, `${view}: items that wrap`).toEqual([]);
    // One row: every item overlaps every other vertically, and the header is no taller than its tallest item.
    expect(rows.spread, `${view}: items on one line`).toBe(true);
    expect(rows.extent, `${view}: the items' height together`).toBeLessThanOrEqual(rows.tallest + 1);
    expect(rows.height, `${view}: header height`).toBeLessThanOrEqual(rows.tallest + rows.padding + 2);
    expect(rows.scroll, `${view}: header overflow`).toBeLessThanOrEqual(0);
  }
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`in presentation mode at 1024×700 each step comes into view as it takes the stage; motion: ${reducedMotion}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.emulateMedia({ reducedMotion });
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    const stage = new GuidedFlowStage(page);
    await stage.open();
    await stage.runAndPause();
    for (const number of [1, 2, 3, 4, 5]) {
      await stage.goTo(number);
      await expect(stage.steps.nth(number - 1).locator('.flow-step-status')).toBeInViewport();
    }
    // The opened step slides in, unless the system asks for less motion: then nothing on the stage animates.
    const animations = await stage.region.evaluate((region) =>
      [...region.querySelectorAll('*')]
        .map((el) => getComputedStyle(el).animationName)
        .filter((name) => name !== 'none'),
    );
    expect(animations).toEqual(reducedMotion === 'reduce' ? [] : ['stage-in']);
  });
}

test('at 1920×1080 the diagram spans the stage, the step on it is in large type, and the lane headings are plain text', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const stage = new GuidedFlowStage(page);
  await stage.open();
  const measured = await stage.region.evaluate((region) => {
    const inner = region.getBoundingClientRect();
    const padding =
      parseFloat(getComputedStyle(region).paddingLeft) + parseFloat(getComputedStyle(region).paddingRight);
    const lanes = region.querySelector('.flow-party-lanes')!.getBoundingClientRect();
    const sequence = region.querySelector('.sequence')!.getBoundingClientRect();
    const px = (selector: string) => parseFloat(getComputedStyle(region.querySelector(selector)!).fontSize);
    const parties = [...region.querySelectorAll<HTMLElement>('.flow-party')].map((party) => {
      const style = getComputedStyle(party);
      return {
        text: party.textContent,
        border: style.borderTopStyle,
        shadow: style.boxShadow,
        background: style.backgroundColor,
        focusable: party.tabIndex >= 0 || party.matches('button, a, [tabindex]'),
      };
    });
    return {
      stageWidth: inner.width - padding,
      sequenceWidth: sequence.width,
      lanesRight: inner.right - lanes.right,
      explanation: px('.flow-step-here .flow-step-explanation'),
      title: px('.flow-step-here .flow-step-title'),
      parties,
    };
  });
  // The whole width of the stage (not a column of it), the lanes reaching its right edge.
  expect(measured.sequenceWidth).toBeGreaterThanOrEqual(measured.stageWidth - 2);
  expect(measured.lanesRight).toBeLessThanOrEqual(40);
  // Read from the back of a room: the opened step's text at 20 px or more (the page's body text is 14 px).
  expect(measured.explanation).toBeGreaterThanOrEqual(20);
  expect(measured.title).toBeGreaterThanOrEqual(22);
  expect(measured.parties.map((party) => party.text)).toEqual([
    'Client (this app)',
    'Authorization server',
    'PoS V10 API',
  ]);
  for (const party of measured.parties)
    expect(party).toMatchObject({ border: 'none', shadow: 'none', background: 'rgba(0, 0, 0, 0)', focusable: false });

  // At 1024 px the same text is smaller, so that the stage still fits.
  await page.setViewportSize({ width: 1024, height: 700 });
  const small = await stage.region.evaluate((region) =>
    parseFloat(getComputedStyle(region.querySelector('.flow-step-here .flow-step-explanation')!).fontSize),
  );
  expect(small).toBeLessThan(measured.explanation);
});
