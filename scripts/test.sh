#!/usr/bin/env bash
# Sets up every tool (skipping what is present) and runs every test:
# formatting, lints, engine tests natively, the engine built for WebAssembly,
# then the reader and the embed: wasm lints, component tests in headless
# Chromium, the release builds with their sizes, end-to-end tests against
# dist/ (reader, embed, the security checks of issue 5, the browser extension
# and its article finder of issue 9), web-ext lint on the Firefox build, and
# last whether
# the README's pictures still show what the engine finds (tests/screenshots.rs).
# The Python binding (python/) is built as a wheel, installed in .venv and
# tested with pytest (the binding, spaCy, and Spark in local[2]).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/setup-python.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "lexicon data: every table's columns, and the verb table generated from the curated one"
python3 scripts/gen_cue_verbs.py --check
step "lints"
cargo clippy --all-targets --locked -- -D warnings
step "lints of the Python binding (python/: a workspace member outside the default ones)"
PYO3_PYTHON="$PWD/.venv/bin/python" cargo clippy --locked -p whosaid-python --all-targets -- -D warnings
step "engine tests (native)"
cargo test --locked
step "Python binding: the wheel built, installed in .venv, and its tests against the release CLI (spaCy; Spark in local[2])"
cargo build --release --locked --bin whosaid
wheel=$(./scripts/build-wheel.sh)
.venv/bin/python -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"
(cd python && WHOSAID_CLI="$PWD/../target/release/whosaid" ../.venv/bin/python -m pytest -q -p no:cacheprovider tests)
step "engine builds for wasm32-unknown-unknown"
cargo build --locked --lib --target wasm32-unknown-unknown

# The reader (src/ui, tests/wasm_reader.rs, tests/e2e/): see README.
step "reader lints for wasm32"
cargo clippy --locked --target wasm32-unknown-unknown --lib --bin whosaid-app --bin whosaid-embed --test wasm_reader --test wasm_embed -- -D warnings
# The embed's feature for the bookmarklet and the extension (mount_nodes, unmount).
cargo clippy --locked --target wasm32-unknown-unknown --lib --bin whosaid-embed --features finder -- -D warnings
step "reader and embed component tests (wasm-bindgen-test, headless Chromium)"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --target wasm32-unknown-unknown --test wasm_reader --test wasm_embed
step "reader release build (trunk -> dist/) and its size"
cargo fetch --locked   # trunk builds offline (Trunk.toml)
./scripts/wasm-release.sh trunk build --release --offline
# The publisher embed (src/embed, src/bin/whosaid-embed.rs, www/embed/): see README.
step "embed release build (dist/embed/) and both sizes"
./scripts/build-embed.sh
SKIP_BUILD=1 ./scripts/size-report.sh
# The browser extension (extension/, src/embed/finder.js): see README.
step "browser extension build (dist/extension/: Chromium, Firefox, a zip each) and the bookmarklet's finder"
./scripts/build-extension.sh
step "web-ext lint on the Firefox build (errors fail; warnings are listed)"
NO_UPDATE_NOTIFIER=1 web-ext lint --source-dir dist/extension/firefox --no-config-discovery
step "end-to-end tests: reader, embed, security, extension, article finder (playwright-core, headless Chromium, dist/ on 127.0.0.1)"
node --test tests/e2e/*.test.mjs
step "the README's pictures show what the engine finds today (if not: ./scripts/screenshots.sh)"
cargo test --locked --test screenshots -- --ignored
