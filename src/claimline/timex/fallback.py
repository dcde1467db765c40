"""dateparser, imported lazily, for phrases made only of date words that no rule covers."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from ..schemas import Granularity
from .calendar import interval_of
from .model import Tense, _Norm
from .patterns import _MONTH, _WEEKDAY, _words
from .vocab import _CENTURY_ORD, _MONTH_NUM, _NUM_WORDS, _ORDINALS, _UNIT, _WEEKDAY_NUM

_DP_OK = re.compile(
    rf"(?:\d|{_MONTH}|{_WEEKDAY}|(?i:\b(?:today|tomorrow|yesterday|week|month|year|day|ago|hour|minute)s?\b))"
)


_DP_REJECT = re.compile(
    r"(?i)^(?:\d+(?:[.,]\d+)?|the\s+(?:year|day|time|week|month|moment|period|season|hour)|"
    r"(?:the\s+)?age\s+of.*|.*\b(?:old|aged)\b.*|\d+\s*-\s*year\s*-?\s*old.*|year-on-year|year-over-year)$"
)


@lru_cache(maxsize=64)
def _date_data_parser(anchor: date | None, prefer: str) -> Any:
    """A dateparser parser for one anchor (dateparser is imported on first use only)."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "STRICT_PARSING": False}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, anchor: date | None, prefer: str) -> tuple[str, Granularity] | None:
    parser = _date_data_parser(anchor, prefer)
    if parser is None:  # pragma: no cover
        return None
    try:
        data = parser.get_date_data(phrase)
    except Exception:  # pragma: no cover - dateparser raises on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        return d.isoformat(), "day"
    if period == "time":
        t = data.date_obj
        return f"{d.isoformat()}T{t.hour:02d}:{t.minute:02d}", "time"
    return d.isoformat(), "day"


_DP_VOCAB = (
    set(_MONTH_NUM)
    | set(_WEEKDAY_NUM)
    | set(_NUM_WORDS)
    | set(_ORDINALS)
    | set(_CENTURY_ORD)
    | {u + "s" for u in _UNIT}
    | set(_UNIT)
    | set(
        _words(
            "of the at on in and a an am pm ago next last this coming past previous morning afternoon evening night "
            "noon midnight today tomorrow yesterday tonight before after from now early late mid end beginning start "
            "middle st nd rd th utc gmt est edt pst pdt cet cest bst z t sept by around about"
        )
    )
)


def _fallback(phrase: str, anchor: date | None, tense: Tense | None | Callable[[], Tense | None]) -> _Norm | None:
    """dateparser, for phrases made only of date words that no rule covers ("Tues 3rd of March at 5")."""
    if not _DP_OK.search(phrase) or _DP_REJECT.match(phrase.strip()):
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    if any(w not in _DP_VOCAB for w in words):
        return None
    if words and words[-1] in ("of", "the", "at", "on", "in", "and", "a", "an", "before", "after", "from", "by"):
        return None
    if anchor is None and not re.search(r"\b\d{4}\b", phrase):
        return None  # relative to today's date otherwise
    if callable(tense):
        tense = tense()
    res = _dateparser(phrase, anchor, "future" if tense == "future" else "past")
    if res is None:
        return None
    value, gran = res
    iv = interval_of(value)
    return _Norm(value, gran, "TIME" if gran == "time" else "DATE", interval=iv)
