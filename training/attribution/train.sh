#!/usr/bin/env bash
# Train the attribution tagger and its claim acceptor on PolNeAR train (never dev) and install
# their weights in models/attribution/. Run from the repository root:  bash training/attribution/train.sh
# Needs ../shared/data/polnear (or POLNEAR_DIR). On one shared CPU core: prepare ~5 min, training
# ~15 min (10 epochs), lemmas ~2, the acceptor ~10 (its parse of train is cached in
# corpus/claimline.parsed, then it records the candidates and tries its thresholds). PolNeAR dev
# is never read: model selection and every threshold use the held-out tenth of train
# (code.py HOLDOUT; score it with tune.py, or cached.py on cached parses).
# Extra arguments go to `spacy train` (e.g. --training.max_epochs 5).
set -euo pipefail
PY=${PY:-.venv/bin/python}
HERE=training/attribution
$PY $HERE/prepare.py ${POLNEAR_DIR:+--data "$POLNEAR_DIR"}
$PY $HERE/lemmas.py
$PY -m spacy train $HERE/config.cfg --code $HERE/code.py --output $HERE/output "$@"
$PY $HERE/export.py $HERE/output/model-best models/attribution
$PY $HERE/acceptor.py ${POLNEAR_DIR:+--data "$POLNEAR_DIR"} --out models/attribution
