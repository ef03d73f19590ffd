// Makes the README's pictures: www/screenshot.png, the reader on the default
// article with the card of the mayor's first quote open, and
// www/embed-screenshot.png, the embed on its demo host page with a card open.
// Run after `trunk build --release` and `scripts/build-embed.sh`:
// node tests/e2e/readme-screenshot.mjs
// (not a test; the file name keeps it out of `node --test`). The viewport is
// kept small so that the PNG stays under ~150 KB.
import { join } from 'node:path';
import { ROOT, launch, openReader, serve } from './harness.mjs';

const server = await serve();
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 980, height: 610 }, colorScheme: 'light' });
  await openReader(page, server.url);
  const mark = page.locator('article mark.claim[id]', { hasText: 'The ferries lose money' }).last();
  // The claim near the top, so the card opens below it.
  await mark.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 130));
  const [line] = await mark.evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.left, y: r.top, h: r.height })));
  await page.mouse.move(line.x + 30, line.y + line.h / 2);
  await page.waitForSelector('#whosaid-card');
  await page.screenshot({ path: join(ROOT, 'www', 'screenshot.png'), animations: 'disabled' });

  const host = await browser.newPage({ viewport: { width: 980, height: 640 }, colorScheme: 'light' });
  await host.goto(`${server.url}embed/news.html`);
  await host.evaluate(() => window.whosaid.ready);
  const quote = host.locator('whosaid-mark[data-first]', { hasText: 'People asked for this' });
  await quote.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 150));
  const [first] = await quote.evaluate((el) => [...el.getClientRects()].map((r) => ({ x: r.left, y: r.top, h: r.height })));
  await host.mouse.move(first.x + 30, first.y + first.h / 2);
  await host.waitForSelector('whosaid-layer #whosaid-card');
  await host.screenshot({ path: join(ROOT, 'www', 'embed-screenshot.png'), animations: 'disabled' });
} finally {
  await browser.close();
  await server.close();
}
