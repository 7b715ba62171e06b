import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Values that must never appear whole, and the places to look for them: the page, the clipboard, a downloaded file. */
export class Leaks {
  /** The values that must never appear whole, by what they are (the name is all a failure prints). */
  readonly values = new Map<string, string>();
  constructor(private readonly page: Page) {}

  add(name: string, value: string): void {
    this.values.set(name, value);
  }

  check(where: string, text: string): void {
    for (const [name, value] of this.values)
      expect(text.includes(value), `${name} appears whole in ${where}`).toBe(false);
  }

  async checkPage(where: string): Promise<void> {
    this.check(`the page (${where})`, await this.page.content());
  }

  async checkClipboard(where: string): Promise<void> {
    const text = await this.page.evaluate(() => navigator.clipboard.readText());
    expect(text.length, `something was copied (${where})`).toBeGreaterThan(0);
    this.check(`the clipboard (${where})`, text);
  }

  async checkDownload(where: string, click: () => Promise<void>): Promise<void> {
    const downloading = this.page.waitForEvent('download');
    await click();
    const download = await downloading;
    this.check(`the file ${download.suggestedFilename()} (${where})`, readFileSync(await download.path(), 'utf8'));
  }
}

export async function clearClipboard(page: Page): Promise<void> {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}
