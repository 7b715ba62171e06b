// Renders build/icon.svg to build/icon.png (512 px) in Chromium; electron-builder derives .icns/.ico from it.
// Run by hand after changing the SVG: node --import tsx scripts/render-icon.ts
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/binaries';

const svg = readFileSync('build/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.locator('svg').screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
console.log('wrote build/icon.png');
