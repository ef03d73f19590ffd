#!/usr/bin/env bash
# Runs a command (`trunk build --release`, `cargo build --profile wasm-release`)
# with the compiler flags of the browser bundles' release builds:
# -Zlocation-detail=none leaves the file, line and column out of every panic
# site, so the bundles carry no source paths (the standard library's among
# them) and identical panic sites fold together: about 8 KB gzip less for
# each bundle.
# -Zmir-opt-level=1 keeps rustc's own MIR passes to the cheap ones and leaves
# the rest to LLVM and wasm-opt: about 0.4 KB gzip less for each bundle
# (levels 0 and 2, the default, both come out larger).
# The standard library is compiled with the bundle (-Zbuild-std, from the
# toolchain's rust-src, which scripts/setup.sh installs) and optimised for size
# like the rest (optimize_for_size), and a panic aborts at once
# (-Cpanic=immediate-abort): no panic message, formatting or unwinding
# machinery is left in the bundle, about 9 KB gzip less for each (2.8 KB of it
# the size-optimised library). The engine never panics on any text (the
# hostile-input and property tests); were a bug to panic in the browser, the
# console shows a wasm `unreachable` trap instead of the panic's message, and
# debug builds (`trunk serve`, the wasm tests) keep the message and its place.
# The flags are unstable, so RUSTC_BOOTSTRAP=1 lets the machine's stable
# compiler accept them, for these builds only: native builds, the CLI and the
# tests never see them. Flags already set for the wasm target
# (build-embed.sh's path remapping) are kept.
set -euo pipefail
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zmir-opt-level=1 -Zunstable-options -Cpanic=immediate-abort${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:+ $CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS}"
exec "$@"
