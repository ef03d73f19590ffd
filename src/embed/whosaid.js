// whosaid embed loader (ES module). One tag on a host page:
//   <script type="module" src="https://widget.example/embed/whosaid.js"></script>
// marks up every element with `data-whosaid` and every <whosaid-article>.
// As a bookmarklet (`whosaid.js?find`) it first finds the page's main text.
// No inline script, no eval, no request except this module's own files
// (the wasm-bindgen glue and the wasm next to it). See README "Embedding".
import init, { mount, analyze as analyzeJson } from './whosaid_embed.js';

const SELF = new URL(import.meta.url);
const WASM = new URL('whosaid_embed_bg.wasm', SELF);
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

let loading = null;
// The wasm is fetched with no referrer and no cookies: the widget's server
// learns nothing about the page (the loader's own imports inherit its
// referrer policy; the bookmarklet asks for the loader with none).
const load = () =>
  (loading ??= init({ module_or_path: fetch(WASM, { referrerPolicy: 'no-referrer', credentials: 'omit' }) }));

/** Every marked-up article: { element, analysis }. */
const articles = [];
const pending = new WeakMap();

/** Marks up one element (once); resolves to { element, analysis }. */
function markUp(element) {
  if (!pending.has(element)) {
    pending.set(
      element,
      load().then(() => register(element, JSON.parse(mount(element)))),
    );
  }
  return pending.get(element);
}

/** Records a marked-up article: its export button, the ready event. */
function register(element, analysis) {
  const entry = { element, analysis };
  articles.push(entry);
  element.addEventListener('whosaid:export', () => download(annotations(element)));
  element.dispatchEvent(
    new CustomEvent('whosaid:ready', {
      bubbles: true,
      detail: { claims: analysis.claims.length, sources: analysis.sources.length },
    }),
  );
  return entry;
}

/** The engine alone: the JSON contract (version 1) for `text`. */
export async function analyze(text) {
  await load();
  return JSON.parse(analyzeJson(String(text)));
}

// ---- W3C Web Annotations ----

/** Code points in a string (what TextPositionSelector counts). */
function codePoints(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/**
 * The page's text as selectors count it (document.body.textContent), with the
 * code-point start of each text node.
 */
function bodyText() {
  const starts = new Map();
  const parts = [];
  let offset = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    starts.set(node, offset);
    parts.push(node.data);
    offset += codePoints(node.data);
  }
  return { text: parts.join(''), starts };
}

/** A slice of `text` by code points. */
function sliceCodePoints(chars, start, end) {
  return chars.slice(start, end).join('');
}

/** The text nodes inside a mark, in order. */
function textNodes(el) {
  const out = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node);
  return out;
}

function describe(analysis, claim) {
  const source = analysis.sources.find((s) => s.id === claim.source);
  const who = source
    ? [source.name, [source.kind, source.role, source.affiliation].filter(Boolean).join(', ')].join(' — ')
    : 'No source: the writer’s own voice';
  const how = [claim.kind.replace(/_/g, ' '), claim.stance, claim.cue && `cue “${claim.cue.text}”`]
    .filter(Boolean)
    .join(', ');
  return `${who}. ${how}.`;
}

/**
 * The marked claims of one article (or all) as a W3C Web Annotation page
 * (JSON-LD): each claim an Annotation whose target has a TextQuoteSelector
 * and a TextPositionSelector over document.body.textContent (code points).
 * A split quotation has one target per part.
 */
export function annotations(element) {
  const page = location.href.split('#')[0];
  const { text, starts } = bodyText();
  const chars = Array.from(text);
  const items = [];
  for (const { element: el, analysis } of articles) {
    if (element && el !== element) continue;
    for (const claim of analysis.claims) {
      const runs = {};
      for (const m of el.querySelectorAll(`whosaid-mark[data-whosaid-claim="${CSS.escape(claim.id)}"]`)) {
        (runs[m.dataset.part ?? ''] ??= []).push(m);
      }
      const target = Object.values(runs).map((marks) => {
        const first = textNodes(marks[0])[0];
        const lastNodes = textNodes(marks[marks.length - 1]);
        const last = lastNodes[lastNodes.length - 1];
        if (!first || !last || !starts.has(first) || !starts.has(last)) return null;
        const start = starts.get(first);
        const end = starts.get(last) + codePoints(last.data);
        return {
          source: page,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: sliceCodePoints(chars, start, end),
              prefix: sliceCodePoints(chars, Math.max(0, start - 32), start),
              suffix: sliceCodePoints(chars, end, end + 32),
            },
            { type: 'TextPositionSelector', start, end },
          ],
        };
      });
      if (!target.length || target.includes(null)) continue;
      items.push({
        id: `${page}#whosaid-${articles.findIndex((a) => a.element === el)}-${claim.id}`,
        type: 'Annotation',
        motivation: 'describing',
        created: new Date().toISOString(),
        generator: { id: SELF.origin + SELF.pathname, type: 'Software', name: 'whosaid' },
        body: [
          { type: 'TextualBody', purpose: 'describing', format: 'text/plain', value: describe(analysis, claim) },
          { type: 'TextualBody', purpose: 'tagging', value: `whosaid:${claim.kind}` },
        ],
        target: target[1] ? target : target[0],
      });
    }
  }
  return { '@context': CONTEXT, id: `${page}#whosaid-annotations`, type: 'AnnotationPage', items };
}

/** Saves the annotations as a file (the panel's button). */
function download(page) {
  const blob = new Blob([JSON.stringify(page, null, 2)], { type: 'application/ld+json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = 'whosaid-annotations.jsonld';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- the bookmarklet: finding the main text of a page nobody prepared ----

/**
 * The page's article as Mozilla's Readability finds it, mapped back to the
 * page's own text nodes: `{ root, nodes, title }` or null. Loaded only by the
 * bookmarklet (whosaid-finder.js, with its own build of the engine), so the
 * embed's download does not carry it. See src/embed/finder.js.
 */
export async function findArticle(doc = document) {
  return (await import('./whosaid-finder.js')).whosaidFind(doc);
}

/** Marks up the main text of the page (the bookmarklet). */
export async function find() {
  const done = document.querySelector('[data-whosaid-mounted]');
  if (done) return articles.find((a) => a.element === done);
  const found = await (await import('./whosaid-finder.js')).findAndMount();
  if (!found) {
    console.warn('whosaid: no article text found on this page');
    return null;
  }
  return register(found.element, found.analysis);
}

// ---- start ----

class WhosaidArticle extends HTMLElement {
  connectedCallback() {
    markUp(this).catch((e) => console.error('whosaid:', e));
  }
}
if (!customElements.get('whosaid-article')) customElements.define('whosaid-article', WhosaidArticle);

const targets = [...document.querySelectorAll('[data-whosaid]')];
const ready = (async () => {
  if (SELF.searchParams.has('find') && targets.length === 0 && !document.querySelector('whosaid-article')) {
    await find();
  }
  await Promise.all([...targets, ...document.querySelectorAll('whosaid-article')].map(markUp));
  return articles;
})();
ready.catch((e) => console.error('whosaid:', e));

/** The API, also on window for hosts without modules. */
export const whosaid = Object.freeze({ analyze, annotations, find, findArticle, ready, articles });
if (!globalThis.whosaid) globalThis.whosaid = whosaid;
export { ready };
