// whosaid's article finder for pages nobody prepared: the bookmarklet
// (dist/embed/whosaid-finder.js, an ES module) and the browser extension
// (a content script) are both built from this file with Mozilla's
// Readability (npm @mozilla/readability) placed before it; see
// scripts/build-extension.sh. It must not use import or export.
//
// Readability runs on a copy of the page (it rewrites what it reads) from
// which every element the reader cannot see was removed first, so a hidden
// copy of the article is never chosen. What Readability keeps is mapped back
// to the live page's own text nodes (the copy's text nodes are paired with
// the live ones before it runs, and Readability moves text nodes but does not
// re-create them), so the marks land in the page the reader is looking at.
// Captions, bylines, datelines, share bars and "read more" blocks are then
// left out of what it kept.

/* global Readability */

/** Elements whose text is never the article's, in the live page. */
const WHOSAID_NOT_ARTICLE = [
  'figure', 'figcaption', 'picture', 'time', 'button', 'nav', 'aside', 'footer', 'form', 'menu',
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'svg', 'math',
  '[role=navigation]', '[role=complementary]', '[role=contentinfo]', '[role=button]',
  '[class*=caption i]', '[class*=byline i]', '[class*=dateline i]', '[class*=kicker i]',
  '[class*=share i]', '[class*=social i]', '[class*=related i]', '[class*=read-more i]',
  '[class*=readmore i]', '[class*=newsletter i]', '[class*=promo i]', '[class*=author i]',
  '[class*=timestamp i]', '[class*=credit i]', '[class*=sr-only i]', '[class*=visually-hidden i]',
  '[class*=off-screen i]', '[class*=offscreen i]', '[rel=author]', '[aria-hidden=true]', '[hidden]',
  'whosaid-layer', 'whosaid-panel', '[data-whosaid-skip]',
].join(',');

/** A block that only points elsewhere: "Read more: …", "Related: …". */
const WHOSAID_POINTER = /^\s*(read more|read next|more on this|more from|related|see also|recommended|watch|listen|sign up|subscribe|advertisement)\b/i;

/** Tags that make a block: whitespace between them is layout, not text. */
const WHOSAID_BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Whether the reader cannot see `el` (or anything in it). */
function whosaidHidden(el) {
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return true;
  } else if (el.getClientRects().length === 0) {
    return true;
  }
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  // Moved off the page (left: -9999px) ...
  if (r.right + view.scrollX <= 0 || r.bottom + view.scrollY <= 0) return true;
  // ... or clipped to a pixel (screen-reader-only copies).
  if (r.width <= 1 || r.height <= 1) {
    const style = view.getComputedStyle(el);
    if (style.overflow !== 'visible' || style.clip !== 'auto' || style.clipPath !== 'none') return true;
  }
  return false;
}

/**
 * A copy of `doc` without the elements the reader cannot see, and the live
 * text node of each of the copy's text nodes.
 */
function whosaidCopy(doc) {
  const copy = doc.cloneNode(true);
  const live = new Map();
  const hidden = new Set();
  const gone = [];
  // The copy has the same tree: walk both in step.
  const show = NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT;
  const a = doc.createTreeWalker(doc.documentElement, show);
  const b = copy.createTreeWalker(copy.documentElement, show);
  for (let x = a.currentNode, y = b.currentNode; x && y; x = a.nextNode(), y = b.nextNode()) {
    if (x.nodeType === Node.TEXT_NODE) {
      live.set(y, x);
    } else if (hidden.has(x.parentElement)) {
      hidden.add(x);
    } else if (doc.body.contains(x) && x !== doc.body && whosaidHidden(x)) {
      hidden.add(x);
      gone.push(y);
    }
  }
  for (const y of gone) y.remove();
  return { copy, live };
}

/**
 * Whether a live text node is kept: not in a caption, byline, ... inside the
 * article's `root` (a wrapper of the whole article whose class happens to say
 * "share" or "promo" is not one).
 */
function whosaidKeep(node, root) {
  const parent = node.parentElement;
  if (!parent) return false;
  const not = parent.closest(WHOSAID_NOT_ARTICLE);
  if (not && not !== root && root.contains(not)) return false;
  if (!node.data.trim()) {
    // Whitespace between blocks is layout; between inline elements a space.
    const near = [node.previousSibling, node.nextSibling];
    return !near.some((n) => !n || (n.nodeType === Node.ELEMENT_NODE && WHOSAID_BLOCK_TAGS.has(n.tagName)));
  }
  return true;
}

/** The nearest block around a node (its paragraph). */
function whosaidBlock(node) {
  let el = node.parentElement;
  while (el && !WHOSAID_BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el;
}

/** Drops blocks that only point elsewhere ("Read more: …") and hidden text. */
function whosaidPrune(nodes) {
  const byBlock = new Map();
  for (const n of nodes) {
    const block = whosaidBlock(n);
    if (!byBlock.has(block)) byBlock.set(block, []);
    byBlock.get(block).push(n);
  }
  const kept = [];
  const seen = new Map();
  for (const [block, list] of byBlock) {
    const text = list.map((n) => n.data).join('');
    if (WHOSAID_POINTER.test(text) && text.trim().length < 160) continue;
    for (const n of list) {
      const parent = n.parentElement;
      if (!seen.has(parent)) seen.set(parent, whosaidHidden(parent));
      if (!seen.get(parent)) kept.push(n);
    }
    void block;
  }
  return kept;
}

/** The largest visible block of paragraph text (when Readability finds none). */
function whosaidLargest(doc, copy, live) {
  const scores = new Map();
  for (const p of copy.querySelectorAll('p')) {
    const length = p.textContent.trim().length;
    if (length < 40) continue;
    for (const [el, share] of [[p.parentElement, 1], [p.parentElement?.parentElement, 0.5]]) {
      if (el && el !== copy.body) scores.set(el, (scores.get(el) ?? 0) + length * share);
    }
  }
  let best = null;
  for (const [el, score] of scores) if (!best || score > best[1]) best = [el, score];
  if (!best) return [];
  const out = [];
  const w = copy.createTreeWalker(best[0], NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t; t = w.nextNode()) if (live.has(t)) out.push(live.get(t));
  return out;
}

/**
 * Finds the article of `doc`: `{ root, nodes, title }`, where `nodes` are the
 * live page's text nodes of the article in document order and `root` the
 * nearest element holding them all; null when the page has no article text.
 */
function whosaidFind(doc = document) {
  if (!doc.body) return null;
  const { copy, live } = whosaidCopy(doc);
  const chosen = [];
  let title = doc.title;
  try {
    const result = new Readability(copy, {
      serializer: (el) => el,
      keepClasses: true,
      charThreshold: 250,
    }).parse();
    if (result?.content) {
      title = result.title || title;
      const w = copy.createTreeWalker(result.content, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode(); t; t = w.nextNode()) if (live.has(t)) chosen.push(live.get(t));
    }
  } catch (e) {
    console.warn('whosaid: Readability failed, using the largest block of text', e);
  }
  const nodes = whosaidArticle(doc, chosen) ?? whosaidArticle(doc, whosaidLargest(doc, copy, live));
  return nodes && { root: whosaidRoot(doc, nodes), nodes, title };
}

/** The live text nodes of the article among `chosen`, in order; null if none. */
function whosaidArticle(doc, chosen) {
  const unique = [...new Set(chosen)].filter((n) => n.isConnected);
  unique.sort((x, y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (!unique.length) return null;
  const around = whosaidRoot(doc, unique);
  const nodes = whosaidPrune(unique.filter((n) => whosaidKeep(n, around)));
  return nodes.some((n) => n.data.trim()) ? nodes : null;
}

/** The nearest element holding all of `nodes` (in document order). */
function whosaidRoot(doc, nodes) {
  const range = doc.createRange();
  range.setStartBefore(nodes[0]);
  range.setEndAfter(nodes[nodes.length - 1]);
  let root = range.commonAncestorContainer;
  if (root.nodeType !== Node.ELEMENT_NODE) root = root.parentElement;
  return root === doc.documentElement ? doc.body : root;
}
