#!/usr/bin/env bash
# Remakes the README's pictures from the engine of the day: www/screenshot.png
# (the reader on www/articles/default.txt) and www/embed-screenshot.png (the
# embed on www/embed/news.html), with next to each the claims it pictures
# (www/*.claims.json), which tests/screenshots.rs compares with the engine.
# Run it whenever the engine's output on the demo articles changes (that test,
# run by scripts/test.sh, says when), then commit the four files. It also
# remakes the browser extension's two pictures (www/extension-page.png and
# www/extension-popup.png, tests/e2e/extension-screenshot.mjs).
# Builds the reader (trunk, release) and the embed first; SKIP_BUILD=1 uses
# the dist/ already there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  ./scripts/setup.sh >/dev/null
  cargo fetch --locked
  ./scripts/wasm-release.sh trunk build --release --offline >/dev/null
  ./scripts/build-embed.sh >/dev/null
  ./scripts/build-extension.sh >/dev/null
fi
node tests/e2e/readme-screenshot.mjs
node tests/e2e/extension-screenshot.mjs
cargo test --locked --quiet --test screenshots -- --ignored
ls -l www/screenshot.png www/embed-screenshot.png www/screenshot.claims.json www/embed-screenshot.claims.json \
  www/extension-page.png www/extension-popup.png
