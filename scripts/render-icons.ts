// Renders assets/icon.svg to the PNG sizes browsers want (public/icon/<size>.png) with Chromium.
// Run after changing the SVG: `npx tsx scripts/render-icons.ts`.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile('assets/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  for (const size of [16, 32, 48, 96, 128]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
    );
    await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
