// The content script: injected into the current tab only when the user asks
// (toolbar button, context menu, popup), after engine.js (the embed's Rust,
// card and panel, translated to JavaScript) and finder.js (Readability and
// the article finder). It runs in the extension's isolated world: the page's
// scripts cannot see it, and a page that replaced Element.prototype methods
// or window.fetch changed only its own world's copies.
//
// The build puts the embed's W3C Web Annotation export before this file
// (the section of src/embed/whosaid.js between its markers): `annotations`,
// `download` and what they use, reading `articles`, `SELF` and `CONTEXT`.
/* global wasm_bindgen, whosaidAsm, whosaidFind, whosaidBlock, whosaidHidden, annotations, download */

const SELF = new URL(chrome.runtime.getURL('content.js'));
const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** The marked-up article, as the annotation export reads it: [{ element, analysis }]. */
const articles = [];

let engine = null;
function whosaidEngine() {
  if (!engine) {
    wasm_bindgen.initWith(whosaidAsm);
    engine = wasm_bindgen;
  }
  return engine;
}

/**
 * What the extension changed: the element holding the marks, and the text
 * nodes split at a selection's ends ([node, text before, node the split made]).
 */
let current = null;

function onExport() {
  if (current) download(annotations(current.element));
}

/** The sourcing summary of an analysis: shares of claims and the sources. */
function summary(analysis, marked, title) {
  const count = { named: 0, anonymous: 0, none: 0 };
  const bySource = new Map();
  for (const claim of analysis.claims) {
    const source = analysis.sources.find((s) => s.id === claim.source);
    if (!source) count.none++;
    else if (source.kind === 'anonymous') count.anonymous++;
    else count.named++;
    if (source) bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  const sources = [...bySource]
    .map(([s, n]) => ({ name: s.name, kind: s.kind, role: s.role ?? null, count: n }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { marked, title, claims: analysis.claims.length, ...count, sources };
}

/** The text the engine would read from `nodes`: a line per block. */
function textOf(nodes) {
  let text = '';
  let block;
  for (const n of nodes) {
    const b = whosaidBlock(n);
    if (text && b !== block) text += '\n';
    block = b;
    text += n.data.replace(/\s/g, ' ');
  }
  return text;
}

function mark(found, settings) {
  const analysis = JSON.parse(whosaidEngine().mount_nodes(found.root, found.nodes, settings));
  current = { element: found.root, splits: found.splits ?? [], analysis, title: found.title };
  articles.push({ element: found.root, analysis });
  found.root.addEventListener('whosaid:export', onExport);
  return summary(analysis, true, found.title);
}

function unmark() {
  if (!current) return false;
  whosaidEngine().unmount(current.element);
  current.element.removeEventListener('whosaid:export', onExport);
  for (const [node, text, made] of current.splits.reverse()) {
    made.remove();
    node.data = text;
  }
  articles.length = 0;
  current = null;
  return true;
}

const NOTHING = {
  error:
    'No article text found on this page. Select the article’s text, right-click it and choose “Who said this?”.',
};

/**
 * The user's selection as text nodes of the page: the text nodes at its ends
 * are split so that only the selected text is read (undone with the marks).
 */
function selection() {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  const splits = [];
  const start = range.startContainer;
  const end = range.endContainer;
  const [so, eo] = [range.startOffset, range.endOffset];
  let first = start;
  let last = end;
  if (end.nodeType === Node.TEXT_NODE && eo > 0 && eo < end.data.length) {
    const text = end.data;
    splits.push([end, text, end.splitText(eo)]);
  }
  if (start.nodeType === Node.TEXT_NODE && so > 0 && so < start.data.length) {
    const text = start.data;
    first = start.splitText(so);
    splits.push([start, text, first]);
    if (start === end) last = first;
  }
  const whole = document.createRange();
  if (first.nodeType === Node.TEXT_NODE) whole.setStartBefore(first);
  else whole.setStart(first, so);
  if (last.nodeType === Node.TEXT_NODE) whole.setEndAfter(last);
  else whole.setEnd(last, last === end ? eo : last.childNodes.length);
  let root = whole.commonAncestorContainer;
  if (root.nodeType !== Node.ELEMENT_NODE) root = root.parentElement;
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const seen = new Map();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!whole.intersectsNode(n) || !n.data || n.parentElement.closest('script,style,noscript,template')) continue;
    const parent = n.parentElement;
    if (!seen.has(parent)) seen.set(parent, whosaidHidden(parent));
    if (!seen.get(parent)) nodes.push(n);
  }
  // The marks' root: the nearest element holding them, an inline one's block.
  if (root === document.documentElement) root = document.body;
  sel.removeAllRanges();
  if (!nodes.some((n) => n.data.trim())) {
    for (const [node, text, made] of splits.reverse()) {
      made.remove();
      node.data = text;
    }
    return null;
  }
  return { root, nodes, splits, title: document.title };
}

/** A point of the page as a count of characters of the body's text before it. */
function textPosition(container, offset) {
  const r = document.createRange();
  r.setStart(document.body, 0);
  r.setEnd(container, offset);
  return r.toString().length;
}

/** The text node and offset `position` characters into the body's text. */
function textPoint(position) {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let last = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (position <= n.data.length) return [n, position];
    position -= n.data.length;
    last = n;
  }
  return last ? [last, last.data.length] : [document.body, 0];
}

/** One command from the background: `toggle`, `mark`, `unmark`, `selection`, `summary`, `annotations`. */
function run(command, _argument, settings) {
  switch (command) {
    case 'toggle':
      if (current) {
        unmark();
        return { marked: false, claims: 0 };
      }
      return run('mark', null, settings);
    case 'mark': {
      if (current) return summary(current.analysis, true, current.title);
      const found = whosaidFind(document);
      return found ? mark(found, settings) : NOTHING;
    }
    case 'unmark':
      unmark();
      return { marked: false, claims: 0 };
    case 'selection': {
      if (current) {
        // Marks change no text: the selection, as text positions, survives
        // their removal.
        const sel = document.getSelection();
        const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
        const at = range && [textPosition(range.startContainer, range.startOffset), textPosition(range.endContainer, range.endOffset)];
        unmark();
        if (at) {
          const again = document.createRange();
          again.setStart(...textPoint(at[0]));
          again.setEnd(...textPoint(at[1]));
          sel.removeAllRanges();
          sel.addRange(again);
        }
      }
      const found = selection();
      if (!found) return { error: 'Select some text first.' };
      return mark(found, settings);
    }
    case 'summary': {
      if (current) return summary(current.analysis, true, current.title);
      const found = whosaidFind(document);
      if (!found) return NOTHING;
      return summary(JSON.parse(whosaidEngine().analyze(textOf(found.nodes))), false, found.title);
    }
    case 'annotations': {
      if (!current) {
        const marked = run('mark', null, settings);
        if (!current) return marked;
      }
      return { ...summary(current.analysis, true, current.title), annotations: annotations(current.element) };
    }
    default:
      return { error: `unknown command ${command}` };
  }
}

globalThis.whosaidExtension = Object.freeze({
  run(command, argument, settings) {
    try {
      return run(command, argument, settings);
    } catch (e) {
      console.warn('whosaid:', e);
      return { error: String(e?.message ?? e) };
    }
  },
});
