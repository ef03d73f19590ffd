//! The sources panel: a bar showing at a glance how much of the article named
//! sources, anonymous sources and nobody stand behind, then every source with
//! its count of claims. Clicking a source keeps only its claims marked.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::labels::{count, kind_class, kind_icon, kind_label, tr};
use super::layout::Doc;
use super::state::Filter;
use crate::SourceKind;

pub struct SourcesProps {
    pub doc: Rc<Doc>,
    pub filter: Filter,
    pub on_filter: Callback<Filter>,
    /// The share bar's element, from [`use_share_bar`].
    pub bar: NodeRef,
}

/// Sets the widths of the share bar's segments (see [`sources_panel`]) after
/// each render that shows a new article. The widths are set through the
/// CSSOM, not `style` attributes, so that a page whose CSP forbids inline
/// styles (the embed on a strict host) shows the bar with no policy
/// violation. Returns the ref to give the bar.
///
/// A hook of the component that draws the panel, not a component of its own:
/// every component type adds its own lifecycle code to the WebAssembly.
#[hook]
pub fn use_share_bar(doc: Option<Rc<Doc>>) -> NodeRef {
    let bar = use_node_ref();
    {
        let bar = bar.clone();
        use_effect_with(doc, move |_| {
            let Some(bar) = bar.cast::<HtmlElement>() else {
                return;
            };
            let segments = bar.children();
            for i in 0..segments.length() {
                let Some(seg) = segments
                    .item(i)
                    .and_then(|e| e.dyn_into::<HtmlElement>().ok())
                else {
                    continue;
                };
                if let Some(pct) = seg.get_attribute("data-pct") {
                    let _ = seg.style().set_property("width", &format!("{pct}%"));
                }
            }
        });
    }
    bar
}

/// The summary bar and the source list.
///
/// A plain function, not a component: its one effect, the bar's widths, is
/// [`use_share_bar`] in the component that draws it.
pub fn sources_panel(props: &SourcesProps) -> Html {
    let doc = &props.doc;
    let analysis = &doc.analysis;
    let kept = |filter: &Filter| {
        (0..analysis.claims.len())
            .filter(|&i| filter.keeps(doc, i))
            .count()
    };
    let toggle = |filter: Filter| {
        let on_filter = props.on_filter.clone();
        let current = props.filter.clone();
        Callback::from(move |_: MouseEvent| {
            on_filter.emit(if current == filter {
                Filter::All
            } else {
                filter.clone()
            })
        })
    };

    let mut rows: Vec<Html> = analysis
        .sources
        .iter()
        .map(|s| {
            let filter = Filter::Source(s.id.clone());
            let pressed = props.filter == filter;
            let n = kept(&filter);
            let detail: Vec<&str> = [s.role.as_deref(), s.affiliation.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            html! {
                <li key={s.id.clone()}>
                    <button type="button" class={classes!("source", kind_class(Some(s.kind)))}
                            aria-pressed={pressed.to_string()} onclick={toggle(filter)}
                            data-source={s.id.clone()}>
                        {kind_icon(Some(s.kind))}
                        <span class="who">
                            <span class="name">{s.name.clone()}</span>
                            <span class="detail">
                                {kind_label(Some(s.kind))}
                                {for (!detail.is_empty()).then(|| format!(" · {}", detail.join(", ")))}
                            </span>
                        </span>
                        <span class="count" aria-label={count(n, "claim")}>{n}</span>
                    </button>
                </li>
            }
        })
        .collect();
    let unattributed = kept(&Filter::Unattributed);
    if unattributed > 0 {
        let pressed = props.filter == Filter::Unattributed;
        rows.push(html! {
            <li key="writer">
                <button type="button" class="source k-none" aria-pressed={pressed.to_string()}
                        onclick={toggle(Filter::Unattributed)} data-source="none">
                    {kind_icon(None)}
                    <span class="who">
                        <span class="name">{tr("The writer")}</span>
                        <span class="detail">{tr("No source: the article’s own voice")}</span>
                    </span>
                    <span class="count" aria-label={count(unattributed, "claim")}>{unattributed}</span>
                </button>
            </li>
        });
    }

    let status = match &props.filter {
        Filter::All => html! {},
        filter => {
            let who = match filter {
                Filter::Source(id) => analysis
                    .source(id)
                    .map_or("one source", |s| s.name.as_str()),
                _ => tr("the writer"),
            };
            let on_filter = props.on_filter.clone();
            html! {
                <p class="filtering">
                    {format!("{} {who} {} ", tr("Only claims by"), tr("are marked."))}
                    <button type="button" class="link" onclick={move |_| on_filter.emit(Filter::All)}>
                        {tr("Show all")}
                    </button>
                </p>
            }
        }
    };

    html! {
        <aside class="panel" aria-labelledby="panel-title">
            <h2 id="panel-title" tabindex="-1">{tr("Who stands behind it")}</h2>
            {share_bar(doc, props.bar.clone())}
            <h3 class="sources-title">
                {count(analysis.sources.len(), "source")}
                <span class="hint">{format!(" · {}", tr("click one to see only its claims"))}</span>
            </h3>
            <div aria-live="polite">{status}</div>
            if rows.is_empty() {
                <p class="empty">{tr("No sources found in this article.")}</p>
            } else {
                <ul class="sources">{for rows}</ul>
            }
            {legend()}
        </aside>
    }
}

/// The share of sentences attributed to named, anonymous and no source,
/// drawn as one bar with a pattern for each part (not colour alone).
///
/// A plain function, not a component: it has no state, and every component
/// type adds a few KB of WebAssembly.
fn share_bar(doc: &Doc, bar: NodeRef) -> Html {
    let shares = doc.shares;
    let total = shares.total();
    let [named, anonymous, none] = shares.percentages();
    let parts = [
        ("named", tr("Named source"), named),
        ("anonymous", tr("Anonymous source"), anonymous),
        ("unattributed", tr("No source"), none),
    ];
    let label = format!(
        "Of {total} sentences, {named}% are attributed to a named source, \
         {anonymous}% to an anonymous source and {none}% to no source."
    );
    html! {
        <figure class="shares">
            <div class="bar" role="img" aria-label={label} ref={bar}>
                {for parts.iter().filter(|p| p.2 > 0).map(|(class, _, pct)| html! {
                    <span class={classes!("seg", *class)} data-pct={pct.to_string()}></span>
                })}
            </div>
            <figcaption>
                <ul class="share-legend" aria-hidden="true">
                    {for parts.iter().map(|(class, label, pct)| html! {
                        <li><span class={classes!("swatch", *class)}></span>{format!("{label} {pct}%")}</li>
                    })}
                </ul>
                <span class="of">{format!("{} {total} {}", tr("of"), tr("sentences"))}</span>
            </figcaption>
        </figure>
    }
}

/// What each underline means.
fn legend() -> Html {
    let kinds = SourceKind::ALL.into_iter().map(Some).chain([None]);
    html! {
        <details class="legend">
            <summary>{tr("How claims are marked")}</summary>
            <ul>
                {for kinds.map(|k| html! {
                    <li>
                        <mark class={classes!("claim", "sample", kind_class(k))}>{kind_label(k)}</mark>
                    </li>
                })}
            </ul>
        </details>
    }
}
