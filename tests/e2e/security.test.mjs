// Issue 5, the browser half: hostile article text is shown as text everywhere
// (reader, cards, panel, embed, bookmarklet) and never runs; pasted HTML is
// read through the inert parser, loading nothing; the page asks for nothing
// but the app's own files. Payloads: ./payloads.mjs. Run by scripts/test.sh.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, embedReady, launch, openReader, serve, shot, watchedPage } from './harness.mjs';
import { PAYLOADS, attackEvidence, escapeHtml, payloadArticle } from './payloads.mjs';

const EMBED = join(DIST, 'embed');
let server;
let other;
let browser;

/** A host page whose article quotes every payload (as the host's text). */
const hostPage = (widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Payloads</title><link rel="icon" href="data:,">
${widget ? '<script type="module" src="whosaid.js"></script>' : ''}</head><body>
<nav><a href="#a">Home</a></nav>
<article id="story" ${widget ? 'data-whosaid' : ''}>
<h1>Payload test: the quotes below are hostile</h1>
${PAYLOADS.map((p) => `<p>“${escapeHtml(p)},” said Ana Ruiz, a tester.</p>`).join('\n')}
</article></body></html>`;

before(async () => {
  await access(join(EMBED, 'whosaid.js')).catch(() => {
    throw new Error('dist/embed/ is missing: run scripts/build-embed.sh first (scripts/test.sh does)');
  });
  await mkdir(join(DIST, 'articles'), { recursive: true });
  await writeFile(join(DIST, 'articles', 'payloads.txt'), payloadArticle());
  await writeFile(join(EMBED, 'payloads.html'), hostPage(true));
  await writeFile(join(EMBED, 'payloads-plain.html'), hostPage(false));
  server = await serve(DIST);
  other = await serve(EMBED);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** Asserts that every request went to `origin` for a file that exists there. */
async function onlyOwnFiles(p, origin, root) {
  assert.ok(p.requests.length > 0);
  for (const url of p.requests) {
    const u = new URL(url);
    assert.equal(u.origin, origin, `request to another origin: ${url}`);
    const path = decodeURIComponent(u.pathname);
    await access(join(root, path.endsWith('/') ? `${path}index.html` : path)).catch(() =>
      assert.fail(`request for a file the app does not have: ${url}`),
    );
  }
}

/** The texts of the "Also from" links of the open card (claim excerpts). */
const cardLinks = (card) => card.locator('.others a').allInnerTexts();

describe('payloads are text in the reader', () => {
  test('an article of payloads: shown verbatim in the text and the cards, nothing runs, nothing else is fetched', async () => {
    const p = await watchedPage(browser);
    await openReader(p, server.url, '?src=articles/payloads.txt');
    await p.waitForSelector('article mark.claim[id]');
    const scripts = await p.evaluate(() => document.scripts.length);
    const text = await p.locator('article').innerText();
    for (const payload of PAYLOADS) assert.ok(text.includes(payload), `verbatim in the article: ${payload}`);
    // Every claim's card: the other claims of Ana Ruiz, verbatim.
    const marks = p.locator('article mark.claim[id]');
    const seen = new Set();
    for (let i = 0; i < (await marks.count()); i++) {
      await marks.nth(i).focus();
      await p.locator('#whosaid-card').waitFor({ state: 'visible' });
      for (const link of await cardLinks(p.locator('#whosaid-card'))) seen.add(link);
    }
    const quoted = PAYLOADS.filter((x) => x.length < 80).map((x) => `“${x},”`);
    for (const q of quoted) assert.ok(seen.has(q), `verbatim in a card: ${q}`);
    const panel = await p.locator('.panel').innerText();
    assert.match(panel, /Ana Ruiz/);
    await shot(p, 'security-reader');
    assert.deepEqual(await attackEvidence(p, scripts), []);
    await onlyOwnFiles(p, new URL(server.url).origin, DIST);
    await p.context().close();
  });

  test('pasted HTML full of payloads is read as text: no script, no handler, no image fetch', async () => {
    const p = await watchedPage(browser);
    await openReader(p, server.url);
    await p.waitForSelector('article mark.claim[id]');
    const scripts = await p.evaluate(() => document.scripts.length);
    const html = `<article><h1>Pasted page</h1>
      ${PAYLOADS.map((x) => `<p>“${escapeHtml(x)},” said Ana Ruiz.</p>`).join('\n')}
      ${PAYLOADS.map((x) => `<div>${x}</div>`).join('\n')}
      <img src="/xss-pasted.png" onerror="window.__xss='pasted'"><p onclick="window.__xss=1">“Fine,” she said.</p></article>`;
    // Through the clipboard...
    await p.locator('#paste').evaluate((area, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/html', data);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, html);
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('pasted web page'));
    let text = await p.locator('article').innerText();
    for (const payload of PAYLOADS) assert.ok(text.includes(payload), `verbatim: ${payload}`);
    await p.locator('article p', { hasText: 'Fine' }).click();
    // ...and typed into the box.
    await p.locator('#paste').fill(html);
    await p.getByRole('button', { name: 'Analyse' }).click();
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('pasted HTML'));
    text = await p.locator('article').innerText();
    for (const payload of PAYLOADS) assert.ok(text.includes(payload), `verbatim: ${payload}`);
    await p.waitForTimeout(300);
    assert.deepEqual(await attackEvidence(p, scripts), []);
    await onlyOwnFiles(p, new URL(server.url).origin, DIST);
    await p.context().close();
  });
});

describe('payloads are text in the embed and the bookmarklet', () => {
  test('a host article quoting payloads: marks, cards and panel show them verbatim; nothing runs', async () => {
    const p = await watchedPage(browser);
    await p.goto(`${server.url}embed/payloads.html`);
    await embedReady(p);
    const scripts = await p.evaluate(() => document.scripts.length);
    const marked = await p.evaluate(() => [...document.querySelectorAll('whosaid-mark')].map((m) => m.textContent).join(''));
    const quoted = PAYLOADS.filter((x) => x.length < 80).map((x) => `“${x},”`);
    for (const q of quoted) assert.ok(marked.includes(q), `marked verbatim: ${q}`);
    const seen = new Set();
    const firsts = p.locator('whosaid-mark[data-first]');
    for (let i = 0; i < (await firsts.count()); i++) {
      await firsts.nth(i).focus();
      const card = p.locator('whosaid-layer #whosaid-card');
      await card.waitFor({ state: 'visible' });
      for (const link of await cardLinks(card)) seen.add(link);
    }
    for (const q of quoted) assert.ok(seen.has(q), `verbatim in a card: ${q}`);
    assert.match(await p.locator('whosaid-panel .panel').innerText(), /Ana Ruiz/);
    await p.evaluate(() => window.whosaid.annotations());
    await shot(p, 'security-embed');
    assert.deepEqual(await attackEvidence(p, scripts), []);
    await onlyOwnFiles(p, new URL(server.url).origin, DIST);
    await p.context().close();
  });

  test('the bookmarklet on a page of payloads: shown verbatim, nothing runs, only the widget’s files are fetched', async () => {
    const offer = await watchedPage(browser);
    await offer.goto(`${server.url}embed/bookmarklet.html`);
    const code = await offer.locator('#bookmarklet').getAttribute('data-code');
    await offer.context().close();
    const p = await watchedPage(browser);
    await p.goto(`${other.url}payloads-plain.html`);
    const scripts = await p.evaluate(() => document.scripts.length);
    await p.evaluate(code);
    await embedReady(p);
    await p.waitForSelector('whosaid-mark');
    const marked = await p.evaluate(() => [...document.querySelectorAll('whosaid-mark')].map((m) => m.textContent).join(''));
    for (const x of PAYLOADS.filter((y) => y.length < 80)) assert.ok(marked.includes(`“${x},”`), `marked verbatim: ${x}`);
    await p.locator('whosaid-mark[data-first]').nth(1).focus();
    await p.locator('whosaid-layer #whosaid-card').waitFor({ state: 'visible' });
    // The bookmarklet adds exactly one script element: its own loader.
    assert.deepEqual(await attackEvidence(p, scripts + 1), []);
    const widget = new URL(server.url).origin;
    for (const url of p.requests) {
      const ok = url === `${other.url}payloads-plain.html` || url.startsWith(`${widget}/embed/whosaid`);
      assert.ok(ok, `unexpected request ${url}`);
    }
    await p.context().close();
  });
});
