"""Calendar arithmetic: intervals of months, weeks, quarters, seasons; holidays; TIMEX3 value -> interval."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from ..schemas import Granularity
from .model import Tense
from .vocab import _HOLIDAY_EASTER, _HOLIDAY_FIXED, _HOLIDAY_NTH, holiday_key


def _last_day(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def _month_iv(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), _last_day(y, m)


def _year_iv(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def _week_iv(d: date) -> tuple[date, date]:
    mon = d - timedelta(days=d.weekday())
    return mon, mon + timedelta(days=6)


def _week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _quarter_iv(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), _last_day(y, 3 * q)


def _half_iv(y: int, h: int) -> tuple[date, date]:
    return (date(y, 1, 1), date(y, 6, 30)) if h == 1 else (date(y, 7, 1), date(y, 12, 31))


_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def _season_iv(y: int, s: str) -> tuple[date, date]:
    a, b = _SEASON_MONTHS[s]
    if s == "WI":  # the winter that begins in December of year y
        return date(y, 12, 1), _last_day(y + 1, 2)
    return date(y, a, 1), _last_day(y, b)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _pick(
    cands: list[tuple[str, tuple[date, date]]],
    anchor: date,
    tense: Tense | None,
    *,
    soft: int | None = None,
    bias: int = 90,
) -> tuple[str, tuple[date, date]]:
    """Choose among occurrences of a cyclic expression (a month, quarter, weekday...).

    Nearest to the anchor; with a tense, the occurrence must not lie wholly on the
    wrong side of the anchor (``soft``: instead add that many days to its distance).
    Without a tense, news leans to the past: future occurrences count ``bias`` days
    farther. Ties go to the past.
    """

    def dist(iv: tuple[date, date]) -> int:
        if iv[0] <= anchor <= iv[1]:
            return 0
        return (iv[0] - anchor).days if iv[0] > anchor else (anchor - iv[1]).days

    best: tuple[float, int, str, tuple[date, date]] | None = None
    for val, iv in cands:
        d: float = dist(iv)
        wrong = (tense == "past" and iv[0] > anchor) or (tense == "future" and iv[1] < anchor)
        if wrong:
            d = d + soft if soft is not None else d + 100000
        elif tense is None and iv[0] > anchor:
            d += bias
        key = (d, 0 if iv[0] <= anchor else 1, val, iv)
        if best is None or key[:2] < best[:2]:
            best = key
    assert best is not None
    return best[2], best[3]


def _sub_interval(iv: tuple[date, date], mod: str | None, gran: str) -> tuple[date, date]:
    """Narrow an interval for START/MID/END: thirds (months: days 1-10, 11-20, 21-end)."""
    if mod not in ("START", "MID", "END"):
        return iv
    s, e = iv
    if gran == "month":
        if mod == "START":
            return s, s.replace(day=10)
        if mod == "MID":
            return s.replace(day=11), s.replace(day=20)
        return s.replace(day=21), e
    if gran == "year":
        y = s.year
        if mod == "START":
            return date(y, 1, 1), date(y, 4, 30)
        if mod == "MID":
            return date(y, 5, 1), date(y, 8, 31)
        return date(y, 9, 1), date(y, 12, 31)
    n = (e - s).days + 1
    third = max(1, n // 3)
    if mod == "START":
        return s, s + timedelta(days=third - 1)
    if mod == "MID":
        return s + timedelta(days=third), e - timedelta(days=third)
    return e - timedelta(days=third - 1), e


_IV_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")


_IV_WEEK = re.compile(r"(\d{4})-W(\d{2})(-WE)?")


_IV_Q = re.compile(r"(\d{4})-Q([1-4])")


_IV_H = re.compile(r"(\d{4})-H([12])")


_IV_S = re.compile(r"(\d{4})-(SP|SU|FA|WI)")


_IV_MONTH = re.compile(r"(\d{4})-(\d{2})(?:-XX)?")


_IV_YEAR = re.compile(r"(\d{4})(?:-XX(?:-XX)?)?")


_IV_DECADE = re.compile(r"(\d{3})X?")


_IV_CENTURY = re.compile(r"(\d{2})(?:XX)?")


def interval_of(value: str) -> tuple[date, date] | None:
    """The calendar interval a TIMEX3 value covers (first day, last day), or None.

    Durations, sets, references (``PRESENT_REF``...) and fiscal years (``FY2026``:
    the fiscal calendar is unknown) have no interval.
    """
    v = value.strip().upper()
    try:
        if m := _IV_DAY.fullmatch(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _IV_WEEK.fullmatch(v):
            mon = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return mon + timedelta(days=5), mon + timedelta(days=6)
            return mon, mon + timedelta(days=6)
        if m := _IV_Q.fullmatch(v):
            return _quarter_iv(int(m[1]), int(m[2]))
        if m := _IV_H.fullmatch(v):
            return _half_iv(int(m[1]), int(m[2]))
        if m := _IV_S.fullmatch(v):
            return _season_iv(int(m[1]), m[2])
        if m := _IV_MONTH.fullmatch(v):
            return _month_iv(int(m[1]), int(m[2]))
        if m := _IV_YEAR.fullmatch(v):
            return _year_iv(int(m[1]))
        if m := _IV_DECADE.fullmatch(v):
            y = int(m[1]) * 10
            return date(max(1, y), 1, 1), date(y + 9, 12, 31)
        if m := _IV_CENTURY.fullmatch(v):
            y = int(m[1]) * 100
            return date(max(1, y), 1, 1), date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def granularity_of(value: str) -> Granularity:
    """The granularity a TIMEX3 value is expressed in."""
    v = value.strip().upper()
    if v.endswith("_REF"):
        return "ref"
    if v.startswith("P"):
        return "duration"
    if _IV_DAY.fullmatch(v):
        return "time" if "T" in v else "day"
    if _IV_WEEK.fullmatch(v):
        return "week"
    if _IV_Q.fullmatch(v):
        return "quarter"
    if _IV_H.fullmatch(v):
        return "half"
    if _IV_S.fullmatch(v):
        return "season"
    if _IV_MONTH.fullmatch(v):
        return "month"
    if _IV_YEAR.fullmatch(v) or v.startswith("FY"):
        return "year"
    if _IV_DECADE.fullmatch(v):
        return "decade"
    if _IV_CENTURY.fullmatch(v):
        return "century"
    return "unknown"


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _holiday_date(name: str, y: int) -> date | None:
    """The date of a holiday named in the vocabulary (``models/timex/en.toml``) in year ``y``."""
    n = holiday_key(name)
    if n in _HOLIDAY_FIXED:
        return _safe_date(y, *_HOLIDAY_FIXED[n])
    if n in _HOLIDAY_EASTER:
        return _easter(y) + timedelta(days=_HOLIDAY_EASTER[n])
    nth = _HOLIDAY_NTH.get(n)
    if nth is None:
        return None
    if nth.n > 0:
        d = date(y, nth.month, 1)
        return d + timedelta(days=(nth.weekday - 1 - d.weekday()) % 7 + 7 * (nth.n - 1))
    y2, m2 = _add_months(y, nth.month, 1)
    d = date(y2, m2, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - (nth.weekday - 1)) % 7)
