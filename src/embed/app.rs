//! The embed's one component: the reader's state and card for claims marked
//! in the host's DOM, and the sources panel (through a portal into its own
//! shadow root after the article). The host's marks are not Yew's: events on
//! them arrive through listeners on the article, and the state is written
//! back to them as attributes after each render.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{
    CustomEvent, CustomEventInit, Element, Event, FocusEvent, HtmlElement, KeyboardEvent,
    PointerEvent,
};
use yew::prelude::*;

use crate::ui::card::{claim_card, use_card_placement, CardProps};
use crate::ui::dom;
use crate::ui::labels::{claim_kind_label, tr};
use crate::ui::sources::{sources_panel, use_share_bar, SourcesProps};
use crate::ui::state::{Action, Filter, ReaderState};
use crate::ui::Doc;

/// How long a hover card lingers after the pointer leaves (as in the reader).
const HOVER_GRACE_MS: u32 = 300;
const FLASH_MS: u32 = 1600;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    pub doc: Rc<Doc>,
    /// The host's article, holding the marks.
    pub article: Element,
    /// The shadow host of the card's layer.
    pub layer: Element,
    /// Where the sources panel goes, if the host wants one.
    pub panel: Option<Element>,
}

/// The claim mark (a `<whosaid-mark>` piece) holding this node, if any.
fn mark_of(target: Option<web_sys::EventTarget>) -> Option<(Element, usize)> {
    let el = target?.dyn_into::<Element>().ok()?;
    let mark = el.closest("whosaid-mark[data-claim]").ok().flatten()?;
    let i = mark.get_attribute("data-claim")?.parse().ok()?;
    Some((mark, i))
}

/// The first (focusable) piece of claim `i` in the article.
fn first_piece(article: &Element, i: usize) -> Option<HtmlElement> {
    article
        .query_selector(&format!("whosaid-mark[data-claim=\"{i}\"][data-first]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into().ok())
}

/// The card in the layer's shadow root.
fn card_in(layer: &Element) -> Option<HtmlElement> {
    layer
        .shadow_root()?
        .get_element_by_id("whosaid-card")
        .and_then(|e| e.dyn_into().ok())
}

/// Card and panel for one article of the host page.
#[component]
pub fn Embed(props: &EmbedProps) -> Html {
    let state = {
        let doc = props.doc.clone();
        use_reducer(move || ReaderState::showing(doc))
    };
    let timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let card_node = use_card_placement(
        state.open_claim(),
        Some(props.doc.clone()),
        Some(props.article.clone()),
    );
    let share_bar = use_share_bar(Some(props.doc.clone()));

    // The state, written back to the host's marks.
    {
        let article = props.article.clone();
        let doc = props.doc.clone();
        let deps = (
            state.open_claim(),
            state.filter.clone(),
            state.flash.map(|f| f.0),
        );
        use_effect_with(deps, move |(open, filter, flash)| {
            if let Ok(list) = article.query_selector_all("whosaid-mark[data-claim]") {
                for n in 0..list.length() {
                    let Some(mark) = list.item(n).and_then(|m| m.dyn_into::<Element>().ok()) else {
                        continue;
                    };
                    let Some(i) = mark
                        .get_attribute("data-claim")
                        .and_then(|v| v.parse().ok())
                    else {
                        continue;
                    };
                    let toggle = |name: &str, on: bool| {
                        let _ = if on {
                            mark.set_attribute(name, "")
                        } else {
                            mark.remove_attribute(name)
                        };
                    };
                    toggle("data-open", *open == Some(i));
                    toggle("data-flash", *flash == Some(i));
                    let kept = filter.keeps(&doc, i);
                    toggle("data-off", !kept);
                    if mark.has_attribute("role") {
                        let _ =
                            mark.set_attribute("aria-expanded", &(*open == Some(i)).to_string());
                        let _ = mark.set_attribute("tabindex", if kept { "0" } else { "-1" });
                    }
                }
            }
        });
    }

    // Pointer, focus, tap and keys on the host's marks; Escape and taps
    // elsewhere on the page.
    {
        let dispatcher = state.dispatcher();
        let article = props.article.clone();
        let layer = props.layer.clone();
        let timer = timer.clone();
        use_effect_with((), move |_| {
            let cancel = {
                let timer = timer.clone();
                move || drop(timer.borrow_mut().take())
            };
            let schedule = {
                let timer = timer.clone();
                let dispatcher = dispatcher.clone();
                move || {
                    let dispatcher = dispatcher.clone();
                    *timer.borrow_mut() = Some(Timeout::new(HOVER_GRACE_MS, move || {
                        dispatcher.dispatch(Action::HoverEnd)
                    }));
                }
            };
            let is_layer = {
                let layer = layer.clone();
                move |t: Option<web_sys::EventTarget>| {
                    t.and_then(|t| t.dyn_into::<Element>().ok())
                        .is_some_and(|t| t == layer)
                }
            };
            // One handler for the article's pointer, focus, tap and key
            // events and the page's (one closure, not eight: the embed
            // carries less code).
            let on_event = {
                let (d, cancel) = (dispatcher.clone(), cancel.clone());
                let (schedule, is_layer) = (schedule.clone(), is_layer.clone());
                let layer = layer.clone();
                let article = article.clone();
                Rc::new(move |e: &Event, on_document: bool| {
                    let kind = e.type_();
                    if on_document {
                        return page_event(e, &kind, &d, &article, &layer);
                    }
                    let Some((mark, i)) = mark_of(e.target()) else {
                        return;
                    };
                    let in_link = mark.closest("a[href]").ok().flatten().is_some();
                    // (A touch's hover events are a tap's, handled by click,
                    // whose event is a pointer event too.)
                    let pointer = e
                        .dyn_ref::<PointerEvent>()
                        .filter(|p| kind != "click" && p.pointer_type() != "touch");
                    match (kind.as_str(), pointer, e.dyn_ref::<FocusEvent>()) {
                        ("pointerover", Some(_), _) => {
                            cancel();
                            d.dispatch(Action::Hover(i));
                        }
                        ("pointerout", Some(p), _) => {
                            let to = mark_of(p.related_target()).map(|(_, j)| j);
                            if to == Some(i) {
                                return;
                            }
                            match Action::on_leaving(is_layer(p.related_target()), to) {
                                Some(action) => {
                                    cancel();
                                    d.dispatch(action);
                                }
                                None => schedule(),
                            }
                        }
                        ("focusin", ..) => d.dispatch(Action::Focus(i)),
                        ("focusout", _, Some(f)) if !is_layer(f.related_target()) => {
                            d.dispatch(Action::Blur(i))
                        }
                        // A claim inside a link: the link wins, it navigates.
                        ("click", ..) if !in_link => d.dispatch(Action::Tap(i)),
                        ("keydown", ..) => {
                            let Some(key) = e.dyn_ref::<KeyboardEvent>().map(|k| k.key()) else {
                                return;
                            };
                            if key != " " && (key != "Enter" || in_link) {
                                return;
                            }
                            e.prevent_default();
                            d.dispatch(Action::Pin(i));
                            let layer = layer.clone();
                            yew::platform::spawn_local(async move {
                                yew::platform::time::sleep(Duration::ZERO).await;
                                if let Some(card) = card_in(&layer) {
                                    dom::focus_quietly(&card);
                                }
                            });
                        }
                        _ => {}
                    }
                })
            };
            // (Not passive: Enter and Space on a claim must not scroll.)
            let document: web_sys::EventTarget = dom::document().into();
            let marks: &web_sys::EventTarget = &article;
            let listeners: Vec<EventListener> = [
                (marks, "pointerover"),
                (marks, "pointerout"),
                (marks, "focusin"),
                (marks, "focusout"),
                (marks, "click"),
                (marks, "keydown"),
                (&document, "keydown"),
                (&document, "click"),
            ]
            .into_iter()
            .map(|(target, kind)| {
                let handler = on_event.clone();
                let on_document = *target == document;
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(target, kind, options, move |e| {
                    handler(e, on_document)
                })
            })
            .collect();
            move || drop(listeners)
        });
    }

    let doc = &props.doc;
    let card = match state.open {
        Some(open) => {
            let dispatcher = state.dispatcher();
            let on_close = {
                let (d, article) = (dispatcher.clone(), props.article.clone());
                Callback::from(move |()| {
                    if let Some(mark) = open_first(&article) {
                        dom::focus_quietly(&mark);
                    }
                    d.dispatch(Action::Close);
                })
            };
            let on_jump = {
                let (d, article) = (dispatcher.clone(), props.article.clone());
                let jump = state.next_jump();
                Callback::from(move |j: usize| {
                    d.dispatch(Action::Pin(j));
                    d.dispatch(Action::Flash(j));
                    let d = d.clone();
                    Timeout::new(FLASH_MS, move || d.dispatch(Action::FlashEnd(jump))).forget();
                    if let Some(el) = first_piece(&article, j) {
                        dom::scroll_to_and_focus(&el);
                    }
                })
            };
            let on_pointer = {
                let (d, timer) = (dispatcher.clone(), timer.clone());
                Callback::from(move |inside: bool| {
                    if inside {
                        drop(timer.borrow_mut().take());
                        d.dispatch(Action::HoverCard);
                    } else {
                        let d = d.clone();
                        *timer.borrow_mut() = Some(Timeout::new(HOVER_GRACE_MS, move || {
                            d.dispatch(Action::HoverEnd)
                        }));
                    }
                })
            };
            claim_card(&CardProps {
                doc: doc.clone(),
                claim: open.claim,
                pinned: open.pinned,
                on_close,
                on_jump,
                on_pointer,
                node: card_node,
            })
        }
        None => html! {},
    };

    let panel = props.panel.clone().map(|host| {
        let on_filter = {
            let d = state.dispatcher();
            Callback::from(move |f: Filter| d.dispatch(Action::SetFilter(f)))
        };
        let export = {
            let article = props.article.clone();
            Callback::from(move |_: MouseEvent| {
                // The loader answers with the file (it owns the annotation
                // format, shared with the JavaScript API).
                let init = CustomEventInit::new();
                init.set_bubbles(true);
                if let Ok(event) = CustomEvent::new_with_event_init_dict("whosaid:export", &init) {
                    let _ = article.dispatch_event(&event);
                }
            })
        };
        create_portal(
            html! {
                <div class="wr-panel">
                    <p class="wr-brand"><span class="who">{"who"}</span><span class="said">{"said"}</span></p>
                    {sources_panel(&SourcesProps {
                        doc: doc.clone(),
                        filter: state.filter.clone(),
                        on_filter,
                        bar: share_bar,
                    })}
                    <p class="wr-export">
                        <button type="button" class="primary" onclick={export}>
                            {tr("Export annotations")}
                        </button>
                        <span class="hint">{" (W3C Web Annotation, JSON-LD)"}</span>
                    </p>
                </div>
            },
            host,
        )
    });

    // What assistive technology hears when a card opens (as in the reader).
    let announcement = state
        .open
        .and_then(|open| doc.analysis.claims.get(open.claim))
        .map(|c| {
            let who = doc
                .analysis
                .source_of(c)
                .map_or(tr("The writer"), |s| s.name.as_str());
            format!("{who}. {}.", claim_kind_label(c.kind))
        });

    html! {
        <>
            <div class="sr-only" aria-live="polite">{announcement.unwrap_or_default()}</div>
            {card}
            {for panel}
        </>
    }
}

/// Escape, and taps outside the marks and the card, anywhere on the page:
/// both close the card.
fn page_event(
    e: &Event,
    kind: &str,
    d: &UseReducerDispatcher<ReaderState>,
    article: &Element,
    layer: &Element,
) {
    if kind == "keydown" {
        let escape = e
            .dyn_ref::<KeyboardEvent>()
            .is_some_and(|k| k.key() == "Escape");
        if !escape || card_in(layer).is_none() {
            return;
        }
        // Focus in the card goes back to its claim.
        if dom::document()
            .active_element()
            .is_some_and(|a| a == *layer)
        {
            if let Some(open) = open_first(article) {
                dom::focus_quietly(&open);
            }
        }
    } else {
        // Events from inside a shadow root arrive retargeted to its host.
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        let inside = target.as_ref().is_some_and(|t| {
            t == layer
                || t.closest("whosaid-mark[data-claim]")
                    .ok()
                    .flatten()
                    .is_some()
        });
        if inside {
            return;
        }
    }
    d.dispatch(Action::Close);
}

/// The first piece of the claim whose card is open.
fn open_first(article: &Element) -> Option<HtmlElement> {
    article
        .query_selector("whosaid-mark[data-open][data-first]")
        .ok()
        .flatten()
        .and_then(|m| m.dyn_into().ok())
}
