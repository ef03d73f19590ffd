# Sourced by every script that builds for the browser (trunk's reader, the
# embed, the tests): panic messages in the wasm name a dependency's files
# from the crate on (`yew-0.23.0/src/scheduler.rs`), not from this machine's
# cargo home (`/home/…/.cargo/registry/src/index.crates.io-…/yew-0.23.0/…`).
# About 130 bytes gzip off each bundle, and the same bytes on any machine.
# Only the wasm32 target gets the flag, so native builds keep their cache.
wasm_registry="${CARGO_HOME:-$HOME/.cargo}/registry/src"
# (The crates.io index's folder: cargo names it by a hash of the index URL.)
wasm_flags="--remap-path-prefix=$wasm_registry/index.crates.io-1949cf8c6b5b557f="
for wasm_dir in "$wasm_registry"/*/; do
  [[ -d $wasm_dir && $wasm_flags != *"${wasm_dir%/}="* ]] &&
    wasm_flags+=" --remap-path-prefix=${wasm_dir%/}="
done
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$wasm_flags"
unset wasm_registry wasm_flags wasm_dir
