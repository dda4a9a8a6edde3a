#!/usr/bin/env bash
# The whole test suite: formatting, lints, unit and integration tests, then the
# browser tests of the built demo site in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --all-targets --locked -- -D warnings

# The HSDS export is validated with Python's jsonschema, pinned in tests/requirements.txt,
# in a virtual environment of its own.
if [ ! -x tests/.venv/bin/python3 ]; then
  python3 -m venv tests/.venv
fi
tests/.venv/bin/pip install --quiet --disable-pip-version-check -r tests/requirements.txt
cargo test --locked

# The browser tests need Debian's Chromium and the npm packages in package-lock.json.
# No tool may download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium
fi
(cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
cargo build --locked
(cd tests/browser && npm test)

# The release build, as the release workflow makes it for Linux x86-64 (there statically,
# with musl), builds the demo: the binary a municipality downloads works.
cargo build --release --locked
release_out="$(mktemp -d)"
"${CARGO_TARGET_DIR:-target}/release/buurtgids" build --out "$release_out/public" --today 2026-11-23 --lang en 2>&1 | tail -n 1
test -f "$release_out/public/index.html"
rm -rf "$release_out"
