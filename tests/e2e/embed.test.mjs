// End-to-end tests of the publisher embed (dist/embed/, from
// scripts/build-embed.sh) on the demo host pages of www/embed/, in Debian's
// headless Chromium. Run by scripts/test.sh with the reader's tests.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST, embedReady, launch, serve, shot, watchedPage } from './harness.mjs';

const require = createRequire(import.meta.url);
const EMBED = join(DIST, 'embed');
let server;
let other; // a second origin: a news site that never included the widget
let browser;

// Pages written at test time (dist/ is rebuilt): the attributes and the
// custom element, with emoji before claims in the same text node.
const THEMED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Themed</title>
<link rel="icon" href="data:,"><script type="module" src="whosaid.js"></script></head><body>
<article data-whosaid data-whosaid-lang="fr" data-whosaid-theme="dark" data-whosaid-kinds="person"
  data-whosaid-panel="off" style="--whosaid-accent: rgb(192, 255, 238); font: 18px/1.6 serif; max-width: 40rem">
<p>“Nobody is selling anything,” Mayor Elena Marsh told reporters on Monday.</p>
<p>The Ministry of Transport said that ridership had risen for three straight years.</p>
<p>Officials said the vote could be delayed.</p>
</article></body></html>`;
const SPLIT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Split quote</title>
<link rel="icon" href="data:,"><script type="module" src="whosaid.js"></script></head><body>
<article data-whosaid>
<p>“My hope,” <a href="#marsh">Mayor Elena Marsh</a> said, “is that the vote passes on Friday.” The council meets at noon.</p>
</article></body></html>`;
const CUSTOM = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Custom element</title>
<link rel="icon" href="data:,"><script type="module" src="whosaid.js"></script></head><body>
<whosaid-article>
<p>👩‍👩‍👧 Families 🚋 waited for hours. “We will not retreat 🚋, not ever,” the mayor said. 👍🏽 Crowds 🎉 cheered.</p>
<p>The ministry said that 🚋 fares would stay capped until 2028.</p>
</whosaid-article></body></html>`;

before(async () => {
  await access(join(EMBED, 'whosaid.js')).catch(() => {
    throw new Error('dist/embed/ is missing: run scripts/build-embed.sh first (scripts/test.sh does)');
  });
  await writeFile(join(EMBED, 'themed.html'), THEMED);
  await writeFile(join(EMBED, 'custom.html'), CUSTOM);
  await writeFile(join(EMBED, 'split.html'), SPLIT);
  server = await serve(DIST);
  other = await serve(EMBED);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
});

const card = (p) => p.locator('whosaid-layer #whosaid-card');

/** Opens an embed page and waits for the marking. */
async function open(p, page) {
  await p.goto(`${server.url}embed/${page}`);
  await embedReady(p);
}

/** Each claim's analysis, its source's name and the text of its marks. */
const claims = (p) =>
  p.evaluate(() =>
    window.whosaid.articles.flatMap(({ element, analysis }) =>
      analysis.claims.map((c) => {
        const marks = [...element.querySelectorAll(`whosaid-mark[data-whosaid-claim="${c.id}"]`)];
        const source = analysis.sources.find((s) => s.id === c.source);
        return {
          id: c.id,
          index: analysis.claims.indexOf(c),
          // A claim running over paragraphs has the line break between
          // them in the analysed text, in no text node of the host; a
          // split quotation is its parts, without the frame between them.
          content: (c.content.parts ?? [c.content]).map((part) => part.text).join('').replace(/\n/g, ''),
          parts: c.content.parts?.length,
          who: source ? source.name : null,
          kind: source ? source.kind : 'none',
          marked: marks.map((m) => m.textContent).join(''),
          pieces: marks.length,
        };
      }),
    ),
  );

/**
 * Checks the page's Web Annotations against the claims: one per claim, each
 * target's selectors select exactly one of its pieces (one target per part of
 * a split quotation), in the page's text. Returns the annotation page.
 */
async function checkAnnotations(p) {
  const page = await p.evaluate(() => window.whosaid.annotations());
  assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(page.type, 'AnnotationPage');
  const all = await claims(p);
  assert.equal(page.items.length, all.length);
  const checked = await p.evaluate((items) => {
    const text = Array.from(document.body.textContent);
    const whole = text.join('');
    return items.map((a) =>
      [a.target].flat().map((target) => {
        const [quote, position] = target.selector;
        return {
          types: [a.type, quote.type, position.type],
          byPosition: text.slice(position.start, position.end).join(''),
          exact: quote.exact,
          quoteFound: whole.includes(quote.prefix + quote.exact + quote.suffix),
        };
      }),
    );
  }, page.items);
  for (let i = 0; i < checked.length; i++) {
    assert.equal(checked[i].length, all[i].parts ?? 1, 'one target per part');
    for (const c of checked[i]) {
      assert.deepEqual(c.types, ['Annotation', 'TextQuoteSelector', 'TextPositionSelector']);
      assert.equal(c.byPosition, c.exact, 'the position selector selects the quote');
      assert.ok(c.quoteFound, 'prefix + exact + suffix occur in the page');
    }
    assert.equal(checked[i].map((c) => c.exact).join(''), all[i].content, 'the selectors select exactly the claim');
  }
  return page;
}

/** The middle of the first line of a claim's first piece. */
async function firstLine(p, index) {
  const mark = p.locator(`whosaid-mark[data-claim="${index}"][data-first]`).first();
  await mark.scrollIntoViewIfNeeded();
  const r = await mark.evaluate((el) => {
    const line = el.getClientRects()[0];
    return { x: line.left + Math.min(line.width / 2, 30), y: line.top + line.height / 2 };
  });
  return r;
}

describe('the demo host page', () => {
  test('every claim is marked in the host’s own text, across links and emphasis, exactly', async () => {
    const p = await watchedPage(browser);
    await open(p, 'news.html');
    const all = await claims(p);
    assert.ok(all.length >= 10, `claims found: ${all.length}`);
    for (const c of all) {
      assert.ok(c.pieces > 0, `claim ${c.id} is marked`);
      assert.equal(c.marked, c.content, `the marks of ${c.id} hold exactly its content`);
    }
    // A claim running through a link keeps the link whole, with the mark
    // inside it. (Not the authority's link: a source in a frame between a
    // content's parts is no content.)
    const link = p.locator('article a[href="#lines"]');
    assert.equal(await link.innerText(), 'extend the service');
    assert.ok((await link.locator('whosaid-mark').count()) >= 1, 'the link’s text is marked inside the link');
    assert.equal(await p.locator('whosaid-mark a').count(), 0, 'no host element is moved into a mark');
    assert.ok((await p.locator('article em whosaid-mark').count()) >= 1, 'text inside <em> is marked');
    assert.deepEqual(p.errors, []);
    await shot(p, 'embed-news', { fullPage: true });
    await p.context().close();
  });

  test('hover opens the card of each claim with its source', async () => {
    const p = await watchedPage(browser);
    await open(p, 'news.html');
    const all = await claims(p);
    for (const c of all) {
      // From empty space, so that no open card covers the claim.
      await p.mouse.move(5, 880);
      await card(p).waitFor({ state: 'detached' });
      const { x, y } = await firstLine(p, c.index);
      await p.mouse.move(x, y);
      await card(p).waitFor({ state: 'visible' });
      const name = await card(p).locator('h2').innerText();
      assert.equal(name, c.who ?? 'The writer', `card of ${c.id} (${c.content})`);
    }
    const ruiz = all.find((c) => c.content.startsWith('“People asked for this'));
    assert.equal(ruiz?.who, 'Ana Ruiz');
    const { x, y } = await firstLine(p, ruiz.index);
    await p.mouse.move(x, y);
    await p.waitForFunction(
      () => document.querySelector('whosaid-layer').shadowRoot.querySelector('#whosaid-card h2')?.textContent === 'Ana Ruiz',
    );
    await shot(p, 'embed-hover');
    // Leaving the claim for empty space closes the card.
    await p.mouse.move(5, 880);
    await card(p).waitFor({ state: 'detached' });
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });

  test('Tab focuses a claim and opens its card; Enter moves into it; Escape closes it', async () => {
    const p = await watchedPage(browser);
    await open(p, 'news.html');
    let index = null;
    for (let i = 0; i < 20 && index === null; i++) {
      await p.keyboard.press('Tab');
      index = await p.evaluate(() =>
        document.activeElement?.matches('whosaid-mark') ? document.activeElement.dataset.claim : null,
      );
    }
    assert.ok(index !== null, 'a claim is reachable by Tab');
    const c = (await claims(p)).find((x) => String(x.index) === index);
    await card(p).waitFor({ state: 'visible' });
    assert.equal(await card(p).locator('h2').innerText(), c.who ?? 'The writer');
    const mark = p.locator(`whosaid-mark[data-claim="${index}"][data-first]`);
    assert.equal(await mark.getAttribute('aria-expanded'), 'true');
    assert.match(
      await p.locator('whosaid-layer [aria-live="polite"]').innerText(),
      new RegExp(`^${(c.who ?? 'The writer').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. `),
      'the card is announced',
    );
    await p.keyboard.press('Enter');
    await p.waitForFunction(
      () => document.querySelector('whosaid-layer').shadowRoot.activeElement?.id === 'whosaid-card',
    );
    await p.keyboard.press('Escape');
    await card(p).waitFor({ state: 'detached' });
    assert.equal(await p.evaluate(() => document.activeElement?.dataset.claim), index, 'focus is back on the claim');
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });

  test('a tap pins the card on a 360 px touch screen; a tap elsewhere closes it', async () => {
    const p = await watchedPage(browser, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await open(p, 'news.html');
    const c = (await claims(p)).find((x) => x.content.startsWith('“We will not let'));
    const { x, y } = await firstLine(p, c.index);
    await p.touchscreen.tap(x, y);
    await card(p).waitFor({ state: 'visible' });
    assert.equal(await card(p).locator('h2').innerText(), 'Elena Marsh');
    assert.match(await card(p).getAttribute('class'), /pinned/);
    const box = await card(p).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the card fits the width: ${JSON.stringify(box)}`);
    await shot(p, 'embed-tap-360');
    await p.touchscreen.tap(180, 30);
    await card(p).waitFor({ state: 'detached' });
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });

  test('links inside marked claims still navigate', async () => {
    const p = await watchedPage(browser);
    await open(p, 'news.html');
    for (const hash of ['#transit', '#lines', '#people-ruiz']) {
      await p.locator(`article a[href="${hash}"]`).click();
      await p.waitForFunction((h) => location.hash === h, hash);
    }
    // A tap on a link inside a claim follows the link too.
    const t = await watchedPage(browser, { viewport: { width: 360, height: 740 }, hasTouch: true });
    await open(t, 'news.html');
    await t.locator('article a[href="#lines"]').tap();
    await t.waitForFunction(() => location.hash === '#lines');
    await p.context().close();
    await t.context().close();
  });

  test('the host’s computed styles and layout are unchanged outside the widget', async () => {
    const measure = (p) =>
      p.evaluate(() => {
        const props = ['display', 'position', 'font-family', 'font-size', 'font-weight', 'font-style',
          'line-height', 'color', 'background-color', 'margin-top', 'margin-bottom', 'padding-left',
          'text-decoration-line', 'text-transform', 'letter-spacing', 'border-bottom-width', 'float'];
        return [...document.querySelectorAll('body *')]
          .filter((el) => !el.localName.startsWith('whosaid-'))
          .map((el) => {
            const s = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            const inFlow = el.closest('.masthead, article');
            return {
              el: `${el.localName}.${el.className}`,
              style: Object.fromEntries(props.map((k) => [k, s.getPropertyValue(k)])),
              box: inFlow ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10) : null,
            };
          });
      });
    const bare = await watchedPage(browser);
    await bare.route('**/whosaid.js', (r) => r.abort());
    await bare.goto(`${server.url}embed/news.html`);
    const before = await measure(bare);
    const p = await watchedPage(browser);
    await open(p, 'news.html');
    const withWidget = await measure(p);
    assert.equal(withWidget.length, before.length, 'the host’s elements are all there');
    // Boxes to half a pixel: cutting a text node where a mark starts can
    // change the shaping across the cut (kerning) by a tenth of a pixel,
    // which moves no line.
    const near = (a, b) => a === b || (a && b && a.every((v, k) => Math.abs(v - b[k]) <= 0.5));
    for (let i = 0; i < before.length; i++) {
      const what = `element ${i} (${before[i].el})`;
      assert.equal(withWidget[i].el, before[i].el, what);
      assert.deepEqual(withWidget[i].style, before[i].style, what);
      assert.ok(near(withWidget[i].box, before[i].box), `${what}: ${withWidget[i].box} vs ${before[i].box}`);
    }
    // The widget's own styles do not reach the host: its marks paint only.
    const mark = await p.evaluate(() => {
      const m = document.querySelector('whosaid-mark');
      const s = getComputedStyle(m);
      return [s.display, s.marginLeft, s.paddingLeft, s.borderLeftWidth, s.fontSize === getComputedStyle(m.parentElement).fontSize];
    });
    assert.deepEqual(mark, ['inline', '0px', '0px', '0px', true]);
    await bare.context().close();
    await p.context().close();
  });
});

/** Computed styles of the card and everything in it, and its size. */
const cardLook = (p) =>
  p.evaluate(() => {
    const root = document.querySelector('whosaid-layer').shadowRoot;
    const cardEl = root.querySelector('#whosaid-card');
    const props = ['font-family', 'font-size', 'font-weight', 'line-height', 'color', 'background-color',
      'padding-top', 'padding-left', 'margin-top', 'border-top-width', 'display', 'text-transform', 'width', 'height'];
    // The card's own height is its placement's business (it may be capped
    // to fit the space beside the claim): its content's height is compared.
    return [cardEl, ...cardEl.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el);
      const values = props.map((k) => (el === cardEl && k === 'height' ? `${el.scrollHeight}px` : s.getPropertyValue(k)));
      return `${el.localName}: ${values.join(' | ')}`;
    });
  });
const panelLook = (p) =>
  p.evaluate(() => {
    const host = document.querySelector('whosaid-panel');
    const props = ['font-family', 'font-size', 'color', 'background-color', 'padding-top', 'display', 'width', 'height'];
    // The shadow hosts themselves: their size, and no pseudo-element the
    // host page's CSS could hang on them.
    const hosts = [host, document.querySelector('whosaid-layer')].map((h) => {
      const r = h.getBoundingClientRect();
      const pseudo = ['::before', '::after'].map((x) => getComputedStyle(h, x).content).join(' ');
      return `${h.localName}: ${Math.round(r.width)}x${Math.round(r.height)} ${pseudo}`;
    });
    return hosts.concat([...host.shadowRoot.querySelectorAll('*')].map((el) => {
      const s = getComputedStyle(el);
      return `${el.localName}: ${props.map((k) => s.getPropertyValue(k)).join(' | ')}`;
    }));
  });

describe('isolation and theming', () => {
  test('the card and panel look the same under hostile CSS (* { all: unset }, div { display: none }, 40px root)', async () => {
    const looks = {};
    for (const page of ['news.html', 'hostile.html']) {
      const p = await watchedPage(browser);
      await open(p, page);
      const c = (await claims(p)).find((x) => x.who === 'Ana Ruiz');
      await p.locator(`whosaid-mark[data-claim="${c.index}"][data-first]`).focus();
      await card(p).waitFor({ state: 'visible' });
      looks[page] = { card: await cardLook(p), panel: await panelLook(p) };
      // Nor do the host's pseudo-element rules add anything around the marks.
      const pseudo = await p.evaluate(() =>
        [...document.querySelectorAll('whosaid-mark')].flatMap((m) =>
          ['::before', '::after'].map((x) => getComputedStyle(m, x).content)),
      );
      assert.deepEqual([...new Set(pseudo)], ['none'], page);
      await card(p).screenshot({ path: join(EMBED, '..', '..', 'tests', 'e2e', 'artifacts', `embed-card-${page}.png`) });
      await p.locator('whosaid-panel').screenshot({
        path: join(EMBED, '..', '..', 'tests', 'e2e', 'artifacts', `embed-panel-${page}.png`),
      });
      assert.deepEqual(p.errors, [], page);
      await p.context().close();
    }
    assert.ok(looks['news.html'].card.length > 10);
    assert.deepEqual(looks['hostile.html'].card, looks['news.html'].card);
    assert.deepEqual(looks['hostile.html'].panel, looks['news.html'].panel);
  });

  test('attributes choose language, theme, kinds and panel; custom properties reach the card', async () => {
    const p = await watchedPage(browser);
    await open(p, 'themed.html');
    const all = await claims(p);
    assert.ok(all.length >= 3);
    for (const c of all) {
      if (c.kind === 'person') assert.equal(c.marked, c.content, `${c.id} (person) is marked`);
      else assert.equal(c.pieces, 0, `${c.id} (${c.kind}) is not marked: kinds = person`);
    }
    assert.equal(await p.locator('whosaid-panel').count(), 0, 'panel off');
    await p.locator('whosaid-mark[data-first]').first().focus();
    await card(p).waitFor({ state: 'visible' });
    const text = await card(p).innerText();
    assert.match(text, /Type/);
    assert.match(text, /Citation directe/);
    const look = await card(p).evaluate((el) => {
      const s = getComputedStyle(el);
      return { bg: s.backgroundColor, accent: getComputedStyle(el.closest('.wr')).getPropertyValue('--accent').trim() };
    });
    assert.equal(look.bg, 'rgb(35, 38, 44)', 'dark card');
    assert.equal(look.accent, 'rgb(192, 255, 238)', '--whosaid-accent set on the article reaches the card');
    await shot(p, 'embed-themed');
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });

  test('<whosaid-article> marks claims exactly after emoji (UTF-16 vs code points)', async () => {
    const p = await watchedPage(browser);
    await open(p, 'custom.html');
    const all = await claims(p);
    const quote = all.find((c) => c.content.includes('We will not retreat'));
    assert.ok(quote, 'the quote is found');
    assert.equal(quote.marked, quote.content);
    assert.match(quote.marked, /^“We will not retreat 🚋, not ever,”$/);
    for (const c of all) assert.equal(c.marked, c.content, c.id);
    assert.equal(await p.locator('whosaid-panel').count(), 1);
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });
});

describe('accessibility', () => {
  test('the host page with the widget and an open card passes axe-core (WCAG 2 A and AA), shadow roots included', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const p = await watchedPage(browser, { colorScheme });
      await open(p, colorScheme === 'dark' ? 'themed.html' : 'news.html');
      await p.locator('whosaid-mark[data-first]').first().focus();
      await card(p).waitFor({ state: 'visible' });
      await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await p.evaluate(() =>
        // eslint-disable-next-line no-undef
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }),
      );
      const problems = result.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
      );
      assert.deepEqual(problems, [], colorScheme);
      await p.context().close();
    }
  });
});

describe('the API', () => {
  test('whosaid.analyze returns the JSON contract; whosaid:ready fires when marking is done', async () => {
    const p = await watchedPage(browser);
    await p.addInitScript(() => {
      window.__ready = [];
      document.addEventListener('whosaid:ready', (e) => window.__ready.push([e.target.id, e.detail.claims]));
    });
    await open(p, 'news.html');
    const ready = await p.evaluate(() => window.__ready);
    assert.equal(ready.length, 1);
    assert.equal(ready[0][0], 'story');
    assert.equal(ready[0][1], (await claims(p)).length);
    const result = await p.evaluate(() => window.whosaid.analyze('“We will not retreat,” the mayor said.'));
    assert.equal(result.version, 1);
    assert.equal(result.claims[0].kind, 'direct_quote');
    assert.equal(result.claims[0].content.text, '“We will not retreat,”');
    assert.equal(result.claims[0].content.parts, undefined);
    assert.equal(result.sources[0].name, 'mayor');
    const split = await p.evaluate(() => window.whosaid.analyze('“My hope,” he said, “is that the vote passes.”'));
    assert.equal(split.claims.length, 1);
    assert.deepEqual(
      split.claims[0].content.parts.map((part) => part.text),
      ['“My hope,”', '“is that the vote passes.”'],
    );
    await p.context().close();
  });

  test('a quotation split around its frame: two marks, one claim, one card, one target per part', async () => {
    const p = await watchedPage(browser);
    await open(p, 'split.html');
    const split = (await claims(p)).find((c) => c.parts === 2);
    assert.ok(split, 'the split quotation is one claim with two parts');
    assert.equal(split.pieces, 2);
    assert.equal(split.marked, '“My hope,”“is that the vote passes on Friday.”');
    assert.equal(await p.locator('article a[href="#marsh"] whosaid-mark').count(), 0, 'the frame is not marked');
    const marks = p.locator(`whosaid-mark[data-claim="${split.index}"]`);
    assert.equal(await p.locator(`whosaid-mark[data-claim="${split.index}"][tabindex]`).count(), 1, 'one Tab stop');
    for (const n of [1, 0]) {
      await marks.nth(n).hover();
      await card(p).waitFor({ state: 'visible' });
      assert.equal(await card(p).locator('h2').innerText(), 'Elena Marsh');
      await p.mouse.move(2, 2);
      await card(p).waitFor({ state: 'detached' });
    }
    const page = await checkAnnotations(p);
    const targets = page.items[split.index].target;
    assert.deepEqual(
      targets.map((t) => t.selector[0].exact),
      ['“My hope,”', '“is that the vote passes on Friday.”'],
    );
    assert.deepEqual(p.errors, []);
    await p.context().close();
  });

  test('exported Web Annotations select exactly the claim texts, from the API and the panel button', async () => {
    const p = await watchedPage(browser);
    await open(p, 'news.html');
    const page = await checkAnnotations(p);
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.locator('whosaid-panel button.primary').click(),
    ]);
    const file = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.equal(file.type, 'AnnotationPage');
    assert.deepEqual(
      file.items.map((a) => a.target.selector),
      page.items.map((a) => a.target.selector),
    );
    await p.context().close();
  });
});

describe('strict CSP and the bookmarklet', () => {
  test('the strict-CSP page works with no console errors and no policy violation', async () => {
    const p = await watchedPage(browser);
    await p.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective));
    });
    await open(p, 'csp.html');
    assert.ok((await claims(p)).length >= 10);
    await p.locator('whosaid-mark[data-first]').nth(2).focus();
    await card(p).waitFor({ state: 'visible' });
    assert.deepEqual(p.errors, [], 'no console error');
    assert.deepEqual(await p.evaluate(() => window.__violations), [], 'no policy violation');
    // The policy is in force: an inline script is refused.
    const ran = await p.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.head.append(s);
      return window.__inline ?? false;
    });
    assert.equal(ran, false);
    assert.deepEqual(await p.evaluate(() => window.__violations), ['script-src-elem']);
    await shot(p, 'embed-csp');
    await p.context().close();
  });

  test('the bookmarklet marks up the main text of a page on another origin, asking only the widget’s server', async () => {
    const offer = await watchedPage(browser);
    await offer.goto(`${server.url}embed/bookmarklet.html`);
    const code = await offer.locator('#bookmarklet').getAttribute('data-code');
    assert.match(await offer.locator('#bookmarklet').getAttribute('href'), /^javascript:/);
    await offer.context().close();

    const p = await watchedPage(browser);
    const referers = [];
    p.on('request', (r) => referers.push(r.headerValue('referer').then((v) => [r.url(), v])));
    await p.goto(`${other.url}plain.html`);
    assert.equal(await p.locator('whosaid-mark').count(), 0);
    // Even a page that would tell every server its full address.
    await p.evaluate(() => {
      const meta = document.createElement('meta');
      meta.name = 'referrer';
      meta.content = 'unsafe-url';
      document.head.append(meta);
    });
    const before = await p.evaluate(() => document.scripts.length);
    await p.evaluate(code);
    await embedReady(p);
    await p.waitForSelector('whosaid-mark');
    assert.equal(await p.evaluate(() => document.querySelector('[data-whosaid-mounted]')?.id), 'story');
    assert.equal(await p.locator('.comments whosaid-mark, .rail whosaid-mark, nav whosaid-mark').count(), 0);
    assert.ok((await claims(p)).length >= 10);
    assert.equal(await p.evaluate(() => document.scripts.length), before + 1, 'one module script added');
    const c = (await claims(p)).find((x) => x.who === 'Ana Ruiz');
    await p.locator(`whosaid-mark[data-claim="${c.index}"][data-first]`).focus();
    await card(p).waitFor({ state: 'visible' });
    // Every request: the page's own files, and the widget's: the loader and
    // its glue, and the article finder (Readability) with its engine.
    const widget = new URL(server.url).origin;
    const site = new URL(other.url).origin;
    const allowed = new Set([
      `${widget}/embed/whosaid.js?find`, `${widget}/embed/whosaid_embed.js`, `${widget}/embed/whosaid-finder.js`,
      `${widget}/embed/whosaid_find.js`, `${widget}/embed/whosaid_find_bg.wasm`,
      `${site}/plain.html`, `${site}/news.css`,
    ]);
    for (const url of p.requests) assert.ok(allowed.has(url), `unexpected request ${url}`);
    assert.equal(p.requests.filter((u) => u.startsWith(widget)).length, 5);
    // The widget's server never learns the page's address (at most its origin).
    for (const [url, referer] of await Promise.all(referers)) {
      if (url.startsWith(widget)) assert.ok(!referer?.includes('plain.html'), `${url} told ${referer}`);
    }
    // Run again: it reuses the widget on the page.
    await p.evaluate(code);
    assert.equal(await p.locator('whosaid-panel').count(), 1);
    assert.deepEqual(p.errors, []);
    await shot(p, 'embed-bookmarklet', { fullPage: true });
    await p.context().close();
  });
});
