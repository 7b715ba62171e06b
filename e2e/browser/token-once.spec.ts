import { expect, test, type Page } from '@playwright/test';
import { ConsolePage } from '../support/console-page';
import { usePreview } from '../support/preview';

// Issue 9 item 2: "the token is shown once, the key id once". After a token from the real sandbox, the visible text of
// the window is read with each result tab shown in turn; the token (header.payload) and its kid are counted whole.
// Other places name them by a short reference (a few characters).
const preview = usePreview();

const TABS = ['Response', 'Token', 'PoS', 'Exports'] as const;
const SHOWN_TAB = '.pane-tabs > .tab-panel:not([hidden])';

const occurrences = (text: string, value: string): number => text.split(value).length - 1;

/** The shown result tab's text, one entry a tab, and the rest of the window (sidebar, send bar, countdown) once. */
async function visibleTexts(page: Page, console: ConsolePage): Promise<Record<string, string>> {
  const texts: Record<string, string> = {};
  for (const tab of TABS) {
    await console.showTab(tab);
    texts[`${tab} tab`] = await page.locator(SHOWN_TAB).innerText();
  }
  texts['outside the tabs'] = await page.evaluate((selector) => {
    const panel = document.querySelector<HTMLElement>(selector);
    if (panel) panel.style.display = 'none';
    const text = document.body.innerText;
    if (panel) panel.style.display = '';
    return text;
  }, SHOWN_TAB);
  return texts;
}

test('after a token, its header.payload and its kid each appear once as visible text across the workbench', async ({
  page,
}) => {
  const console = new ConsolePage(page);
  await console.open(preview.url);
  await console.requestDemoToken('DK13585628');
  await console.showTab('Token');
  await expect(console.signature).toContainText('Signature valid');
  const [latest] = await console.invoke<{ id: string }[]>(preview.url, 'history:list');
  const entry = await console.invoke<{ attempt: { token: { redacted: string; header: { kid: string } } } }>(
    preview.url,
    'history:get',
    { id: latest?.id },
  );
  const headerPayload = entry.attempt.token.redacted.replace(/\.<signature hidden>$/, '');
  const { kid } = entry.attempt.token.header;
  expect(kid.length).toBeGreaterThan(12);

  const texts = await visibleTexts(page, console);
  const where = (value: string) =>
    Object.fromEntries(Object.entries(texts).map(([place, text]) => [place, occurrences(text, value)]));
  // The token where it arrived (the response body), the kid in the token's header table; nowhere else whole.
  expect(where(headerPayload)).toEqual({
    'Response tab': 1,
    'Token tab': 0,
    'PoS tab': 0,
    'Exports tab': 0,
    'outside the tabs': 0,
  });
  expect(where(kid)).toEqual({
    'Response tab': 0,
    'Token tab': 1,
    'PoS tab': 0,
    'Exports tab': 0,
    'outside the tabs': 0,
  });
  // The short references that stand for them elsewhere.
  await console.showTab('Token');
  await expect(console.signature).toContainText(`Signature valid — key ${kid.slice(0, 8)}… from`);
  await expect(page.getByText(`token ${headerPayload.slice(0, 8)}…${headerPayload.slice(-8)}`)).toBeVisible();
});
