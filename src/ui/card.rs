//! The claim card: a non-modal dialog beside the claim, labelled by the
//! source's name, with who the source is, how the claim is attributed, and
//! the source's other claims as links. It is placed above or below the claim
//! (never over it) and kept inside the viewport, down to 360 px wide.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{DomRect, Element, HtmlElement};
use yew::prelude::*;

use super::dom;
use super::labels::{
    claim_kind_label, class_list, kind_class, kind_icon, kind_label, stance_label, tr,
};
use super::layout::Doc;
use crate::{Content, Span};

/// Space between the claim and the card, and between the card and the
/// viewport's edges, in CSS pixels.
const GAP: f64 = 8.0;
const MARGIN: f64 = 8.0;
/// The card never shrinks below this height to fit; it goes below instead.
const MIN_HEIGHT: f64 = 120.0;
/// How much of a claim a link to it shows.
const EXCERPT_CHARS: usize = 90;

pub struct CardProps {
    pub doc: Rc<Doc>,
    /// Index of the claim in `doc.analysis.claims`.
    pub claim: usize,
    pub pinned: bool,
    pub on_close: Callback<()>,
    /// A link to another claim was followed.
    pub on_jump: Callback<usize>,
    /// The pointer entered (`true`) or left (`false`) the card.
    pub on_pointer: Callback<bool>,
    /// The card's element, from [`use_card_placement`].
    pub node: NodeRef,
}

/// Places the card (see [`claim_card`]) after every render that changes
/// which claim it shows or of which article, and again whenever the viewport
/// changes size or a scroll ends. `scope` is where the claim's marks are
/// (`[data-claim]`): the whole page for the reader, the host's article for
/// the embed (several on one page). Returns the ref to give the card.
///
/// A hook of the component that draws the card, not a component of its own:
/// every component type adds its own lifecycle code to the WebAssembly.
#[hook]
pub fn use_card_placement(
    claim: Option<usize>,
    doc: Option<Rc<Doc>>,
    scope: Option<Element>,
) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((claim, doc), move |&(claim, _)| {
            let place_now = move || {
                if let (Some(card), Some(claim)) = (node.cast::<HtmlElement>(), claim) {
                    place(&card, claim, scope.as_ref());
                }
            };
            place_now();
            let window = web_sys::window().expect("the reader runs in a window");
            // After a jump's smooth scroll the claim has moved in the
            // viewport: choose the side again. (One closure for both.)
            let listeners: Vec<EventListener> = ["resize", "scrollend"]
                .into_iter()
                .map(|kind| {
                    let place_now = place_now.clone();
                    EventListener::new(&window, kind, move |_| place_now())
                })
                .collect();
            move || drop(listeners)
        });
    }
    node
}

/// The card for one claim.
///
/// A plain function, not a component: its one effect, placing it, is
/// [`use_card_placement`] in the component that draws it.
pub fn claim_card(props: &CardProps) -> Html {
    let doc = &props.doc;
    let Some(claim) = doc.analysis.claims.get(props.claim) else {
        return html! {};
    };
    let source = doc.analysis.source_of(claim);
    let kind = source.map(|s| s.kind);
    let name = source.map_or(tr("The writer"), |s| s.name.as_str());

    let quoted = |span: &Span| format!("“{}”", span.text);
    let mut facts: Vec<(&str, Html)> = Vec::new();
    if let Some(s) = source {
        if let Some(role) = &s.role {
            facts.push((tr("Role"), html! { {role.clone()} }));
        }
        if let Some(aff) = &s.affiliation {
            facts.push((tr("Affiliation"), html! { {aff.clone()} }));
        }
    }
    facts.push((
        tr("Kind"),
        html! { <span class="kind">{kind_icon(kind)}{kind_label(kind)}</span> },
    ));
    if let Some(mention) = &claim.source_mention {
        if source.is_none_or(|s| mention.text != s.name) {
            facts.push((
                tr("Named as"),
                html! { <span class="deco mention">{quoted(mention)}</span> },
            ));
        }
    }
    if let Some(cue) = &claim.cue {
        facts.push((
            tr("Cue"),
            html! { <span class="deco cue">{quoted(cue)}</span> },
        ));
    }
    facts.push((tr("Claim"), html! { {claim_kind_label(claim.kind)} }));
    if let Some(stance) = claim.stance {
        facts.push((tr("Stance"), html! { {stance_label(stance)} }));
    }
    let mut hedges: Vec<Html> = Vec::new();
    for hedge in &claim.hedges {
        if !hedges.is_empty() {
            hedges.push(html! { {", "} });
        }
        hedges.push(html! { <span class="deco hedge">{hedge.text.clone()}</span> });
    }
    let hedges = if hedges.is_empty() {
        html! { <span class="none">{tr("none")}</span> }
    } else {
        hedges.into_iter().collect()
    };
    facts.push((tr("Hedges"), hedges));

    // Groups and their members.
    let mut related: Vec<Html> = Vec::new();
    if let Some(s) = source {
        let members: Vec<&str> = s
            .members
            .iter()
            .filter_map(|m| doc.analysis.source(m))
            .map(|m| m.name.as_str())
            .collect();
        if !members.is_empty() {
            related.push(html! {
                <p class="related">{tr("Speaking together: ")}{members.join(", ")}</p>
            });
        }
        let groups: Vec<&str> = doc
            .analysis
            .sources
            .iter()
            .filter(|g| g.members.contains(&s.id))
            .map(|g| g.name.as_str())
            .collect();
        if !groups.is_empty() {
            related.push(html! {
                <p class="related">{tr("Also speaks as part of: ")}{groups.join("; ")}</p>
            });
        }
    }

    // The source's other claims, as links that scroll to and flash them.
    let others: Vec<usize> = match &claim.source {
        Some(id) => doc
            .analysis
            .claims
            .iter()
            .enumerate()
            .filter(|(j, c)| *j != props.claim && c.source.as_ref() == Some(id))
            .map(|(j, _)| j)
            .collect(),
        None => Vec::new(),
    };
    let links = others.iter().map(|&j| {
        let other = &doc.analysis.claims[j];
        let on_jump = props.on_jump.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            on_jump.emit(j);
        });
        html! {
            <li key={other.id.clone()}>
                <a href={format!("#claim-{}", other.id)} {onclick}>{excerpt(&parts_text(&other.content))}</a>
            </li>
        }
    });
    let others_html = if others.is_empty() {
        html! {}
    } else {
        html! {
            <section class="others" aria-labelledby="whosaid-card-others">
                <h3 id="whosaid-card-others">
                    {format!("{} {name} ({})", tr("Also from"), others.len())}
                </h3>
                <ul>{for links}</ul>
            </section>
        }
    };

    let summary = match source {
        Some(_) => format!(
            "{}{}.",
            claim_kind_label(claim.kind),
            claim
                .stance
                .map(|s| format!(", {}", stance_label(s)))
                .unwrap_or_default()
        ),
        None => tr("Nobody in the article stands behind this statement.").to_string(),
    };
    let on_close = props.on_close.clone();
    // One closure for both (one copy of its code): whether the pointer is
    // inside after the event.
    let pointer = |inside: bool| {
        let cb = props.on_pointer.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "touch" {
                cb.emit(inside)
            }
        })
    };
    let onpointerenter = pointer(true);
    let onpointerleave = pointer(false);
    html! {
        <div id="whosaid-card" ref={props.node.clone()} CLASS={class_list(&[Some("card"), Some(kind_class(kind)), props.pinned.then_some("pinned")])}
             role="dialog" aria-modal="false" aria-labelledby="whosaid-card-name"
             aria-describedby="whosaid-card-summary" tabindex="-1"
             // A tap inside the card is not a tap elsewhere.
             onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}
             {onpointerenter} {onpointerleave}>
            <header>
                <span class="badge">{kind_icon(kind)}</span>
                <h2 id="whosaid-card-name">{name.to_string()}</h2>
                <button type="button" class="close" aria-label={tr("Close card")}
                        onclick={move |_| on_close.emit(())}>{"×"}</button>
            </header>
            <p id="whosaid-card-summary" class="summary">{summary}</p>
            <dl>
                {for facts.into_iter().map(|(term, value)| html! {
                    <><dt>{term}</dt><dd>{value}</dd></>
                })}
            </dl>
            {for related}
            {others_html}
        </div>
    }
}

/// What a claim's source said: its content, or a split quotation's parts
/// without the frame between them.
fn parts_text(content: &Content) -> String {
    if content.parts.is_empty() {
        return content.text.clone();
    }
    let parts: Vec<&str> = content.parts.iter().map(|p| p.text.as_str()).collect();
    parts.join(" … ")
}

/// The start of a claim's text, cut at a word boundary.
fn excerpt(text: &str) -> String {
    if text.chars().count() <= EXCERPT_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(EXCERPT_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > EXCERPT_CHARS / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ']))
}

/// Puts the card above or below the claim's lines, whichever side fits,
/// aligned with the nearest line and clamped to the viewport.
fn place(card: &HtmlElement, claim: usize, scope: Option<&Element>) {
    let document = dom::document();
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut lines: Vec<DomRect> = Vec::new();
    let selector = format!("[data-claim=\"{claim}\"]");
    // The whole page through its `<html>` element: `querySelectorAll` on
    // elements only, one import less.
    let page = document.document_element();
    if let Some(Ok(pieces)) = scope
        .or(page.as_ref())
        .map(|s| s.query_selector_all(&selector))
    {
        for i in 0..pieces.length() {
            let Some(el) = pieces.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let rects = el.get_client_rects();
            for r in 0..rects.length() {
                if let Some(rect) = rects.get(r) {
                    if rect.width() > 0.0 || rect.height() > 0.0 {
                        lines.push(rect);
                    }
                }
            }
        }
    }
    let style = card.style();
    if lines.is_empty() {
        let _ = style.set_property("visibility", "hidden");
        return;
    }
    let top = lines.iter().map(|r| r.top()).fold(f64::INFINITY, f64::min);
    let bottom = lines
        .iter()
        .map(|r| r.bottom())
        .fold(f64::NEG_INFINITY, f64::max);
    let first = lines
        .iter()
        .find(|r| r.top() <= top + 0.5)
        .unwrap_or(&lines[0]);
    let last = lines
        .iter()
        .rev()
        .find(|r| r.bottom() >= bottom - 0.5)
        .unwrap_or(&lines[lines.len() - 1]);

    let vw = document
        .document_element()
        .map_or(360.0, |e| f64::from(e.client_width()));
    let vh = window
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(640.0);
    let scroll_x = window.scroll_x().unwrap_or(0.0);
    let scroll_y = window.scroll_y().unwrap_or(0.0);

    // Measure at full height first.
    let _ = style.set_property("max-height", "none");
    let _ = style.set_property("left", "0px");
    let _ = style.set_property("top", "0px");
    let width = f64::from(card.offset_width());
    let height = f64::from(card.offset_height());

    let below = vh - bottom - GAP - MARGIN;
    let above = top - GAP - MARGIN;
    let (on_below, max_height) = if height <= below {
        (true, None)
    } else if height <= above {
        (false, None)
    } else if below >= above || above < MIN_HEIGHT {
        (true, Some(below.max(MIN_HEIGHT)))
    } else {
        (false, Some(above))
    };
    let shown_height = max_height.map_or(height, |m| m.min(height));
    let anchor_left = if on_below { last.left() } else { first.left() };
    let left = anchor_left.min(vw - MARGIN - width).max(MARGIN);
    let y = if on_below {
        bottom + GAP
    } else {
        top - GAP - shown_height
    };
    if let Some(m) = max_height {
        let _ = style.set_property("max-height", &px(m));
    }
    let _ = style.set_property("left", &px(left + scroll_x));
    let _ = style.set_property("top", &px(y + scroll_y));
    // An empty value removes the property (CSSOM), as `removeProperty`
    // would, through the import `setProperty` needs anyway.
    let _ = style.set_property("visibility", "");
    let _ = card.set_attribute("data-side", if on_below { "below" } else { "above" });
}

/// A CSS length in whole pixels. Formatted as an integer: float formatting
/// would add several KB of WebAssembly for no visible difference.
fn px(value: f64) -> String {
    format!("{}px", value.round() as i64)
}
