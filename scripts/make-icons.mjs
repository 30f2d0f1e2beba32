// Renders public/icons/icon.svg to the PNG sizes the manifest lists, with Debian's Chromium.
// Run after editing the SVG: `node scripts/make-icons.mjs`. The PNGs are committed.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({
    path: new URL(`../public/icons/${size}.png`, import.meta.url).pathname,
    omitBackground: true,
  });
}
await browser.close();
console.log('icons written');
