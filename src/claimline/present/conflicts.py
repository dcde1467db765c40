"""A conflict with its sides and sources, for ``claimline conflicts`` and ``claimline show``."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from ..lexicon_files import lexicon_data, time_words
from .render import plain_table

if TYPE_CHECKING:
    from rich.console import Console

    from ..reconcile.comparison import Comparison
    from ..schemas import Conflict

NOTHING_TO_COMPARE = "No question was reported by two sources: nothing to compare."


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def comparison_line(c: Comparison) -> str:
    """``12 questions compared across 9 articles: 10 agree, 2 in conflict.``, or that nothing could be compared."""
    compared, agree, conflict = c.totals()
    if not compared:
        return NOTHING_TO_COMPARE
    return (
        f"{_n(compared, 'question', 'questions')} compared across {_n(c.articles, 'article', 'articles')}: "
        f"{agree} {'agrees' if agree == 1 else 'agree'}, {conflict} in conflict."
    )


HEADERS = ("Value", "Source", "Outlet", "Date", "Cue", "Certainty", "Claim", "Side")


@cache
def _words() -> dict[str, dict[str, str]]:
    """TIMEX3 code -> the word a reader says, per table of the time vocabulary (``models/timex/en.toml``, which
    the normaliser validates): its first word for each code (``NI`` night, ``DT`` daytime, ``FA`` autumn,
    ``END`` late, ``APPROX`` about, ``M`` month, ``TM`` minute). Read by the normaliser's own loader
    (:func:`~claimline.lexicon_files.time_words`, tomllib alone): the conflicts listing stays light and the
    words are the normaliser's, defined and read once (review 8 V11, review 9 W30)."""
    raw = time_words()
    out: dict[str, dict[str, str]] = {}
    for table in ("parts_of_day", "seasons", "edge_modifiers", "modifiers", "units"):
        names: dict[str, str] = {}
        for word, code in raw.get(table, {}).items():
            names.setdefault(str(code), word)
        out[table] = names
    return out


def _said(table: str, code: str) -> str:
    """The reader's word for a TIMEX3 code (:func:`_words`), else the code in lower case ("BEFORE": before)."""
    return _words()[table].get(code, code.lower())


def _mod(code: str) -> str:
    return _said("edge_modifiers", code) if code in _words()["edge_modifiers"] else _said("modifiers", code)


#: TIMEX3 units after ``T`` (a time): ``M`` is minutes there (``PT30M``, the vocabulary's ``TM``), months before
#: it (``P18M``).
_TIME_CODE = {"H": "H", "M": "TM", "S": "S"}
_NUM = r"\d+(?:\.\d+)?"
_DURATION = re.compile(rf"\bP((?:{_NUM}[YMWD])*)(?:T((?:{_NUM}[HMS])+))?(?<!P)\b")
_MINUTES = re.compile(rf"\bPT?({_NUM})MIN\b")
_PART = re.compile(rf"({_NUM})([A-Z])")
_WEEK = re.compile(r"\b(\d{4})-W(\d{2})\b")
_QUARTER = re.compile(r"\b(\d{4})-Q([1-4])\b")
_SEASON = re.compile(r"\b(\d{4})-(SP|SU|FA|WI)\b")
_DAY_PART = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI|DT)\b")
_DAY_TIME = re.compile(r"\b(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?\b")
_TIMEX_MOD = re.compile(r"\((START|MID|END|APPROX|BEFORE|AFTER)\)")
_BIG = re.compile(r"(?<![\d.,-])(\d{4,})(?![\d-])")


def _plural(n: str, unit: str) -> str:
    return f"{n} {unit}" + ("" if n == "1" else "s")


def _duration(m: re.Match[str]) -> str:
    """A TIMEX3 duration in words: ``P1Y6M`` -> ``1 year 6 months``, ``PT30M`` -> ``30 minutes``."""
    parts = [_plural(n, _said("units", u)) for n, u in _PART.findall(m[1] or "")]
    parts += [_plural(n, _said("units", _TIME_CODE[u])) for n, u in _PART.findall(m[2] or "")]
    return " ".join(parts) if parts else m[0]


def readable(value: str, facet: str | None = None) -> str:
    """A side's value as a reader says it, TIMEX3 codes spelled out (JSON keeps the value as it is):
    ``P18M`` -> ``18 months``, ``PT30M`` -> ``30 minutes``, ``P1Y6M`` -> ``1 year 6 months``,
    ``2026-W10`` -> ``week 10 of 2026``, ``2026-Q1`` -> ``Q1 2026``, ``2026-SU`` -> ``summer 2026``,
    ``2026-10-17TMO`` -> ``2026-10-17 morning``, ``2026-10-19T07:40`` ->
    ``2026-10-19 07:40``, ``2026-09 (START)`` -> ``2026-09 (early)``; an amount (``facet="quantity"``)
    ``120000000 EUR`` -> ``120,000,000 EUR``. Dates stay ISO, as in the Date column."""
    out = _DAY_PART.sub(lambda m: f"{m[1]} {_said('parts_of_day', m[2])}", value)
    out = _DAY_TIME.sub(lambda m: f"{m[1]} {m[2]}", out)
    out = _MINUTES.sub(lambda m: _plural(m[1], _said("units", "TM")), out)
    out = _DURATION.sub(_duration, out)
    out = _WEEK.sub(lambda m: f"week {int(m[2])} of {m[1]}", out)
    out = _QUARTER.sub(lambda m: f"Q{m[2]} {m[1]}", out)
    out = _SEASON.sub(lambda m: f"{_said('seasons', m[2])} {m[1]}", out)
    out = _TIMEX_MOD.sub(lambda m: f"({_mod(m[1])})", out)
    if facet == "quantity":  # thousands separated
        out = _BIG.sub(lambda m: f"{int(m[1]):,}", out)
    return out


def readable_reason(c: Any) -> str:
    """A conflict's reason (the verdict's, else its own) with its values as :func:`readable` says them."""
    reason = (c.resolution.reason if c.resolution else c.reason) or ""
    return _readable_text(reason, [side.value for side in c.sides], c.facet)


def _readable_text(text: str, values: list[str], facet: str) -> str:
    """``text`` (a verdict's reason) with each side value as :func:`readable` says it."""
    for v in sorted(values, key=len, reverse=True):
        shown = readable(v, facet)
        if shown != v:
            text = re.sub(rf"(?<![\w-]){re.escape(v)}(?![\w-])", shown.replace("\\", "\\\\"), text)
    return text


#: The facet of classifications (:mod:`claimline.reconcile.classification`; not imported: the listing stays light).
CLASSIFICATION = "classification"


@cache
def _kinds() -> tuple[tuple[str, dict[str, list[str]], bool], ...]:
    """``[[classifications]]`` of ``models/comparison.toml`` with its ``CLAIMLINE_LEXICONS`` additions (validated
    by :mod:`claimline.reconcile.vocab`; read by :func:`~claimline.lexicon_files.lexicon_data`): (name, label ->
    phrases, case sensitive) of each table of kinds (a scale's value is its level, written as the text has it)."""
    return tuple(
        (str(table["name"]), dict(table["values"]), bool(table.get("case_sensitive")))
        for table in lexicon_data("comparison.toml").get("classifications", [])
        if table.get("values")
    )


def said_as(question: str, label: str, text: str) -> str | None:
    """The phrase of a classification's ``label`` that a report's ``text`` uses ("letter of intent" for "memorandum
    of understanding"), when it is not the label itself; None when the text has none of its phrases (review 11,
    S23: the listing shows the words of the articles, the label in brackets)."""
    for name, values, case in _kinds():
        if not question.startswith(name) or label not in values:
            continue
        for phrase in sorted(values[label], key=len, reverse=True):
            words = r"[\s-]+".join(re.escape(w) for w in str(phrase).split())
            m = re.search(rf"(?<![\w-]){words}s?(?![\w-])", text, 0 if case else re.IGNORECASE)
            if m:
                return None if m[0].casefold() == label.casefold() else m[0]
    return None


def _value(d: dict[str, Any], side: dict[str, Any], ref: dict[str, Any], texts: Mapping[str, str]) -> str:
    value = readable(side["value"], d["facet"])
    text = texts.get(ref["claim_id"]) if d["facet"] == CLASSIFICATION else None
    phrase = said_as(d.get("question") or "", side["value"], text) if text else None
    return f"{phrase} ({value})" if phrase else value


def _parts(
    c: Conflict | dict[str, Any], texts: Mapping[str, str] | None = None
) -> tuple[str, list[tuple[str, ...]], str | None]:
    """A conflict's heading, its rows (:data:`HEADERS`: one per report) and its reason. ``texts``: claim id ->
    text, of the claims of classification conflicts (each row then gives the phrase its report used)."""
    d: dict[str, Any] = c if isinstance(c, dict) else c.model_dump(mode="json")  # a view is its JSON
    res = d["resolution"]
    verdict = d["status"].upper()
    if res:
        verdict += f": {readable(res['value'], d['facet'])}"
    elif d["margin"] is not None:
        verdict += f" (margin {d['margin']:.2f})"
    event = d.get("event")
    if event:  # a conflict on an event: its question names the event; which outlets report it
        clusters, outlets = ", ".join(event["cluster_ids"]), ", ".join(event["outlets"])
        head = (
            f"{d['id']}  {d['facet']}: {d['question']}   {verdict}"
            f"\n  Event: {event['label']} ({clusters}); outlets: {outlets}"
        )
    elif _names_more(d):  # "date: date of start — OpenAI / NATO": which date (review 10, R30)
        head = f"{d['id']}  {d['facet']}: {d['question']}   {verdict}"
    else:
        head = f"{d['id']}  {d['facet']} — {' / '.join(d['subject'])}   {verdict}"
    rows = [
        (
            _value(d, side, ref, texts or {}),
            ref["source"] or "(author)",
            ref.get("outlet") or ref["publisher"] or "",
            ref["published"] or "",
            ref["cue"] or "",
            ref["modality"],
            ref["claim_id"],
            side["status"],
        )
        for side in d["sides"]
        for ref in side["sources"]
    ]
    reason = res["reason"] if res else d["reason"]
    if reason:
        reason = _readable_text(reason, [side["value"] for side in d["sides"]], d["facet"])
    return head, rows, reason


def _names_more(d: dict[str, Any]) -> bool:
    """Whether a conflict's question says more than its facet ("date of start", "planned date of begin"; not
    "network tier" of ``network_tier`` nor "use for targeting" of ``scope:targeting``)."""
    what = (d.get("question") or "").split(" — ")[0]
    return bool(what) and not d["facet"].startswith("scope:") and what != d["facet"].replace("_", " ")


def plain_blocks(
    conflicts: Iterable[Conflict | dict[str, Any]], texts: Mapping[str, str] | None = None
) -> Iterator[str]:
    """The blocks of :func:`conflict_block` off a terminal, one text each (for ``writelines``)."""
    for c in conflicts:
        head, rows, reason = _parts(c, texts)
        yield head + "\n" + plain_table(HEADERS, rows) + (f"  Reason: {reason}\n\n" if reason else "\n")


def conflict_block(c: Conflict | dict[str, Any], console: Console, texts: Mapping[str, str] | None = None) -> None:
    """One conflict: its question, verdict, a row per report and the reason (plain text off a terminal)."""
    if not console.is_terminal:
        console.file.writelines(plain_blocks([c], texts))
        return
    from rich.table import Table

    head, rows, reason = _parts(c, texts)
    console.print(f"[bold]{head}[/bold]", soft_wrap=True)
    t = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for col in HEADERS:
        t.add_column(col, overflow="fold")
    for row in rows:
        t.add_row(*row)
    console.print(t)
    if reason:
        console.print(f"  Reason: {reason}", markup=False, soft_wrap=True)
    console.print("")
