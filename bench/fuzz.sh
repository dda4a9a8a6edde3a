#!/usr/bin/env bash
# Runs each fuzz target for the given number of seconds (default 600), one after the
# other, with cargo-fuzz and a nightly compiler:
#   rustup toolchain install nightly && cargo install cargo-fuzz
#   bash bench/fuzz.sh 600
# The corpus in fuzz/corpus/ grows as it runs; commit what it adds. A crash leaves its
# input in fuzz/artifacts/<target>/: turn it into a test named after it, then fix it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
targets=(front_matter schedule markdown import_when)
if [ -n "${2:-}" ]; then targets=("$2"); fi
for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  echo "== $target, $seconds s"
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done
