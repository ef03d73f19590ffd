#!/usr/bin/env bash
# Sets up every tool (skipping what is present) and runs every test:
# formatting, lints, engine tests natively, the engine built for WebAssembly.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check
step "lints"
cargo clippy --all-targets --locked -- -D warnings
step "engine tests (native)"
cargo test --locked
step "engine builds for wasm32-unknown-unknown"
cargo build --locked --lib --target wasm32-unknown-unknown
