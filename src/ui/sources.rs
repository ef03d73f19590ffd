//! The sources panel: a bar showing at a glance how much of the article named
//! sources, anonymous sources and nobody stand behind, then every source with
//! its count of claims. Clicking a source keeps only its claims marked.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::labels::{class_list, count, kind_class, kind_icon, kind_label, tr, truth};
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
            // Its child nodes, not `children()`: the same spans (text nodes
            // are skipped below) through `NodeList`, whose imports the
            // WebAssembly has anyway, not `HTMLCollection`'s.
            let segments = bar.child_nodes();
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

    // A source's row, or the writer's (no `kind`), its `detail` after the
    // kind: one copy of the markup's code for both.
    let row = |key: &str,
               source: &str,
               kind: Option<SourceKind>,
               filter: Filter,
               name: &str,
               detail: Option<String>| {
        let pressed = props.filter == filter;
        let n = kept(&filter);
        let label = match kind {
            Some(_) => kind_label(kind),
            None => tr("No source: the article’s own voice"),
        };
        html! {
            <li key={key.to_string()}>
                <button type="button" CLASS={class_list(&[Some("source"), Some(kind_class(kind))])}
                        aria-pressed={truth(pressed)} onclick={toggle(filter)}
                        data-source={source.to_string()}>
                    {kind_icon(kind)}
                    <span class="who">
                        <span class="name">{name.to_string()}</span>
                        <span class="detail">{label}{for detail}</span>
                    </span>
                    <span class="count" aria-label={count(n, "claim")}>{n}</span>
                </button>
            </li>
        }
    };
    let mut rows: Vec<Html> = analysis
        .sources
        .iter()
        .map(|s| {
            let detail: Vec<&str> = [s.role.as_deref(), s.affiliation.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let detail = (!detail.is_empty()).then(|| format!(" · {}", detail.join(", ")));
            let filter = Filter::Source(s.id.clone());
            row(&s.id, &s.id, Some(s.kind), filter, &s.name, detail)
        })
        .collect();
    if kept(&Filter::Unattributed) > 0 {
        let writer = tr("The writer");
        rows.push(row(
            "writer",
            "none",
            None,
            Filter::Unattributed,
            writer,
            None,
        ));
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
                    <span CLASS={class_list(&[Some("seg"), Some(*class)])} data-pct={pct.to_string()}></span>
                })}
            </div>
            <figcaption>
                <ul class="share-legend" aria-hidden="true">
                    {for parts.iter().map(|(class, label, pct)| html! {
                        <li><span CLASS={class_list(&[Some("swatch"), Some(*class)])}></span>{format!("{label} {pct}%")}</li>
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
                        <mark CLASS={class_list(&[Some("claim"), Some("sample"), Some(kind_class(k))])}>{kind_label(k)}</mark>
                    </li>
                })}
            </ul>
        </details>
    }
}
