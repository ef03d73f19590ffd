//! The few places the reader talks to the browser directly: fetching a
//! same-origin article, taking the text out of HTML without running or
//! loading anything, and moving focus and scroll.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Document, DomParser, Element, FocusOptions, HtmlElement, Response, ScrollBehavior,
    ScrollIntoViewOptions, ScrollLogicalPosition, SupportedType, Url,
};

use crate::text::find_substring;

/// The page's document. The reader only runs in a page, where it exists.
pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("the reader runs in a page with a document")
}

/// The page's address. Its query and origin are read from this `URL`, not
/// from `location`: the `URL` imports serve the article's address too, so
/// the WebAssembly needs none of `location`'s but its `href`.
fn page_url() -> Result<Url, &'static str> {
    let location = web_sys::window().ok_or("no window")?.location();
    let href = location.href().map_err(|_| "no page address")?;
    Url::new(&href).map_err(|_| "no page address")
}

/// The article address the page was opened with (`?src=`), if any.
pub fn src_param() -> Option<String> {
    let params = page_url().ok()?.search_params();
    params.get("src").filter(|s| !s.trim().is_empty())
}

/// Resolves `src` against the page and accepts it only on the page's own
/// origin: the reader opens the site's articles, never fetches elsewhere.
pub fn same_origin_url(src: &str) -> Result<String, String> {
    let page = page_url()?;
    let url = Url::new_with_base(src, &page.href())
        .map_err(|_| format!("“{src}” is not an address the reader understands."))?;
    let origin = page.origin();
    if url.origin() != origin {
        return Err(format!(
            "Only articles from this site can be opened; “{src}” is elsewhere. \
             Paste or drop the article instead."
        ));
    }
    Ok(url.href())
}

/// Fetches an article and returns its text, taking the text out of HTML
/// (by content type or a `.html`/`.htm` address).
pub async fn fetch_article(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("The article could not be fetched: {}", js_message(&e)))?
        .unchecked_into();
    if !response.ok() {
        return Err(format!(
            "The article could not be fetched: the server answered {} {}.",
            response.status(),
            response.status_text()
        ));
    }
    let content_type = response
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let body = JsFuture::from(response.text().map_err(|e| js_message(&e))?)
        .await
        .map_err(|e| format!("The article could not be read: {}", js_message(&e)))?
        .as_string()
        .unwrap_or_default();
    let path = url
        .split(['?', '#'])
        .next()
        .unwrap_or(url)
        .to_ascii_lowercase();
    if is_html(&content_type, &path) {
        Ok(html_to_text(&body))
    } else {
        Ok(body)
    }
}

/// Whether a fetched or dropped file is HTML by its media type or its
/// lowercase name: the reader's two ways in share one answer.
pub fn is_html(media_type: &str, lowercase_name: &str) -> bool {
    find_substring(media_type, "html").is_some()
        || lowercase_name.ends_with(".html")
        || lowercase_name.ends_with(".htm")
}

/// Whether a pasted or dropped string is HTML markup rather than prose.
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('<') && (find_substring(t, "</").is_some() || find_substring(t, "/>").is_some())
}

/// Elements whose text is never article text.
const NOT_TEXT: &str =
    "script,style,noscript,template,iframe,object,embed,svg,canvas,nav,footer,aside,form,button,select,input,textarea,figure";

/// Block elements that hold the paragraphs of an article.
const BLOCKS: &str = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,dt,dd,td,th";

/// The text of an HTML page or fragment, one paragraph a line.
///
/// The markup goes through `DOMParser`, which builds an inert document: no
/// script runs, nothing is fetched, nothing is attached to the page. The
/// article is the page's `<article>` or `<main>` if it has one; its blocks
/// (headings, paragraphs, list items, quotes) become lines.
pub fn html_to_text(html: &str) -> String {
    let Ok(parser) = DomParser::new() else {
        return String::new();
    };
    let Ok(doc) = parser.parse_from_string(html, SupportedType::TextHtml) else {
        return String::new();
    };
    // Queried through its `<html>` element, never a match itself: the
    // reader calls `querySelector` on elements only, one import less.
    let Some(page) = doc.document_element() else {
        return String::new();
    };
    if let Ok(junk) = page.query_selector_all(NOT_TEXT) {
        for i in 0..junk.length() {
            if let Some(node) = junk.item(i) {
                if let Some(el) = node.dyn_ref::<Element>() {
                    el.remove();
                }
            }
        }
    }
    let root: Option<Element> = page
        .query_selector("article")
        .ok()
        .flatten()
        .or_else(|| page.query_selector("main").ok().flatten())
        .or_else(|| doc.body().map(Into::into));
    let Some(root) = root else {
        return String::new();
    };
    let mut lines: Vec<String> = Vec::new();
    if let Ok(blocks) = root.query_selector_all(BLOCKS) {
        for i in 0..blocks.length() {
            let Some(el) = blocks.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            // Containers (a blockquote of paragraphs) give way to their blocks.
            if el.query_selector(BLOCKS).ok().flatten().is_some() {
                continue;
            }
            let line = squash(&el.text_content().unwrap_or_default());
            if !line.is_empty() {
                lines.push(line);
            }
        }
    }
    if lines.is_empty() {
        // No block markup: keep the line structure of the raw text.
        let raw = root.text_content().unwrap_or_default();
        lines = raw.lines().map(squash).filter(|l| !l.is_empty()).collect();
    }
    lines.join("\n")
}

/// Collapses runs of whitespace (markup indentation, `&nbsp;`) to one space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The readable message of a JS error value.
pub fn js_message(value: &JsValue) -> String {
    if let Some(err) = value.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    value.as_string().unwrap_or_else(|| "unknown error".into())
}

/// Whether the reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The first piece of a claim's mark (the focusable one).
pub fn claim_element(claim_id: &str) -> Option<HtmlElement> {
    document()
        .get_element_by_id(&format!("claim-{claim_id}"))
        .and_then(|e| e.dyn_into().ok())
}

/// Scrolls a claim into the middle of the view and gives it focus.
pub fn scroll_to_and_focus(el: &HtmlElement) {
    let opts = ScrollIntoViewOptions::new();
    opts.set_block(ScrollLogicalPosition::Center);
    opts.set_behavior(if prefers_reduced_motion() {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&opts);
    focus_quietly(el);
}

/// Focuses an element without scrolling to it.
pub fn focus_quietly(el: &HtmlElement) {
    let opts = FocusOptions::new();
    opts.set_prevent_scroll(true);
    let _ = el.focus_with_options(&opts);
}

/// The claim index (`data-claim`) of the mark holding this element, if any.
pub fn claim_of(target: Option<&Element>) -> Option<usize> {
    target?
        .closest("[data-claim]")
        .ok()
        .flatten()?
        .get_attribute("data-claim")?
        .parse()
        .ok()
}

/// Whether the element is inside the card.
pub fn in_card(target: Option<&Element>) -> bool {
    target.is_some_and(|t| t.closest("#whosaid-card").ok().flatten().is_some())
}
