//! The embed's WebAssembly: what `dist/embed/whosaid.js` (the loader, from
//! `src/embed/whosaid.js`) calls. Built by `scripts/build-embed.sh`.

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// Marks up one article of the host page; returns its analysis as the
    /// JSON contract.
    #[wasm_bindgen]
    pub fn mount(article: web_sys::Element) -> Result<String, JsValue> {
        whosaid::embed::mount(&article)
    }

    /// Marks up the given text nodes (the article finder's choice) inside
    /// `article`, with options keyed like the `data-whosaid-*` attributes.
    #[cfg(feature = "finder")]
    #[wasm_bindgen]
    pub fn mount_nodes(
        article: web_sys::Element,
        nodes: js_sys::Array,
        settings: JsValue,
    ) -> Result<String, JsValue> {
        whosaid::embed::mount_nodes(&article, &nodes, &settings)
    }

    /// Removes every mark, the card and the panel from `article`, restoring
    /// its DOM as it was; false if it was not marked up.
    #[cfg(feature = "finder")]
    #[wasm_bindgen]
    pub fn unmount(article: web_sys::Element) -> bool {
        whosaid::embed::unmount(&article)
    }

    /// The engine alone: the JSON contract for a text.
    #[wasm_bindgen]
    pub fn analyze(text: &str) -> String {
        whosaid::embed::analyze_json(text)
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "whosaid-embed is the publisher widget: it runs as WebAssembly in a page.\n\
         Build it with `./scripts/build-embed.sh` (into dist/embed/)."
    );
    std::process::exit(2);
}
