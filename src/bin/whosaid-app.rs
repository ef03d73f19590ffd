//! The reader app that `trunk` builds for the browser (see `index.html`).
//! Run `./scripts/serve.sh` to open it.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<whosaid::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "whosaid-app is the browser reader: it runs as WebAssembly.\n\
         Serve it with `./scripts/serve.sh` (trunk), or use the `whosaid` CLI here."
    );
    std::process::exit(2);
}
