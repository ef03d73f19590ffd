//! The reader: loads the article (`?src=` or the default one), holds the one
//! state every part draws from, and turns pointer, focus and key events into
//! actions on it.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use super::article::{article_view, ArticleProps, ClaimEvent};
use super::card::{claim_card, use_card_placement, CardProps};
use super::dom;
use super::input::{self, paste_input, Supplied};
use super::labels::{claim_kind_label, count, truth};
use super::layout::Doc;
use super::sources::{sources_panel, use_share_bar, SourcesProps};
use super::state::{Action, Filter, ReaderState, Status};

/// The article shown when the page has no `?src=`.
pub const DEFAULT_ARTICLE: &str = "articles/default.txt";
/// How long a hover card lingers after the pointer leaves, so the pointer can
/// cross the gap into the card.
const HOVER_GRACE_MS: u32 = 300;
/// How long a claim flashes after a jump to it.
const FLASH_MS: u32 = 1600;

/// The whole app, as `trunk` serves it: the reader, loading its article from
/// the page address.
pub type App = Reader;

#[derive(Properties, PartialEq, Default)]
pub struct ReaderProps {
    /// An article to show instead of loading one from the page address
    /// (component tests, embedding).
    #[prop_or_default]
    pub doc: Option<Rc<Doc>>,
}

/// The reader around one article.
#[component]
pub fn Reader(props: &ReaderProps) -> Html {
    let state = {
        let doc = props.doc.clone();
        use_reducer(move || doc.map_or_else(ReaderState::default, ReaderState::showing))
    };
    let hover_timer: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);
    let card_node = use_card_placement(state.open_claim(), state.doc.clone(), None);
    let share_bar = use_share_bar(state.doc.clone());
    let paste_area = use_node_ref();
    let dark = use_state(|| {
        web_sys::window()
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches())
    });

    // Load the article named by the address, once.
    {
        let dispatcher = state.dispatcher();
        let given = props.doc.is_some();
        use_effect_with((), move |_| {
            if !given {
                load_from_location(dispatcher);
            }
        });
    }

    // Escape closes the card from anywhere; a tap outside claims and card
    // closes it too.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let document = dom::document();
            // (One closure for both events: the bundle carries less code.)
            let listeners: Vec<EventListener> = ["keydown", "click"]
                .into_iter()
                .map(|kind| {
                    let dispatcher = dispatcher.clone();
                    EventListener::new(&document, kind, move |e| {
                        if let Some(key) = e.dyn_ref::<KeyboardEvent>() {
                            let doc = dom::document();
                            if key.key() != "Escape"
                                || doc.get_element_by_id("whosaid-card").is_none()
                            {
                                return;
                            }
                            // Focus inside the card goes back to the claim it is about
                            // (before closing, so that focusing it does not reopen it).
                            if dom::in_card(doc.active_element().as_ref()) {
                                focus_open_claim();
                            }
                        } else {
                            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
                            if dom::claim_of(target.as_ref()).is_some()
                                || dom::in_card(target.as_ref())
                            {
                                return;
                            }
                        }
                        dispatcher.dispatch(Action::Close);
                    })
                })
                .collect();
            move || drop(listeners)
        });
    }

    let schedule_hover_end = {
        let timer = hover_timer.clone();
        let dispatcher = state.dispatcher();
        move || {
            let dispatcher = dispatcher.clone();
            *timer.borrow_mut() = Some(Timeout::new(HOVER_GRACE_MS, move || {
                dispatcher.dispatch(Action::HoverEnd)
            }));
        }
    };
    let cancel_hover_end = {
        let timer = hover_timer.clone();
        move || drop(timer.borrow_mut().take())
    };

    let on_claim = {
        let dispatcher = state.dispatcher();
        let schedule = schedule_hover_end.clone();
        let cancel = cancel_hover_end.clone();
        let open = state.open;
        Callback::from(move |event: ClaimEvent| match event {
            ClaimEvent::Enter(i) => {
                cancel();
                dispatcher.dispatch(Action::Hover(i));
            }
            ClaimEvent::Leave {
                to_card, to_claim, ..
            } => match Action::on_leaving(to_card, to_claim) {
                Some(action) => {
                    cancel();
                    dispatcher.dispatch(action);
                }
                None => schedule(),
            },
            ClaimEvent::Focus(i) => dispatcher.dispatch(Action::Focus(i)),
            ClaimEvent::Blur { claim, to_card } => {
                if !to_card {
                    dispatcher.dispatch(Action::Blur(claim));
                }
            }
            ClaimEvent::Tap(i) => dispatcher.dispatch(Action::Tap(i)),
            ClaimEvent::Activate(i) => {
                // Enter or Space pins the card and moves focus into it, so its
                // links are one Tab away; Escape brings focus back.
                if !open.is_some_and(|o| o.claim == i && o.pinned) {
                    dispatcher.dispatch(Action::Pin(i));
                }
                yew::platform::spawn_local(async {
                    yew::platform::time::sleep(Duration::ZERO).await;
                    if let Some(card) = dom::document()
                        .get_element_by_id("whosaid-card")
                        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                    {
                        dom::focus_quietly(&card);
                    }
                });
            }
        })
    };

    let on_filter = {
        let dispatcher = state.dispatcher();
        Callback::from(move |f: Filter| dispatcher.dispatch(Action::SetFilter(f)))
    };
    let on_text = {
        let dispatcher = state.dispatcher();
        Callback::from(move |s: Supplied| {
            let doc = Doc::analyze(&s.text, s.origin);
            dispatcher.dispatch(Action::Show(Rc::new(doc)));
            // The new article starts at its top.
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        })
    };
    // Dropping anywhere on the page reads the article; while something is
    // dragged over it, the page says so.
    let dragging = use_state(|| false);
    // (One callback for the three drag events: the bundle carries less code.)
    let on_drag = {
        let (dragging, on_text) = (dragging.clone(), on_text.clone());
        Callback::from(move |e: DragEvent| match e.type_().as_str() {
            "dragover" => {
                e.prevent_default();
                if !*dragging {
                    dragging.set(true);
                }
            }
            "dragleave" => {
                // Leaving one element for another inside the page is not leaving.
                let to = e
                    .related_target()
                    .and_then(|t| t.dyn_into::<Element>().ok());
                if to.is_none_or(|t| t.closest(".reader").ok().flatten().is_none()) {
                    dragging.set(false);
                }
            }
            _ => {
                dragging.set(false);
                let Some(data) = e.data_transfer() else {
                    return;
                };
                e.prevent_default();
                if let Some(file) = input::dropped_file(&data) {
                    input::read_file(file, on_text.clone());
                } else if let Some(supplied) = input::from_transfer(&data, "dropped") {
                    on_text.emit(supplied);
                }
            }
        })
    };

    let card = match (&state.doc, state.open) {
        (Some(doc), Some(open)) => {
            let dispatcher = state.dispatcher();
            let on_close = {
                let dispatcher = dispatcher.clone();
                Callback::from(move |()| {
                    focus_open_claim();
                    dispatcher.dispatch(Action::Close);
                })
            };
            let on_jump = {
                let dispatcher = dispatcher.clone();
                let doc = doc.clone();
                let jump = state.next_jump();
                Callback::from(move |j: usize| {
                    dispatcher.dispatch(Action::Pin(j));
                    dispatcher.dispatch(Action::Flash(j));
                    let dispatcher = dispatcher.clone();
                    Timeout::new(FLASH_MS, move || {
                        dispatcher.dispatch(Action::FlashEnd(jump))
                    })
                    .forget();
                    if let Some(el) = dom::claim_element(&doc.analysis.claims[j].id) {
                        dom::scroll_to_and_focus(&el);
                    }
                })
            };
            let on_pointer = {
                let schedule = schedule_hover_end.clone();
                let cancel = cancel_hover_end.clone();
                let dispatcher = dispatcher.clone();
                Callback::from(move |inside: bool| {
                    if inside {
                        cancel();
                        dispatcher.dispatch(Action::HoverCard);
                    } else {
                        schedule();
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
        _ => html! {},
    };

    // What assistive technology hears when a card opens.
    let announcement = match (&state.doc, state.open) {
        (Some(doc), Some(open)) => doc.analysis.claims.get(open.claim).map(|c| {
            let who = doc
                .analysis
                .source_of(c)
                .map_or("no source, the writer’s own voice", |s| s.name.as_str());
            format!("Card: {who}. {}.", claim_kind_label(c.kind))
        }),
        _ => None,
    };

    let status = match (&state.status, &state.doc) {
        (Status::Loading(url), _) => html! {
            <p class="status" role="status">{format!("Loading {url}…")}</p>
        },
        (Status::Failed(why), _) => html! {
            <p class="status error" role="alert">{why.clone()}</p>
        },
        (Status::Ready, Some(doc)) => {
            let attributed = doc
                .analysis
                .claims
                .iter()
                .filter(|c| c.source.is_some())
                .count();
            html! {
                <p class="status" role="status">
                    <span class="origin">{doc.origin.clone()}</span>
                    {format!(
                        " · {}, {attributed} attributed · {}",
                        count(doc.analysis.claims.len(), "claim"),
                        count(doc.analysis.sources.len(), "source")
                    )}
                </p>
            }
        }
        (Status::Ready, None) => html! {},
    };

    let main = match &state.doc {
        Some(doc) => html! {
            <>
                {article_view(&ArticleProps {
                    doc: doc.clone(),
                    filter: state.filter.clone(),
                    open: state.open_claim(),
                    flash: state.flash.map(|f| f.0),
                    on_claim,
                })}
                <div class="side">
                    {sources_panel(&SourcesProps {
                        doc: doc.clone(),
                        filter: state.filter.clone(),
                        on_filter,
                        bar: share_bar,
                    })}
                    {paste_input(&on_text, &paste_area)}
                </div>
            </>
        },
        None => html! {
            <div class="side">
                {paste_input(&on_text, &paste_area)}
            </div>
        },
    };

    // Light and dark themes are two sets of CSS custom properties
    // (www/style.css); the default follows the system, this button overrides.
    let theme_toggle = {
        let is_dark = *dark;
        let onclick = Callback::from(move |_: MouseEvent| {
            let next = !*dark;
            if let Some(root) = dom::document().document_element() {
                let _ = root.set_attribute("data-theme", if next { "dark" } else { "light" });
            }
            dark.set(next);
        });
        html! {
            <button type="button" class="theme" aria-pressed={truth(is_dark)} {onclick}>
                {raw(if is_dark {
                    r#"<span aria-hidden="true">☾ </span>Dark theme"#
                } else {
                    r#"<span aria-hidden="true">☀ </span>Dark theme"#
                })}
            </button>
        }
    };

    html! {
        <div class="reader" ondragover={on_drag.clone()} ondragleave={on_drag.clone()} ondrop={on_drag}>
            if *dragging {
                {raw(concat!(
                    r#"<div class="dropping" aria-hidden="true">"#,
                    "<p>Drop the article here: it is read in this page and sent nowhere</p></div>",
                ))}
            }
            // Every claim is a Tab stop: let keyboard users go past them.
            if state.doc.is_some() {
                {raw(r##"<a class="skip" href="#panel-title">Skip to the sources</a>"##)}
            }
            <header class="top">
                {raw(concat!(
                    r#"<p class="brand"><span class="who">who</span><span class="said">said</span></p>"#,
                    r#"<p class="tagline">Who stands behind every statement in the news</p>"#,
                ))}
                {theme_toggle}
            </header>
            {status}
            <main class="layout">{main}</main>
            {card}
            <div class="sr-only" aria-live="polite">{announcement.unwrap_or_default()}</div>
            {raw(concat!(
                r#"<footer class="foot"><p>"#,
                "Hover, tap or Tab to a marked claim to see who stands behind it. ",
                "Everything is analysed in your browser; nothing you read or paste leaves it.",
                "</p></footer>",
            ))}
        </div>
    }
}

/// Markup that never changes, parsed by the browser (`innerHTML`) instead of
/// built by `html!`, whose code for each element and text every reader
/// downloads (about 0.5 KB gzip for the reader's static parts). The reader
/// only: the embed builds all its markup with `html!`, for host pages whose
/// Trusted Types policy forbids `innerHTML`. Only literal markup, never text
/// from an article.
pub(crate) fn raw(html: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(html))
}

/// Gives focus back to the claim whose card is open.
fn focus_open_claim() {
    let claim = dom::document()
        .document_element()
        .and_then(|page| page.query_selector("mark.claim.open[id]").ok().flatten());
    if let Some(claim) = claim.and_then(|c| c.dyn_into::<HtmlElement>().ok()) {
        dom::focus_quietly(&claim);
    }
}

/// Fetches the article named by `?src=` (or the default one) and shows it.
fn load_from_location(dispatcher: UseReducerDispatcher<ReaderState>) {
    let src = dom::src_param().unwrap_or_else(|| DEFAULT_ARTICLE.to_string());
    let url = match dom::same_origin_url(&src) {
        Ok(url) => url,
        Err(why) => {
            dispatcher.dispatch(Action::Failed(why));
            return;
        }
    };
    dispatcher.dispatch(Action::Loading(src.clone()));
    yew::platform::spawn_local(async move {
        match dom::fetch_article(&url).await {
            Ok(text) => dispatcher.dispatch(Action::Show(Rc::new(Doc::analyze(&text, src)))),
            Err(why) => dispatcher.dispatch(Action::Failed(why)),
        }
    });
}
