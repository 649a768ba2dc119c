#!/usr/bin/env bash
# The whole test suite: formatting, lints, every crate's tests, both storage
# backends, and the fuzz targets' build. This is the README's test command and
# what CI runs.
#
# PostgreSQL: the suite runs against $LEASEGATE_TEST_PG_URL (default
# postgres://postgres@127.0.0.1:5432/test). When that server cannot be reached
# the PostgreSQL suite is skipped with a loud notice, unless
# LEASEGATE_REQUIRE_POSTGRES=1 (set by CI), in which case the run fails.
set -euo pipefail
cd "$(dirname "$0")/.."

export LEASEGATE_TEST_PG_URL="${LEASEGATE_TEST_PG_URL:-postgres://postgres@127.0.0.1:5432/test}"

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy --all-targets -D warnings"
cargo clippy --workspace --all-targets --locked -- -D warnings

pg_up=0
if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -d "$LEASEGATE_TEST_PG_URL" 2>/dev/null; then
  pg_up=1
fi
if [ "$pg_up" = 1 ]; then
  echo "PostgreSQL reachable at $LEASEGATE_TEST_PG_URL: the PostgreSQL conformance suite runs."
else
  if [ "${LEASEGATE_REQUIRE_POSTGRES:-0}" = 1 ]; then
    echo "error: PostgreSQL is required (LEASEGATE_REQUIRE_POSTGRES=1) but $LEASEGATE_TEST_PG_URL is not reachable" >&2
    exit 1
  fi
  echo "************************************************************************"
  echo "* PostgreSQL not reachable at $LEASEGATE_TEST_PG_URL"
  echo "* The PostgreSQL suite is SKIPPED; only the SQLite suite runs."
  echo "************************************************************************"
  unset LEASEGATE_TEST_PG_URL
fi

step "cargo test (workspace)"
cargo test --workspace --locked

if [ -d fuzz ]; then
  step "build fuzz targets"
  cargo build --manifest-path fuzz/Cargo.toml --locked --bins
fi

if [ "$pg_up" = 0 ]; then
  echo
  echo "NOTE: the PostgreSQL suite was SKIPPED (no server at the configured URL)."
fi
echo
echo "all checks passed"
