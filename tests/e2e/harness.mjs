// Shared by the end-to-end tests: a tiny static server for dist/ on
// 127.0.0.1 (node's http, no extra package) and Debian's Chromium driven by
// playwright-core, headless, with the flags ../shared/TOOLCHAIN.md lists.
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests', 'e2e', 'artifacts');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at `port` (0: a free one); resolves to { url, close }. */
export async function serve(dir = DIST, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        // The embed is loaded by other origins' pages (the bookmarklet, hosts
        // on a CDN): module scripts and wasm need CORS.
        'access-control-allow-origin': '*',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Debian's Chromium, headless; never a downloaded browser. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Saves a screenshot of the page under tests/e2e/artifacts/. */
export async function shot(page, name, options = {}) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled', ...options });
}

/** Opens the reader and waits until the article is laid out. */
export async function openReader(page, base, query = '') {
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(base + query);
  await page.waitForSelector('article.article', { timeout: 20000 });
  return errors;
}

/**
 * A fresh page that records what happens in it: `requests` (every URL asked
 * for), `errors` (uncaught exceptions and console errors) and `dialogs`
 * (alert, confirm, prompt: each dismissed).
 */
export async function watchedPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const p = await context.newPage();
  p.requests = [];
  p.errors = [];
  p.dialogs = [];
  p.on('request', (r) => p.requests.push(r.url()));
  p.on('pageerror', (e) => p.errors.push(String(e)));
  p.on('console', (m) => m.type() === 'error' && p.errors.push(m.text()));
  p.on('dialog', (d) => {
    p.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  return p;
}

/** Waits until the embed on the page has marked up every article. */
export async function embedReady(p) {
  await p.waitForFunction(() => window.whosaid?.ready, null, { timeout: 20000 });
  await p.evaluate(() => window.whosaid.ready);
}
