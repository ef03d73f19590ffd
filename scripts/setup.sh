#!/usr/bin/env bash
# Installs every tool the project needs, skipping each one already present at
# the pinned version. Safe to run again; the serve and test scripts call it.
# Pins and their reasons are in ../shared/TOOLCHAIN.md style notes below.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14          # 0.22 needs rustc 1.96
WASM_BINDGEN_VERSION=0.2.129   # must equal the wasm-bindgen crate pin in Cargo.toml
CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The engine and the app build for the browser.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
# The browser bundles compile the standard library with themselves, optimised
# for size (scripts/wasm-release.sh): its source, and the crates it uses
# fetched for the offline release builds.
if ! rustup component list --installed | grep -qx rust-src; then
  say "adding the rust-src component"
  rustup component add rust-src
fi
RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  cargo fetch --locked --target wasm32-unknown-unknown

# cargo-installed tools: keep the exact version, reinstall on mismatch.
cargo_tool() { # name binary version
  local crate=$1 bin=$2 want=$3
  if "$bin" --version 2>/dev/null | grep -q " $want\b"; then return; fi
  say "installing $crate $want (a first install compiles for several minutes)"
  cargo install "$crate" --version "$want" --locked
}
cargo_tool trunk trunk "$TRUNK_VERSION"
cargo_tool wasm-bindgen-cli wasm-bindgen "$WASM_BINDGEN_VERSION"

# A browser for component and end-to-end tests: Debian's Chromium, never a download.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# zip, for the browser extension's store packages (scripts/build-extension.sh).
if ! command -v zip >/dev/null; then
  say "installing Debian's zip"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq zip >/dev/null
fi

# npm packages: wasm-opt and wasm2js (binaryen 132 reads what rustc 1.95 emits),
# playwright-core, axe-core, @mozilla/readability and web-ext (the extension).
# A stamp of the lock file's hash says whether node_modules matches it.
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.whosaid-lock 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.whosaid-lock
fi
say "tools ready"
