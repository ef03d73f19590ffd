// Renders extension/icons/icon.svg (drawn for the project) to the PNG sizes
// the stores and toolbars want, with Debian's Chromium. Run when the SVG
// changes; the PNGs are committed (the build copies them).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch } from '../tests/e2e/harness.mjs';

const dir = join(ROOT, 'extension', 'icons');
const svg = await readFile(join(dir, 'icon.svg'), 'utf8');
const browser = await launch();
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: join(dir, `icon-${size}.png`), omitBackground: true });
}
await browser.close();
