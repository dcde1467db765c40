"""MEANTIME frame coverage (benchmarks/meantime_frames.py): a floor on real text; skips without the data."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "benchmarks" / "meantime_frames.py"


def _module():
    sys.path.insert(0, str(MODULE.parent))
    spec = importlib.util.spec_from_file_location("meantime_frames", MODULE)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("meantime_frames", mod)
    spec.loader.exec_module(mod)
    return mod


mf = _module()


def _data() -> Path:
    root = mf.data_dir(None)
    if not mf.available(root):
        pytest.skip(f"no MEANTIME data in {root}")
    return root


def test_mentions_are_occurrences_with_a_participant_or_a_time() -> None:
    root = _data()
    path = mf.corpus_files(root, "gm", 1)[0]
    art, mentions = mf.load_mentions(path, "gm")
    assert mentions
    for m in mentions:
        assert m.pos in ("VERB", "NOUN") and (m.participant or m.timed)
        assert art.text[m.start : m.end].strip()


def test_coverage_floor_on_gm() -> None:
    _data()
    res = mf.evaluate(None, ("gm",), limit=5)
    assert res["all"]["mentions"] > 20
    # measured 0.64 on the whole gm corpus at ebfafe4; the first five articles are in the same range
    assert res["all"]["coverage"] >= 0.5
    assert res["classed"]["coverage"] <= res["all"]["coverage"]
    assert res["uncovered_by_articles"][0]["articles"] >= res["uncovered_by_articles"][-1]["articles"]
