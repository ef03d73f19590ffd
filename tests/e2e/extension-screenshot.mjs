// Makes the README's pictures of the browser extension: www/extension-page.png,
// the demo article (www/embed/plain.html, a page that never included the
// widget) marked up by the extension's toolbar button with a claim's card
// open, and www/extension-popup.png, the popup's sourcing summary of that
// page. Run by scripts/screenshots.sh after scripts/build-extension.sh, or:
// node tests/e2e/extension-screenshot.mjs
// (not a test; the file name keeps it out of `node --test`).
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, ROOT, serve } from './harness.mjs';

const EXTENSION = join(DIST, 'extension', 'chromium');
const server = await serve(join(DIST, 'embed'));
const context = await chromium.launchPersistentContext('', {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 980, height: 640 },
  colorScheme: 'light',
  args: [
    '--headless=new', '--no-sandbox', '--disable-gpu', `--disable-extensions-except=${EXTENSION}`,
    `--load-extension=${EXTENSION}`, '--enable-unsafe-extension-debugging', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  const page = context.pages()[0] ?? (await context.newPage());
  await page.bringToFront();
  await page.goto(`${server.url}plain.html`);
  // The toolbar button (DevTools' Extensions.triggerAction), once more if
  // the first protocol click comes before the tab counts as chosen.
  for (let i = 0; i < 3 && !(await page.locator('whosaid-mark').count()); i++) {
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tab = targetInfos.find((t) => t.url === page.url());
    await cdp.send('Extensions.triggerAction', { id, targetId: tab.targetId });
    await page.waitForSelector('whosaid-mark[data-first]', { timeout: 5000 }).catch(() => {});
  }
  const claim = page.locator('whosaid-mark[data-first]').filter({ hasText: '“People asked for this' }).first();
  await claim.scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -140));
  await claim.hover();
  await page.locator('whosaid-layer #whosaid-card').waitFor({ state: 'visible' });
  await page.screenshot({ path: join(ROOT, 'www', 'extension-page.png'), animations: 'disabled' });

  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 352, height: 470 });
  await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
  await popup.locator('#sources li').first().waitFor();
  await popup.screenshot({ path: join(ROOT, 'www', 'extension-popup.png'), animations: 'disabled' });
  console.log('wrote www/extension-page.png and www/extension-popup.png');
} finally {
  await context.close();
  await server.close();
}
