//! The article as the reader knows it, paragraphs intact, with every claim
//! marked in place: a quiet underline and tint by source kind (each kind its
//! own underline style, so colour is never the only sign), a distinct tint for
//! the writer's own voice. Claims are reachable by Tab.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::app::raw;
use super::dom;
use super::labels::{class_list, kind_class, kind_label, truth};
use super::layout::{small_sort_by_key, Doc, Node};
use super::state::Filter;
use crate::text::lowercase;
use crate::Span;

/// What a claim mark reports to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimEvent {
    /// A mouse or pen entered the claim.
    Enter(usize),
    /// The pointer left the claim: into the card, into another claim, or out.
    Leave {
        claim: usize,
        to_card: bool,
        to_claim: Option<usize>,
    },
    Focus(usize),
    /// Focus left the claim, perhaps into the card.
    Blur {
        claim: usize,
        to_card: bool,
    },
    /// A click or a tap.
    Tap(usize),
    /// Enter or Space on a focused claim.
    Activate(usize),
}

pub struct ArticleProps {
    pub doc: Rc<Doc>,
    pub filter: Filter,
    /// The claim whose card is open.
    pub open: Option<usize>,
    /// The claim flashing after a jump.
    pub flash: Option<usize>,
    pub on_claim: Callback<ClaimEvent>,
}

/// The article with its claims marked.
///
/// A plain function, not a component: it has no state, and every component
/// type adds a few KB of WebAssembly.
pub fn article_view(props: &ArticleProps) -> Html {
    let doc = &props.doc;
    if doc.paragraphs.is_empty() {
        return raw(concat!(
            r#"<article class="article" aria-label="Article">"#,
            r#"<p class="empty">This article has no text.</p></article>"#,
        ));
    }
    // The open claim's cue, source mention and hedges are picked out in the
    // text, so the reader sees what the card is talking about.
    let mut decorations: Vec<(usize, usize, &'static str)> = Vec::new();
    if let Some(claim) = props.open.and_then(|i| doc.analysis.claims.get(i)) {
        let mut add = |span: &Span, class| decorations.push((span.start, span.end, class));
        if let Some(cue) = &claim.cue {
            add(cue, "cue");
        }
        if let Some(mention) = &claim.source_mention {
            add(mention, "mention");
        }
        for hedge in &claim.hedges {
            add(hedge, "hedge");
        }
        small_sort_by_key(&mut decorations, |&(start, end, _)| (start, end));
        // Keep them disjoint: a later span that overlaps an earlier one yields.
        let mut end = 0;
        decorations.retain(|&(s, e, _)| {
            let keep = s >= end && s < e;
            if keep {
                end = e;
            }
            keep
        });
    }
    let ctx = Ctx {
        doc,
        filter: &props.filter,
        open: props.open,
        flash: props.flash,
        on_claim: &props.on_claim,
        decorations: &decorations,
    };
    let paragraphs = doc.paragraphs.iter().map(|p| {
        let content = ctx.nodes(&p.nodes);
        if p.heading {
            html! { <h1 key={p.start} class="headline">{content}</h1> }
        } else {
            html! { <p key={p.start}>{content}</p> }
        }
    });
    html! {
        <article class="article" aria-label="Article">
            {for paragraphs}
        </article>
    }
}

struct Ctx<'a> {
    doc: &'a Doc,
    filter: &'a Filter,
    open: Option<usize>,
    flash: Option<usize>,
    on_claim: &'a Callback<ClaimEvent>,
    decorations: &'a [(usize, usize, &'static str)],
}

impl Ctx<'_> {
    fn nodes(&self, nodes: &[Node]) -> Html {
        nodes.iter().map(|n| self.node(n)).collect()
    }

    fn node(&self, node: &Node) -> Html {
        match node {
            Node::Text { start, end } => self.text(*start, *end),
            Node::Mark {
                claim,
                first,
                children,
                ..
            } => {
                if !self.filter.keeps(self.doc, *claim) {
                    return self.nodes(children);
                }
                // Interactive marks never nest: a claim inside another's
                // content cuts its host's mark into pieces around it, the
                // host's first piece its one Tab stop.
                let pieces = children.iter().any(|c| matches!(c, Node::Text { .. }))
                    && children.iter().any(|c| matches!(c, Node::Mark { .. }));
                if !pieces {
                    return self.mark(*claim, *first, self.nodes(children));
                }
                let mut first = *first;
                children
                    .iter()
                    .map(|child| match child {
                        Node::Text { .. } => {
                            let piece = self.mark(*claim, first, self.node(child));
                            first = false;
                            piece
                        }
                        nested => self.node(nested),
                    })
                    .collect()
            }
        }
    }

    /// A run of text, with the open claim's cue, mention and hedges picked out.
    fn text(&self, start: usize, end: usize) -> Html {
        let mut out: Vec<Html> = Vec::new();
        let mut cursor = start;
        for &(s, e, class) in self.decorations {
            let (s, e) = (s.max(start), e.min(end));
            if s >= e || s < cursor {
                continue;
            }
            if s > cursor {
                out.push(html! { {self.doc.slice(cursor, s).to_string()} });
            }
            out.push(html! {
                <span CLASS={class_list(&[Some("deco"), Some(class)])}>{self.doc.slice(s, e).to_string()}</span>
            });
            cursor = e;
        }
        if cursor < end {
            out.push(html! { {self.doc.slice(cursor, end).to_string()} });
        }
        out.into_iter().collect()
    }

    fn mark(&self, i: usize, first: bool, content: Html) -> Html {
        let claim = &self.doc.analysis.claims[i];
        let source = self.doc.analysis.source_of(claim);
        let kind = source.map(|s| s.kind);
        let open = self.open == Some(i);
        let class = class_list(&[
            Some("claim"),
            Some(kind_class(kind)),
            open.then_some("open"),
            (self.flash == Some(i)).then_some("flash"),
            (!first).then_some("cont"),
        ]);
        let emit = |f: fn(usize) -> ClaimEvent| {
            let cb = self.on_claim.clone();
            move || cb.emit(f(i))
        };
        let onpointerenter = {
            let go = emit(ClaimEvent::Enter);
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() != "touch" {
                    go();
                }
            })
        };
        let onpointerleave = {
            let cb = self.on_claim.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "touch" {
                    return;
                }
                let to = e
                    .related_target()
                    .and_then(|t| t.dyn_into::<Element>().ok());
                cb.emit(ClaimEvent::Leave {
                    claim: i,
                    to_card: dom::in_card(to.as_ref()),
                    to_claim: dom::claim_of(to.as_ref()).filter(|&j| j != i),
                });
            })
        };
        let onclick = {
            let go = emit(ClaimEvent::Tap);
            Callback::from(move |e: MouseEvent| {
                // The innermost claim answers; the tap is not a tap elsewhere.
                e.stop_propagation();
                go();
            })
        };
        let onfocus = {
            let go = emit(ClaimEvent::Focus);
            Callback::from(move |_: FocusEvent| go())
        };
        let onblur = {
            let cb = self.on_claim.clone();
            Callback::from(move |e: FocusEvent| {
                let to = e
                    .related_target()
                    .and_then(|t| t.dyn_into::<Element>().ok());
                cb.emit(ClaimEvent::Blur {
                    claim: i,
                    to_card: dom::in_card(to.as_ref()),
                });
            })
        };
        let onkeydown = {
            let go = emit(ClaimEvent::Activate);
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    go();
                }
            })
        };
        let description = || {
            let who = match source {
                Some(s) => format!("{} ({})", s.name, lowercase(kind_label(kind))),
                None => "the writer, no source".to_string(),
            };
            format!("Claim by {who}")
        };
        // Later pieces of a claim running over paragraphs, or the second part
        // of a split quotation (not `first`): same look and pointer behaviour,
        // but one Tab stop per claim, so none of the attributes and listeners
        // of focus and keys. One `<mark>` for both: each `html!` element adds
        // its own code to the WebAssembly.
        html! {
            <mark id={first.then(|| format!("claim-{}", claim.id))} CLASS={class}
                  data-claim={i.to_string()}
                  tabindex={first.then_some("0")} role={first.then_some("button")}
                  aria-haspopup={first.then_some("dialog")}
                  aria-expanded={first.then(|| truth(open))}
                  aria-controls={(first && open).then_some("whosaid-card")}
                  aria-description={first.then(description)}
                  {onpointerenter} {onpointerleave} {onclick}
                  onfocus={first.then_some(onfocus)} onblur={first.then_some(onblur)}
                  onkeydown={first.then_some(onkeydown)}>
                {content}
            </mark>
        }
    }
}
