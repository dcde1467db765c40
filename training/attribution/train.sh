#!/usr/bin/env bash
# Train the attribution tagger on PolNeAR train (scored on dev) and install its weights in
# models/attribution/. Run from the repository root:  bash training/attribution/train.sh
# Needs ../shared/data/polnear (or POLNEAR_DIR). About 20-40 min on one CPU core.
set -euo pipefail
PY=${PY:-.venv/bin/python}
HERE=training/attribution
$PY $HERE/prepare.py ${POLNEAR_DIR:+--data "$POLNEAR_DIR"}
$PY -m spacy train $HERE/config.cfg --code $HERE/code.py --output $HERE/output "$@"
$PY $HERE/export.py $HERE/output/model-best models/attribution
