//! Paste, type, open or drop your own article. Text stays in the page: HTML
//! goes through the browser's inert parser (nothing runs, nothing loads) and
//! the engine analyses it right here.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ClipboardEvent, DataTransfer, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::app::raw;
use super::dom;

/// An article the reader supplied, and how (for the status line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Supplied {
    pub text: String,
    pub origin: String,
}

/// The paste box, with a button to analyse what was typed and one to open a
/// file. `area` is the text box's ref, from `use_node_ref` in the component
/// that draws the box.
///
/// A plain function, not a component: every component type adds its own
/// lifecycle code to the WebAssembly.
pub fn paste_input(on_text: &Callback<Supplied>, area: &NodeRef) -> Html {
    let onpaste = {
        let on_text = on_text.clone();
        let area = area.clone();
        Callback::from(move |e: Event| {
            let Some(data) = e
                .dyn_ref::<ClipboardEvent>()
                .and_then(ClipboardEvent::clipboard_data)
            else {
                return;
            };
            let Some(area) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let rich = data
                .get_data("text/html")
                .is_ok_and(|html| !html.trim().is_empty());
            // Pasting into text being edited is just editing: Analyse reads it.
            if !rich && !area.value().trim().is_empty() {
                return;
            }
            let Some(supplied) = from_transfer(&data, "pasted") else {
                return;
            };
            // A whole article, or a web page (its paragraphs, not its markup):
            // read it at once.
            e.prevent_default();
            area.set_value(&supplied.text);
            on_text.emit(supplied);
        })
    };
    let analyse = {
        let on_text = on_text.clone();
        let area = area.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(area) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let value = area.value();
            if value.trim().is_empty() {
                let _ = area.focus();
                return;
            }
            on_text.emit(if dom::looks_like_html(&value) {
                Supplied {
                    text: dom::html_to_text(&value),
                    origin: "pasted HTML".into(),
                }
            } else {
                Supplied {
                    text: value,
                    origin: "pasted text".into(),
                }
            });
        })
    };
    let onchange = {
        let on_text = on_text.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(file, on_text.clone());
            }
            input.set_value("");
        })
    };
    html! {
        <section class="own" aria-labelledby="own-title" id="your-article">
            {raw(concat!(
                r#"<h2 id="own-title">Read your own article</h2>"#,
                r#"<p class="hint">Paste or drop an article (text or a web page), or open a file. "#,
                r#"<strong>It is analysed in this page; nothing is sent anywhere.</strong></p>"#,
                r#"<label for="paste" class="sr-only">Article text or HTML</label>"#,
            ))}
            <textarea id="paste" ref={area.clone()} rows="4" {onpaste}
                      placeholder="Paste an article here…" spellcheck="false" />
            <div class="row">
                <button type="button" class="primary" onclick={analyse}>{"Analyse"}</button>
                <label class="file">
                    {"Open a file…"}
                    <input type="file" accept=".txt,.html,.htm,text/plain,text/html" {onchange} />
                </label>
            </div>
        </section>
    }
}

/// The article in a paste or drop: a file if there is one (read later, see
/// [`read_file`]), else the HTML flavour (as text), else the plain text.
/// Returns `None` when there is nothing usable, or only a file.
pub fn from_transfer(data: &DataTransfer, how: &str) -> Option<Supplied> {
    if let Ok(html) = data.get_data("text/html") {
        if !html.trim().is_empty() {
            let text = dom::html_to_text(&html);
            if !text.trim().is_empty() {
                return Some(Supplied {
                    text,
                    origin: format!("{how} web page"),
                });
            }
        }
    }
    let plain = data.get_data("text/plain").unwrap_or_default();
    if plain.trim().is_empty() {
        return None;
    }
    Some(if dom::looks_like_html(&plain) {
        Supplied {
            text: dom::html_to_text(&plain),
            origin: format!("{how} HTML"),
        }
    } else {
        Supplied {
            text: plain,
            origin: format!("{how} text"),
        }
    })
}

/// The first file of a drop, if any.
pub fn dropped_file(data: &DataTransfer) -> Option<File> {
    data.files().and_then(|f| f.get(0))
}

/// Reads a `.txt` or `.html` file in the page and hands its text on.
pub fn read_file(file: File, on_text: Callback<Supplied>) {
    let name = file.name();
    let lower = name.to_ascii_lowercase();
    let is_html = dom::is_html(&file.type_(), &lower);
    yew::platform::spawn_local(async move {
        let Ok(value) = JsFuture::from(file.text()).await else {
            return;
        };
        let raw = value.as_string().unwrap_or_default();
        let text = if is_html || dom::looks_like_html(&raw) {
            dom::html_to_text(&raw)
        } else {
            raw
        };
        on_text.emit(Supplied { text, origin: name });
    });
}
