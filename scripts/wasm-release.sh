#!/usr/bin/env bash
# Runs a command (`trunk build --release`, `cargo build --profile wasm-release`)
# with the compiler flags of the browser bundles' release builds:
# -Zlocation-detail=none leaves the file, line and column out of every panic
# site, so the bundles carry no source paths (the standard library's among
# them) and identical panic sites fold together: about 8 KB gzip less for
# each bundle. A panic still reports its message in the console, not where
# it happened; debug builds (`trunk serve`, the wasm tests) keep both.
# The flag is unstable, so RUSTC_BOOTSTRAP=1 lets the machine's stable
# compiler accept it, for these builds only: native builds, the CLI and the
# tests never see it. Flags already set for the wasm target
# (build-embed.sh's path remapping) are kept.
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:+ $CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS}"
exec "$@"
