"""The normaliser families: one handler per rule turns a match into a TIMEX3 value (or rejects it)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .calendar import (
    _add_months,
    _half_iv,
    _holiday_date,
    _month_iv,
    _pick,
    _quarter_iv,
    _safe_date,
    _season_iv,
    _sub_interval,
    _week_iv,
    _week_value,
    _year_iv,
    interval_of,
)
from .model import _Ctx, _Norm
from .patterns import _CUE_WORDS, _MONTH, _YEAR
from .tense import _doc_token
from .vocab import (
    _CENTURY_ORD,
    _DECADE_WORDS,
    _DECADES_AS_UNITS,
    _EDGE_MOD,
    _FUTURE_AUXILIARIES,
    _HOLIDAY_TIME_NOUNS,
    _MOD_WORDS,
    _MONTH_NUM,
    _MOVED_TO_LEMMAS,
    _MOVED_TO_PREPS,
    _NAMED_DAYS,
    _NUM_WORDS,
    _ORDINALS,
    _PART_CLOCK,
    _PART_OF_DAY,
    _PERIOD_AMOUNTS,
    _REFERENCES,
    _REPORTED_NOUNS,
    _SEASONS,
    _SET_WORDS,
    _TZ_UTC,
    _UNIT,
    _VAGUE_NUM,
    _WEEKDAY_NUM,
    PERIOD_WORDS,
)


def _rule_norm(phrase: str, ctx: _Ctx) -> _Norm | None:
    """The rules' normalisation of a whole phrase (the rule table imports this module)."""
    from .rules import _rule_norm as rule_norm

    return rule_norm(phrase, ctx)


def _num(s: str | None) -> float | None:
    """A number phrase -> value; None for vague quantities ("several")."""
    if s is None:
        return 1.0
    t = re.sub(r"\s+", " ", s.strip().lower())
    half = 0.0
    if t.endswith(" and a half"):
        half, t = 0.5, t[: -len(" and a half")]
    if t in _VAGUE_NUM:
        return None
    if re.fullmatch(r"\d+(?:[.,]\d+)?", t):
        if "," in t:
            t = t.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t) else t.replace(",", ".")
        return float(t) + half
    if t in _NUM_WORDS:
        return _NUM_WORDS[t] + half
    parts = re.split(r"[- ]", t)
    if len(parts) == 2 and parts[0] in _NUM_WORDS and parts[1] in _NUM_WORDS:
        return _NUM_WORDS[parts[0]] + _NUM_WORDS[parts[1]] + half
    return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit_code(unit: str) -> str:
    u = unit.lower().rstrip(".")
    if u.endswith("ies"):
        u = u[:-3] + "y"
    elif u.endswith("s") and u[:-1] in _UNIT:
        u = u[:-1]
    return _UNIT.get(u, "")


_DECADE_UNIT_VALUE = re.compile(r"^P(X|\d+(?:\.\d+)?)(DE|CE)$")


def decades_in_years(value: str) -> str:
    """A TIMEX3 duration counted in decades or centuries (TimeML's P1DE, PXDE, P2CE), counted in years
    instead (P10Y, PXY, P200Y), as corpora whose guidelines have no such units write them (MEANTIME).

    Any other value is returned unchanged; the same as ``[conventions] decades_and_centuries = "years"``.
    """
    m = _DECADE_UNIT_VALUE.match(value)
    if m is None:
        return value
    n = None if m.group(1) == "X" else float(m.group(1))
    return "PXY" if n is None else f"P{_fmt(n * (10 if m.group(2) == 'DE' else 100))}Y"


def _duration(n: float | None, code: str) -> str:
    """TIMEX3 duration value for ``n`` units (``None``: unspecified, ``PXY``)."""
    if code in ("DE", "CE"):  # en.toml [conventions]: TimeML's own units (P1DE) or years (P10Y)
        if _DECADES_AS_UNITS:
            return f"P{'X' if n is None else _fmt(n)}{code}"
        return "PXY" if n is None else f"P{_fmt(n * (10 if code == 'DE' else 100))}Y"
    if code == "2W":
        return "PXW" if n is None else f"P{_fmt(n * 2)}W"
    if code == "WE":
        return "PXWE" if n is None else f"P{_fmt(n)}WE"
    x = "X" if n is None else _fmt(n)
    if code in ("H", "S"):
        if n is not None and n != int(n) and code == "H":
            return f"PT{_fmt(n * 60)}M"
        return f"PT{x}{code}"
    if code == "TM":
        return f"PT{x}M"
    if n is not None and n != int(n) and code == "D":
        return f"PT{_fmt(n * 24)}H"
    if n == 0.5 and code == "Y":
        return "P6M"
    return f"P{x}{code}"


def _two_digit_year(yy: int, anchor: date | None) -> int:
    ref = (anchor or date.today()).year
    y = 2000 + yy
    return y if y <= ref + 10 else 1900 + yy


def _day_norm(d: date, mod: str | None = None) -> _Norm:
    return _Norm(d.isoformat(), "day", mod=mod, interval=(d, d))


def _month_norm(y: int, m: int, mod: str | None = None) -> _Norm:
    iv = _month_iv(y, m)
    return _Norm(f"{y:04d}-{m:02d}", "month", mod=mod, interval=_sub_interval(iv, mod, "month"))


def _year_norm(y: int, mod: str | None = None) -> _Norm:
    return _Norm(f"{y:04d}", "year", mod=mod, interval=_sub_interval(_year_iv(y), mod, "year"))


def _with_mod(n: _Norm, mod: str | None) -> _Norm:
    if mod is None or n.interval is None:
        if mod is not None:
            n.mod = mod
        return n
    n.mod = mod
    n.interval = _sub_interval(n.interval, mod, n.granularity)
    return n


def _edge_mod(word: str | None) -> str | None:
    if not word:
        return None
    w = re.sub(r"[\s-]+", " ", word.strip().lower())
    w = re.sub(r"^(?:the\s+)?(?:very\s+)?", "", w)
    w = re.sub(r"\s+of$|\s+in$", "", w)
    w = w.replace("the ", "")
    return _EDGE_MOD.get(w) or _EDGE_MOD.get(w.split(" ")[0])


def _words_before(ctx: _Ctx, n: int = 1) -> list[str]:
    return re.findall(r"[\w'’-]+", ctx.before(60))[-n:]


def _prev_word(ctx: _Ctx) -> str:
    w = _words_before(ctx, 1)
    return w[0] if w else ""


def _sentence_initial_at(text: str, pos: int) -> bool:
    b = text[max(0, pos - 4) : pos]
    return pos == 0 or bool(re.search(r"(?:^|[.!?:;\n][\"'“”’)]?\s*|[\n\"“]\s*)$", b))


def _sentence_initial(ctx: _Ctx) -> bool:
    return _sentence_initial_at(ctx.text, ctx.start)


def _word_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (skipping spaces and dashes), lowercased."""
    i = pos
    while i > 0 and text[i - 1] in " \t\n\u00a0-—–":
        i -= 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower()


def _has_cue(ctx: _Ctx) -> bool:
    return _word_before(ctx.text, ctx.start) in _CUE_WORDS


def _h_iso(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    d = _safe_date(int(g["y"] or 0), int(g["m"] or 0), int(g["d"] or 0))
    if d is None:
        return None
    if g["hh"]:
        return _Norm(f"{d.isoformat()}T{int(g['hh']):02d}:{g['mm']}", "time", "TIME", interval=(d, d))
    return _day_norm(d)


def _h_dmy(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    day = int(re.sub(r"\D", "", g["d"] or ""))
    mon = _MONTH_NUM[(g["mon"] or "").lower().rstrip(".")]
    ys = g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys.lstrip("'’")), ctx.anchor)
    d = _safe_date(y, mon, day)
    return _day_norm(d) if d else None


def _h_numeric(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("da"):  # 05.03.2026: day.month.year (the dotted form is European)
        d = _safe_date(int(g["dy"] or 0), int(g["db"] or 0), int(g["da"] or 0))
        return _day_norm(d) if d else None
    a, b, ys = int(g["a"] or 0), int(g["b"] or 0), g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.anchor)
    opts = [d for d in (_safe_date(y, a, b), _safe_date(y, b, a)) if d is not None]
    if not opts:
        return None
    if len(opts) == 2 and opts[0] != opts[1] and ctx.anchor is not None:
        # ambiguous: the reading near the anchor, else month/day (US)
        ref = ctx.anchor
        near = [d for d in opts if abs((d - ref).days) <= 183]
        if len(near) == 1:
            return _day_norm(near[0])
        if len(near) == 2:
            return _day_norm(min(near, key=lambda d: abs((d - ref).days)))
    return _day_norm(opts[0])


def _resolve_day_month(mon: int, day: int, ctx: _Ctx) -> _Norm | None:
    a = ctx.anchor
    if a is None:
        if _safe_date(2000, mon, day) is None:
            return None
        return _Norm(f"XXXX-{mon:02d}-{day:02d}", "day")
    cands = []
    for y in (a.year - 1, a.year, a.year + 1):
        d = _safe_date(y, mon, day)
        if d:
            cands.append((d.isoformat(), (d, d)))
    if not cands:
        return None
    tense = ctx.tense()
    val, iv = _pick(cands, a, tense, soft=_DAY_SOFT[tense == "future" and _bound_ahead(ctx)], bias=30)
    return _Norm(val, "day", interval=iv)


_WILL = _FUTURE_AUXILIARIES  # ("will", "shall": models/timex [tense] future_auxiliaries)
_WILL_WORD = re.compile(
    "|".join(
        (r"\b" if w[0].isalpha() else "") + re.escape(w) + r"\b"
        for w in sorted(_FUTURE_AUXILIARIES, key=len, reverse=True)
        if len(w) > 2
    ),
    re.I,
)


def _bound_ahead(ctx: _Ctx) -> bool:
    """The clause of the expression is bound to come: its verb has "will" / "shall", or moves something to the
    time ("postponed to 14 December"); not a deadline guessed from "until" ("did not sail until 30 April")."""
    if ctx.doc is None:
        return _WILL_WORD.search(ctx.before(60)) is not None
    tok = _doc_token(ctx.doc, ctx.start)
    seen = 0
    while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 8:
        if tok.dep_ == "pobj" and tok.head.lower_ in _MOVED_TO_PREPS and tok.head.head.lemma_ in _MOVED_TO_LEMMAS:
            return True
        tok = tok.head
        seen += 1
    return tok is not None and any(c.dep_ == "aux" and c.lower_ in _WILL for c in tok.children)


#: the days a day and month on the wrong side of the anchor for its clause's tense count farther (``_pick``'s
#: ``soft``): in a past clause, half a year ("gathered on 14 July" in March is last July); in a future clause,
#: nearly a year, so only a day a fortnight or so back can win ("will reopen on 14 December" in March is the next
#: December, not the last one, three months back)
_DAY_SOFT = {False: 183, True: 330}


def _h_dm(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    day = int(re.sub(r"\D", "", g["d"] or ""))
    mon_s = (g["mon"] or "").lower().rstrip(".")
    mon = _MONTH_NUM[mon_s]
    if not ctx.lenient and mon_s in ("may", "march") and not g.get("wd"):
        # "May 5" is safe, but "may 5" (lowercase) never reaches here; guard "March 5 miles" etc.
        if re.match(r"\s*(?:%|percent|per\s|miles|km|people|points)", ctx.after(12)):
            return None
    named = _NAMED_DAYS.get((mon, day))
    if named is not None and named[1].match(ctx.text, ctx.end):
        return _day_norm(date(named[0], mon, day))  # "the Sept. 11 attacks": that day, not this year's
    return _resolve_day_month(mon, day, ctx)


def _h_month_year(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    mon = _MONTH_NUM[(g["mon"] or "").lower().rstrip(".")]
    ys = g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys.lstrip("'’")), ctx.anchor)
    return _with_mod(_month_norm(y, mon), _edge_mod(g.get("edge")))


_VERB_AFTER_MONTH = re.compile(
    r"\s+(?:on|to|through|against|into|toward|towards|past|across|down|up|along|together|"
    r"forward|ahead|off|out|away|in\s+(?:protest|support|solidarity)|for\s+(?:peace|justice|change))\b"
)


_RANGE_WORDS = frozenset({"to", "until", "till", "through", ""})


_RANGE_BEFORE = re.compile(rf"(?:{_MONTH}|\d)\W+(?:to|until|till|through|-|–)\s+$")  # "from April to May"


_YEAR_AFTER = re.compile(rf"\s+{_YEAR}")


def _month_ok(mon_s: str, ctx: _Ctx, has_modifier: bool) -> bool:
    """Is a bare capitalised month name really the month ("May" the verb, "April" the name)?"""
    if ctx.lenient or has_modifier:
        return True
    if ctx.doc is not None:
        tok = _doc_token(ctx.doc, ctx.start)
        if tok is not None:
            if tok.tag_ == "MD" or tok.pos_ in ("VERB", "AUX"):
                return False
            if tok.ent_type_ in ("PERSON", "ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT"):
                return False
    cue = _has_cue(ctx) or (
        _word_before(ctx.text, ctx.start) in _RANGE_WORDS and bool(_RANGE_BEFORE.search(ctx.before(30)))
    )
    after = ctx.after(30)
    if re.match(r"\s*,?\s*(?:\d|of\s+\d)", after):
        return True
    if _VERB_AFTER_MONTH.match(after) and not cue:
        return False
    prev = _prev_word(ctx)
    if mon_s == "may":
        if _sentence_initial(ctx) and not cue:
            return False
        if prev[:1].isupper() and not cue:
            return False  # "Theresa May"
        return not _MODAL_MAY_AFTER.match(after)
    if prev[:1].isupper() and prev.lower() not in _MONTH_NUM and not cue and not _sentence_initial(ctx):
        return False  # part of a name ("Hurricane April")
    if re.match(r"\s+[A-Z][a-z]", after) and not cue:
        return bool(_YEAR_AFTER.match(after))  # "April Jones" vs "April 2026"
    return True


_MODAL_MAY_AFTER = re.compile(
    r"\s+(?:be|have|not|also|well|never|still|soon|need|want|help|take|make|"
    r"become|lead|cause|face|seek|get|go|come|see|lose|win|use|include|require)\b"
)


def _resolve_month(mon: int, ctx: _Ctx, rel: str | None, mod: str | None) -> _Norm | None:
    a = ctx.anchor
    if a is None:
        n = _Norm(f"XXXX-{mon:02d}", "month", mod=mod)
        return n
    rel = (rel or "").lower().strip()
    if rel in ("last", "past", "this past", "previous"):
        y = a.year if mon < a.month else a.year - 1
    elif rel in ("next", "coming", "this coming"):
        y = a.year if mon > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        cands = [(f"{y:04d}-{mon:02d}", _month_iv(y, mon)) for y in (a.year - 1, a.year, a.year + 1)]
        val, _ = _pick(cands, a, "past" if _names_reported_figures(ctx) else ctx.tense())
        y = int(val[:4])
    return _month_norm(y, mon, mod)


def _names_reported_figures(ctx: _Ctx) -> bool:
    """ "the August jobs data", "February's sales": a month naming figures reported after it (parse)."""
    if ctx.doc is None:
        return False
    tok = _doc_token(ctx.doc, ctx.start)
    if tok is None or tok.dep_ not in ("compound", "nmod", "poss", "npadvmod", "amod"):
        return False
    head = tok.head
    return head.i > tok.i and (head.lemma_.lower() in _REPORTED_NOUNS or head.lower_ in _REPORTED_NOUNS)


def _h_month(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    mon_s = (g["mon"] or "").lower()
    edge = _edge_mod(g.get("edge"))
    rel = g.get("rel")
    if not _month_ok(mon_s, ctx, bool(edge or rel or g.get("yrel"))):
        return None
    y = _year_of(g, ctx)
    if y is not None:
        return _month_norm(y, _MONTH_NUM[mon_s], edge)
    return _resolve_month(_MONTH_NUM[mon_s], ctx, rel, edge)


def _h_weekday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    wd = _WEEKDAY_NUM[(g["wd"] or "").lower().rstrip(".")]
    rel = re.sub(r"\s+", " ", (g.get("rel") or "").lower())
    a = ctx.anchor
    part = (g.get("part") or "").lower()
    edge = _edge_mod(g.get("edge"))
    if g.get("plural"):
        return _Norm(f"XXXX-WXX-{wd + 1}", "set", "SET")
    week = (g.get("week") or "").lower()
    if a is None:
        d = None
    elif week and not rel:
        # "Thursday of last week", "Tuesday next week": that weekday of the week named
        d = _week_iv(a)[0] + timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[week] + wd)
    else:
        delta = (wd - a.weekday()) % 7  # days forward to the next such weekday (0 = today)
        if rel in ("last", "past", "this past", "previous"):
            d = a - timedelta(days=(a.weekday() - wd) % 7 or 7)
        elif rel in ("next",):
            d = _week_iv(a)[0] + timedelta(days=7 + wd)
        elif rel in ("coming", "this coming", "following", "the following"):
            d = a + timedelta(days=delta or 7)
        elif rel == "this":
            d = _week_iv(a)[0] + timedelta(days=wd)
        else:
            tense = ctx.tense()
            if (
                tense is None
                and ctx.doc is not None  # the parse found no past tense (without one, news leans to the past)
                and (_word_before(ctx.text, ctx.start) in ("until", "till", "by") or _CLOCK_NEAR.search(ctx.around(24)))
            ):
                # "closed until Friday": a deadline; "polls close on Thursday at 8 p.m.": a schedule
                tense = "future"
            if tense == "future":
                d = a + timedelta(days=delta)
            else:
                d = a - timedelta(days=(a.weekday() - wd) % 7)
    if d is None:
        val = f"XXXX-WXX-{wd + 1}"
        iv = None
    else:
        val, iv = d.isoformat(), (d, d)
    if part:
        code = _PART_OF_DAY.get(part, "")
        return _Norm(f"{val}T{code}", "time", "TIME", interval=iv)
    return _Norm(val, "day", mod=edge, interval=iv)


#: a clock time next to a weekday ("Thursday at 8 p.m.", "at 10:00 GMT on Friday")
_CLOCK_NEAR = re.compile(
    r"(?i)\bat\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|GMT|UTC|\b)|\d:\d\d"
    r"|(?:\d\s*[ap]\.?m\.?|\b(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2})?)\)?\s+(?:on\s+)?$"  # "10 a.m. (0800 GMT) on"
)


def _h_relday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", (g["w"] or "").lower())
    a = ctx.anchor
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "last night": -1,
        "overnight": -1,
    }
    off = offsets.get(w)
    if off is None:
        m = re.match(r"(?:this|this past|this coming)\s+(morning|afternoon|evening|night)", w)
        off = 0 if m else None
    if off is None:
        return None
    part = (g.get("part") or "").lower()
    if w in ("tonight", "last night", "overnight"):
        part = "night"
    elif w.startswith("this"):
        part = w.split(" ")[-1]
    edge = _edge_mod(g.get("edge"))
    if g.get("when"):  # "earlier today", "later today"
        edge = None
    if a is None or (w == "today" and not ctx.lenient and _today_of_a_name(ctx)):
        if off == 0 and not part:
            return _Norm("PRESENT_REF", "ref")
        return None
    d = a + timedelta(days=off)
    if part:
        return _Norm(f"{d.isoformat()}T{_PART_OF_DAY[part]}", "time", "TIME", interval=(d, d))
    return _day_norm(d, edge)


def _holiday_names_a_thing(name: str, ctx: _Ctx) -> bool:
    """ "the Luddon Christmas market", "the Easter fair", "Christmas sales": a one-word holiday name on a noun
    after it that is no word of time (``[holidays] time_nouns``, the units and parts of the day) names a thing,
    not the day ("the Christmas holidays", "the Easter weekend", "Christmas Day" keep it)."""
    if ctx.lenient or ctx.doc is None or " " in name.strip():
        return False
    tok = _doc_token(ctx.doc, ctx.start)
    if tok is None or tok.dep_ not in ("compound", "amod") or tok.head.i <= tok.i:
        return False
    head = tok.head
    word = head.lemma_.lower()
    return (
        head.pos_ in ("NOUN", "PROPN")
        and word not in _HOLIDAY_TIME_NOUNS
        and head.lower_ not in _HOLIDAY_TIME_NOUNS
        and word not in PERIOD_WORDS
    )


def _today_of_a_name(ctx: _Ctx) -> bool:
    """ "today's GM", "today's Britain": the present age of a named thing (PRESENT_REF), not the day
    ("today's vote" is the day)."""
    if ctx.doc is None or not re.match(r"['’]s\s+[A-Z]", ctx.after(4)):
        return False
    tok = _doc_token(ctx.doc, ctx.start)
    return tok is not None and tok.dep_ == "poss" and tok.head.pos_ == "PROPN"


def _h_ref(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", (g["w"] or "").lower())
    w = re.sub(r"^(?:in|at|for|into)\s+", "", w)
    w = re.sub(r"^(?:the\s+)?(?:very\s+|more\s+|most\s+|not\s+too\s+distant\s+|foreseeable\s+)", "", w)
    ref = _REFERENCES.get(w)
    if ref is None:
        return None
    if not ctx.lenient:
        if w in ("so far", "to date", "thus far"):
            return None
        if w == "now" and re.match(r"\s+that\b", ctx.after(8)):
            return None
        if w in ("later", "earlier") and not _bare_adverb(ctx):
            return None
    return _Norm(ref, "ref")


def _bare_adverb(ctx: _Ctx) -> bool:
    """ "later"/"earlier" alone as an adverb of time ("later revealed", "as it said earlier"), not a
    comparison ("later than planned"), an adjective ("a later date", "an earlier version") or the tail
    of a longer expression the rules did not take ("two weeks later")."""
    if re.match(r"\s+than\b", ctx.after(8)):
        return False
    if ctx.doc is not None:
        tok = _doc_token(ctx.doc, ctx.start)
        if tok is not None:
            return tok.tag_ in ("RB", "RBR") and tok.dep_ == "advmod" and not any(True for _ in tok.children)
    before = ctx.before(24)
    return not re.search(r"(?i)(?:\b(?:a|an|the|its|his|her|their|our|much|\w+s)|\d)\s*$", before)


def _cyc_rel(rel: str | None) -> str:
    r = re.sub(r"\s+", " ", (rel or "").lower().strip())
    r = re.sub(r"^the ", "", r)
    return r


def _rel_shift(rel: str) -> int | None:
    """this=0, last=-1, next=+1 (None if the word is not a relative marker)."""
    if rel in ("this", "current", "present", "this current"):
        return 0
    if rel in ("last", "past", "previous", "this past", "preceding", "prior"):
        return -1
    if rel in ("next", "coming", "following", "this coming", "upcoming"):
        return 1
    return None


def _names_period(ctx: _Ctx) -> bool:
    """ "of the last year", or "for the last year" after an amount counted over its period ("a profit
    for the last year", en.toml ``period_amounts``): the previous calendar period, named as a whole
    ("risen for the last year" stays a duration)."""
    words = [w.lower() for w in _words_before(ctx, 2)]
    if not words or words[-1] not in ("of", "for"):
        return False
    return words[-1] == "of" or (len(words) > 1 and words[0] in _PERIOD_AMOUNTS)


def _h_relunit(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """this/last/next week, month, year, quarter, decade, century, weekend."""
    rel = _cyc_rel(g["rel"])
    unit = (g["unit"] or "").lower()
    has_the = bool(re.match(r"(?i)the\s", g["rel"] or ""))
    edge = _edge_mod(g.get("edge"))
    when = (g.get("when") or "").lower()
    # "the past year", "the last week": a duration (TimeML), unless an edge modifier applies or the
    # period is named as a whole ("the same period of the last year", "a profit for the last year")
    if has_the and rel in ("past", "last") and not edge and not when and not (rel == "last" and _names_period(ctx)):
        return _Norm(_duration(1, _unit_code(unit)), "duration", "DURATION")
    if has_the and rel in ("next", "coming") and not edge and not when:
        prev = _prev_word(ctx).lower()
        if rel == "coming" or prev in ("within", "over", "in", "during", "for", "throughout", "through"):
            return _Norm(_duration(1, _unit_code(unit)), "duration", "DURATION")
    shift = _rel_shift(rel)
    anaph = has_the and rel in ("following", "previous", "next", "same", "preceding", "prior")
    if rel == "same":
        shift = 0
    if rel == "that":
        anaph, shift = True, 0
    if shift is None:
        return None
    a = ctx.anchor
    code = _unit_code(unit)
    if a is None:
        if shift == 0 and not anaph:
            return _Norm("PRESENT_REF", "ref")
        return _Norm("PAST_REF" if shift < 0 else "FUTURE_REF", "ref") if not anaph else None
    n = _shift_unit(a, code, shift)
    if n is None:
        return None
    if anaph:
        n.anaphoric, n.offset = code, shift
    if when:
        s, e = n.interval or (a, a)
        if when == "earlier" and s <= a <= e:
            n.interval = (s, a)
        elif when == "later" and s <= a <= e:
            n.interval = (a, e)
        return n
    return _with_mod(n, edge)


def _shift_unit(a: date, code: str, k: int) -> _Norm | None:
    if code == "D":
        return _day_norm(a + timedelta(days=k))
    if code in ("W", "WE"):
        d = a + timedelta(weeks=k)
        mon, sun = _week_iv(d)
        if code == "WE":
            return _Norm(_week_value(d) + "-WE", "week", interval=(mon + timedelta(days=5), sun))
        return _Norm(_week_value(d), "week", interval=(mon, sun))
    if code == "M":
        y, m = _add_months(a.year, a.month, k)
        return _month_norm(y, m)
    if code == "Q":
        q = (a.month - 1) // 3 + k
        y, q = a.year + q // 4, q % 4 + 1
        return _Norm(f"{y:04d}-Q{q}", "quarter", interval=_quarter_iv(y, q))
    if code == "Y":
        return _year_norm(a.year + k)
    if code == "DE":
        dec = a.year // 10 + k
        return _Norm(f"{dec:03d}", "decade", interval=(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)))
    if code == "CE":
        c = a.year // 100 + k
        return _Norm(f"{c:02d}", "century", interval=(date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)))
    return None


_THEDAY_BEFORE = re.compile(
    r"(?i)\b(?:end|ends|ended|ending|close|closes|closed|closing|finish|finishes|finished|finishing|"
    r"for|during|through|throughout|most\s+of|rest\s+of|remainder\s+of|start|started|starting|open|opened|opening|"
    r"(?:start|beginning|middle|end|close)\s+of|"
    r"(?:early|late|earlier|later)\s+in|on|trading\s+on)\s*$"
)


def _h_theday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    a = ctx.anchor
    if a is None:
        return None
    edge = (g.get("edge") or "").lower()
    if not ctx.lenient:
        before = ctx.before(24)
        if not edge and (not _THEDAY_BEFORE.search(before) or re.search(r"(?i)\bat\s+the\s+end\s+of\s*$", before)):
            return None  # "at the end of the day" is an idiom
        if re.match(
            r"\s+(?:(?:before|after)\s+(?:the|a|an|his|her|its|their|this|that|[A-Z])|of|when|that|"
            r"on\s+which)\b",
            ctx.after(24),
        ):
            return None  # "the day before the vote", "the day of the vote": relative to an event
    if g.get("whole"):  # "for the entire year": the year being told about (else the anchor's)
        code = _unit_code(g["unit"] or "")
        n = _shift_unit(a, code, 0)
        if n is None:
            return None
        n.anaphoric, n.offset = code, 0
        return n
    n = _day_norm(a)
    n.anaphoric, n.offset = "D", 0
    if edge in ("early", "late"):
        n.mod = "START" if edge == "early" else "END"
    return n


def _h_running(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """ "for a third straight day", "the fourth week in a row": the day (week...) being reported."""
    if not (g.get("run") or g.get("row")) or ctx.anchor is None:
        return None
    unit = (g["unit"] or "").lower().split()[-1]
    code = "D" if unit == "session" else _unit_code(unit)
    n = _shift_unit(ctx.anchor, code, 0)
    if n is None:
        return None
    n.anaphoric, n.offset = code, 0
    return n


def _h_day_part(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """ "in morning trading", "by late afternoon": the part of the day being reported (a time with no
    day of its own)."""
    code = _PART_OF_DAY.get((g.get("part") or g.get("part_e") or "").lower())
    if code is None:
        return None
    mod = _edge_mod(g.get("edge"))
    a = ctx.anchor
    if a is None:
        return _Norm(f"XXXX-XX-XXT{code}", "time", "TIME", mod=mod, time_only=True)
    return _Norm(f"{a.isoformat()}T{code}", "time", "TIME", mod=mod, interval=(a, a), time_only=True)


def _h_record_since(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """ "their best week since November": the week (day...) being reported."""
    if ctx.anchor is None:
        return None
    unit = (g["unit"] or "").lower()
    code = "D" if unit == "session" else _unit_code(unit)
    n = _shift_unit(ctx.anchor, code, 0)
    if n is None:
        return None
    if code in ("D", "W"):  # the day (week) of the last day told about; a year is the anchor's, not the
        n.anaphoric, n.offset = code, 0  # year the record goes back to ("its best year since 1987")
    return n


def _h_weekends(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """ "on weekends": a SET of weekends."""
    return _Norm("XXXX-WXX-WE", "set", "SET")


def _h_weekend(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """``the weekend``: the coming one in future clauses, else the last one (this one on Sat/Sun)."""
    a = ctx.anchor
    if a is None:
        return None
    tense = ctx.tense()
    k = 0 if a.weekday() >= 5 or tense == "future" or (tense is None and a.weekday() == 4) else -1
    n = _shift_unit(a, "WE", k)
    if n is not None:
        n.anaphoric, n.offset = None, 0
    return n


def _h_anaphor(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """that day, the same day, the next day, the day before, the following year..."""
    w = re.sub(r"\s+", " ", (g["w"] or "").lower())
    unit = (g["unit"] or "").lower()
    code = _unit_code(unit)
    if re.search(r"\b(?:next|following|after|later)\b", w):
        k = 1
    elif re.search(r"\b(?:before|previous|prior|preceding|earlier)\b", w):
        k = -1
    else:
        k = 0
    if not ctx.lenient and re.search(r"\b(?:before|after)$", w) and re.match(r"\s+[a-z]", ctx.after(6)):
        # "the day after the vote": relative to an event we do not resolve
        return None
    det = re.sub(r"\s+", " ", (g.get("det") or "").lower())
    if det == "the next" and unit in ("day", "week", "month", "year", "quarter") and not g.get("back"):
        if _prev_word(ctx).lower() in ("for", "over", "within", "during", "through", "throughout"):
            return _Norm(_duration(1, code), "duration", "DURATION")  # "for the next year": a length (TimeML)
    a = ctx.anchor
    if a is None:
        return None
    if unit in ("period", "time"):
        if not (g.get("det") or "").lower().endswith(("same", "that")):
            return None
        if not g.get("back") and (unit == "period" or ctx.lenient):
            return None
        code = "SAME"
        n = _year_norm(a.year)
    else:
        n = _shift_unit(a, code, k)
    if n is None:
        return None
    n.anaphoric, n.offset = code, k
    if g.get("back"):
        n.year_back = 1
        if code == "SAME" or ctx.lenient:
            n = _back_a_year(n)
            n.anaphoric, n.year_back = code, 1
    return n


def _h_year_ago_period(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """ "the year-ago quarter": the period told about (else the anchor's), one year back."""
    a = ctx.anchor
    if a is None:
        return None
    unit = (g["unit"] or "").lower()
    if unit == "period":
        n = _back_a_year(_year_norm(a.year))
        n.anaphoric, n.year_back = "SAME", 1
        return n
    code = _unit_code(unit)
    n = _shift_unit(a, code, 0) if code else None
    if n is None:
        return None
    n = _back_a_year(n)
    n.anaphoric, n.offset, n.year_back = code, 0, 1
    return n


def _back_a_year(n: _Norm, k: int = -1) -> _Norm:
    """The same calendar period one year earlier ("the same month a year ago"); ``k``: years on (-1 back)."""
    m = re.match(r"(\d{4})(.*)", n.value)
    if not m:
        return n
    value = f"{int(m[1]) + k:04d}{m[2]}"
    iv = interval_of(value)
    if iv is None and n.granularity in ("day", "time", "week"):
        y = int(m[1]) + k
        value, iv = f"{y:04d}", _year_iv(y)
    res = _Norm(value, n.granularity, n.type, interval=iv)
    return _with_mod(res, n.mod) if iv else res


def _h_earlier(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """earlier this year, later this month, earlier in the week..."""
    when = (g["when"] or "").lower()
    unit = (g["unit"] or "").lower()
    rel = _cyc_rel(g.get("rel"))
    a = ctx.anchor
    code = _unit_code(unit)
    shift = _rel_shift(rel) if rel not in ("", "the") else 0
    if shift is None:
        shift = 0
    if a is None:
        return _Norm("PAST_REF" if when == "earlier" else "FUTURE_REF", "ref")
    n = _shift_unit(a, code, shift)
    if n is None or n.interval is None:
        return n
    s, e = n.interval
    if shift == 0:
        n.interval = (s, a) if when == "earlier" else (a, e)
    else:
        n.interval = _sub_interval((s, e), "START" if when == "earlier" else "END", n.granularity)
    return n


def _h_edge(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """early/mid/late + a calendar period; the beginning/end of + a period."""
    mod = _edge_mod(g["edge"])
    inner = g["inner"] or ""
    il = re.sub(r"\s+", " ", inner.lower())
    a = ctx.anchor
    if il in ("the year", "the month", "the week", "the decade", "the century", "the quarter", "year", "month"):
        if a is None:
            return None
        n = _shift_unit(a, _unit_code(il.split(" ")[-1]), 0)
    else:
        sub = _Ctx(inner, 0, len(inner), a, ctx.tense_fixed, True, None)
        if not ctx.lenient and ctx.tense_fixed is None:
            sub.tense_fixed = ctx.tense()
        n = _rule_norm(inner, sub)
    if n is None or n.type != "DATE" or n.granularity in ("ref", "day", "duration", "set"):
        return None
    if n.mod is not None and n.mod not in ("START", "MID", "END"):
        return None
    # "the second half of 2026": a half, when the period is a year
    h = (g["edge"] or "").lower()
    if "half" in h and n.granularity == "year" and n.value[:4].isdigit():
        hh = 1 if "first" in h else 2
        y = int(n.value[:4])
        return _Norm(f"{y:04d}-H{hh}", "half", interval=_half_iv(y, hh))
    if mod is None:
        return None
    if n.mod is not None:
        return n
    return _with_mod(n, mod)


def _h_year(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    ys = g["y"] or ""
    if ys[:1] in "'’":
        if not ctx.lenient and not re.search(
            r"(?i)\b(?:in|since|of|from|until|by|class|summer|winter|spring|"
            r"autumn|fall|season|and|to)\s*$",
            ctx.before(20),
        ):
            return None
        y = _two_digit_year(int(ys[1:]), ctx.anchor)
    else:
        y = int(ys)
    edge = _edge_mod(g.get("edge"))
    if not ctx.lenient and not g.get("pre") and not edge and not _year_ok(y, ctx):
        return None
    return _year_norm(y, edge)


_QUANTITY_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:people|persons|employees|workers|jobs|staff|troops|soldiers|units|vehicles|cars|"
    r"aircraft|planes|jets|shares|points|feet|foot|ft|miles|km|kilometres|kilometers|metres|meters|m|"
    r"tons|tonnes|barrels|passengers|seats|homes|houses|acres|hectares|times|votes|members|students|"
    r"deaths|cases|pounds|lbs|kg|dollars|euros|yuan|yen|rupees|customers|users|copies|pages|words|"
    r"residents|children|patients|protesters|refugees|civilians|police|officers|stores|branches|"
    r"locations|flights|routes|orders|machines|devices|rooms|beds|calories|degrees|votes|tickets)\b"
)


_NOT_YEAR_BEFORE = re.compile(
    r"(?:[$€£¥#№©]|\([cC]\)|[Cc]opyright|US\$|\b(?:No|no|Nos|nos|number|Number|flight|Flight|Route|route|model|Model|room|Room|page|p|"
    r"pp|Article|article|Section|section|Rule|rule|Resolution|resolution|ISO|Highway|Interstate)\.?)\s*$"
)


_NOT_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\s*cent|[x×]\s*\d|\)?\s*(?:kg|km|mm|cm|m|mph|ft|sq)\b)")


_NUMBER_BEFORE = re.compile(r"\d[.,:/]?\s*$|[A-Za-z]-?$|\d\s*[-–]\s*$")


_YEAR_RANGE_BEFORE = re.compile(r"\d{4}\s*[-–]\s*$")


def _year_ok(y: int, ctx: _Ctx) -> bool:
    """Is a bare 4-digit number a year? (not "2000 people", "$2026", "flight 1549")."""
    before = ctx.before(24)
    after = ctx.after(40)
    cue = _has_cue(ctx)
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.match(after):
        return False
    if _NUMBER_BEFORE.search(before) and not _YEAR_RANGE_BEFORE.search(before):
        return False
    if ctx.doc is not None:
        tok = _doc_token(ctx.doc, ctx.start)
        if tok is not None and not cue:
            if tok.ent_type_ in ("MONEY", "QUANTITY", "PERCENT", "CARDINAL", "PRODUCT", "ORG", "FAC", "LAW"):
                if tok.ent_type_ != "CARDINAL" or tok.dep_ == "nummod":
                    return False
    if _QUANTITY_NOUN.match(after):
        return False
    name = re.search(r"[A-Z][\w&.]*\s+$", before)
    if not cue and name and re.match(r"[^\S\n]+[A-Z][a-z]", after):
        if not _sentence_initial_at(ctx.text, ctx.start - len(name.group(0))):
            return False  # inside a name: "the Russell 2000 Index"
    anchor_year = ctx.anchor.year if ctx.anchor else date.today().year
    if y < 1800 or y > anchor_year + 60:
        return cue and 1000 <= y <= anchor_year + 100
    return True


def _h_year_range(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """2009-2011, 2009–11: the years from the first to the second, one interval (value: the duration)."""
    y1 = int(g["y1"] or 0)
    y2s = g["y2"] or ""
    y2 = int(y2s) if len(y2s) == 4 else y1 // 100 * 100 + int(y2s)
    if not 0 < y2 - y1 <= 30:
        return None
    if not ctx.lenient and not _year_ok(y1, ctx):
        return None
    return _range_norm(_year_iv(y1), _year_iv(y2), "year")


def _range_norm(first: tuple[date, date], last: tuple[date, date], gran: str) -> _Norm:
    """A range from one period to another: the interval covering both; the value, the distance between
    their starts in the unit of the coarser one (MEANTIME/TimeML: "from 2009 to 2011" is P2Y)."""
    a, b = first[0], last[0]
    if gran == "year":
        value = f"P{b.year - a.year}Y"
    elif gran in ("month", "quarter", "half", "season"):
        value = f"P{(b.year - a.year) * 12 + b.month - a.month}M"
    elif gran == "week":
        value = f"P{(b - a).days // 7}W"
    else:
        value = f"P{(b - a).days}D"
    return _Norm(value, "duration", "DURATION", interval=(first[0], last[1]))


def _h_fiscal(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    ys = g["y"] or ""
    y = int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.anchor)
    if g.get("y2"):  # "2025/26", "2025-26": the fiscal year ending in the second year
        y2s = g["y2"] or ""
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if y2 != y + 1:
            return None
        y = y2
    if not ctx.lenient and not g.get("fy") and not _year_ok(y, ctx):
        return None
    return _Norm(f"FY{y:04d}", "year")


def _ord(s: str | None) -> int | None:
    if not s:
        return None
    t = s.lower()
    if t in ("final", "last", "fourth", "4th"):
        return 4 if t not in ("last",) else -1
    return _ORDINALS.get(t)


def _year_of(g: dict[str, str | None], ctx: _Ctx) -> int | None:
    """The year part of a quarter/half/season phrase ("of 2009", "of last year", "'09")."""
    ys = g.get("y")
    if ys:
        ys = ys.lstrip("'’")
        return int(ys) if len(ys) == 4 else _two_digit_year(int(ys), ctx.anchor)
    yrel = _cyc_rel(g.get("yrel"))
    if yrel and ctx.anchor is not None:
        shift = _rel_shift(yrel)
        if shift is not None:
            return ctx.anchor.year + shift
    return None


def _h_quarter(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    q_s = g.get("q") or g.get("qn")
    if g.get("qn"):
        q = int(g["qn"] or 0)
    else:
        q = _ord(q_s) or 0
    y = _year_of(g, ctx)
    a = ctx.anchor
    if q == -1:  # "the last quarter": the previous quarter, or the 4th of a given year
        if y is not None:
            q = 4
        elif a is not None:
            return _shift_unit(a, "Q", -1)
        else:
            return None
    if not 1 <= q <= 4:
        return None
    if g.get("fy"):
        if y is None:
            return None
        return _Norm(f"FY{y:04d}-Q{q}", "quarter")
    if y is None:
        if a is None:
            return _Norm(f"XXXX-Q{q}", "quarter")
        cands = [(f"{yy:04d}-Q{q}", _quarter_iv(yy, q)) for yy in (a.year - 1, a.year, a.year + 1)]
        val, iv = _pick(cands, a, ctx.tense())
        return _Norm(val, "quarter", interval=iv)
    return _Norm(f"{y:04d}-Q{q}", "quarter", interval=_quarter_iv(y, q))


def _h_half(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    h = int(g["hn"]) if g.get("hn") else (1 if (g.get("h") or "").lower() == "first" else 2)
    y = _year_of(g, ctx)
    a = ctx.anchor
    if y is None:
        if a is None:
            return _Norm(f"XXXX-H{h}", "half")
        cands = [(f"{yy:04d}-H{h}", _half_iv(yy, h)) for yy in (a.year - 1, a.year, a.year + 1)]
        val, iv = _pick(cands, a, ctx.tense())
        return _Norm(val, "half", interval=iv)
    return _Norm(f"{y:04d}-H{h}", "half", interval=_half_iv(y, h))


def _h_season(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    s_word = (g["s"] or "").lower()
    s = _SEASONS[s_word]
    rel = _cyc_rel(g.get("rel"))
    has_the = bool(re.match(r"(?i)the\b", g.get("rel") or "")) or rel == "the"
    edge = _edge_mod(g.get("edge"))
    y = _year_of(g, ctx)
    if not ctx.lenient and y is None and not rel and not edge:
        # a bare season word: "spring" the verb, "a fall in prices"
        cue = re.search(
            r"(?i)\b(?:in|during|by|until|since|through|throughout|before|after|over|"
            r"this|last|next|the|early|late|mid)\s*$",
            ctx.before(16),
        )
        if cue and s_word in ("fall", "spring"):
            cue = re.search(r"(?i)\b(?:in|during|by|until|since|through|throughout)\s+(?:the\s+)?$", ctx.before(16))
        if not cue and not _season_noun(s_word, ctx):
            return None
    if s_word == "fall" and not ctx.lenient and y is None and re.match(r"\s+(?:of|in)\s+(?!\d)", ctx.after(8)):
        return None  # "the fall of the Berlin Wall"
    a = ctx.anchor
    if y is None:
        if a is None:
            return _Norm(f"XXXX-{s}", "season", mod=edge)
        shift = _rel_shift(rel) if rel not in ("", "the") else None
        cur_y = a.year - 1 if (s == "WI" and a.month <= 2) else a.year
        cands = [(f"{yy:04d}-{s}", _season_iv(yy, s)) for yy in (cur_y - 1, cur_y, cur_y + 1)]
        if shift == 0:
            # "this summer": the current one, else the nearest (by tense)
            # ("this autumn" in March: the autumn of this year; a winter spans two years: by tense)
            cur = [c for c in cands if c[1][0] <= a <= c[1][1]] or [
                c for c in cands if s != "WI" and c[0][:4] == f"{a.year:04d}"
            ]
            val, iv = cur[0] if cur else _pick(cands, a, ctx.tense())
        elif shift is not None and not (has_the and rel in ("following", "previous", "next")):
            # last spring: the latest one that has ended (or started) before now
            if shift < 0:
                val, iv = max((c for c in cands if c[1][1] < a), key=lambda c: c[1][0])
            else:
                val, iv = min((c for c in cands if c[1][0] > a), key=lambda c: c[1][0])
        else:
            val, iv = _pick(cands, a, ctx.tense())
        n = _Norm(val, "season", interval=iv)
    else:
        n = _Norm(f"{y:04d}-{s}", "season", interval=_season_iv(y, s))
    return _with_mod(n, edge)


_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "NORP", "LAW"})


def _season_noun(s_word: str, ctx: _Ctx) -> bool:
    """A season named without a preposition, the season of the reference time ("spring brings hope",
    "their Autumn meetings"), per the parse: a noun, not a name ("Arab Spring", "Donna Summer"), not
    "a spring in her step", not "spring water" or "a fall in prices" (never "fall": too often the noun)."""
    if ctx.doc is None or s_word == "fall":
        return False
    tok = _doc_token(ctx.doc, ctx.start)
    if tok is None or tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NAMED:
        return False
    if tok.i > 0:
        prev = ctx.doc[tok.i - 1]
        if prev.text[:1].isupper() and not prev.is_sent_start and prev.pos_ == "PROPN":
            return False
    if any(k.dep_ == "det" and k.lower_ in ("a", "an") for k in tok.children):
        return False
    return not (s_word == "spring" and tok.dep_ == "compound" and tok.text.islower())


def _h_decade(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    raw = (g["dec"] or "").lower().replace("’", "'").strip("'")
    edge = _edge_mod(g.get("edge"))
    if raw in _DECADE_WORDS:
        d2 = _DECADE_WORDS[raw]
        digits = None
    else:
        digits = re.sub(r"\D", "", raw)
        d2 = None
    if not ctx.lenient:
        before = ctx.before(16)
        if re.search(r"(?i)\b(?:his|her|their|its|my|your|our|mid|low|high|upper|lower)\s*-?\s*$", before):
            return None  # ages and temperatures: "in their 50s"
        if (digits is None or len(digits) == 2) and not g.get("the") and not g.get("apos") and not edge:
            if not re.search(r"(?i)['’]?\d0['’]?s\s*(?:,|and|or|to|through|-|–)\s*$", before):
                return None  # "the 70s and 80s"
    a = ctx.anchor
    if digits is not None and len(digits) == 4:
        if digits.endswith("00") and digits != "2000":
            c = int(digits[:2])  # "the 1800s": the century
            return _with_mod(
                _Norm(f"{c:02d}", "century", interval=(date(c * 100, 1, 1), date(c * 100 + 99, 12, 31))),
                edge,
            )
        dec = int(digits[:3])
    else:
        yy = int(digits) if digits else d2 * 10  # type: ignore[operator]
        ref = (a or date.today()).year
        dec = (2000 + yy) // 10 if 2000 + yy <= ref else (1900 + yy) // 10
    n = _Norm(f"{dec:03d}", "decade", interval=(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)))
    return _with_mod(n, edge)


def _h_century(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    o = (g["c"] or "").lower()
    if o[:1].isdigit():
        n = int(re.sub(r"\D", "", o))
    else:
        n = _CENTURY_ORD.get(o.replace(" ", "-"), _CENTURY_ORD.get(o, 0))
    if not 1 <= n <= 30:
        return None
    c = n - 1
    res = _Norm(f"{c:02d}", "century", interval=(date(max(1, c * 100), 1, 1), date(c * 100 + 99, 12, 31)))
    return _with_mod(res, _edge_mod(g.get("edge")))


def _h_ago(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    n = _num(g["n"]) if g.get("n") else 1.0
    code = _unit_code(g["unit"] or "")
    direction = -1 if (g["dir"] or "").lower() == "ago" else 1
    a = ctx.anchor
    if n is None:
        return _Norm("PAST_REF" if direction < 0 else "FUTURE_REF", "ref")
    if a is None:
        return _Norm("PAST_REF" if direction < 0 else "FUTURE_REF", "ref")
    k = n * direction
    if code in ("S", "TM", "H"):
        return _day_norm(a)
    if code == "D":
        return _day_norm(a + timedelta(days=k))
    if code in ("W", "2W"):
        return _day_norm(a + timedelta(days=7 * k * (2 if code == "2W" else 1)))
    if code == "M":
        if k != int(k):
            return _day_norm(a + timedelta(days=round(30.4 * k)))
        y, m = _add_months(a.year, a.month, int(k))
        return _month_norm(y, m)
    if code == "Q":
        return _shift_unit(a, "Q", int(k))
    if code == "Y":
        if k != int(k):
            y, m = _add_months(a.year, a.month, round(12 * k))
            return _month_norm(y, m)
        return _year_norm(a.year + int(k))
    if code == "DE":
        y = a.year + int(10 * k)
        dec = y // 10
        return _Norm(f"{dec:03d}", "decade", interval=(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31)))
    if code == "CE":
        return _shift_unit(a, "CE", int(k))
    return None


_AGE_AFTER = re.compile(r"(?:-|\s+)(?:old|olds)\b|\s+of\s+age\b|\s+younger\b|\s+older\b|\s+senior\b|\s+junior\b")


def _money_before(ctx: _Ctx) -> bool:
    return bool(
        re.search(
            r"(?i)(?:[\d%]\S*|\b(?:million|billion|trillion|times|once|twice|thrice|dollars?|euros?|pounds?|"
            r"percent|per\s+cent|cents?|bn|m|k|tonnes?|tons?|barrels?|units?|flights?|people|visitors|"
            r"passengers|vehicles|cars|aircraft|planes|jets))\s*$",
            ctx.before(30),
        )
    )


#: verbs whose object "one day" is a length of time ("lasts one day", "took one day")
_LENGTH_VERBS = frozenset({"last", "take", "spend", "wait", "need", "require", "stay", "remain", "be", "run", "extend"})


def _someday(ctx: _Ctx) -> bool:
    """ "one day" as "some day" (parse): an adverb of a clause not in the past whose verb does not
    measure a length ("hopes one day to return", "one day he will"), not "one day later"."""
    if ctx.doc is None or re.match(r"\s+(?:later|earlier|after|before|ago|of|in|per|a)\b", ctx.after(8)):
        return False
    tok = _doc_token(ctx.doc, ctx.end - 1)
    if tok is None or tok.lower_ != "day" or tok.dep_ != "npadvmod" or tok.head.lemma_ in _LENGTH_VERBS:
        return False
    return ctx.tense() != "past"


def _described_by_clause(ctx: _Ctx) -> bool:
    """ "a day when ...", "a year that ...": the unit has a relative clause (parse; else "when"/"where")."""
    if ctx.doc is None or ctx.after(1) in (",", ";", ":"):  # "took a year, which was long": still a length
        return bool(re.match(r"\s+(?:when|where)\b", ctx.after(8)))
    tok = _doc_token(ctx.doc, ctx.end - 1)
    if tok is None:
        return False
    if any(c.dep_ == "relcl" for c in tok.children):
        return True
    # a contact clause the parser did not attach: "not a day anybody can plan for", "a year few will miss"
    i = tok.i + 1
    while i < len(ctx.doc) and i < tok.i + 4 and ctx.doc[i].dep_ in ("det", "poss", "amod", "compound", "nummod"):
        i += 1  # "a week the miners will never forget": the subject is the noun after its determiner
    nxt = ctx.doc[i] if i < len(ctx.doc) else None
    return (
        nxt is not None
        and tok.dep_ != "pobj"
        and (tok.head.lemma_ == "be" or tok.head.lemma_ not in _LENGTH_VERBS)
        and nxt.dep_ in ("nsubj", "nsubjpass")
        and nxt.pos_ in ("PRON", "NOUN", "PROPN")
        and nxt.head.i > nxt.i
        and nxt.head.pos_ in ("VERB", "AUX")
        and nxt.head is not tok.head
    )


def _hypothetical(ctx: _Ctx) -> bool:
    """The clause looks ahead or is a condition: "a day will come when", "if the town ever saw a day when"."""
    if ctx.tense() == "future":
        return True
    if ctx.doc is None:
        return False
    tok = _doc_token(ctx.doc, ctx.end - 1)
    verb = tok.head if tok is not None else None
    return verb is not None and any(k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in verb.children)


def _h_duration(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    unit = g["unit"] or ""
    code = _unit_code(unit)
    if not code:
        return None
    art = (g.get("n") or "").lower()
    n = _num(g.get("n")) if g.get("n") else None
    if g.get("n") is None and not g.get("vague_the"):
        return None
    mod = _MOD_WORDS.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower())) if g.get("mod") else None
    if not ctx.lenient:
        if _AGE_AFTER.match(ctx.after(12)):
            return None  # "50-year-old", "six years old"
        if art in ("a", "an") and not g.get("mod") and not g.get("the") and not g.get("tail"):
            # "$5m a year": a rate, i.e. a set
            if _money_before(ctx) or re.search(r"(?i)\b(?:per)\s*$", ctx.before(6)):
                return _Norm(_duration(1, code), "set", "SET")
        if art == "one" and code == "D" and not g.get("mod") and not g.get("tail") and _someday(ctx):
            return _Norm("FUTURE_REF", "ref")  # "one day the town may recover": some day ahead, no length
        if art in ("a", "an") and not g.get("mod") and not g.get("tail") and _described_by_clause(ctx):
            if code == "D" and _hypothetical(ctx):
                return _Norm("FUTURE_REF", "ref")  # "if the town ever saw a day when ...": some day ahead
            return None  # "a day when prices fell", "not a day anybody wants": a day told of, no length
        if code == "Q" and not g.get("the") and (n is None or art in ("a", "an")):
            return None  # "a quarter of the workforce"
        if code == "S" and art in ("a", "an"):
            return None  # "a second time"
        if code == "WE" and art in ("a", "an"):
            return None
    if g.get("half"):
        n = (n or 0) + 0.5 if n is not None else None
    if art in ("half a", "half an"):
        n = 0.5
    value = _duration(n, code)
    norm = _Norm(value, "duration", "DURATION", mod=mod)
    tail = (g.get("tail") or "").lower()
    if tail and not ctx.lenient and code in _SHIFT_CODES and n is not None and n == int(n):
        # "four days later than planned": a delay; "one or two days later": a rough length
        if not re.match(r"\s+than\b", ctx.after(6)) and not re.search(r"(?i)\b(?:or|to)\s+$", ctx.before(5)):
            # "two days later": the day two days after the time the story is at (TimeML: a DATE anchored on
            # the reference time); stays the length when no earlier time is told (resolved in the engine)
            norm.anaphoric, norm.offset, norm.shift = code, int(n) if tail == "later" else -int(n), True
    return norm


#: units a shift ("two days later", "a year earlier") counts in, from a day or coarser reference time
_SHIFT_CODES = frozenset({"D", "W", "M", "Q", "Y"})


_RANGE_REST = re.compile(r"\s+\S+\s+\S+(?:\s+\S+)??\s+[A-Za-z]+(?=\W|$)")


def _h_dur_range_first(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """ "between 60 and 90 days": "60" is 60 days (not when the range is of ages: "60 and 90 days old")."""
    if not ctx.lenient:
        rest = _RANGE_REST.match(ctx.after(60))
        if rest is not None and _AGE_AFTER.match(ctx.text, ctx.end + rest.end()):
            return None
    return _h_duration(g, ctx)


def _h_vague_units(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """Bare plural units after a preposition or before later/ago ("for years", "days after", "minutes later")."""
    code = _unit_code(g["unit"] or "")
    if not code:
        return None
    if not ctx.lenient:
        if _AGE_AFTER.match(ctx.after(12)):
            return None
        has_pre = bool(g.get("pre")) or bool(
            re.search(
                r"(?i)\b(?:for|within|in|over|after|before|of|than|took|take|takes|lasted|last|lasting|"
                r"spent|spend|only|just|mere|recent)\s*$",
                ctx.before(16),
            )
        )
        has_post = bool(re.match(r"\s+(?:later|earlier|after|before|ago|of\s+(?!the\b))", ctx.after(12)))
        if not (has_pre or has_post):
            return None
    return _Norm(_duration(None, code), "duration", "DURATION")


def _h_set(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    w = re.sub(r"\s+", " ", (g.get("adv") or "").lower())
    if w:
        v = _SET_WORDS.get(w)
        if v is None:
            return None
        word = g.get("adv") or ""
        if not ctx.lenient and word[:1].isupper() and (word.isupper() or not _sentence_initial(ctx)):
            return None  # a title: "European Defence Daily", "INSIDER WEEKLY"
        if not ctx.lenient and _counts_an_amount(ctx):
            return _Norm(v, "duration", "DURATION")  # "annual profit": the profit of one year
        return _Norm(v, "set", "SET")
    if g.get("wd"):
        wd = _WEEKDAY_NUM[(g["wd"] or "").lower().rstrip("s")]
        return _Norm(f"XXXX-WXX-{wd + 1}", "set", "SET")
    if g.get("mon"):  # "each August"
        return _Norm(f"XXXX-{_MONTH_NUM[(g['mon'] or '').lower()]:02d}", "set", "SET")
    if g.get("season"):  # "every spring"; "every season": each quarter of the year
        s = _SEASONS.get((g["season"] or "").lower())
        return _Norm(f"XXXX-{s}" if s else "P3M", "set", "SET")
    code = _unit_code(g.get("unit") or "")
    if not code:
        return None
    n = _num(g.get("n")) if g.get("n") else 1.0
    if (g.get("every") or "").lower().endswith("other"):
        n = 2.0
    freq = None
    if g.get("freq") or g.get("freqn"):  # "twice a week", "three times a year": how often in each period
        k = {"once": 1.0, "twice": 2.0, "thrice": 3.0}.get((g.get("freq") or "").lower()) or _num(g.get("freqn"))
        freq = f"{_fmt(k)}X" if k is not None else "XX"
    return _Norm(_duration(n, code), "set", "SET", freq=freq)


_AMOUNT_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?([a-z]+)\b")


def _counts_an_amount(ctx: _Ctx) -> bool:
    """Does a frequency adjective qualify an amount counted over its period ("annual net profit")?

    en.toml ``period_amounts``; with a parse, the noun the adjective modifies, else the next word or
    the one after it.
    """
    if ctx.doc is not None:
        tok = _doc_token(ctx.doc, ctx.start)
        if tok is not None:
            return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lower_ in _PERIOD_AMOUNTS
    after = ctx.after(40)
    m = _AMOUNT_AFTER.match(after)
    if m is None:
        return False
    first = re.match(r"\s+([a-z]+)", after)
    return m.group(1) in _PERIOD_AMOUNTS or (first is not None and first.group(1) in _PERIOD_AMOUNTS)


def _h_clock(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    word = (g.get("word") or "").lower()
    if word:
        if word not in _PART_CLOCK:
            return None
        hh, mm = _PART_CLOCK[word], 0
    else:
        hh = int(g["hh"] or 0)
        mm = int(g["mm"] or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "").strip()
        if ampm:
            if not 1 <= hh <= 12:
                return None
            if ampm.startswith("p") and hh != 12:
                hh += 12
            elif ampm.startswith("a") and hh == 12:
                hh = 0
        elif g.get("mil") and not g.get("tz"):
            if not ctx.lenient:
                return None
        elif not g.get("mm") and not g.get("tz"):
            return None
    if hh > 23 or mm > 59:
        return None
    if not ctx.lenient and not g.get("ampm") and not g.get("tz") and not word:
        # "4:30" alone: a score, a ratio or a Bible verse as often as a time
        if not re.search(
            r"(?i)\b(?:at|by|until|till|from|before|after|around|about|since|to|and|between)\s*$", ctx.before(12)
        ):
            return None
    tz = (g.get("tz") or "").strip().upper()
    # the zone's first word ("GMT", not the Z of "Zurich time"), with no offset
    z = "Z" if re.match(r"[A-Z]*", tz).group() in _TZ_UTC and not re.search(r"[+-]\s*\d", tz) else ""  # type: ignore[union-attr]
    a = ctx.anchor
    tpart = f"T{hh:02d}:{mm:02d}{z}"
    if a is None:
        return _Norm(f"XXXX-XX-XX{tpart}", "time", "TIME", time_only=True)
    if word == "midnight" and not ctx.lenient and ctx.tense() == "future":
        a += timedelta(days=1)  # "the strike will begin at midnight": the midnight ahead, that closes the day
    return _Norm(f"{a.isoformat()}{tpart}", "time", "TIME", interval=(a, a), time_only=True)


def _h_holiday(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    name = g["hol"] or ""
    if g.get("rel") is None and g.get("y") is None and _holiday_names_a_thing(name, ctx):
        return None
    y = _year_of(g, ctx)
    a = ctx.anchor
    if y is not None:
        d = _holiday_date(name, y)
        return _day_norm(d) if d else None
    if a is None:
        return None
    cands = []
    for yy in (a.year - 1, a.year, a.year + 1):
        d = _holiday_date(name, yy)
        if d:
            cands.append((d.isoformat(), (d, d)))
    if not cands:
        return None
    rel = _cyc_rel(g.get("rel"))
    if rel in ("last", "past", "this past"):
        cands = [c for c in cands if c[1][0] < a] or cands
        val, iv = cands[-1]
    elif rel in ("next", "coming", "this coming"):
        cands = [c for c in cands if c[1][0] > a] or cands
        val, iv = cands[0]
    else:
        val, iv = _pick(cands, a, ctx.tense(), soft=183, bias=30)
    return _Norm(val, "day", interval=iv)


def _h_week_of(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    """the first/last week (or weekend) of <month>."""
    inner = g["inner"] or ""
    sub = _Ctx(inner, 0, len(inner), ctx.anchor, ctx.tense_fixed if ctx.lenient else ctx.tense(), True)
    n = _rule_norm(inner, sub)
    if n is None or n.granularity != "month" or n.interval is None:
        return None
    s, e = n.interval
    o = (g["o"] or "").lower()
    if o in ("last", "final"):
        d = e if e.weekday() >= 3 else e - timedelta(days=7)  # the last week with most of its days in the month
    else:
        k = _ORDINALS.get(o, 1)
        d = s + timedelta(days=7 * (k - 1) + (0 if s.weekday() < 4 else 7 - s.weekday()))
    mon, sun = _week_iv(d)
    if (g.get("unit") or "").lower() == "weekend":
        return _Norm(_week_value(d) + "-WE", "week", interval=(mon + timedelta(days=5), sun))
    return _Norm(_week_value(d), "week", interval=(mon, sun))


def _h_quarter_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("y2") or g.get("y3"):  # "Q2 2026", "fourth-quarter 2006"
        g = dict(g)
        g["y"] = g["y2"] or g["y3"]
    return _h_quarter(g, ctx)


def _h_fiscal_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("yb"):
        g = dict(g)
        g["y"], g["fy"] = g["yb"], "fiscal"
    elif g.get("rel") is not None:  # "the financial year", "last fiscal year": the anchor's, shifted
        if ctx.anchor is None:
            return None
        rel = _cyc_rel(g["rel"])
        shift = 0 if rel in ("", "the", "its", "their") else _rel_shift(rel)
        return None if shift is None else _Norm(f"FY{ctx.anchor.year + shift:04d}", "year")
    return _h_fiscal(g, ctx)


def _h_clock_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("mil"):
        g = dict(g)
        m = g["mil"] or "0000"
        g["hh"], g["mm"], g["tz"] = m[:2], m[2:], g.get("tz2")
    elif g.get("hh_b"):
        g = dict(g)
        g["hh"], g["mm"], g["ampm"], g["tz"] = g["hh_b"], None, g["ampm_b"], g.get("tz_b")
    elif g.get("hh_c"):  # "2.40 PM": a dot between hours and minutes, only with a.m./p.m.
        g = dict(g)
        g["hh"], g["mm"], g["ampm"], g["tz"] = g["hh_c"], g["mm_c"], g["ampm_c"], g.get("tz_c")
    return _h_clock(g, ctx)


def _h_anaphor_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("unit_b"):
        g = dict(g)
        g["unit"] = g["unit_b"]
    return _h_anaphor(g, ctx)


def _h_duration_the(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    the = re.sub(r"\s+", " ", (g.get("the") or "").lower())
    code = _unit_code(g["unit"] or "")
    n = _num(g.get("n")) if g.get("n") else None
    if not g.get("n") and the in ("past", "last", "next", "coming"):
        return None  # "past years" is rare; "last days" (of...) is not a period
    if g.get("n") and _num(g.get("n")) is None and (g.get("n") or "").lower() not in _VAGUE_NUM:
        return None
    return _Norm(_duration(n, code), "duration", "DURATION")


def _h_set_dispatch(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if g.get("unit_b"):
        g = dict(g)
        g["unit"] = g["unit_b"]
    return _h_set(g, ctx)


def _h_dur_adj(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    if not ctx.lenient and _AGE_AFTER.match(ctx.after(12)):
        return None
    n = _num(g["n"])
    if n is None:
        return None
    code = _unit_code(g["unit"] or "")
    mod = _MOD_WORDS.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower())) if g.get("mod") else None
    return _Norm(_duration(n, code), "duration", "DURATION", mod=mod)


def _h_dur_long(g: dict[str, str | None], ctx: _Ctx) -> _Norm | None:
    unit = (g["unit"] or "").lower()
    code = _unit_code(unit)
    n = None if unit.endswith("s") else 1.0
    return _Norm(_duration(n, code), "duration", "DURATION")
