// The article finder (src/embed/finder.js with Mozilla's Readability, as
// the extension and the bookmarklet run it: dist/extension/chromium/finder.js)
// on page structures written for this test after the ways real news pages
// defeated the old heuristic (issue 9): an article split across many
// sibling blocks, a hidden copy of the article, figure captions with a
// "Media caption" label, bylines, datelines, share bars and "Read more"
// lines, promos and newsletter boxes between sections, related-links rails
// and comments with long paragraphs, paragraphs made of <br>s, an article in
// a layout table. The article's paragraphs carry data-gold (which neither
// Readability nor the finder reads); each page must give at least 90% of the
// article's words, and at least 80% of what is chosen must be article.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, ROOT, launch, serve } from './harness.mjs';

const FINDER = join(DIST, 'extension', 'chromium', 'finder.js');
const PAGES = join(DIST, 'finder-test');
let server;
let browser;

/** The paragraphs of two of the project's own news passages (tests/fixtures/). */
async function story(a, b) {
  const text = async (n) => (await readFile(join(ROOT, 'tests', 'fixtures', `${n}.txt`), 'utf8')).split('\n').filter((l) => l.trim());
  return [...(await text(a)), ...(await text(b))];
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const gold = (paragraphs, tag = 'p', attrs = '') => paragraphs.map((p) => `<${tag} data-gold${attrs}>${esc(p)}</${tag}>`);
const page = (title, body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
const NAV = `<header class="site"><a href="/">The Daily Ledger</a><nav><a href="/world">World</a> <a href="/business">Business</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a></nav></header>`;
const RAIL = (n) =>
  `<div class="right-rail">${Array.from({ length: n }, (_, i) => `<div class="rail-item"><h3><a href="/r${i}">Regional story number ${i + 1} on the front page today</a></h3>
<p>Teaser text of another article, long enough to look like a paragraph to a scorer that counts letters and commas, with a clause, another clause, and a last one for good measure.</p></div>`).join('')}</div>`;
const COMMENTS = `<div id="comments"><h2>Comments</h2>${Array.from({ length: 4 }, (_, i) => `<div class="comment"><p class="author">reader${i}</p><p>I have been following this story for a while and I think the council, the contractors and everybody else involved should answer for it, because the people who pay for all of this are the ones who never get asked, and that has been true for years.</p></div>`).join('')}</div>`;

/** Each structure: a name and a function from paragraphs to a page. */
const STRUCTURES = [
  [
    'article split into many sibling blocks with ads between them (as some front pages wrap every few paragraphs)',
    ['002-bribery-trial', '007-ceasefire-talks'],
    (ps) => {
      const blocks = [];
      for (let i = 0; i < ps.length; i += 2) {
        blocks.push(`<div class="StoryBodyCompanionColumn"><div class="css-53u6y8">${gold(ps.slice(i, i + 2), 'p', ' class="css-at9mc1 evys1bk0"').join('')}</div></div>`);
        blocks.push('<div class="ad-slot" aria-hidden="true"><p>Advertisement</p></div>');
      }
      return page('Trial opens', `${NAV}<main><article><header><h1>Procurement chief took bribes, prosecutors say</h1>
<p class="byline">By Dana Reyes and Tom Okoro</p><time datetime="2026-11-30">Nov. 30, 2026</time></header>
<section name="articleBody">${blocks.join('\n')}</section></article></main>${RAIL(3)}<footer><p>© The Daily Ledger</p></footer>`);
    },
  ],
  [
    'a hidden full copy of the article (print or app version, hidden by the stylesheet) before the visible one',
    ['003-quarterly-results', '008-river-flood'],
    (ps) =>
      page(
        'Results',
        `${NAV}<div class="print-copy"><h1>Results</h1>${ps.map((p) => `<p>${esc(p)} ${esc(p)}</p>`).join('')}</div>
<main><article class="story"><h1>Quarterly results beat forecasts</h1>${gold(ps).join('\n')}</article></main>${RAIL(2)}`,
        '<style>.print-copy { display: none; } @media print { .print-copy { display: block; } }</style>',
      ),
  ],
  [
    'figure captions with a "Media caption" label, byline, dateline, share bar and "Read more" lines inside the article',
    ['004-measles-outbreak', '010-dock-strike'],
    (ps) => {
      const body = gold(ps);
      body.splice(3, 0, `<figure class="media-with-caption"><img alt="" src="data:,"><figcaption><span class="off-screen">Media caption</span> Mr Obama told the BBC the clinic had been ready for weeks</figcaption></figure>`);
      body.splice(6, 0, '<p class="read-more"><a href="/more">Read more: How the outbreak spread through three schools</a></p>');
      return page('Outbreak', `${NAV}<div class="story-body"><h1>Measles cases rise</h1>
<div class="byline"><span class="byline__name">By Priya Natarajan</span><span class="byline__title">Health correspondent</span></div>
<div class="date-line"><time>30 November 2026</time></div>
<ul class="share-tools"><li><a href="/s/f">Share on Facebook</a></li><li><a href="/s/t">Share on X</a></li><li><a href="/s/e">Share by email</a></li></ul>
<div class="story-body__inner">${body.join('\n')}</div>
<p>Read more about <a href="/health">health</a> and <a href="/schools">schools</a>.</p></div>${COMMENTS}`);
    },
  ],
  [
    'article in several sections with promo boxes and a newsletter sign-up between them',
    ['005-glacier-study', '011-district-recount'],
    (ps) => {
      const third = Math.ceil(ps.length / 3);
      const section = (part) => `<div class="articleBodyText section">${gold(part).join('')}</div>`;
      const promo = `<div class="inline-promo"><p>Subscribe today for unlimited access to award-winning journalism, puzzles, podcasts and more, with your first month free and the freedom to cancel at any time you like.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>`;
      return page('Glacier', `${NAV}<div class="article-wrapper"><h1>Glacier retreat doubles</h1><p class="dateline">LONDON, Nov 30</p>
${section(ps.slice(0, third))}${promo}${section(ps.slice(third, 2 * third))}<div class="newsletter-signup"><h3>Morning briefing</h3><p>The news you need to start the day, in your inbox every morning before seven, written by our editors, free for everyone who signs up this week.</p></div>${section(ps.slice(2 * third))}</div>${RAIL(6)}${COMMENTS}`);
    },
  ],
  [
    'related-links rail and comments with long paragraphs beside a short article, in a wrapper whose class says "share" and "promo"',
    ['006-coach-fired', '012-jewelry-heist'],
    (ps) =>
      page('Coach', `${NAV}<div class="layout share-bar-host promo-ready"><div class="content"><h1>Coach fired after losing run</h1>${gold(ps).join('\n')}
<div class="related-links"><h2>Related</h2><ul>${Array.from({ length: 5 }, (_, i) => `<li><a href="/rel${i}">Another story about the club and its owners, number ${i + 1}, with a long headline</a></li>`).join('')}</ul></div></div>
${RAIL(8)}</div>${COMMENTS}`),
  ],
  [
    'paragraphs made of text and <br> pairs inside one div, beside a sidebar',
    ['001-transit-levy', '009-bank-breach'],
    (ps) =>
      page('Levy', `${NAV}<div id="main"><h1>Transit levy approved</h1><div class="entry">${ps.map((p) => `<span data-gold>${esc(p)}</span>`).join('<br><br>\n')}</div></div>
<div id="sidebar"><h3>Archives</h3><p>Browse every story we have published since 1998, sorted by month and by section, with the most read stories of each week.</p></div>`),
  ],
  [
    'an article inside a layout table, with a navigation column',
    ['007-ceasefire-talks', '003-quarterly-results'],
    (ps) =>
      page('Talks', `<table width="100%"><tr><td class="navcol" width="180"><a href="/a">Front page</a><br><a href="/b">World</a><br><a href="/c">Letters</a></td>
<td class="maincol"><h1>Ceasefire talks resume</h1>${gold(ps).join('\n')}<p class="copyright">Copyright 2026 The Ledger. All rights reserved.</p></td></tr></table>`),
  ],
];

before(async () => {
  await access(FINDER).catch(() => {
    throw new Error('dist/extension/ is missing: run scripts/build-extension.sh first (scripts/test.sh does)');
  });
  await mkdir(PAGES, { recursive: true });
  for (const [i, [, fixtures, make]] of STRUCTURES.entries()) {
    await writeFile(join(PAGES, `page-${i}.html`), make(await story(...fixtures)));
  }
  server = await serve(PAGES);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs the finder on a page; its words kept, the article's, and the overlap. */
async function measure(i) {
  const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  p.on('pageerror', (e) => errors.push(String(e)));
  await p.goto(`${server.url}page-${i}.html`);
  await p.addScriptTag({ content: await readFile(FINDER, 'utf8') });
  const result = await p.evaluate(() => {
    const words = (s) => s.split(/\s+/).filter(Boolean).length;
    const found = whosaidFind(document);
    const inGold = (n) => Boolean(n.parentElement.closest('[data-gold]'));
    const goldWords = [...document.querySelectorAll('[data-gold]')].reduce((sum, el) => sum + words(el.textContent), 0);
    // Whole words: the text of the chosen nodes, one block after another.
    const chosen = found ? found.nodes : [];
    const chosenWords = words(chosen.map((n) => n.data).join(' '));
    const articleWords = words(chosen.filter(inGold).map((n) => n.data).join(' '));
    const stray = chosen.filter((n) => !inGold(n) && n.data.trim()).map((n) => n.data.trim().slice(0, 50));
    return { goldWords, chosenWords, articleWords, stray, hidden: chosen.some((n) => !n.parentElement.checkVisibility()) };
  });
  await p.close();
  return { ...result, errors };
}

describe('the article finder on page structures nobody prepared', () => {
  for (const [i, [name]] of STRUCTURES.entries()) {
    test(name, async () => {
      const m = await measure(i);
      const recall = m.articleWords / m.goldWords;
      const precision = m.chosenWords ? m.articleWords / m.chosenWords : 0;
      console.log(`# ${name}: ${(100 * recall).toFixed(1)}% of the article's ${m.goldWords} words chosen; ${(100 * precision).toFixed(1)}% of the ${m.chosenWords} chosen words are article${m.stray.length ? `; other text: ${JSON.stringify(m.stray)}` : ''}`);
      assert.deepEqual(m.errors, []);
      assert.equal(m.hidden, false, 'nothing hidden is chosen');
      assert.ok(recall >= 0.9, `at least 90% of the article: ${recall}`);
      assert.ok(precision >= 0.8, `at least 80% of the chosen text is article: ${precision}`);
    });
  }
});
