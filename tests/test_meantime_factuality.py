"""MEANTIME event factuality benchmark (``benchmarks/meantime_factuality.py``): the folding of the
gold attributes, the scores on made-up pairs, and a floor on real data (skips when
``../shared/data/meantime`` is absent)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "benchmarks" / "meantime_factuality.py"
sys.path.insert(0, str(MODULE.parent))
_spec = importlib.util.spec_from_file_location("meantime_factuality", MODULE)
assert _spec is not None and _spec.loader is not None
mf = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(mf)

CERTAIN = {"polarity": "POS", "certainty": "CERTAIN", "time": "NON_FUTURE", "special_cases": "NONE"}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({}, "factual"),
        ({"polarity": "NEG", "time": "FUTURE"}, "negated"),
        ({"time": "FUTURE", "certainty": "POSSIBLE"}, "future"),
        ({"certainty": "PROBABLE"}, "possible"),
        ({"special_cases": "COND_IF_CLAUSE"}, "possible"),
        ({"special_cases": "GEN"}, None),
        ({"certainty": "UNDERSPECIFIED"}, None),
        ({"time": ""}, None),
    ],
)
def test_gold_attributes_fold_into_one_class(change: dict[str, str], expected: str | None) -> None:
    assert mf.gold_class({**CERTAIN, **change}) == expected


def test_every_factuality_of_a_frame_has_a_class() -> None:
    from claimline.events.frames import _RANK

    assert set(mf.OURS) == set(_RANK)


def test_score_counts_per_class_and_confusion() -> None:
    pairs = [("factual", "factual")] * 3 + [("future", "factual"), ("future", "future"), ("negated", "possible")]
    res = mf.score(pairs)
    assert res["mentions"] == 6
    assert res["accuracy"] == round(4 / 6, 4)
    assert res["per_class"]["factual"] == {"gold": 3, "predicted": 4, "precision": 0.75, "recall": 1.0, "f1": 0.8571}
    assert res["per_class"]["future"]["recall"] == 0.5
    assert res["per_class"]["negated"]["f1"] == 0.0
    assert res["confusion"]["future->factual"] == 1


@pytest.mark.slow
def test_meantime_factuality_floor(nlp) -> None:
    from meantime_events import available, data_dir

    root = data_dir()
    if not available(root):
        pytest.skip(f"MEANTIME data not found at {root} (set MEANTIME_DIR)")
    res = mf.evaluate(str(root), ["airbus"], limit=15, nlp=nlp)
    # measured on main (benchmarks/README_meantime.md, "Event factuality"); floors a little under
    assert res["mentions"] >= FLOOR["mentions"]
    assert res["accuracy"] >= FLOOR["accuracy"], res
    assert res["macro_f1"] >= FLOOR["macro_f1"], res
    assert res["accuracy"] > res["baseline_all_factual"]["accuracy"]


FLOOR = {"mentions": 125, "accuracy": 0.76, "macro_f1": 0.40}  # 130, 0.792, 0.422 measured
