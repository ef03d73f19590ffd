//! The embed: the engine and the reader's cards on someone else's page.
//!
//! A publisher adds one module script (`dist/embed/whosaid.js`, see the
//! README); it calls [`mount`] for every element carrying `data-whosaid` and
//! every `<whosaid-article>`. `mount` reads the text of the element's
//! paragraphs straight from the host's DOM text nodes, analyses it, and marks
//! each claim in place by wrapping the pieces of those text nodes in
//! `<whosaid-mark>` elements (inline, no box of their own: links, `<em>` and
//! layout stay as they were). The card and the sources panel are the reader's
//! own views, rendered by Yew inside open shadow roots whose styles
//! neither leak out nor let the host's styles in (`all: initial` at the
//! boundary, every length in `em` of a fixed size, not the host's `rem`).
//!
//! Offsets: the contract counts code points; the DOM counts UTF-16 units.
//! Each text node's piece of the article knows its code-point start, and
//! [`crate::text::utf16_from_char_offset`] turns a code-point offset inside a
//! node into the UTF-16 offset `Text.splitText` wants (an emoji is one code
//! point and two UTF-16 units).

mod app;

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot, ShadowRootInit, ShadowRootMode, Text};

use crate::text::{find_substring, replace_all, utf16_from_char_offset};
use crate::ui::labels::{self, Lang};
use crate::ui::Doc;
use crate::{ClaimKind, SourceKind};

pub use app::{Embed, EmbedProps};

/// Elements that hold the paragraphs of an article.
const BLOCKS: &str = "p,h1,h2,h3,h4,h5,h6,li,blockquote,dd,dt,figcaption,pre,td,th";
/// Elements whose text is never article text (bylines and kickers by the
/// class names news sites give them), and the widget's own.
const SKIP: &str = "script,style,noscript,template,textarea,select,button,nav,aside,footer,form,\
                    [class*=byline],[class*=kicker],[class*=dateline],\
                    whosaid-layer,whosaid-panel,[data-whosaid-skip],[hidden]";

/// The document-level sheet for the marks in the host's text.
const MARKS_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/marks.css"));
/// The reader's stylesheet (cards, panel, colours) and what the shadow roots add.
const READER_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));
const SHADOW_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/shadow.css"));

/// CSS custom properties a host may set on the article (or any ancestor) to
/// theme the card and panel, and the reader's own properties each sets.
pub const THEME_PROPERTIES: [(&str, &[&str]); 7] = [
    ("--whosaid-accent", &["--accent", "--focus"]),
    ("--whosaid-font", &[]),
    ("--whosaid-font-size", &[]),
    ("--whosaid-card-bg", &["--card", "--panel"]),
    ("--whosaid-card-fg", &["--fg"]),
    ("--whosaid-border", &["--border"]),
    ("--whosaid-radius", &[]),
];

/// What the host chose with `data-whosaid-*` attributes on the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// `light`, `dark`, or `None` for the system's choice.
    pub theme: Option<&'static str>,
    /// Which claims are marked, by their source's kind (`None`: the writer's
    /// voice); `None` marks all.
    pub kinds: Option<Vec<Option<SourceKind>>>,
    /// Whether the sources panel follows the article.
    pub panel: bool,
    pub lang: Lang,
}

impl Options {
    /// Reads the attributes. Values the widget does not know are reported on
    /// the console and ignored.
    pub fn read(el: &Element) -> Options {
        Options::read_with(el, |name| el.get_attribute(name))
    }

    /// Reads the options from `settings` (an object keyed by the attribute
    /// names: the browser extension's options page), else from the
    /// attributes.
    #[cfg(feature = "finder")]
    pub fn read_settings(el: &Element, settings: &JsValue) -> Options {
        Options::read_with(el, |name| {
            js_sys::Reflect::get(settings, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
                .or_else(|| el.get_attribute(name))
        })
    }

    fn read_with(el: &Element, get: impl Fn(&str) -> Option<String>) -> Options {
        let attr = |name: &str| get(name).map(|v| v.trim().to_ascii_lowercase());
        let theme = match attr("data-whosaid-theme").as_deref() {
            Some("light") => Some("light"),
            Some("dark") => Some("dark"),
            None | Some("") | Some("auto") => None,
            Some(other) => {
                warn(&format!(
                    "whosaid: unknown data-whosaid-theme “{other}” (light, dark, auto)"
                ));
                None
            }
        };
        let kinds = attr("data-whosaid-kinds")
            .filter(|v| !v.is_empty())
            .map(|v| {
                v.split([' ', ','])
                    .filter(|k| !k.is_empty())
                    .filter_map(|k| {
                        if k == "none" || k == "unattributed" {
                            return Some(None);
                        }
                        let kind = SourceKind::ALL.into_iter().find(|s| s.as_str() == k);
                        if kind.is_none() {
                            warn(&format!(
                                "whosaid: unknown kind “{k}” in data-whosaid-kinds"
                            ));
                        }
                        kind.map(Some)
                    })
                    .collect()
            });
        let panel = !matches!(
            attr("data-whosaid-panel").as_deref(),
            Some("off" | "false" | "no")
        );
        let lang = attr("data-whosaid-lang")
            .or_else(|| {
                el.closest("[lang]")
                    .ok()
                    .flatten()
                    .and_then(|e| e.get_attribute("lang"))
            })
            .map_or(Lang::En, |t| Lang::from_tag(&t));
        Options {
            theme,
            kinds,
            panel,
            lang,
        }
    }

    /// Whether claims by a source of this kind are marked.
    pub fn marks(&self, kind: Option<SourceKind>) -> bool {
        self.kinds.as_ref().is_none_or(|k| k.contains(&kind))
    }
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// One text node's share of the article: where it starts in the analysed
/// text (code points) and its text as read.
struct Piece {
    node: Text,
    start: usize,
    text: String,
}

impl Piece {
    fn end(&self) -> usize {
        self.start + self.text.chars().count()
    }
}

/// The article's text nodes, one block after another: the text of its
/// paragraphs (see [`BLOCKS`]), or of the whole element if it has none.
fn article_nodes(document: &Document, article: &Element) -> Vec<Text> {
    let mut blocks: Vec<Element> = Vec::new();
    if let Ok(list) = article.query_selector_all(BLOCKS) {
        for i in 0..list.length() {
            let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            // Containers (a blockquote of paragraphs) give way to their blocks.
            if el.query_selector(BLOCKS).ok().flatten().is_some() || skipped(&el, article) {
                continue;
            }
            blocks.push(el);
        }
    }
    if blocks.is_empty() {
        blocks.push(article.clone());
    }
    let mut nodes = Vec::new();
    for block in &blocks {
        // 4 = NodeFilter.SHOW_TEXT
        let Ok(walker) = document.create_tree_walker_with_what_to_show(block, 4) else {
            continue;
        };
        while let Ok(Some(node)) = walker.next_node() {
            let Ok(node) = node.dyn_into::<Text>() else {
                continue;
            };
            if node.parent_element().is_some_and(|p| skipped(&p, article)) {
                continue;
            }
            nodes.push(node);
        }
    }
    nodes
}

/// The nearest element around a text node that makes a line of its own.
fn block_of(node: &Text) -> Option<Element> {
    node.parent_element()?
        .closest(PARAGRAPH_LIKE)
        .ok()
        .flatten()
}

/// Elements whose text starts a new line of the analysed text.
const PARAGRAPH_LIKE: &str =
    "p,h1,h2,h3,h4,h5,h6,li,blockquote,dd,dt,figcaption,pre,td,th,div,section,article,main,body";

/// The text of `nodes` (in document order), a line per block, and each
/// node's piece of it.
///
/// Line breaks and tabs inside a block are markup, not paragraphs: each
/// becomes a space, one code point for one, so offsets stay aligned.
fn read_nodes(nodes: Vec<Text>) -> (String, Vec<Piece>) {
    let mut text = String::new();
    let mut pieces = Vec::new();
    let mut offset = 0;
    let mut block: Option<Element> = None;
    for node in nodes {
        let raw = node.data();
        if raw.is_empty() {
            continue;
        }
        let this = block_of(&node);
        if this != block {
            if !text.is_empty() {
                text.push('\n');
                offset += 1;
            }
            block = this;
        }
        let read: String = raw
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect();
        text.push_str(&read);
        let piece = Piece {
            node,
            start: offset,
            text: read,
        };
        offset = piece.end();
        pieces.push(piece);
    }
    (text, pieces)
}

/// Whether `el` is (inside) something that is not article text, within the
/// article.
fn skipped(el: &Element, article: &Element) -> bool {
    el.closest(SKIP)
        .ok()
        .flatten()
        .is_some_and(|s| s != *article && article.contains(Some(&s)))
}

/// What marking changed in the host's DOM, to undo it: the text nodes it
/// split (with their text before), the nodes the splits made, the marks.
/// Kept only where marks can be removed again (feature `finder`).
#[derive(Default)]
struct Changes {
    #[cfg(feature = "finder")]
    split: Vec<(Text, String)>,
    #[cfg(feature = "finder")]
    made: Vec<Text>,
    #[cfg(feature = "finder")]
    marks: Vec<Element>,
}

impl Changes {
    fn split(&mut self, _node: &Text) {
        #[cfg(feature = "finder")]
        self.split.push((_node.clone(), _node.data()));
    }
    fn made(&mut self, _node: &Text) {
        #[cfg(feature = "finder")]
        self.made.push(_node.clone());
    }
    fn mark(&mut self, _mark: &Element) {
        #[cfg(feature = "finder")]
        self.marks.push(_mark.clone());
    }
}

/// One claim's range in one text node: its code-point start in the article
/// (for the mark's order) and its UTF-16 offsets in the node's text.
struct Cut {
    start: usize,
    u_start: u32,
    u_end: u32,
    claim: usize,
}

/// Wraps each of `cuts` (in text order, apart) of the text `node` in a mark.
fn wrap_cuts(
    document: &Document,
    node: &Text,
    cuts: &[Cut],
    changes: &mut Changes,
    marks: &mut Vec<(usize, usize, Element)>,
) {
    // From the end, so the offsets before each cut stay valid on `node`.
    let mut length = node.length();
    for cut in cuts.iter().rev() {
        if cut.u_end < length {
            match node.split_text(cut.u_end) {
                Ok(after) => changes.made(&after),
                Err(_) => continue,
            }
        }
        let middle = if cut.u_start > 0 {
            match node.split_text(cut.u_start) {
                Ok(m) => {
                    changes.made(&m);
                    m
                }
                Err(_) => continue,
            }
        } else {
            node.clone()
        };
        length = cut.u_start;
        let Ok(mark) = document.create_element("whosaid-mark") else {
            continue;
        };
        let Some(parent) = middle.parent_node() else {
            continue;
        };
        if parent.insert_before(&mark, Some(&middle)).is_err()
            || mark.append_child(&middle).is_err()
        {
            continue;
        }
        changes.mark(&mark);
        marks.push((cut.claim, cut.start, mark));
    }
}

/// Wraps every piece of every claim the options keep in a `<whosaid-mark>`.
fn mark_claims(
    document: &Document,
    doc: &Doc,
    pieces: &[Piece],
    options: &Options,
    changes: &mut Changes,
) {
    // Per text node, the code-point ranges to wrap and their claims.
    let mut cuts: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); pieces.len()];
    for (i, claim) in doc.analysis.claims.iter().enumerate() {
        let kind = doc.analysis.source_of(claim).map(|s| s.kind);
        if !options.marks(kind) {
            continue;
        }
        // A split quotation is marked in its parts only, not its frame.
        for (s, e) in claim.content.pieces() {
            // Pieces are in text order: skip to the first that ends after `s`.
            let first = pieces.partition_point(|p| p.end() <= s);
            for (n, piece) in pieces.iter().enumerate().skip(first) {
                if piece.start >= e {
                    break;
                }
                let (ls, le) = (
                    s.max(piece.start) - piece.start,
                    e.min(piece.end()) - piece.start,
                );
                if ls < le {
                    cuts[n].push((ls, le, i));
                }
            }
        }
    }
    let mut marks: Vec<(usize, usize, Element)> = Vec::new();
    for (piece, mut ranges) in pieces.iter().zip(cuts) {
        if ranges.is_empty() {
            continue;
        }
        // Outer contents first; one that would cross another (the engine
        // makes none) yields.
        crate::ui::layout::small_sort_by_key(&mut ranges, |&(s, e, _)| (s, usize::MAX - e));
        let mut open: Vec<usize> = Vec::new();
        ranges.retain(|&(s, e, _)| {
            while open.last().is_some_and(|&end| end <= s) {
                open.pop();
            }
            let crosses = open.last().is_some_and(|&end| e > end);
            if !crosses {
                open.push(e);
            }
            !crosses
        });
        // Interactive marks never nest: a claim inside another's content
        // cuts its host's mark into pieces around it, each stretch of text
        // marked for the innermost claim holding it (the last in this order).
        let mut bounds: Vec<usize> = ranges.iter().flat_map(|&(s, e, _)| [s, e]).collect();
        crate::ui::layout::small_sort_by_key(&mut bounds, |&b| b);
        bounds.dedup();
        let cuts: Vec<Cut> = bounds
            .windows(2)
            .filter_map(|w| {
                let &(_, _, claim) = ranges.iter().rev().find(|r| r.0 <= w[0] && w[1] <= r.1)?;
                Some(Cut {
                    start: piece.start + w[0],
                    u_start: utf16_from_char_offset(&piece.text, w[0]) as u32,
                    u_end: utf16_from_char_offset(&piece.text, w[1]) as u32,
                    claim,
                })
            })
            .collect();
        changes.split(&piece.node);
        wrap_cuts(document, &piece.node, &cuts, changes, &mut marks);
    }
    crate::ui::layout::small_sort_by_key(&mut marks, |&(claim, start, _)| (claim, start));
    let mut previous = None;
    for (claim, start, mark) in &marks {
        let c = &doc.analysis.claims[*claim];
        let source = doc.analysis.source_of(c);
        let kind = source.map(|s| s.kind);
        let set = |name: &str, value: &str| {
            let _ = mark.set_attribute(name, value);
        };
        set("data-claim", &claim.to_string());
        set("data-whosaid-claim", &c.id);
        set("data-k", kind.map_or("none", SourceKind::as_str));
        if c.kind == ClaimKind::Unattributed {
            set("data-voice", "");
        }
        // Which part of a split quotation (the annotations' targets).
        if let Some(part) = c.content.parts.iter().position(|p| p.end > *start) {
            set("data-part", &part.to_string());
        }
        if previous != Some(*claim) {
            // The claim's first piece: a Tab stop, announced as a button,
            // unless it sits in a link or button (no control in a control:
            // the host's link keeps its focus and its click).
            set("data-first", "");
            let in_control = mark
                .closest("a[href],button,summary,label")
                .ok()
                .flatten()
                .is_some();
            previous = Some(*claim);
            if in_control {
                continue;
            }
            let who = source.map_or(labels::tr("The writer"), |s| s.name.as_str());
            set("tabindex", "0");
            set("role", "button");
            set("aria-haspopup", "dialog");
            set("aria-expanded", "false");
            set(
                "aria-description",
                &format!(
                    "{} {who} ({})",
                    labels::tr("Claim by"),
                    labels::claim_kind_label(c.kind)
                ),
            );
        }
    }
}

thread_local! {
    static SHEETS: Option<(CssStyleSheet, CssStyleSheet)> = make_sheets();
}

/// The marks' sheet (for the document) and the widget's (for its shadow
/// roots), made once. Constructed sheets, not `<style>` elements: nothing is
/// added to the host's DOM, and a style-src policy does not apply to them.
fn make_sheets() -> Option<(CssStyleSheet, CssStyleSheet)> {
    let marks = CssStyleSheet::new().ok()?;
    marks.replace_sync(MARKS_CSS).ok()?;
    let shadow = CssStyleSheet::new().ok()?;
    let css = format!("{}\n{SHADOW_CSS}", shadow_css(READER_CSS));
    shadow.replace_sync(&css).ok()?;
    Some((marks, shadow))
}

/// The reader's stylesheet made fit for a shadow root on a foreign page: its
/// `:root` rules apply to the widget's own root (`.wr`), and `rem` (the
/// host's root font size, which a host may set to anything) becomes `em` of
/// the widget's fixed size.
pub fn shadow_css(css: &str) -> String {
    let css = replace_all(css, ":root", ".wr");
    let mut out = String::with_capacity(css.len());
    let mut rest = css.as_str();
    while let Some(at) = find_substring(rest, "rem") {
        // A unit: right after a number's last digit, and not a word's start.
        let after_number = rest[..at].ends_with(|c: char| c.is_ascii_digit())
            && !rest[at + 3..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '-');
        out.push_str(&rest[..at]);
        out.push_str(if after_number { "em" } else { "rem" });
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    out
}

/// Adds `sheet` to a document's or shadow root's adopted sheets, once.
fn adopt(target: &JsValue, sheet: &CssStyleSheet) {
    let key = JsValue::from_str("adoptedStyleSheets");
    let Ok(current) = js_sys::Reflect::get(target, &key) else {
        return;
    };
    let list: js_sys::Array = current.dyn_into().unwrap_or_default();
    if list.includes(sheet, 0) {
        return;
    }
    list.push(sheet);
    let _ = js_sys::Reflect::set(target, &key, &list);
}

/// Takes `sheet` out of a document's adopted sheets.
#[cfg(feature = "finder")]
fn unadopt(target: &JsValue, sheet: &CssStyleSheet) {
    let key = JsValue::from_str("adoptedStyleSheets");
    let Ok(current) = js_sys::Reflect::get(target, &key) else {
        return;
    };
    let list: js_sys::Array = current.dyn_into().unwrap_or_default();
    let sheet: &JsValue = sheet.as_ref();
    let kept: js_sys::Array = list.filter(&mut |s, _, _| s != *sheet);
    let _ = js_sys::Reflect::set(target, &key, &kept);
}

/// A custom-named element with an open shadow root styled by the widget's
/// sheet, holding one `div.wr` for Yew to render into.
fn shadow_host(
    document: &Document,
    tag: &str,
    article: &Element,
    options: &Options,
) -> Result<(Element, Element), JsValue> {
    let host = document.create_element(tag)?;
    let root: ShadowRoot = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    if let Some((_, sheet)) = SHEETS.with(Clone::clone) {
        adopt(&root, &sheet);
    }
    let div = document.create_element("div")?;
    // The host's theme properties, read where the host set them (the
    // article or any ancestor), become the widget's own colours: inline on
    // its root, so they hold in both themes.
    if let (Some(window), Some(root_style)) = (
        web_sys::window(),
        div.dyn_ref::<web_sys::HtmlElement>().map(|d| d.style()),
    ) {
        if let Ok(Some(computed)) = window.get_computed_style(article) {
            for (name, internal) in THEME_PROPERTIES {
                let value = computed.get_property_value(name).unwrap_or_default();
                let value = value.trim();
                if value.is_empty() {
                    continue;
                }
                let _ = root_style.set_property(name, value);
                for var in internal {
                    let _ = root_style.set_property(var, value);
                }
            }
        }
    }
    div.set_class_name("wr");
    if let Some(theme) = options.theme {
        div.set_attribute("data-theme", theme)?;
    }
    div.set_attribute("lang", options.lang.tag())?;
    root.append_child(&div)?;
    Ok((host, div))
}

/// One marked-up article and what marking it changed in the host page.
#[cfg(feature = "finder")]
struct Mounted {
    article: Element,
    app: yew::AppHandle<Embed>,
    layer: Element,
    panel: Option<Element>,
    changes: Changes,
    /// The article's `data-whosaid-theme` before (the widget sets it).
    theme_before: Option<String>,
}

#[cfg(feature = "finder")]
thread_local! {
    static MOUNTED: std::cell::RefCell<Vec<Mounted>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks up one article of the host page and returns its analysis as the
/// JSON contract.
pub fn mount(article: &Element) -> Result<String, JsValue> {
    mount_with(article, None, Options::read(article))
}

/// Marks up `nodes` (text nodes in document order, all inside `article`,
/// chosen by the article finder) instead of `article`'s paragraphs, with
/// options from `settings` (keyed like the attributes) before the article's
/// attributes: the bookmarklet and the browser extension.
#[cfg(feature = "finder")]
pub fn mount_nodes(
    article: &Element,
    nodes: &js_sys::Array,
    settings: &JsValue,
) -> Result<String, JsValue> {
    let nodes = nodes
        .iter()
        .filter_map(|n| n.dyn_into::<Text>().ok())
        .filter(|n| article.contains(Some(n)))
        .collect();
    mount_with(
        article,
        Some(nodes),
        Options::read_settings(article, settings),
    )
}

fn mount_with(
    article: &Element,
    nodes: Option<Vec<Text>>,
    options: Options,
) -> Result<String, JsValue> {
    let document = article
        .owner_document()
        .ok_or_else(|| JsValue::from_str("whosaid: the element is not in a document"))?;
    if article.has_attribute("data-whosaid-mounted") {
        return Err(JsValue::from_str(
            "whosaid: this article is already marked up",
        ));
    }
    // Labels have one language per page: the first article's.
    if document
        .query_selector("[data-whosaid-mounted]")
        .ok()
        .flatten()
        .is_none()
    {
        labels::set_lang(options.lang);
    }
    if let Some((marks, _)) = SHEETS.with(Clone::clone) {
        adopt(&document, &marks);
    }
    let nodes = nodes.unwrap_or_else(|| article_nodes(&document, article));
    let (text, pieces) = read_nodes(nodes);
    let doc = Rc::new(Doc::analyze_unlaid(&text, "page"));
    let mut changes = Changes::default();
    mark_claims(&document, &doc, &pieces, &options, &mut changes);
    article.set_attribute("data-whosaid-mounted", "")?;
    #[cfg(feature = "finder")]
    let theme_before = article.get_attribute("data-whosaid-theme");
    if let Some(theme) = options.theme {
        article.set_attribute("data-whosaid-theme", theme)?;
    }

    // The card's layer: at the page's origin, above everything, no size.
    let (layer, layer_root) = shadow_host(&document, "whosaid-layer", article, &options)?;
    document
        .document_element()
        .ok_or_else(|| JsValue::from_str("whosaid: no root element"))?
        .append_child(&layer)?;
    let panel = if options.panel {
        let (host, div) = shadow_host(&document, "whosaid-panel", article, &options)?;
        // After the article; inside the body when the article is the body.
        if article.closest("html>body").ok().flatten().as_ref() == Some(article) {
            article.append_child(&host)?;
        } else {
            article.after_with_node_1(&host)?;
        }
        Some((host, div))
    } else {
        None
    };
    let json = doc.analysis.to_json();
    let props = EmbedProps {
        doc,
        article: article.clone(),
        layer: layer.clone(),
        panel: panel.as_ref().map(|(_, div)| div.clone()),
    };
    let _app = yew::Renderer::<Embed>::with_root_and_props(layer_root, props).render();
    #[cfg(feature = "finder")]
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            article: article.clone(),
            app: _app,
            layer,
            panel: panel.map(|(host, _)| host),
            changes,
            theme_before,
        })
    });
    Ok(json)
}

/// Undoes [`mount`] on `article`: the card and panel go, every mark gives
/// its text back, and every text node the marks split is whole again (the
/// same node objects, with their text as before). Returns whether the
/// article was marked up.
#[cfg(feature = "finder")]
pub fn unmount(article: &Element) -> bool {
    let Some(mounted) = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let at = m.iter().position(|x| x.article == *article)?;
        Some(m.remove(at))
    }) else {
        return false;
    };
    mounted.app.destroy();
    mounted.layer.remove();
    if let Some(panel) = &mounted.panel {
        panel.remove();
    }
    let changes = mounted.changes;
    for mark in &changes.marks {
        if let Some(parent) = mark.parent_node() {
            while let Some(child) = mark.first_child() {
                let _ = parent.insert_before(&child, Some(mark));
            }
        }
        mark.remove();
    }
    for made in &changes.made {
        made.remove();
    }
    for (node, data) in &changes.split {
        node.set_data(data);
    }
    let _ = article.remove_attribute("data-whosaid-mounted");
    let _ = match &mounted.theme_before {
        Some(theme) => article.set_attribute("data-whosaid-theme", theme),
        None => article.remove_attribute("data-whosaid-theme"),
    };
    if MOUNTED.with(|m| m.borrow().is_empty()) {
        if let (Some((marks, _)), Some(document)) =
            (SHEETS.with(Clone::clone), article.owner_document())
        {
            unadopt(&document, &marks);
        }
    }
    true
}

/// The engine alone: the JSON contract for `text`.
pub fn analyze_json(text: &str) -> String {
    crate::analyze(text).to_json()
}
