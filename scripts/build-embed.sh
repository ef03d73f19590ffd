#!/usr/bin/env bash
# Builds the publisher embed into dist/embed/: the loader whosaid.js (our own
# module script: no inline script, no eval), the wasm-bindgen glue and the
# wasm (profile wasm-release, then wasm-opt -Oz, as trunk does for the reader),
# plus the demo, hostile-CSS, strict-CSP and bookmarklet pages from www/embed/.
# Run after `trunk build` (trunk empties dist/). The loader finds its files
# next to itself, so dist/embed/ can be served from any path or origin.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
OUT=dist/embed

# The release flags of the browser bundles (scripts/wasm-release.sh).
./scripts/wasm-release.sh \
  cargo build --locked --offline --target wasm32-unknown-unknown --profile wasm-release --bin whosaid-embed
rm -rf "$OUT"
mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name whosaid_embed \
  target/wasm32-unknown-unknown/wasm-release/whosaid-embed.wasm
# The wasm-bindgen glue minified (esbuild, an ES module kept an ES module):
# about 1.8 KB of the gzip every reader downloads.
esbuild "$OUT/whosaid_embed.js" --minify --format=esm --log-level=warning \
  --allow-overwrite --outfile="$OUT/whosaid_embed.js"
# --converge repeats the passes while they still shrink it (about 0.4 KB gzip).
# --zero-filled-memory: the module defines its memory (nothing imports one),
# and wasm memory starts zeroed, so zero bytes of data need no segment;
# --low-memory-unused: Rust's wasm32 stack starts at 1 MB and grows down, so
# the first 1 KB is reached only by a stack 1 MB deep, and pointer arithmetic
# may fold into load and store offsets (both about 2 KB gzip together).
wasm-opt -Oz --converge --low-memory-unused --zero-filled-memory \
  --output "$OUT/whosaid_embed_bg.wasm" "$OUT/whosaid_embed_bg.wasm"
# Then the control flow flattened and rebuilt (--flatten --rereloop), twice,
# before -Oz shrinks it again, and a last -Oz alone: about 1.8 KB gzip more.
wasm-opt --flatten --rereloop -Oz --flatten --rereloop -Oz --converge \
  --output "$OUT/whosaid_embed_bg.wasm" "$OUT/whosaid_embed_bg.wasm"
wasm-opt -Oz --converge --strip-producers --strip-target-features \
  --output "$OUT/whosaid_embed_bg.wasm" "$OUT/whosaid_embed_bg.wasm"
# The imports' and exports' names shortened in the wasm and the glue alike:
# wasm-bindgen's names carry a 16-hex-digit hash each, which gzip cannot
# shrink (scripts/short-names.mjs; about 5 KB gzip).
node scripts/short-names.mjs "$OUT/whosaid_embed_bg.wasm" "$OUT/whosaid_embed.js"
# The loader minified by esbuild, like the glue (about 1.3 KB of the gzip
# every reader downloads against the file as written; src/embed/whosaid.js
# is the readable source).
esbuild src/embed/whosaid.js --minify --format=esm --log-level=warning \
  --outfile="$OUT/whosaid.js"
cp www/embed/* "$OUT/"
