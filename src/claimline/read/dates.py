"""Publication dates as pages write them ("March 10, 2026", "2026-03-10T09:00Z", "Tue 10 Mar"), without dateparser."""

from __future__ import annotations

import re
from datetime import date

# ====================================================================== dates
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_MON = r"(?P<mon>[a-z]{3,9}\.?)"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = (
    r"(?:,?\s*(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2}){1,2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
    r"(?:\s*(?:utc|gmt|[a-z]{1,2}t|cet|cest|eet|eest|bst|ist|jst|z)\b)?"
    r"(?:\s*[+-]\d{2}:?\d{2})?)?"
)
_DATE_FORMS = (
    # ISO 8601 date or date-time: 2026-03-05, 2026-03-05T10:00:00Z, 2026/03/05
    r"(?P<y>\d{4})(?P<sep>[-/])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?",
    # day month year: 2 September 2025, 2nd of Sept. 2025, 05 Mar, 2026
    r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MON + r",?\s+(?P<y>\d{4})",
    # month day year: March 10, 2026 / Mar 05 2026 / Sept. 2nd, 2025
    _MON + r"\s+(?P<d>\d{1,2})" + _ORD + r",?\s+(?P<y>\d{4})",
    # numeric: 05.03.2026 (day first), 3/5/2026 (month first unless the first number is over 12)
    r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})",
)
DATE_FULL = [re.compile(_WEEKDAY + form + _TIME, re.I) for form in _DATE_FORMS]
DATE_SEARCH = [re.compile(r"(?<![\w-])" + _WEEKDAY + form + r"(?!\w)", re.I) for form in _DATE_FORMS]
#: Month and day without a year ("March 4", "4 March"): datelines only.
_DATE_NOYEAR = [
    re.compile(_WEEKDAY + r"(?P<d>\d{1,2})" + _ORD + r"\s+(?:of\s+)?" + _MON, re.I),
    re.compile(_WEEKDAY + _MON + r"\s+(?P<d>\d{1,2})" + _ORD, re.I),
]
_WEEKDAY_ONLY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", re.I)


def to_date(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    try:
        year = int(groups["y"])
        if groups.get("mon"):
            month = MONTHS.get(groups["mon"].lower().rstrip("."))
            if month is None:
                return None
            day = int(groups["d"])
        elif groups.get("a"):
            a, b = int(groups["a"]), int(groups["b"])
            if groups["sep"] == "." or a > 12:
                day, month = a, b
            else:
                month, day = a, b
        else:
            month, day = int(groups["m"]), int(groups["d"])
        if not 1800 <= year <= 2200:
            return None
        return date(year, month, day)
    except (TypeError, ValueError):
        return None


def parse_date(value: str) -> date | None:
    """Parse a whole string as one absolute date ("Mar 05, 2026", "2 September 2025",
    "2026-03-05T10:00Z", "Thursday, March 5, 2026 at 9:41 a.m. ET"); None if it is not one."""
    s = value.strip().strip(",;|()[]").strip()
    if len(s) > 80:
        return None
    for rx in DATE_FULL:
        m = rx.fullmatch(s)
        if m:
            return to_date(m)
    return None


def find_date(value: str) -> date | None:
    """The first absolute date anywhere in ``value`` (e.g. in "Thu, 05 Mar 2026 10:00:00 GMT")."""
    best: tuple[int, date] | None = None
    for rx in DATE_SEARCH:
        for m in rx.finditer(value):
            d = to_date(m)
            if d is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), d)
                break
    return best[1] if best else None


def dateline_date(s: str) -> tuple[bool, date | None]:
    """Whether ``s`` is the date part of a dateline, and the date when it has a year."""
    d = parse_date(s)
    if d is not None:
        return True, d
    s = s.strip().rstrip(".")
    if _WEEKDAY_ONLY.fullmatch(s):
        return True, None
    for rx in _DATE_NOYEAR:
        m = rx.fullmatch(s)
        if m and m["mon"].lower().rstrip(".") in MONTHS and 1 <= int(m["d"]) <= 31:
            return True, None
    return False, None
