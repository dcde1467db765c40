"""Gold times of the story benchmark: every value form a gold ``events.json`` uses is read as the
days it covers (a quarter is three months, not a parse error that stops the whole benchmark)."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date

from .conftest import ROOT


def _scorer():
    spec = importlib.util.spec_from_file_location("stories_eval", ROOT / "benchmarks" / "stories_eval.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("stories_eval", mod)
    spec.loader.exec_module(mod)
    return mod


def test_a_quarter_covers_its_three_months() -> None:
    bounds = _scorer().bounds
    assert bounds("2027-Q1") == (date(2027, 1, 1), date(2027, 3, 31))
    assert bounds("2026-Q4") == (date(2026, 10, 1), date(2026, 12, 31))


def test_days_months_years_and_clock_times() -> None:
    bounds = _scorer().bounds
    assert bounds("2026-11-12T17:25") == (date(2026, 11, 12), date(2026, 11, 12))
    assert bounds("2026-02") == (date(2026, 2, 1), date(2026, 2, 28))
    assert bounds("2026") == (date(2026, 1, 1), date(2026, 12, 31))
