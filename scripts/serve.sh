#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh), then serves the reader with
# `trunk serve`: the default article at http://127.0.0.1:8080/ (PORT=... to
# change), rebuilt on every save. Open another article placed in www/articles/
# with /?src=articles/<file>.txt (or .html). Extra arguments go to trunk,
# e.g. `./scripts/serve.sh --release` for the size-optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

# trunk builds offline (Trunk.toml); fetch the crates first.
cargo fetch --locked

PORT="${PORT:-8080}"
printf '\n\033[1mwhosaid reader:\033[0m http://127.0.0.1:%s/   (Ctrl-C stops)\n\n' "$PORT"
exec trunk serve --offline --address 127.0.0.1 --port "$PORT" "$@"
