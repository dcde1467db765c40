#!/usr/bin/env bash
# Install claimline with its test extras into .venv and run the whole test suite.
# As root on Debian it also installs chromium + chromedriver for the browser test
# (the test skips, saying why, where they are missing).
# Unless CLAIMLINE_TEST_PG already names a server (or CLAIMLINE_TEST_PG=off), it starts a throwaway
# PostgreSQL cluster (scripts/pg-cluster.sh) so that every store test also runs on PostgreSQL,
# and stops it at exit. Without a server those tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null && ! { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; }; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null) \
    || echo "note: could not install chromium; the browser test will skip"
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e '.[test]'
if [ "${CLAIMLINE_TEST_PG:-}" = off ]; then
  unset CLAIMLINE_TEST_PG
elif [ -z "${CLAIMLINE_TEST_PG:-}" ]; then
  # shellcheck source=scripts/pg-cluster.sh
  source scripts/pg-cluster.sh
  if ! pg_cluster_start; then
    # CI must run the PostgreSQL tests, not skip them
    [ "${CI:-}" = true ] && { echo "error: CI needs a PostgreSQL server for the store tests" >&2; exit 1; }
    echo "note: no PostgreSQL server; the PostgreSQL tests will skip"
  fi
fi
.venv/bin/python -m pytest "$@"
