"""The rule table, the trigger scan that decides where rules are tried, and the dispatch."""

from __future__ import annotations

import re
from functools import cache

from .model import Handler, _Ctx, _Norm
from .norms import (
    _h_ago,
    _h_anaphor_dispatch,
    _h_century,
    _h_clock_dispatch,
    _h_decade,
    _h_dm,
    _h_dmy,
    _h_dur_adj,
    _h_dur_long,
    _h_duration,
    _h_duration_the,
    _h_earlier,
    _h_edge,
    _h_fiscal_dispatch,
    _h_half,
    _h_holiday,
    _h_iso,
    _h_month,
    _h_month_year,
    _h_numeric,
    _h_quarter_dispatch,
    _h_ref,
    _h_relday,
    _h_relunit,
    _h_season,
    _h_set_dispatch,
    _h_theday,
    _h_vague_units,
    _h_week_of,
    _h_weekday,
    _h_weekend,
    _h_year,
)
from .patterns import (
    _AMPM,
    _B,
    _DAY,
    _DECADE_WORD,
    _DIGITS,
    _E,
    _EXTRA,
    _MOD,
    _MONTH,
    _MONTH_ABBR,
    _MONTH_ANY,
    _NUM,
    _NUM_OR_VAGUE,
    _NUMWORD,
    _SEASON,
    _THIS,
    _TZ,
    _UNIT_RE,
    _WD_PREFIX,
    _WEEKDAY,
    _YEAR,
    _alts,
    _trie,
    _words,
)
from .vocab import _CENTURY_ORD, _DECADE_WORDS, _MONTH_NUM, _SEASONS, _SMALL, _TENS, _UNIT, _WEEKDAY_NUM

_REL_PERIOD_UNIT = r"(?i:week|weekend|month|year|quarter|decade|century)"


_INNER_PERIOD = (
    rf"(?:{_MONTH_ANY}(?:\s+of)?,?\s+{_YEAR}|{_MONTH}|(?:the\s+)?{_YEAR}|{_SEASON}(?:\s+of)?\s+{_YEAR}"
    rf"|(?i:this|last|next|the|that)\s+(?i:week|month|year|decade|century|quarter|{_SEASON[4:-1]})"
    rf"|(?:the\s+)?(?:1[0-9]|20)\d0['’]?s|the\s+['’]?\d0['’]?s|year|month)"
)


_EDGE_WORD = (
    r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|turn|dawn|early\s+part|first\s+part|"
    r"latter\s+part|later\s+part|last\s+part|first\s+half|second\s+half|latter\s+half)\s+of|early|late|mid-?|"
    r"(?:early|late|mid)\s+in)"
)


_RULES: list[tuple[str, str, Handler]] = [
    # 2026-03-05, 2026-03-05T14:30
    (
        "iso",
        rf"{_B}(?P<y>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:T(?P<hh>[01]\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\d:])",
        _h_iso,
    ),
    # Thursday, 5 March 2026 / 5th of March, 2026
    (
        "dmy",
        rf"{_B}{_WD_PREFIX}?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH_ANY}),?\s+"
        rf"(?P<y>{_YEAR}|['’]\d\d{_E})",
        _h_dmy,
    ),
    # Thursday, March 5, 2026 / Mar 05, 2026 / March 12 2009
    ("mdy", rf"{_B}{_WD_PREFIX}?(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR}|['’]\d\d{_E})", _h_dmy),
    # 5/3/2026, 7/8/07
    (
        "numeric",
        r"(?<![\w/.-])(?:(?P<a>0?[1-9]|[12]\d|3[01])/(?P<b>0?[1-9]|[12]\d|3[01])/(?P<y>(?:1[0-9]|20)\d\d|\d\d)"
        r"|(?P<da>0?[1-9]|[12]\d|3[01])\.(?P<db>0?[1-9]|1[0-2])\.(?P<dy>(?:1[0-9]|20)\d\d))(?![\w/]|\.\d)",
        _h_numeric,
    ),
    # the first week of March, the last weekend of June 2026
    (
        "week_of",
        rf"{_B}(?i:the\s+)(?P<o>(?i:first|second|third|fourth|last|final))\s+(?P<unit>(?i:week|weekend))"
        rf"\s+(?i:of|in)\s+(?P<inner>{_MONTH}(?:,?\s+{_YEAR})?)",
        _h_week_of,
    ),
    # early/late/mid + period; the beginning/end of + period; the first half of
    ("edge", rf"{_B}(?P<edge>{_EDGE_WORD})\s*(?P<inner>{_INNER_PERIOD}){_E}", _h_edge),
    # the second quarter of 2026, Q2, Q2 2026, third-quarter, the first fiscal quarter
    (
        "quarter",
        rf"{_B}(?:(?i:the)\s+)?(?:(?P<q>(?i:first|second|third|fourth|final|last|1st|2nd|3rd|4th))"
        r"[- ](?P<fy>(?i:fiscal|financial)[- ])?(?i:quarter)(?:\s+(?i:of)(?:\s+(?i:the))?"
        rf"(?:\s+(?i:fiscal|financial))?(?:\s+(?i:year))?(?:\s+(?P<y>{_YEAR})|\s+(?P<yrel>(?i:this|last|next|the\s+current|"
        r"the\s+previous|the\s+same))\s+(?i:year))?)?"
        rf"|Q(?P<qn>[1-4])(?:\s*(?:of\s+)?['’]?(?P<y2>{_YEAR}|\d\d(?!\d)))?){_E}",
        _h_quarter_dispatch,
    ),
    # H1 2026, the first half of 2026 (edge handles "the first half of <period>"), first-half
    (
        "half",
        rf"{_B}(?:H(?P<hn>[12])(?:\s*['’]?(?P<y>{_YEAR}|\d\d(?!\d)))?"
        rf"|(?:(?i:the)\s+)?(?P<h>(?i:first|second))[- ](?i:half)(?![\w-]|\s+of))",
        _h_half,
    ),
    # this spring, last summer, the autumn of 2025, winter 2026
    (
        "season",
        rf"{_B}(?:(?P<edge>(?i:early|late|mid-?|the\s+(?:beginning|start|end|middle)\s+of(?:\s+the)?))\s*)?"
        rf"(?:(?P<rel>(?i:this|last|next|the\s+following|the\s+previous|the\s+next|this\s+past|this\s+coming|"
        rf"the\s+coming|the|past|coming))\s+)?(?P<s>{_SEASON})(?:\s+(?:(?i:of)\s+)?(?P<y>{_YEAR}|['’]\d\d{_E})"
        rf"|\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year))?{_E}",
        _h_season,
    ),
    # month + year: March 2026, Mar. 2026, March of 2026 (with edge modifiers handled by "edge")
    ("month_year", rf"{_B}(?P<mon>{_MONTH_ANY})(?:\s+of)?,?\s+(?P<y>{_YEAR}|['’]\d\d{_E})", _h_month_year),
    # day + month: 5 March, the 5th of March, Thursday 5 March
    (
        "dm",
        rf"{_B}(?P<wd>{_WD_PREFIX})?(?:the\s+)?(?P<d>{_DAY})(?:\s+of)?\s+(?P<mon>{_MONTH}|{_MONTH_ABBR})(?![a-z])",
        _h_dm,
    ),
    # month + day: March 5, March 5th, Tuesday, March 3
    ("md", rf"{_B}(?P<wd>{_WD_PREFIX})?(?P<mon>{_MONTH_ANY})\s+(?P<d>{_DAY})(?![:.,]?\d|\s*(?:%|percent))", _h_dm),
    # bare months: March, last September, this May (checked: "May" the modal verb, "March on")
    (
        "month",
        rf"{_B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming|past|coming))\s+)?(?P<mon>{_MONTH})"
        r"(?:,?\s+(?:(?i:of)\s+)?(?P<yrel>(?i:this|last|next))\s+(?i:year))?(?![\w-])",
        _h_month,
    ),
    # fiscal years: fiscal 2026, FY2026, FY26, fiscal year 2025/26, the 2026 fiscal year
    (
        "fiscal",
        rf"{_B}(?:(?P<fy>FY|(?i:fiscal|financial)(?:\s+(?i:year))?)\s*['’]?(?P<y>{_YEAR}|\d\d(?!\d))"
        rf"(?:\s*[/–-]\s*(?P<y2>{_YEAR}|\d\d(?!\d)))?|(?i:the\s+)?(?P<yb>{_YEAR})\s+(?i:fiscal|financial)\s+(?i:year))"
        rf"{_E}",
        _h_fiscal_dispatch,
    ),
    # the 1990s, the '90s, the nineties, the early 2000s, the 1800s
    (
        "decade",
        rf"{_B}(?:(?P<the>(?i:the))\s+)?(?:(?P<edge>(?i:early|late|mid-?))\s*)?"
        rf"(?P<apos>['’])?(?P<dec>(?:1[0-9]|20)?\d0(?=['’]?s\b)|{_DECADE_WORD}(?=\b))['’]?s?{_E}",
        _h_decade,
    ),
    # the 20th century, the twenty-first century
    (
        "century",
        rf"{_B}(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid-?))\s*)?(?P<c>\d{{1,2}}(?:st|nd|rd|th)|"
        rf"(?i:{_alts(list(_CENTURY_ORD))}))\s+(?i:century){_E}",
        _h_century,
    ),
    # times of day: 18:00 UTC, 6:40 p.m., 10 a.m., 0800 GMT, noon
    (
        "clock",
        rf"{_B}(?:(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d)(?::[0-5]\d)?(?P<ampm>{_AMPM})?(?P<tz>{_TZ})?"
        rf"|(?P<hh_b>1[0-2]|0?[1-9])(?P<ampm_b>{_AMPM})(?P<tz_b>{_TZ})?|(?P<mil>(?:[01]\d|2[0-3])[0-5]\d)(?P<tz2>{_TZ})"
        r"|(?P<word>(?i:noon|midday|midnight)))(?![\w-])",
        _h_clock_dispatch,
    ),
    # relative day words: yesterday, today, tomorrow, tonight, last night, this morning, yesterday afternoon
    (
        "relday",
        rf"{_B}(?:(?P<when>(?i:earlier|later))\s+)?(?:(?P<edge>(?i:early|late))\s+)?"
        r"(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|tonight|tomorrow|"
        r"last\s+night|overnight|this\s+(?:past\s+)?(?:morning|afternoon|evening))|(?i:this)\s+(?:coming\s+)?night)"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?!['’]s\s+(?:show|programme|program)|[\w-])",
        _h_relday,
    ),
    # weekdays: Tuesday, last Tuesday, next Friday, Friday morning, late Monday, on Mondays
    (
        "weekday",
        rf"{_B}(?:(?P<edge>(?i:early|late))\s+)?(?:(?P<rel>(?i:last|next|this|past|coming|this\s+past|"
        rf"this\s+coming|the\s+following|following))\s+)?(?P<wd>{_WEEKDAY})(?P<plural>s)?"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?(?![\w-])",
        _h_weekday,
    ),
    # holidays: Christmas, New Year's Day, Easter 2026
    (
        "holiday",
        rf"{_B}(?:(?P<rel>(?i:last|next|this|this\s+past|this\s+coming))\s+)?(?P<hol>Christmas(?:\s+(?:Eve|Day))?"
        r"|New\s+Year['’]?s\s+(?:Day|Eve)|Boxing\s+Day|Halloween|Valentine['’]?s\s+Day|Easter(?:\s+(?:Sunday|Monday))?"
        r"|Fourth\s+of\s+July|Good\s+Friday|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Bastille\s+Day|St\.?\s+Patrick['’]?s\s+Day"
        rf"|Veterans\s+Day|Armistice\s+Day|Remembrance\s+Day)(?:\s+(?P<y>{_YEAR}))?(?![\w-])",
        _h_holiday,
    ),
    # earlier this year, later this month, earlier in the week, later in the day
    (
        "earlier",
        rf"{_B}(?P<when>(?i:earlier|later))\s+(?:(?P<rel>(?i:this|in\s+the|that|last|next))\s+)"
        r"(?P<unit>(?i:week|month|year|quarter|decade|century))(?![\w-])",
        _h_earlier,
    ),
    # the same day, that day, the next day, the day before, the following year, the year before
    (
        "anaphor",
        r"(?<![\w'’-])(?P<w>(?P<det>(?i:(?:the\s+)?same|that|the\s+(?:next|following|previous|preceding|prior)))\s+"
        r"(?P<unit>(?i:day|week|weekend|month|year|quarter|period|time))(?P<back>\s+(?i:a\s+year\s+(?:ago|earlier|before)|"
        r"(?:of\s+)?last\s+year|(?:of\s+|in\s+)?the\s+(?:previous|prior|preceding)\s+year))?|(?i:the)\s+(?P<unit_b>(?i:day|week|month|year))\s+(?i:before|after|"
        r"earlier|prior|previous|following|later))(?![\w'’-])",
        _h_anaphor_dispatch,
    ),
    # N units ago, N units from now
    (
        "ago",
        rf"{_B}(?:(?P<mod>{_MOD})\s+)?(?P<n>{_NUM_OR_VAGUE})\s+(?:{_EXTRA})?(?P<unit>{_UNIT_RE})\s+"
        r"(?P<dir>(?i:ago|from\s+now|hence))(?![\w-])",
        _h_ago,
    ),
    # durations with "the past/next": the past two years, the next few months, the coming weeks, recent years
    (
        "duration_the",
        rf"{_B}(?P<the>(?i:(?:the|these|those)\s+(?:past|last|next|coming|previous|following|first|"
        r"final|remaining|preceding|ensuing|intervening|subsequent)|recent|past|next|coming))\s+"
        rf"(?:(?P<n>{_NUM_OR_VAGUE})\s+)?(?:{_EXTRA})?(?P<unit>(?i:seconds|minutes|hours|days|nights|weeks|weekends|"
        r"months|quarters|years|decades|centuries))(?![\w-])",
        _h_duration_the,
    ),
    # "ended the day", "for the day", "late in the day": the day being reported (the last day mentioned)
    (
        "theday",
        r"(?<![\w'’-])(?:(?P<edge>(?i:early|late|earlier|later))\s+(?i:in)\s+)?(?i:the)\s+"
        r"(?P<w>(?i:day|session|trading\s+day))(?![\w'’-])",
        _h_theday,
    ),
    # the weekend, over the weekend
    ("weekend", r"(?<![\w'’-])(?i:the)\s+(?P<w>(?i:weekend))(?![\w'’-])", _h_weekend),
    # this/last/next week, month, year ...; the past year; the current quarter; earlier/later that week
    (
        "relunit",
        rf"{_B}(?:(?P<edge>{_EDGE_WORD})\s*)?(?P<rel>{_THIS}|(?i:the\s+same))\s+(?P<unit>{_REL_PERIOD_UNIT})"
        r"(?![\w-])",
        _h_relunit,
    ),
    # every week, each year, every two years, twice a week, on Mondays (weekday rule), daily, annual
    (
        "set",
        rf"{_B}(?:(?P<every>(?i:every(?:\s+other)?|each|per))\s+(?:(?P<n>{_NUM})\s+)?(?P<unit>{_UNIT_RE})"
        rf"|(?:(?i:once|twice|thrice)|{_NUM_OR_VAGUE}\s+(?i:times))\s+(?i:a|an|per|every|each)\s+(?P<unit_b>{_UNIT_RE})"
        rf"|(?:(?i:every|each)\s+)(?P<wd>{_WEEKDAY})"
        r"|(?P<adv>(?i:daily|weekly|monthly|quarterly|annually|annual|yearly|hourly|nightly|biannual(?:ly)?|"
        r"semi-?annual|biennial|fortnightly|bi-?weekly|bi-?monthly|year-round)))(?![\w-])",
        _h_set_dispatch,
    ),
    # compound adjectives: a 27-year history, the five-year plan, a 12-hour flight, decades-long
    (
        "dur_adj",
        rf"{_B}(?:(?P<mod>{_MOD})\s+)?(?P<n>{_DIGITS}|(?i:{_NUMWORD}))-(?P<unit>(?i:second|minute|hour|day|"
        r"night|week|month|quarter|year|decade|century))(?:-(?i:long))?(?!-?\w)",
        _h_dur_adj,
    ),
    (
        "dur_long",
        r"(?<![\w'’-])(?P<unit>(?i:years|decades|months|weeks|days|hours|centuries|year|decade|month|"
        r"week|day|hour|century))-(?i:long)(?![\w-])",
        _h_dur_long,
    ),
    # durations: three days, two and a half years, nearly five months, 18 months, a decade, two weeks later
    (
        "duration",
        rf"{_B}(?:(?P<mod>{_MOD})\s+)?(?P<n>{_NUM_OR_VAGUE})\s+(?:{_EXTRA})?(?P<unit>{_UNIT_RE})"
        r"(?P<half>\s+(?i:and\s+a\s+half))?(?:\s+(?P<tail>(?i:later|earlier)))?(?![\w-])",
        _h_duration,
    ),
    # bare plural units: "for years", "days after the deal", "minutes later", "within hours"
    (
        "vague_units",
        rf"{_B}(?P<pre>(?i:over\s+the|for\s+many|for\s+several))?\s*"
        r"(?P<unit>(?i:seconds|minutes|hours|days|weeks|months|years|decades|centuries))"
        r"(?:\s+(?P<tail>(?i:later|earlier)))?(?![\w-])",
        _h_vague_units,
    ),
    # references: now, currently, recently, former, the past, the future, soon
    (
        "ref",
        r"(?<![\w'’-])(?P<w>(?i:the\s+(?:very\s+|not\s+too\s+distant\s+|foreseeable\s+)?"
        r"(?:near\s+future|future|long\s+term|short\s+term|medium\s+term|near\s+term|long\s+run|short\s+run|"
        r"recent\s+past|past|time\s+being|present\s+day|years\s+ahead|months\s+ahead|weeks\s+ahead|days\s+ahead)"
        r"|currently|presently|nowadays|at\s+present|these\s+days|at\s+the\s+moment|right\s+now|now|"
        r"(?:more\s+|most\s+|very\s+|only\s+|until\s+)?recently|lately|formerly|former|previously|soon|shortly|"
        r"recent))(?![\w'’-])",
        _h_ref,
    ),
    # years: 2025, in 2025, the year 2000, '82 (after a cue); early/late handled by "edge"
    (
        "year",
        rf"(?<![\w$€£#.,/-])(?:(?P<pre>(?i:the\s+year|the\s+calendar\s+year|calendar\s+year))\s+)?"
        rf"(?P<y>{_YEAR}|['’]\d\d)(?![\w'’]|-\w|/\d|\.\d)",
        _h_year,
    ),
]


_GROUP_RE = re.compile(r"\(\?P<(\w+)>")


_WS = r"(?>[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"


_WSO = r"(?>[^\S\n]*(?:\n[^\S\n]*)?)"


def _compile() -> tuple[dict[str, str], dict[str, tuple[Handler, list[tuple[str, str]]]]]:
    renamed: dict[str, str] = {}
    table: dict[str, tuple[Handler, list[tuple[str, str]]]] = {}
    for kind, src, handler in _RULES:
        names = _GROUP_RE.findall(src)
        # whitespace inside an expression may hold one line break, never a blank line
        src = src.replace(r"\s+", _WS).replace(r"\s*", _WSO)
        body = _GROUP_RE.sub(lambda m, k=kind: f"(?P<{k}__{m.group(1)}>", src)
        renamed[kind] = f"(?P<{kind}>{body})"
        table[kind] = (handler, [(n, f"{kind}__{n}") for n in names])
    return renamed, table


_RENAMED, _TABLE = _compile()


@cache
def _single(kind: str) -> re.Pattern[str]:
    """One rule alone (to retry later rules where an earlier one matched but was rejected)."""
    return re.compile(_RENAMED[kind])


_NUM_START = [
    "#d12",
    "#d4",
    "#dn",
    "a",
    "an",
    "one",
    "hundred",
    "dozen",
    "couple",
    "pair",
    "half",
    "single",
    *_SMALL,
    *_TENS,
]


_VAGUE_START = ["a", "few", "several", "many", "some", "numerous", "dozens", "hundreds", "countless", "multiple"]


_VAGUE_START += ["various"]


_MOD_START = ["about", "around", "roughly", "approximately", "some", "circa", "an", "nearly", "almost", "less"]


_MOD_START += ["fewer", "under", "just", "close", "more", "over", "well", "upwards", "at", "up", "no"]


_EDGE_START = ["the", "very", "beginning", "start", "end", "middle", "close", "turn", "dawn", "early", "first"]


_EDGE_START += ["latter", "later", "last", "second", "late", "mid"]


_MONTH_START = ["#month"]


_WD_START = ["#weekday"]


_UNIT_WORDS = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month"]


_UNIT_WORDS += ["months", "year", "years", "decade", "decades", "century", "centuries"]


#: The words (lowercase) or classes (``#d12``, ``#d4``, ``#month``...) each rule's match can begin with: a rule is
#: only tried at a trigger of its own, which keeps scanning an article well under a millisecond.
#: (tests/test_timex.py checks this table against the rules with the ``regex`` module's partial matching.)
_RULE_START: dict[str, list[str]] = {
    "iso": ["#d4"],
    "dmy": ["#d12", "the", *_WD_START],
    "mdy": [*_MONTH_START, *_WD_START],
    "numeric": ["#d12"],
    "week_of": ["the"],
    "edge": _EDGE_START,
    "quarter": ["the", "first", "second", "third", "fourth", "final", "last", "#d12", "#Q"],
    "half": ["#H", "the", "first", "second"],
    "season": ["early", "late", "mid", "the", "this", "last", "next", "past", "coming", *_SEASONS],
    "month_year": _MONTH_START,
    "dm": [*_WD_START, "the", "#d12"],
    "md": [*_WD_START, *_MONTH_START],
    "month": ["last", "next", "this", "past", "coming", *_MONTH_START],
    "fiscal": ["#FY", "fiscal", "financial", "the", "#d4"],
    "decade": ["the", "early", "late", "mid", "#apos", "#d4", "#d12", *_DECADE_WORDS],
    "century": ["the", "early", "late", "mid", "#d12", *_CENTURY_ORD, "twenty"],
    "clock": ["#d12", "#d4", "noon", "midday", "midnight"],
    "relday": ["earlier", "later", "early", "late", "the", "yesterday", "today", "tonight", "tomorrow", "last"]
    + ["overnight", "this"],
    "weekday": ["early", "late", "last", "next", "this", "past", "coming", "the", "following", *_WD_START],
    "holiday": [
        "last",
        "next",
        "this",
        "fourth",
        "christmas",
        "new",
        "boxing",
        "halloween",
        "valentine",
        "easter",
        "good",
    ]
    + ["thanksgiving", "labor", "labour", "bastille", "st", "veterans", "armistice", "remembrance"],
    "earlier": ["earlier", "later"],
    "anaphor": ["the", "same", "that"],
    "weekend": ["the"],
    "theday": ["the", "early", "late", "earlier", "later"],
    "ago": [*_MOD_START, *_NUM_START, *_VAGUE_START],
    "duration_the": ["the", "these", "those", "recent", "past", "last", "next", "coming"],
    "relunit": [*_EDGE_START, "this", "that", "last", "next", "past", "previous", "coming", "current", "present"],
    "set": ["every", "each", "per", "once", "twice", "thrice", *_NUM_START, *_VAGUE_START, "daily", "weekly"]
    + ["monthly"]
    + ["quarterly", "annually", "annual", "yearly", "hourly", "nightly", "biannual", "biannually", "semiannual"]
    + ["semi", "biennial", "fortnightly", "biweekly", "bi", "bimonthly", "year"],
    "dur_adj": [*_MOD_START, *_NUM_START],
    "dur_long": _UNIT_WORDS,
    "duration": [*_MOD_START, *_NUM_START, *_VAGUE_START],
    "vague_units": ["over", "for", *_UNIT_WORDS],
    "ref": ["the", "currently", "presently", "nowadays", "at", "these", "right", "now", "more", "most", "very"]
    + ["only", "until", "recently", "lately", "formerly", "former", "previously", "soon", "shortly", "recent"],
    "year": ["the", "calendar", "#d4", "#apos"],
}


assert set(_RULE_START) == {k for k, _, _ in _RULES}, "every rule needs its start words"


_TRIGGER_WORDS = sorted(
    {w for ws in _RULE_START.values() for w in ws if not w.startswith("#")} | set(_MONTH_NUM) | set(_WEEKDAY_NUM)
)


#: Trigger words that are temporal on their own. The others ("the", "last", "two", "about"...) only
#: start an expression with one of these (or a year, date or clock-like number) a few words ahead.
_CORE_WORDS = (
    set(_MONTH_NUM)
    | set(_WEEKDAY_NUM)
    | set(_UNIT_WORDS)
    | set(_SEASONS)
    | set(_DECADE_WORDS)
    | {"weekend", "weekends", "night", "nights", "fortnight", "fortnights", "quarter", "quarters", "yesterday"}
    | {"today", "tonight", "tomorrow", "overnight", "noon", "midday", "midnight", "now", "currently", "presently"}
    | {"nowadays", "recently", "lately", "formerly", "former", "previously", "soon", "shortly", "recent", "future"}
    | {"past", "present", "term", "run", "moment", "being", "ago", "christmas", "halloween", "easter"}
    | {"thanksgiving", "daily", "weekly", "monthly", "quarterly", "annually", "annual", "yearly", "hourly"}
    | {"nightly", "biannual", "biannually", "semiannual", "biennial", "fortnightly", "biweekly", "bimonthly"}
    | {"ahead", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"}
)


_MODIFIER_WORDS = sorted(set(_TRIGGER_WORDS) - _CORE_WORDS)


_CORE_WINDOW = 50  # characters from a modifier word to the core it needs


#: one group-free pattern over the lowercased text (named groups would double the scanning cost);
#: each hit is classified below: a core word, a modifier word, a number, 'YY, Q1, H1 or FY
_TRIGGER_SCAN = re.compile(
    rf"(?<![a-z0-9'’])(?:(?:{_trie(_CORE_WORDS | set(_MODIFIER_WORDS))})(?![a-z0-9])|\d+|['’]\d|q[1-4]|h[12]|fy)"
)


#: after 1-2 digits: a clock time, a numeric date, an ordinal, a.m./p.m. or a decade ("90s")
_DIGIT_CORE_NEXT = re.compile(r":\d\d|/\d|(?:st|nd|rd|th)\b|\s*[ap]\.?m\b|['’]?s\b")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _triggers(text: str) -> list[tuple[int, str, str]]:
    """Where rules may start: (offset, trigger class, lowercase word) for each trigger in ``text``.

    Classes: ``c`` core word, ``w`` modifier word, ``y4`` 4-digit number, ``y`` clock/date/ordinal-like
    number, ``d`` other 1-2 digit number, ``dn`` longer number, ``a`` 'YY, ``q`` Q1, ``h`` H1, ``fy`` FY.
    """
    low = text.lower()
    if len(low) != len(text):  # a few characters lowercase to two: keep offsets exact
        low = text.translate(_ASCII_LOWER)
    out: list[tuple[int, str, str]] = []
    core = _CORE_WORDS
    for t in _TRIGGER_SCAN.finditer(low):
        w = t.group()
        c0 = w[0]
        if c0.isdigit():
            n = len(w)
            if n == 4:
                grp = "y4"
            elif n <= 2:
                grp = "y" if _DIGIT_CORE_NEXT.match(low, t.end()) else "d"
            else:
                grp = "dn"
        elif c0 in "'’":
            grp = "a"
        elif w in core:
            grp = "c"
        elif len(w) == 2 and w[1].isdigit():
            grp = "q" if c0 == "q" else "h"
        elif w == "fy" and text[t.start()] == "F":
            grp = "fy"
        else:
            grp = "w"
        out.append((t.start(), grp, w))
    return out


_RULES_BY_KEY: dict[str, list[str]] = {}


for _kind, _starts in _RULE_START.items():
    for _w in _starts:
        keys = {"#month": list(_MONTH_NUM), "#weekday": list(_WEEKDAY_NUM)}.get(_w, [_w])
        for _k in keys:
            _RULES_BY_KEY.setdefault(_k, []).append(_kind)


_ORDER = {k: i for i, (k, _, _) in enumerate(_RULES)}


for _k, _v in _RULES_BY_KEY.items():
    _RULES_BY_KEY[_k] = sorted(set(_v), key=_ORDER.__getitem__)


_CLASS_KEY = {"y4": "#d4", "y": "#d12", "d": "#d12", "dn": "#dn", "a": "#apos", "q": "#Q", "h": "#H", "fy": "#FY"}


_MODIFIER_GROUPS = ("w", "d", "dn")


_KEY_PATTERN: dict[str, re.Pattern[str]] = {}  # trigger key -> its rules combined (filled on first use)


#: what may follow "the" in a rule ("the" is everywhere: check the next word before trying 20 rules)
_THE_NEXT = re.compile(
    r"(?i:the)\s+(?:(?i:"
    + _trie(
        _words(
            "5th very beginning start end middle close turn dawn early first latter later last second third fourth "
            "final following previous next coming spring summer autumn fall winter late mid same preceding prior "
            "day week month year past remaining ensuing intervening subsequent session trading weekend current "
            "present not foreseeable near future long short medium recent time years months weeks days calendar "
            "1st 2nd 3rd 4th"
        )
        + list(_DECADE_WORDS)
        + list(_CENTURY_ORD)
        + ["twenty"]
    )
    + r")(?![\w])|['’]?\d)"
)


#: what may follow a number that starts a rule: a month, a unit, a clock or date separator, an ordinal...
_NUMBER_NEXT = re.compile(
    r"\d{1,2}\.\d{1,2}\.\d{4}|\d++(?:[.,]\d++)*+(?:(?:st|nd|rd|th)\b)?(?:[:/]\d|\s*[aApP]\.?[mM]\b|['’]?s\b"
    r"|(?:\s+|-)(?:(?i:"
    + _trie(
        list(_MONTH_NUM)
        + [u for w in _UNIT for u in (w, w + "s")]
        + ["centuries", "yrs", "hrs", "mins", "secs"]
        + _words(
            "of and times full consecutive straight long whole more additional further extra trading business "
            "working calendar successive subsequent remaining intervening first final fiscal financial"
        )
    )
    + r")\b))"
)


#: a cheap check of what follows a frequent trigger word before its rules are tried
_KEY_FILTER: dict[str, re.Pattern[str]] = {
    "the": _THE_NEXT,
    "#d12": _NUMBER_NEXT,
    "#dn": _NUMBER_NEXT,
    "new": re.compile(r"(?i:new)\s+(?i:year)"),
    "for": re.compile(r"(?i:for)\s+(?i:many|several)\b"),
    "that": re.compile(r"(?i:that)\s+(?i:day|week|weekend|month|year|quarter|period|time|decade|century)\b"),
}


_MOD_NEXT = re.compile(rf"{_MOD}\s+{_NUM_OR_VAGUE}")  # "about three weeks", "more than a year"


for _w in _words("about around roughly approximately circa nearly almost less fewer under upwards well up no just"):
    _KEY_FILTER[_w] = _MOD_NEXT


_KEY_FILTER["a"] = _KEY_FILTER["an"] = re.compile(
    rf"(?i:an?)(?:-|\s+(?:(?i:few|couple|dozen|pair|hundred|half|number|estimated|and|times)\b"
    rf"|(?:{_EXTRA})?{_UNIT_RE}(?![a-z])))"
)


_KEY_FILTER["at"] = re.compile(rf"{_MOD_NEXT.pattern}|(?i:at\s+(?:present|the\s+moment|this\s+time))\b")


for _u in ("minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade", "century"):
    _KEY_FILTER[_u] = re.compile(r"[A-Za-z]+-")  # alone, a unit word only starts "year-round", "day-long"


@cache
def _subset_pattern(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """The combined pattern of a few rules (same group names as ``_PATTERN``), compiled on first use."""
    return re.compile("|".join(_RENAMED[k] for k in kinds))


def _apply(m: re.Match[str], ctx: _Ctx) -> _Norm | None:
    kind = m.lastgroup or ""
    handler, names = _TABLE[kind]
    g = {short: m.group(full) for short, full in names}
    return handler(g, ctx)


def _key_pattern(key: str) -> re.Pattern[str] | None:
    """The rules that may start at a trigger of this key, combined (compiled on first use)."""
    pat = _KEY_PATTERN.get(key)
    if pat is None:
        kinds = _RULES_BY_KEY.get(key)
        if not kinds:
            return None
        pat = _KEY_PATTERN[key] = _subset_pattern(tuple(kinds))
    return pat


def _fullmatch(phrase: str) -> re.Match[str] | None:
    """The rule matching all of ``phrase`` (only the rules its first word can start are tried)."""
    trig = _triggers(phrase[:24])
    if not trig or trig[0][0] != 0:
        return None
    _, grp, word = trig[0]
    pat = _key_pattern(word if grp in ("w", "c") else _CLASS_KEY[grp])
    return pat.fullmatch(phrase) if pat is not None else None


def _rule_norm(phrase: str, ctx: _Ctx) -> _Norm | None:
    m = _fullmatch(phrase)
    if m is None:
        return None
    return _apply(m, ctx)
