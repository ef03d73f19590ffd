// End-to-end tests of the built reader (dist/, from `trunk build --release`)
// in Debian's headless Chromium. Run by scripts/test.sh:
//   node --test tests/e2e/*.test.mjs
// Screenshots of the main states go to tests/e2e/artifacts/ (git-ignored).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, access, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST, ROOT, launch, openReader, serve, shot } from './harness.mjs';

const require = createRequire(import.meta.url);
const SEED = join(ROOT, '..', 'shared', 'seed', 'article.txt');
const SEED_CLAIM = 'a visit is “in the pipeline.”';

const HTML_ARTICLE = `<!doctype html><html><head><title>Tram news</title>
<script>window.__ran = 'head'</script><link rel="stylesheet" href="/nonexistent.css"></head>
<body><nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article><h1>Night trams to return in spring</h1>
<p>Night trams will run again from April, the transport authority said on Tuesday.</p>
<p>“People asked for this for years,” said Omar Haddad, a driver.</p>
<img src="/nonexistent.png" onerror="window.__ran = 'img'"></article>
<footer>© The Evening Paper</footer></body></html>`;

let server;
let browser;
let haveSeed = false;

before(async () => {
  await access(join(DIST, 'index.html')).catch(() => {
    throw new Error('dist/ is missing: run `trunk build --release` first (scripts/test.sh does)');
  });
  // The seed article is not ours to commit: it is copied in at test time.
  haveSeed = await access(SEED).then(() => true, () => false);
  if (haveSeed) {
    await mkdir(join(DIST, 'articles'), { recursive: true });
    await copyFile(SEED, join(DIST, 'articles', 'seed.txt'));
  }
  // An HTML article, to open with ?src= (written here: dist/ is rebuilt).
  await mkdir(join(DIST, 'articles'), { recursive: true });
  await writeFile(join(DIST, 'articles', 'page.html'), HTML_ARTICLE);
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page; `options` are playwright context options. */
async function page(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const p = await context.newPage();
  p.requests = [];
  p.on('request', (r) => p.requests.push(r.url()));
  return p;
}

/** The source a claim mark names in its accessible description. */
async function claimedBy(mark) {
  const description = await mark.getAttribute('aria-description');
  const m = /^Claim by (.*) \((\w+)\)$/.exec(description ?? '');
  return m ? { name: m[1], kind: m[2] } : null;
}

/** The first claim mark attributed to a source (not the writer's voice). */
async function firstAttributed(p, from = 0) {
  const marks = p.locator('article mark.claim[id]');
  const n = await marks.count();
  for (let i = from; i < n; i++) {
    const mark = marks.nth(i);
    if (await claimedBy(mark)) return mark;
  }
  throw new Error('no attributed claim in the article');
}

/** The innermost mark whose text contains `text`. */
async function markContaining(p, text) {
  const marks = p.locator('article mark.claim[id]', { hasText: text });
  const n = await marks.count();
  assert.ok(n > 0, `a claim mark contains ${JSON.stringify(text)}`);
  let best = null;
  let bestLength = Infinity;
  for (let i = 0; i < n; i++) {
    const length = (await marks.nth(i).innerText()).length;
    if (length < bestLength) {
      best = marks.nth(i);
      bestLength = length;
    }
  }
  return best;
}

const card = (p) => p.locator('#whosaid-card');

/** Boxes of every line of a mark, in viewport coordinates. */
const lineBoxes = (mark) =>
  mark.evaluate((el) => {
    const id = el.getAttribute('data-claim');
    return [...document.querySelectorAll(`[data-claim="${id}"]`)].flatMap((piece) =>
      [...piece.getClientRects()].map((r) => ({ x: r.left, y: r.top, w: r.width, h: r.height })),
    );
  });

/** The middle of a mark's first line: where a reader points or taps (the
 * middle of the whole box of a claim over two lines may be outside it). */
async function firstLine(mark) {
  await mark.scrollIntoViewIfNeeded();
  const [line] = await lineBoxes(mark);
  return { x: line.x + Math.min(line.w / 2, 40), y: line.y + line.h / 2 };
}

async function hoverClaim(p, mark) {
  const { x, y } = await firstLine(mark);
  await p.mouse.move(x, y);
}

async function tapClaim(p, mark) {
  const { x, y } = await firstLine(mark);
  await p.touchscreen.tap(x, y);
}

const cardBox = (p) =>
  card(p).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  });

const overlaps = (a, b) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** Asserts that the open card is the one for `mark`, and placed well. */
async function assertCardFor(p, mark, viewport) {
  await card(p).waitFor({ state: 'visible' });
  const who = await claimedBy(mark);
  assert.ok(who, 'the mark names its source');
  assert.equal(await card(p).locator('h2').innerText(), who.name);
  assert.equal(await card(p).getAttribute('role'), 'dialog');
  assert.equal(await mark.getAttribute('aria-expanded'), 'true');
  const box = await cardBox(p);
  for (const line of await lineBoxes(mark)) {
    assert.ok(!overlaps(box, line), `the card ${JSON.stringify(box)} covers the claim ${JSON.stringify(line)}`);
  }
  if (viewport) {
    assert.ok(box.x >= 0 && box.x + box.w <= viewport.width, `inside the width: ${JSON.stringify(box)}`);
    assert.ok(box.y >= 0 && box.y + box.h <= viewport.height, `inside the height: ${JSON.stringify(box)}`);
  }
}

describe('the default article', () => {
  test('loads with its claims marked and its sources listed', async () => {
    const p = await page();
    const errors = await openReader(p, server.url);
    await p.waitForSelector('article mark.claim[id]');
    assert.deepEqual(errors.map(String), []);
    assert.match(await p.locator('.status').innerText(), /articles\/default\.txt · \d+ claims/);
    assert.ok((await p.locator('article mark.claim[id]').count()) >= 10, 'claims are marked');
    assert.ok((await p.locator('button.source').count()) >= 5, 'sources are listed');
    assert.match(
      await p.locator('.shares .bar').getAttribute('aria-label'),
      /^Of \d+ sentences, \d+% are attributed to a named source/,
    );
    await shot(p, 'default-desktop', { fullPage: true });
    await p.context().close();
  });

  test('hover opens the card of the hovered claim, beside it', async () => {
    const p = await page();
    await openReader(p, server.url);
    const mark = await firstAttributed(p);
    await hoverClaim(p, mark);
    await assertCardFor(p, mark, { width: 1280, height: 900 });
    await shot(p, 'card-hover');
    // Moving into the card keeps it open; moving away closes it.
    await card(p).hover();
    await p.waitForTimeout(500);
    assert.ok(await card(p).isVisible(), 'the card stays while the pointer is on it');
    await p.mouse.move(5, 5);
    await card(p).waitFor({ state: 'detached' });
    await p.context().close();
  });

  test('Tab reaches claims, focus opens the card, Enter moves into it, Escape closes it', async () => {
    const p = await page();
    await openReader(p, server.url);
    await p.waitForSelector('article mark.claim[id]');
    let focused = null;
    for (let i = 0; i < 12 && !focused; i++) {
      await p.keyboard.press('Tab');
      focused = await p.evaluate(() => document.activeElement?.matches('article mark.claim') ? document.activeElement.id : null);
    }
    assert.ok(focused, 'a claim is reachable by Tab');
    const mark = p.locator(`#${focused}`);
    await card(p).waitFor({ state: 'visible' });
    const who = await claimedBy(mark);
    assert.equal(
      await card(p).locator('h2').innerText(),
      who ? who.name : 'The writer',
      'the card of the focused claim',
    );
    await shot(p, 'card-keyboard');
    await p.keyboard.press('Enter');
    await p.waitForFunction(() => document.activeElement?.id === 'whosaid-card');
    await p.keyboard.press('Escape');
    await card(p).waitFor({ state: 'detached' });
    assert.equal(await p.evaluate(() => document.activeElement?.id), focused, 'focus returns to the claim');
    // The next claim opens its own card.
    await p.keyboard.press('Tab');
    const next = await p.evaluate(() => document.activeElement?.id);
    assert.notEqual(next, focused);
    if (next?.startsWith('claim-')) await card(p).waitFor({ state: 'visible' });
    await p.context().close();
  });

  test('a skip link takes keyboard users past the claims to the sources', async () => {
    const p = await page();
    await openReader(p, server.url);
    await p.waitForSelector('article mark.claim[id]');
    await p.keyboard.press('Tab');
    assert.equal(await p.evaluate(() => document.activeElement?.textContent), 'Skip to the sources');
    await p.keyboard.press('Enter');
    await p.keyboard.press('Tab');
    assert.equal(
      await p.evaluate(() => document.activeElement?.closest('aside')?.className),
      'panel',
      'the next Tab stop is in the sources panel',
    );
    await p.context().close();
  });

  test('a tap opens the card on a 360 px touch screen, on screen and off the claim', async () => {
    const viewport = { width: 360, height: 740 };
    const p = await page({ viewport, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    await openReader(p, server.url);
    const marks = p.locator('article mark.claim[id]');
    const n = await marks.count();
    // A claim near the top, one in the middle, one near the end.
    for (const [i, name] of [[0, 'top'], [Math.floor(n / 2), 'middle'], [n - 1, 'end']]) {
      const mark = marks.nth(i);
      await tapClaim(p, mark);
      await card(p).waitFor({ state: 'visible' });
      const who = await claimedBy(mark);
      assert.equal(await card(p).locator('h2').innerText(), who ? who.name : 'The writer');
      assert.equal(await mark.getAttribute('aria-expanded'), 'true');
      const box = await cardBox(p);
      assert.ok(box.x >= 0 && box.x + box.w <= viewport.width, `${name}: inside the width ${JSON.stringify(box)}`);
      assert.ok(box.y >= 0 && box.y + box.h <= viewport.height, `${name}: inside the height ${JSON.stringify(box)}`);
      for (const line of await lineBoxes(mark)) {
        assert.ok(!overlaps(box, line), `${name}: the card covers the claim`);
      }
      await shot(p, `card-360-${name}`);
      // A tap elsewhere closes it.
      await p.locator('.top .brand').tap();
      await card(p).waitFor({ state: 'detached' });
    }
    await p.context().close();
  });

  test('a link in the card scrolls to the source’s other claim and flashes it', async () => {
    const p = await page({ viewport: { width: 1280, height: 700 } });
    await openReader(p, server.url);
    const marks = p.locator('article mark.claim[id]');
    const n = await marks.count();
    let link = null;
    for (let i = 0; i < n && !link; i++) {
      if (!(await claimedBy(marks.nth(i)))) continue;
      const { x, y } = await firstLine(marks.nth(i));
      await p.mouse.click(x, y);
      await card(p).waitFor({ state: 'visible' });
      if ((await card(p).locator('.others a').count()) > 0) link = card(p).locator('.others a').last();
    }
    assert.ok(link, 'some source has two claims');
    const name = await card(p).locator('h2').innerText();
    const target = (await link.getAttribute('href')).slice(1);
    await link.click();
    const mark = p.locator(`#${target}`);
    await p.waitForFunction((id) => document.getElementById(id)?.classList.contains('flash'), target);
    assert.equal(await p.evaluate(() => document.activeElement?.id), target, 'the claim has focus');
    assert.equal(await card(p).locator('h2').innerText(), name, 'the card follows to the same source');
    assert.equal(await mark.getAttribute('aria-expanded'), 'true');
    await p.waitForTimeout(700); // the smooth scroll
    const [line] = await lineBoxes(mark);
    assert.ok(line.y >= 0 && line.y + line.h <= 700, `the claim is in view: ${JSON.stringify(line)}`);
    await shot(p, 'jump-flash', { animations: 'allow' });
    await p.waitForFunction((id) => !document.getElementById(id)?.classList.contains('flash'), target);
    await p.context().close();
  });

  test('the source filter keeps only the chosen source’s claims', async () => {
    const p = await page();
    await openReader(p, server.url);
    const total = await p.locator('article mark.claim[id]').count();
    // The source with the most claims.
    const counts = await p.locator('button.source .count').allInnerTexts();
    const best = counts.map(Number).reduce((b, c, i, a) => (c > a[b] ? i : b), 0);
    const button = p.locator('button.source').nth(best);
    const name = await button.locator('.name').innerText();
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const kept = p.locator('article mark.claim[id]');
    assert.equal(await kept.count(), Number(counts[best]), 'as many marks as the source has claims');
    assert.ok(Number(counts[best]) < total, 'the others are no longer marked');
    for (let i = 0; i < (await kept.count()); i++) {
      const mark = kept.nth(i);
      await hoverClaim(p, mark);
      const title = await card(p).locator('h2').innerText();
      assert.ok(title === name || title.includes(name), `${title} is ${name} or a group with it`);
    }
    await p.mouse.move(5, 5);
    await card(p).waitFor({ state: 'detached' });
    assert.match(await p.locator('.filtering').innerText(), /Only claims by .* are marked/);
    await shot(p, 'filter');
    await p.locator('.filtering button').click();
    assert.equal(await p.locator('article mark.claim[id]').count(), total);
    await p.context().close();
  });

  test('colours pass WCAG AA in both themes (axe-core), with reduced motion', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const p = await page({ colorScheme, reducedMotion: 'reduce' });
      await openReader(p, server.url);
      await (await firstAttributed(p)).click();
      await card(p).waitFor({ state: 'visible' });
      await p.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const result = await p.evaluate(() =>
        // eslint-disable-next-line no-undef
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }),
      );
      const problems = result.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
      );
      assert.deepEqual(problems, [], `${colorScheme} theme`);
      // Underlines and icons of every kind: at least 3:1 against the page.
      const ratios = await p.evaluate(() => {
        const rgb = (s) => s.match(/[\d.]+/g).slice(0, 3).map(Number);
        const lum = ([r, g, b]) => {
          const f = (c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const ratio = (a, b) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((m, n) => n - m);
          return (x + 0.05) / (y + 0.05);
        };
        const bg = getComputedStyle(document.body).backgroundColor;
        return [...document.querySelectorAll('.legend mark.claim.sample')].map((m) => [
          m.className,
          ratio(getComputedStyle(m).textDecorationColor, bg),
        ]);
      });
      assert.equal(ratios.length, 8);
      for (const [kind, r] of ratios) {
        if (!kind.includes('k-none')) assert.ok(r >= 3, `${kind} underline ${r.toFixed(2)}:1`);
      }
      // Reduced motion: no animation on the card.
      assert.equal(await card(p).evaluate((el) => getComputedStyle(el).animationName), 'none');
      await shot(p, `theme-${colorScheme}`);
      await p.context().close();
    }
  });
});

describe('themes', () => {
  test('the theme button switches between light and dark', async () => {
    const p = await page({ colorScheme: 'light' });
    await openReader(p, server.url);
    const background = () => p.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const button = p.locator('button.theme');
    assert.equal(await button.getAttribute('aria-pressed'), 'false');
    assert.equal(await background(), 'rgb(251, 250, 247)');
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    assert.equal(await background(), 'rgb(21, 23, 27)');
    await button.click();
    assert.equal(await background(), 'rgb(251, 250, 247)');
    await p.context().close();
  });
});

describe('articles from elsewhere', () => {
  test('?src= opens the seed article, and its Peskov claim shows who said it', async (t) => {
    if (!haveSeed) {
      t.skip(`the seed article is absent (${SEED}): nothing to open with ?src=`);
      return;
    }
    const p = await page();
    await openReader(p, server.url, '?src=articles/seed.txt');
    await p.waitForSelector('article mark.claim[id]');
    assert.match(await p.locator('.status').innerText(), /^articles\/seed\.txt/);
    const mark = await markContaining(p, SEED_CLAIM);
    const expectCard = async (how) => {
      await card(p).waitFor({ state: 'visible' });
      const text = await card(p).innerText();
      for (const word of ['Dmitry Peskov', 'spokesman', 'Kremlin']) {
        assert.ok(text.includes(word), `${how}: the card shows ${word}:\n${text}`);
      }
      assert.equal(await card(p).locator('h2').innerText(), 'Dmitry Peskov');
    };
    await hoverClaim(p, mark);
    await expectCard('hover');
    await shot(p, 'seed-card');
    await p.mouse.move(5, 5);
    await card(p).waitFor({ state: 'detached' });
    await mark.focus();
    await expectCard('keyboard focus');
    await p.keyboard.press('Escape');
    await card(p).waitFor({ state: 'detached' });
    const { x, y } = await firstLine(mark);
    await p.mouse.click(x, y);
    await expectCard('click');
    await p.context().close();

    // A tap on a phone.
    const phone = await page({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await openReader(phone, server.url, '?src=articles/seed.txt');
    await phone.waitForSelector('article mark.claim[id]');
    await tapClaim(phone, await markContaining(phone, SEED_CLAIM));
    await card(phone).waitFor({ state: 'visible' });
    const text = await card(phone).innerText();
    for (const word of ['Dmitry Peskov', 'spokesman', 'Kremlin']) {
      assert.ok(text.includes(word), `tap: the card shows ${word}:\n${text}`);
    }
    await shot(phone, 'seed-card-360');
    await phone.context().close();
  });

  test('?src= opens an HTML page as its text, running and loading nothing from it', async () => {
    const p = await page();
    await openReader(p, server.url, '?src=articles/page.html');
    assert.match(await p.locator('.status').innerText(), /^articles\/page\.html/);
    assert.equal(await p.locator('article h1').innerText(), 'Night trams to return in spring');
    assert.deepEqual(await p.locator('article p').allInnerTexts(), [
      'Night trams will run again from April, the transport authority said on Tuesday.',
      '“People asked for this for years,” said Omar Haddad, a driver.',
    ]);
    assert.equal(await p.evaluate(() => window.__ran), undefined, 'no script of the page ran');
    assert.ok(!p.requests.some((u) => u.includes('nonexistent')), 'nothing it names was fetched');
    await p.context().close();
  });

  test('a pasted web page is analysed in the page, with nothing run or fetched', async () => {
    const p = await page();
    await openReader(p, server.url);
    await p.waitForSelector('article mark.claim[id]');
    const before = p.requests.length;
    await p.locator('#paste').evaluate((area) => {
      const data = new DataTransfer();
      data.setData(
        'text/html',
        `<article><h1>Harbour bridge to close for repairs</h1>
         <p>The bridge will close on Monday, the transport ministry said.</p>
         <p>“We had no choice,” said Lena Fischer, the city’s chief engineer.</p>
         <img src="/tracker.png" onerror="window.__ran = 1"><script>window.__ran = 2</script></article>`,
      );
      data.setData('text/plain', 'plain flavour, not used');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('pasted web page'));
    assert.equal(await p.locator('article h1').innerText(), 'Harbour bridge to close for repairs');
    assert.equal(await p.locator('article p').count(), 2);
    assert.ok((await p.locator('article mark.claim[id]').count()) >= 2, 'claims are marked');
    assert.equal(await p.evaluate(() => window.__ran), undefined, 'nothing in the paste ran');
    await p.waitForTimeout(200);
    assert.deepEqual(p.requests.slice(before), [], 'nothing was fetched');
    await shot(p, 'pasted');
    // Typed text and the Analyse button.
    await p.locator('#paste').fill('“It works,” the tester said.');
    await p.getByRole('button', { name: 'Analyse' }).click();
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('pasted text'));
    assert.equal(await p.locator('article').innerText(), '“It works,” the tester said.');
    // Plain text pasted into text being edited is just editing.
    await p.locator('#paste').evaluate((area) => {
      const data = new DataTransfer();
      data.setData('text/plain', ' More words.');
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await p.waitForTimeout(100);
    assert.equal(await p.locator('article').innerText(), '“It works,” the tester said.');
    await p.context().close();
  });

  test('a dropped text is analysed too', async () => {
    const p = await page();
    await openReader(p, server.url);
    await p.locator('article p').first().evaluate((el) => {
      const data = new DataTransfer();
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await p.locator('.dropping').waitFor({ state: 'visible' });
    await shot(p, 'dragging');
    await p.locator('article p').first().evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Officials said the road would reopen.\nIt rained all week.');
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await p.locator('.dropping').waitFor({ state: 'detached' });
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('dropped text'));
    assert.equal(await p.locator('article p').count(), 2);
    await p.context().close();
  });

  test('a quotation split around its frame is one claim marked in two pieces', async () => {
    const p = await page();
    await openReader(p, server.url);
    await p.locator('#paste').fill('“My hope,” the mayor said, “is that the vote passes.”');
    await p.getByRole('button', { name: 'Analyse' }).click();
    await p.waitForFunction(() => document.querySelector('.status')?.textContent.startsWith('pasted text'));
    const pieces = p.locator('article mark.claim');
    assert.deepEqual(await pieces.allInnerTexts(), ['“My hope,”', '“is that the vote passes.”']);
    assert.equal(new Set(await pieces.evaluateAll((ms) => ms.map((m) => m.dataset.claim))).size, 1);
    assert.equal(await p.locator('article mark.claim[tabindex]').count(), 1, 'one Tab stop');
    for (const n of [1, 0]) {
      await hoverClaim(p, pieces.nth(n));
      await card(p).waitFor({ state: 'visible' });
      assert.equal(await card(p).locator('h2').innerText(), 'mayor');
      await p.mouse.move(5, 5);
      await card(p).waitFor({ state: 'detached' });
    }
    await p.context().close();
  });

  test('?src= on another origin is refused without fetching it', async () => {
    const p = await page();
    await p.goto(`${server.url}?src=https://example.com/article.txt`);
    await p.waitForSelector('.status.error');
    assert.match(await p.locator('.status.error').innerText(), /Only articles from this site/);
    assert.ok(!p.requests.some((u) => new URL(u).hostname === 'example.com'), 'nothing fetched from elsewhere');
    await p.context().close();
  });

  test('?src= of a missing file says so', async () => {
    const p = await page();
    await p.goto(`${server.url}?src=articles/missing.txt`);
    await p.waitForSelector('.status.error');
    assert.match(await p.locator('.status.error').innerText(), /404/);
    await p.context().close();
  });
});
