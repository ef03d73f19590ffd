// End-to-end tests of the browser extension (dist/extension/chromium/, from
// scripts/build-extension.sh) in Debian's Chromium: a persistent context
// with the unpacked extension loaded, new headless mode (extensions need it).
// The toolbar button is clicked through the DevTools protocol's
// Extensions.triggerAction, which runs the button's own path (activeTab is
// granted as on a real click). A native context menu cannot be opened in
// headless Chromium: the "Who said this?" test calls the background's menu
// handler with what Chromium would pass it (the menu item and the tab), after
// one click of the button on that tab has granted activeTab as the menu click
// would.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { DIST, shot, serve } from './harness.mjs';

const EXTENSION = join(DIST, 'extension', 'chromium');
const PAGES = join(DIST, 'extension-test');
let server;
let widget; // the embed's server, for the bookmarklet on the strict-CSP page
let context;
let worker;
let extensionId;
let cdp;
const workerLogs = [];

const STRICT_CSP = "default-src 'self'; script-src 'self'";

/** The demo article (www/embed/plain.html) with something changed in its head. */
async function pageWith(head, { body = (b) => b } = {}) {
  const plain = await readFile(join(DIST, 'embed', 'plain.html'), 'utf8');
  return body(plain.replace('</head>', `${head}\n</head>`));
}

// A page that replaces DOM methods and fetch in its own world: the
// extension's isolated world keeps the real ones.
const HIJACK = `
for (const name of ['querySelector', 'querySelectorAll', 'closest', 'attachShadow', 'setAttribute', 'getAttribute', 'append', 'after', 'remove', 'matches']) {
  Element.prototype[name] = function () { throw new Error('hijacked ' + name); };
}
Node.prototype.appendChild = function () { throw new Error('hijacked appendChild'); };
Node.prototype.insertBefore = function () { throw new Error('hijacked insertBefore'); };
Text.prototype.splitText = function () { throw new Error('hijacked splitText'); };
window.fetch = () => { window.__fetched = true; return Promise.reject(new Error('no fetch')); };
document.createTreeWalker = () => { throw new Error('hijacked createTreeWalker'); };
`;

// A page with no article for the finder: short items only.
const LISTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Briefs</title>
<link rel="icon" href="data:,"></head><body>
<ul class="briefs">
<li id="b1">Ferry fares frozen until 2028.</li>
<li id="b2">“We will not let the night shift walk home in the rain again,” Mayor Elena Marsh told reporters.</li>
<li id="b3">Officials said the bridge could close in May. The ministry denied that repairs were late.</li>
<li id="b4">Council approves new bus lanes.</li>
</ul></body></html>`;

before(async () => {
  await access(join(EXTENSION, 'manifest.json')).catch(() => {
    throw new Error('dist/extension/ is missing: run scripts/build-extension.sh first (scripts/test.sh does)');
  });
  await mkdir(PAGES, { recursive: true });
  await writeFile(join(PAGES, 'news.css'), await readFile(join(DIST, 'embed', 'news.css')));
  await writeFile(join(PAGES, 'hostile.css'), await readFile(join(DIST, 'embed', 'hostile.css')));
  await writeFile(join(PAGES, 'plain.html'), await pageWith(''));
  await writeFile(join(PAGES, 'strict.html'), await pageWith(`<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`));
  await writeFile(join(PAGES, 'hijack.js'), HIJACK);
  await writeFile(
    join(PAGES, 'hostile.html'),
    await pageWith('<link rel="stylesheet" href="hostile.css"><script src="hijack.js"></script>'),
  );
  await writeFile(join(PAGES, 'listing.html'), LISTING);
  server = await serve(PAGES);
  widget = await serve(join(DIST, 'embed'));
  context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    hasTouch: true,
    acceptDownloads: true,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      // Extensions.triggerAction (the toolbar click) needs it, over the pipe playwright uses.
      '--enable-unsafe-extension-debugging',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  extensionId = new URL(worker.url()).host;
  worker.on('console', (m) => workerLogs.push(`${m.type()}: ${m.text()}`));
  await worker.evaluate(() => chrome.runtime.id);
  cdp = await context.browser().newBrowserCDPSession();
});

after(async () => {
  await context?.close();
  await server?.close();
  await widget?.close();
});

let tabs = 0;

/** A new tab in front, recording requests, errors and console messages. */
async function tab(path) {
  const p = await context.newPage();
  await p.bringToFront();
  p.requests = [];
  p.errors = [];
  p.on('request', (r) => p.requests.push(r.url()));
  p.on('pageerror', (e) => p.errors.push(String(e)));
  p.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && p.errors.push(`${m.type()}: ${m.text()}`));
  await p.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
  });
  // A query of its own, so that its tab is found by its address.
  if (path) await p.goto(`${server.url}${path}?tab=${++tabs}`);
  return p;
}

/** Clicks the extension's toolbar button on the page's tab. */
async function clickButton(p) {
  // The button acts on the active tab: wait until the browser has made it so.
  let target;
  for (let i = 0; i < 50 && !target?.embedderData?.tabActive; i++) {
    if (i) await p.waitForTimeout(100);
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    target = targetInfos.find((t) => t.url === p.url());
  }
  assert.ok(target?.embedderData?.tabActive, `an active tab for ${p.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: target.targetId });
}

const serialized = (p) => p.evaluate(() => document.documentElement.outerHTML);
const card = (p) => p.locator('whosaid-layer #whosaid-card');

/** Clicks the button and waits for the marks and the panel. */
async function markUp(p) {
  await clickButton(p);
  // Seen now and then in headless Chromium 156 (about 2 clicks in 10): the
  // protocol's click, sent the moment a page has loaded, runs the button but
  // activeTab is refused ("Cannot access contents of the page"). The test
  // clicks once more, and says so in its output.
  const marked = () => p.waitForSelector('whosaid-mark[data-first]', { timeout: 30000 });
  const refused = async () => {
    for (let i = 0; i < 100; i++) {
      if (workerLogs.some((l) => l.includes('Cannot access contents'))) return true;
      await p.waitForTimeout(50);
    }
    return false;
  };
  const first = await Promise.race([marked().then(() => 'marked'), refused().then((r) => (r ? 'refused' : 'wait'))]);
  if (first === 'refused') {
    console.log('# activeTab refused on a protocol click; clicking again');
    const at = workerLogs.findIndex((l) => l.includes('Cannot access contents'));
    workerLogs.splice(at, 1);
    await p.waitForTimeout(200);
    await clickButton(p);
  }
  await marked().catch((e) => {
    throw new Error(`${e.message}\nbackground: ${workerLogs.join('\n')}`);
  });
  await p.waitForSelector('whosaid-panel', { state: 'attached' });
}

/** Clicks the button again and waits until no mark is left. */
async function remove(p) {
  await clickButton(p);
  await p.waitForFunction(() => !document.querySelector('whosaid-mark, whosaid-layer, whosaid-panel'), null, { timeout: 10000 });
}

/** The card's heading once it shows. */
async function cardName(p) {
  await card(p).waitFor({ state: 'visible' });
  return card(p).locator('h2').innerText();
}

/** The marked claim whose text starts with `start`: its first piece. */
const claim = (p, start) =>
  p.locator('whosaid-mark[data-first]').filter({ hasText: start }).first();

/** Every request after `from` must be none: the extension asks for nothing. */
function noRequestSince(p, from, what) {
  assert.deepEqual(p.requests.slice(from), [], `${what}: no request of any kind`);
}

describe('the toolbar button', () => {
  test('marks the article of a plain news page in place, cards on hover, Tab and tap; a second click restores the page exactly', async () => {
    const p = await tab('plain.html');
    const before = await serialized(p);
    const requests = p.requests.length;
    const started = Date.now();
    await markUp(p);
    const took = Date.now() - started;
    // The article, and nothing around it: not the kicker, byline, comments, rail or navigation.
    assert.equal(await p.evaluate(() => document.querySelector('[data-whosaid-mounted]')?.id), 'story');
    assert.equal(await p.locator('.comments whosaid-mark, .rail whosaid-mark, nav whosaid-mark, .byline whosaid-mark, .kicker whosaid-mark').count(), 0);
    assert.ok((await p.locator('whosaid-mark[data-first]').count()) >= 10, 'claims marked');
    assert.ok((await p.locator('article em whosaid-mark').count()) >= 1, 'marks inside the host’s <em>');
    assert.equal(await p.locator('whosaid-mark a').count(), 0, 'no host element moved into a mark');
    // Hover.
    const ruiz = claim(p, '“People asked for this');
    await ruiz.hover();
    assert.equal(await cardName(p), 'Ana Ruiz');
    await shot(p, 'extension-hover');
    await p.mouse.move(5, 890);
    await card(p).waitFor({ state: 'detached' });
    // Tab focus.
    let focused = null;
    for (let i = 0; i < 30 && !focused; i++) {
      await p.keyboard.press('Tab');
      focused = await p.evaluate(() => (document.activeElement?.matches('whosaid-mark') ? document.activeElement.textContent : null));
    }
    assert.ok(focused, 'a claim is reachable by Tab');
    await card(p).waitFor({ state: 'visible' });
    await p.keyboard.press('Escape');
    await card(p).waitFor({ state: 'detached' });
    // Tap.
    await claim(p, 'the service will cost').tap();
    assert.equal(await cardName(p), 'council filings');
    // The sources panel follows the article.
    const panel = p.locator('whosaid-panel');
    assert.equal(await p.evaluate(() => document.querySelector('whosaid-panel').previousElementSibling?.id), 'story');
    assert.ok((await panel.locator('li').count()) >= 4, 'the panel lists the sources');
    assert.match(await panel.locator('.wr-panel').innerText(), /Ana Ruiz/);
    await shot(p, 'extension-marked', { fullPage: true });
    // Removal: the same DOM, serialized, as before the first click.
    await remove(p);
    assert.equal(await serialized(p), before, 'the page is restored exactly');
    // Marking again works on the restored page.
    await markUp(p);
    assert.ok((await p.locator('whosaid-mark[data-first]').count()) >= 10);
    await remove(p);
    assert.equal(await serialized(p), before);
    noRequestSince(p, requests, 'marking and removing');
    assert.deepEqual(p.errors, [], 'no console error or warning');
    assert.deepEqual(workerLogs.filter((l) => !l.startsWith('log')), [], 'nothing logged by the background');
    console.log(`marked up in ${took} ms (first click, engine loaded)`);
    await p.close();
  });

  test('works on a strict-CSP page where the bookmarklet is refused', async () => {
    const p = await tab('strict.html');
    const before = await serialized(p);
    // The bookmarklet: its loader from the widget's server is refused by the page's policy.
    const code = `(()=>{const s=document.createElement('script');s.type='module';s.src=${JSON.stringify(`${widget.url}whosaid.js?find`)};document.head.appendChild(s)})()`;
    await p.evaluate(code);
    await p.waitForFunction(() => window.__violations.length > 0);
    assert.deepEqual(await p.evaluate(() => window.__violations), ['script-src-elem']);
    await p.waitForTimeout(300);
    assert.equal(await p.locator('whosaid-mark').count(), 0, 'the bookmarklet marked nothing');
    assert.ok(p.errors.some((e) => /Content Security Policy/.test(e)), 'the console says why');
    await p.evaluate(() => document.querySelector(`script[type=module]`)?.remove());
    p.errors = [];
    const requests = p.requests.length;
    // The extension under the same policy.
    await markUp(p);
    assert.ok((await p.locator('whosaid-mark[data-first]').count()) >= 10);
    await claim(p, '“People asked for this').focus();
    assert.equal(await cardName(p), 'Ana Ruiz');
    assert.deepEqual(await p.evaluate(() => window.__violations), ['script-src-elem'], 'no policy violation by the extension');
    await shot(p, 'extension-strict-csp');
    await remove(p);
    assert.equal(await serialized(p), before.replace(/<script type="module"[^>]*><\/script>/, ''));
    noRequestSince(p, requests, 'the extension');
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('works with hostile page CSS and a page that replaced DOM methods and fetch', async () => {
    const p = await tab('hostile.html');
    // The page's own world really is hijacked.
    assert.equal(await p.evaluate(() => { try { document.body.querySelector('p'); return 'works'; } catch (e) { return e.message; } }), 'hijacked querySelector');
    const before = await p.evaluate(() => new XMLSerializer().serializeToString(document));
    const requests = p.requests.length;
    await markUp(p);
    assert.ok((await p.locator('whosaid-mark[data-first]').count()) >= 10);
    await claim(p, '“People asked for this').hover();
    assert.equal(await cardName(p), 'Ana Ruiz');
    // The card keeps its own look: the hostile sheet does not reach into it.
    const look = await p.evaluate(() => {
      const c = document.querySelector('whosaid-layer').shadowRoot.querySelector('#whosaid-card');
      const s = getComputedStyle(c);
      return { display: s.display, font: s.fontSize, color: s.color };
    });
    assert.notEqual(look.display, 'none');
    assert.ok(parseFloat(look.font) < 20, `the card’s font is its own, not the host’s 40px root: ${look.font}`);
    assert.notEqual(look.color, 'rgb(255, 0, 255)');
    await shot(p, 'extension-hostile');
    await remove(p);
    assert.equal(await p.evaluate(() => new XMLSerializer().serializeToString(document)), before);
    assert.equal(await p.evaluate(() => window.__fetched ?? false), false, 'the page’s fetch was never called');
    noRequestSince(p, requests, 'the extension');
    assert.deepEqual(p.errors, []);
    await p.close();
  });
});

describe('the context menu and the popup', () => {
  test('“Who said this?” marks the claims and sources of the selected text only, in place', async () => {
    const p = await tab('listing.html');
    const before = await serialized(p);
    const requests = p.requests.length;
    // The button (which grants activeTab, as the menu click would) marks
    // what the finder takes for the article of this list of briefs.
    await markUp(p);
    // Select the second and third items, from a point inside the marks the
    // first click made.
    await p.evaluate(() => {
      const range = document.createRange();
      const start = document.querySelector('#b2 whosaid-mark')?.firstChild ?? document.getElementById('b2').firstChild;
      range.setStart(start, 0);
      const third = document.getElementById('b3');
      range.setEnd(third, third.childNodes.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    const selectionText = await p.evaluate(() => getSelection().toString());
    const answer = await worker.evaluate(
      async ({ text }) => {
        const [active] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return onMenu({ menuItemId: 'whosaid-selection', selectionText: text }, active);
      },
      { text: selectionText },
    );
    assert.equal(answer.marked, true);
    // The mayor, the officials and the ministry (the engine's names for them).
    const names = answer.sources.map((s) => s.name);
    assert.equal(names.length, 3, names.join(', '));
    for (const who of [/Elena Marsh/, /officials/i, /ministry/i]) assert.ok(names.some((n) => who.test(n)), names.join(', '));
    assert.equal(await p.locator('#b1 whosaid-mark, #b4 whosaid-mark').count(), 0, 'only the selection is read');
    assert.ok((await p.locator('#b2 whosaid-mark').count()) >= 1 && (await p.locator('#b3 whosaid-mark').count()) >= 1);
    await claim(p, '“We will not let').hover();
    assert.equal(await cardName(p), 'Elena Marsh');
    assert.match(await p.locator('whosaid-panel .wr-panel').innerText(), /Elena Marsh/);
    await shot(p, 'extension-selection');
    await remove(p);
    assert.equal(await serialized(p), before, 'the selection’s split text nodes are whole again');
    noRequestSince(p, requests, 'the selection');
    assert.deepEqual(p.errors, []);
    await p.close();
  });

  test('the popup shows the sourcing summary, marks up, removes, and exports W3C annotations', async () => {
    const p = await tab('plain.html');
    const before = await serialized(p);
    const requests = p.requests.length;
    await markUp(p); // activeTab for this tab, as the toolbar click before the popup
    await remove(p);
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await context.newPage();
    const popupErrors = [];
    popup.on('console', (m) => m.type() === 'error' && popupErrors.push(m.text()));
    popup.on('pageerror', (e) => popupErrors.push(String(e)));
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('#sources li').first().waitFor();
    assert.match(await popup.locator('#status').innerText(), /^\d+ claims in “Night trams return/);
    assert.equal(await popup.locator('#mark').innerText(), 'Mark up this page');
    const names = await popup.locator('#sources li').allInnerTexts();
    assert.ok(names.some((n) => n.startsWith('Ana Ruiz')), names.join(' | '));
    const shares = await Promise.all(['named', 'anonymous', 'none'].map((k) => popup.locator(`#${k}`).innerText()));
    const total = shares.reduce((sum, s) => sum + Number(/\((\d+)\)/.exec(s)[1]), 0);
    assert.equal(String(total), /^(\d+)/.exec(await popup.locator('#status').innerText())[1], 'the shares count every claim');
    assert.equal(await p.locator('whosaid-mark').count(), 0, 'the summary alone marks nothing');
    // Mark up from the popup.
    await popup.locator('#mark').click();
    await p.waitForSelector('whosaid-mark[data-first]');
    assert.equal(await popup.locator('#mark').innerText(), 'Remove marks');
    const [download] = await Promise.all([
      popup.waitForEvent('download').catch(async (e) => {
        throw new Error(`${e.message}\npopup: ${await popup.locator('#status').innerText()}`);
      }),
      popup.locator('#export').click(),
    ]);
    assert.equal(download.suggestedFilename(), 'whosaid-annotations.jsonld');
    const page = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(page.type, 'AnnotationPage');
    const marked = await p.locator('whosaid-mark[data-first]').count();
    assert.equal(page.items.length, marked, 'one annotation per marked claim');
    const checked = await p.evaluate((items) => {
      const text = Array.from(document.body.textContent);
      return items.map((a) => [a.target].flat().every((t) => text.slice(t.selector[1].start, t.selector[1].end).join('') === t.selector[0].exact));
    }, page.items);
    assert.ok(checked.every(Boolean), 'every position selector selects its quote');
    await shot(popup, 'extension-popup');
    // Remove from the popup.
    await popup.locator('#mark').click();
    await p.waitForFunction(() => !document.querySelector('whosaid-mark'));
    assert.equal(await serialized(p), before);
    noRequestSince(p, requests, 'the popup’s commands');
    assert.deepEqual(popupErrors, []);
    assert.deepEqual(p.errors, []);
    await popup.close();
    // The button's menu item: the popup is set for the tab, opened, and the
    // button goes back to marking up (whether a popup window shows cannot be
    // seen in headless Chromium, which draws no toolbar).
    await p.bringToFront();
    const opened = await worker.evaluate(async (id) => {
      await onMenu({ menuItemId: 'whosaid-summary' }, { id });
      return chrome.action.getPopup({ tabId: id });
    }, tabId);
    assert.equal(opened, '', 'the button marks up again after the menu’s popup');
    await p.close();
  });

  test('the options page chooses the kinds marked, the theme and the labels’ language', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('form[data-ready]');
    assert.equal(await options.locator('input[name=kinds]:checked').count(), 8, 'all kinds by default');
    await options.locator('input[value=none]').uncheck();
    await options.locator('select[name=theme]').selectOption('dark');
    await options.locator('select[name=lang]').selectOption('fr');
    await options.locator('#saved', { hasText: 'Saved.' }).waitFor();
    const p = await tab('plain.html');
    await markUp(p);
    assert.equal(await p.locator('whosaid-mark[data-k=none]').count(), 0, 'the writer’s voice is not marked');
    assert.ok((await p.locator('whosaid-mark[data-k=person]').count()) >= 1);
    assert.equal(await p.evaluate(() => document.querySelector('whosaid-layer').shadowRoot.querySelector('.wr').dataset.theme), 'dark');
    await claim(p, '“People asked for this').hover();
    await card(p).waitFor({ state: 'visible' });
    assert.equal(await p.evaluate(() => document.querySelector('whosaid-layer').shadowRoot.querySelector('.wr').lang), 'fr');
    await remove(p);
    // Back to the defaults for the other tests.
    await options.reload();
    await options.waitForSelector('form[data-ready]');
    await options.locator('input[value=none]').check();
    await options.locator('select[name=theme]').selectOption('auto');
    await options.locator('select[name=lang]').selectOption('auto');
    await options.locator('#saved', { hasText: 'Saved.' }).waitFor();
    assert.deepEqual(p.errors, []);
    await p.close();
    await options.close();
  });
});

describe('the package', () => {
  test('the Chromium build loads without warnings (chrome://extensions in developer mode)', async () => {
    const p = await context.newPage();
    await p.goto(`chrome://extensions/?id=${extensionId}`);
    // Manifest warnings are kept in developer mode, from a load on: reload the extension in it.
    await p.evaluate(() => new Promise((ok) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, ok)));
    await p.evaluate((id) => new Promise((ok) => chrome.developerPrivate.reload(id, { failQuietly: true }, ok)), extensionId);
    await p.waitForTimeout(1000);
    const info = await p.evaluate((id) => new Promise((ok) => chrome.developerPrivate.getExtensionInfo(id, ok)), extensionId);
    assert.equal(info.name, 'whosaid');
    assert.deepEqual(info.installWarnings, []);
    assert.deepEqual(info.manifestErrors.map((e) => e.message), []);
    assert.deepEqual(info.runtimeErrors.map((e) => e.message), []);
    const manifest = JSON.parse(await readFile(join(EXTENSION, 'manifest.json'), 'utf8'));
    assert.deepEqual(manifest.permissions, ['activeTab', 'scripting', 'contextMenus']);
    assert.equal(manifest.host_permissions, undefined, 'no host permissions');
    assert.ok(!JSON.stringify(manifest).includes('<all_urls>'));
    await p.close();
  });
});
