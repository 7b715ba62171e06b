import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 9, item 1: the window is the frame. At 1366×800 and 1024×700 the page never scrolls (the panes do), the
// whole request is in the first viewport, and after one click the answer and its meaning are too — also while
// presenting.
const preview = usePreview();

const SIZES = [
  { width: 1366, height: 800 },
  { width: 1024, height: 700 },
];

async function pageHeight(page: Page): Promise<{ scrollHeight: number; innerHeight: number }> {
  return page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? 0,
    innerHeight: window.innerHeight,
  }));
}

async function expectFitsTheWindow(page: Page): Promise<void> {
  const { scrollHeight, innerHeight } = await pageHeight(page);
  expect(scrollHeight, 'the page itself does not scroll').toBe(innerHeight);
}

async function expectAnswerInView(console: ConsolePage): Promise<void> {
  await expect(console.response.locator('.status-line')).toBeInViewport({ ratio: 1 });
  await expect(
    console.findings.getByRole('listitem').first().or(console.findings.getByText('No problems found')),
  ).toBeInViewport({ ratio: 1 });
  await expect(console.countdown).toBeInViewport({ ratio: 1 });
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the page fits the window, the request is in view, and so is the answer (also presenting)`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const console = new ConsolePage(page);
    await console.open(preview.url);
    await expectFitsTheWindow(page);
    for (const control of [
      console.environment,
      console.clientId,
      console.clientSecret,
      console.merchantVat,
      console.requestToken,
    ]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }

    // A 401 has a finding to show; the demo token then has a countdown.
    await console.useDemoCredentials();
    await console.requestDemoToken();
    await expectFitsTheWindow(page);
    await expectAnswerInView(console);

    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page).toHaveTitle(/Presentation mode/);
    await expectFitsTheWindow(page);
    await expectAnswerInView(console);
    for (const control of [console.environment, console.clientId, console.requestToken])
      await expect(control).toBeInViewport({ ratio: 1 });
  });
}

test('a wrong secret: the status line and the first finding are in view at 1024×700 without scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.useDemoCredentials();
  await console.clientSecret.fill('definitely-not-the-secret');
  await console.requestDemoToken('');
  await expect(console.response.locator('.status-line')).toHaveText(/^401/);
  await expect(console.response.locator('.status-line')).toBeInViewport({ ratio: 1 });
  await expect(console.findings.getByRole('listitem').first()).toBeInViewport();
  await expectFitsTheWindow(page);
});

test('the split between request and response is dragged by keyboard and remembered after a reload', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  const separator = page.getByRole('separator', { name: 'Resize request and response' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(separator).toHaveAttribute('aria-valuenow', String(before + 4));
  await page.reload();
  await page.locator('#root[data-app-ready="true"]').waitFor();
  await expect(page.getByRole('separator', { name: 'Resize request and response' })).toHaveAttribute(
    'aria-valuenow',
    String(before + 4),
  );
});
