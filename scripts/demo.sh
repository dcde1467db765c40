#!/usr/bin/env bash
# Install claimline into .venv and run the main job on sample_articles/:
# ingest them, then print the NATO timeline and the conflicts.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt .
DB=${CLAIMLINE_DB:-.claimline-demo.db}
rm -f "$DB" "$DB-wal" "$DB-shm"
.venv/bin/claimline ingest --db "$DB" sample_articles/
echo
.venv/bin/claimline timeline --db "$DB" --actor NATO
echo
.venv/bin/claimline conflicts --db "$DB"
