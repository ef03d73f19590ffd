#!/usr/bin/env bash
# Installs whatever is missing (scripts/setup.sh), then serves the reader with
# `trunk serve`: the default article at http://127.0.0.1:8080/ (PORT=... to
# change), rebuilt on every save. Open another article placed in www/articles/
# with /?src=articles/<file>.txt (or .html). Extra arguments go to trunk,
# e.g. `./scripts/serve.sh --release` for the size-optimised build.
# `./scripts/serve.sh --embed` builds the reader and the publisher embed for
# release and serves dist/ as it is (the embed's demo pages under /embed/;
# the bookmarklet's finder and the browser extension are built too).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

# trunk builds offline (Trunk.toml); fetch the crates first.
cargo fetch --locked

PORT="${PORT:-8080}"
if [[ "${1:-}" == "--embed" ]]; then
  ./scripts/wasm-release.sh trunk build --release --offline
  ./scripts/build-embed.sh
  ./scripts/build-extension.sh   # the bookmarklet's article finder (and the extension)
  printf '\n\033[1mwhosaid embed demo:\033[0m http://127.0.0.1:%s/embed/news.html   (Ctrl-C stops)\n' "$PORT"
  printf 'also /embed/hostile.html, /embed/csp.html, /embed/bookmarklet.html, and the reader at /\n\n'
  exec node --input-type=module -e "
    import { serve } from './tests/e2e/harness.mjs';
    await serve('dist', ${PORT});"
fi
printf '\n\033[1mwhosaid reader:\033[0m http://127.0.0.1:%s/   (Ctrl-C stops)\n\n' "$PORT"
exec trunk serve --offline --address 127.0.0.1 --port "$PORT" "$@"
