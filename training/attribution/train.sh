#!/usr/bin/env bash
# Train the attribution tagger on PolNeAR train (never dev) and install its weights in
# models/attribution/. Run from the repository root:  bash training/attribution/train.sh
# Needs ../shared/data/polnear (or POLNEAR_DIR). About 25 min on one shared CPU core (prepare ~5,
# training ~15 for 10 epochs, lemmas ~2). PolNeAR dev is never read: model selection and the
# thresholds use the held-out tenth of train (code.py HOLDOUT; score it with tune.py).
set -euo pipefail
PY=${PY:-.venv/bin/python}
HERE=training/attribution
$PY $HERE/prepare.py ${POLNEAR_DIR:+--data "$POLNEAR_DIR"}
$PY $HERE/lemmas.py
$PY -m spacy train $HERE/config.cfg --code $HERE/code.py --output $HERE/output "$@"
$PY $HERE/export.py $HERE/output/model-best models/attribution
