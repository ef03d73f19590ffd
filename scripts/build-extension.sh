#!/usr/bin/env bash
# Builds the browser extension (extension/) for Chromium and Firefox into
# dist/extension/{chromium,firefox}/ and a zip for each store
# (dist/extension/whosaid-chromium.zip, whosaid-firefox.zip), and the
# bookmarklet's article finder into dist/embed/ (whosaid-finder.js and its
# engine whosaid_find.js, whosaid_find_bg.wasm). Run after
# scripts/build-embed.sh (it writes dist/embed/).
#
# One cargo build serves both: the embed's own Rust (src/embed, the reader's
# card and panel) with the feature `finder` (mount chosen text nodes, unmount),
# compiled without reference types. Why without: a content script may not
# compile WebAssembly on a page whose CSP lacks 'wasm-unsafe-eval' (Chromium
# applies the page's policy to it: "CompileError: WebAssembly.Module()"), and
# strict-CSP pages are where the extension must work. So the extension carries
# the same compiled module translated to JavaScript by binaryen's wasm2js,
# which handles one function table only (no externref table). The bookmarklet
# loads the same build as real WebAssembly. Everything is packaged: the
# extension makes no request of any kind.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
WORK=target/finder/extension-build
WASM=target/finder/wasm32-unknown-unknown/wasm-release/whosaid-embed.wasm
FEATURES="--enable-bulk-memory --enable-sign-ext --enable-nontrapping-float-to-int --enable-mutable-globals"

if [[ ! -f dist/embed/whosaid.js ]]; then
  echo "build-extension: dist/embed/ is missing: run scripts/build-embed.sh first" >&2
  exit 1
fi

CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-C target-feature=-reference-types" \
  ./scripts/wasm-release.sh cargo build --locked --offline --target wasm32-unknown-unknown --profile wasm-release \
  --features finder --bin whosaid-embed --target-dir target/finder
rm -rf "$WORK"
mkdir -p "$WORK"
# The standard library is prebuilt with reference types in its feature list;
# with the list gone wasm-bindgen keeps JavaScript objects in its own table.
wasm-opt $FEATURES --strip-target-features "$WASM" -o "$WORK/plain.wasm"

# The bookmarklet's engine: real WebAssembly, next to the embed.
wasm-bindgen --target web --no-typescript --out-dir "$WORK/web" --out-name whosaid_find "$WORK/plain.wasm"
wasm-opt $FEATURES -Oz "$WORK/web/whosaid_find_bg.wasm" -o dist/embed/whosaid_find_bg.wasm
cp "$WORK/web/whosaid_find.js" dist/embed/

# The extension's engine: the same module as JavaScript (wasm2js), after
# lowering the post-MVP operations wasm2js does not translate.
wasm-bindgen --target no-modules --no-typescript --out-dir "$WORK/classic" --out-name whosaid_embed "$WORK/plain.wasm"
wasm-opt $FEATURES --llvm-nontrapping-fptoint-lowering --llvm-memory-copy-fill-lowering --signext-lowering -Oz \
  "$WORK/classic/whosaid_embed_bg.wasm" -o "$WORK/lowered.wasm"
wasm2js -Oz "$WORK/lowered.wasm" -o "$WORK/engine.mjs"

node scripts/build-extension.mjs "$WORK"
