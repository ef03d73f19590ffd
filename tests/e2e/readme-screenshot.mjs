// Makes the README's pictures: www/screenshot.png, the reader on the default
// article with the card of the mayor's first quote open, and
// www/embed-screenshot.png, the embed on its demo host page with a card open.
// Next to each it writes what the engine found in the pictured article
// (www/screenshot.claims.json, www/embed-screenshot.claims.json), which
// tests/screenshots.rs compares with the engine of the day: when the engine's
// output on the demo articles changes, the pictures are stale and that test
// says so. Run `scripts/screenshots.sh` (it builds dist/ first), or after
// `trunk build --release` and `scripts/build-embed.sh`:
// node tests/e2e/readme-screenshot.mjs
// (not a test; the file name keeps it out of `node --test`). The viewport is
// kept small so that the PNG stays under ~150 KB.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch, openReader, serve } from './harness.mjs';

const MADE_BY = 'scripts/screenshots.sh (tests/e2e/readme-screenshot.mjs); checked by tests/screenshots.rs';

/**
 * What a picture shows of an analysis, one line per claim and per source.
 * tests/screenshots.rs writes exactly the same lines (`summary` there).
 */
function summary(analysis) {
  const names = new Map(analysis.sources.map((s) => [s.id, s.name]));
  return {
    claims: analysis.claims.map((c) => {
      const who = c.source ? names.get(c.source) : '-';
      const pieces = (c.content.parts ?? [c.content]).map((p) => p.text).join(' … ');
      const hedges = c.hedges.map((h) => h.text).join('|');
      return `${c.id} ${c.kind} [${who}] ${c.stance ?? '-'} cue=${c.cue?.text ?? '-'} hedges=${hedges}: ${pieces}`;
    }),
    sources: analysis.sources.map(
      (s) =>
        `${s.id} ${s.kind} ${s.name} | ${s.role ?? '-'} | ${s.affiliation ?? '-'}` +
        (s.members?.length ? ` | members ${s.members.join(',')}` : ''),
    ),
  };
}

async function writeClaims(picture, record) {
  const path = join(ROOT, 'www', picture.replace(/\.png$/, '.claims.json'));
  const doc = { picture: `www/${picture}`, made_by: MADE_BY, ...record };
  await writeFile(path, JSON.stringify(doc, null, 1) + '\n');
}

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

  // What the engine found in each pictured article. The reader's article is
  // analysed by the same engine through the embed's API.
  const article = 'www/articles/default.txt';
  const text = await readFile(join(ROOT, article), 'utf8');
  const reader = await host.evaluate((t) => window.whosaid.analyze(t), text);
  await writeClaims('screenshot.png', { article, ...summary(reader) });
  // The embed analysed the host's text nodes: the article's text as it read
  // it (blocks one a line, whitespace as spaces, as `read_article` in
  // src/embed/mod.rs), checked against the analysis it made.
  const embedded = await host.evaluate(async () => {
    const blocks = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,dd,dt,figcaption,pre,td,th';
    const skip =
      'script,style,noscript,template,textarea,select,button,nav,aside,footer,form,' +
      '[class*=byline],[class*=kicker],[class*=dateline],whosaid-layer,whosaid-panel,[data-whosaid-skip],[hidden]';
    const [{ element, analysis }] = window.whosaid.articles;
    const skipped = (el) => {
      const s = el.closest(skip);
      return s !== null && s !== element && element.contains(s);
    };
    const lines = [...element.querySelectorAll(blocks)]
      .filter((el) => !el.querySelector(blocks) && !skipped(el))
      .map((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let line = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!skipped(n.parentElement)) line += n.data.replace(/\s/g, ' ');
        }
        return line;
      });
    const text = lines.join('\n');
    const again = await window.whosaid.analyze(text);
    return { text, analysis, same: JSON.stringify(again) === JSON.stringify(analysis) };
  });
  if (!embedded.same) throw new Error('the embed read another text than the one rebuilt here: update readme-screenshot.mjs');
  await writeClaims('embed-screenshot.png', {
    article: 'www/embed/news.html',
    text: embedded.text,
    ...summary(embedded.analysis),
  });
} finally {
  await browser.close();
  await server.close();
}
