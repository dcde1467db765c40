"""Classifications: what kind of thing one event is or acts on, as outlets name it (review 10 R10/R11).

"The ministry signed a memorandum of understanding with Tessellate on Tuesday" / "The ministry signed a
contract with Tessellate on Tuesday"; "convicted her of murder" / "of manslaughter"; "rated the event level 2" /
"level 1"; "a red alert" / "an orange alert"; "downgraded Kelmar to BBB" / "to BB". The questions and their
answers are data: the ``[[classifications]]`` tables of ``models/comparison.toml`` (mutually exclusive values,
or a scale: a word before a number). The engine here only reads a report's values and sets them side by side.

What a report says
    The values of a table in its event's clause (:func:`clause_of`): the words after the trigger to the
    clause's end, and before it to the clause's start when the trigger is a noun or a passive verb ("the
    memorandum was signed"); the frame's theme noun when the clause names none. A value right after a negator
    (``negators`` of ``models/modality.toml``: "a memorandum, not a contract") or a word of rejection
    (``value_rejections``: "rather than") is not said; nor is the first of "from A to B" (the earlier one). A
    report naming two values of one table takes no side ("a memorandum that could lead to a contract").

Which reports are compared
    The reports of one event cluster (identity has them one event: one class, parties that nest, times that
    agree) told done or hedged (not planned, not denied), each sharing a named party with a report on
    another side (names matched as identity matches them) and saying nothing else of what the thing is for
    (:func:`purpose_of`: "won a contract to clean the river" / "signed a memorandum on a new plant" are two
    deals a cluster joined by their parties and day, review 11 S22); from two outlets (an article giving two values
    gives none: :func:`own_sides`). A table is a question of the cluster only when its reports tell two
    values: "signed a contract" / "signed the contract" is no question compared.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import TypeVar

from ..events.identity import DESCRIPTIONS, kin, names_match
from ..schemas import EventFrame
from .amounts import singular
from .info import Info
from .vocab import Classification, comparison

__all__ = [
    "FACET",
    "Asked",
    "Told",
    "classification_questions",
    "clause_of",
    "once",
    "provisional",
    "purpose_of",
    "purposes_apart",
    "values_of",
]

T = TypeVar("T")

#: The facet of a conflict on a classification.
FACET = "classification"

_TOLD = frozenset({"asserted", "reported", "hedged"})
#: the end of a clause: a stop or a comma that is no decimal point or thousands separator ("€6.8 million")
_CLAUSE_END = re.compile(r"[;:!?()\"“”]|[.,](?!\d)|\s[-–—]\s")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$", re.I)
_WORDS_BEFORE = re.compile(r"[A-Za-z]+(?:'t)?")
_PHRASE_WORD = re.compile(r"\S+")
#: words before a noun trigger that end its phrase (what comes before them is another phrase's)
_PREPOSITIONS = frozenset(
    {"of", "over", "for", "with", "to", "from", "by", "on", "in", "at", "after", "before", "against", "about"}
    | {"into", "under", "during", "than", "as", "and", "or", "but", "that", "which", "who"}
)
_FROM = re.compile(r"\bfrom\b(?:\s+\S+){0,2}\s*$", re.I)
#: words after a classified thing that open what it is for: "a contract to clean the river", "a memorandum on
#: a new plant", "an order for 20 jets", "a red alert over flooding"
_PURPOSE = frozenset({"to", "for", "on", "over", "about", "covering"})
#: words that end a purpose's words: its other prepositions and a verb's auxiliaries ("the memorandum on a new
#: plant was signed")
_PURPOSE_END = _PREPOSITIONS | {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}
_PURPOSE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\S")


@dataclass(frozen=True)
class Told:
    """One report for :func:`classification_questions`: its frame, its claim's info and its cluster."""

    frame: EventFrame
    info: Info
    cluster: str


@dataclass(frozen=True)
class Asked:
    """One classification question on one cluster: its detail key, wording, sides and articles answering."""

    detail: str
    wording: str
    sides: dict[str, list[Info]]
    articles: int


def clause_of(frame: EventFrame, text: str, start: int) -> str | None:
    """The words of ``frame``'s clause that may name what kind of thing it is (module docs), from the claim
    ``text`` that begins at document offset ``start``; None when the trigger lies outside it."""
    t = frame.trigger
    lo, hi = t.start - start, t.end - start
    if not (0 <= lo <= hi <= len(text)):
        return None
    after = text[hi : hi + 200]
    cut = _CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    before = text[max(0, lo - 100) : lo]
    ends = list(_CLAUSE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    if t.pos == "noun":  # its own phrase: "a category 4 storm", not "a felony over the crash"
        words = list(_PHRASE_WORD.finditer(before))
        cut = next((m.end() for m in reversed(words) if m[0].lower() in _PREPOSITIONS), 0)
        before = before[cut:]
    elif not _PASSIVE_BEFORE.search(before):
        before = ""
    return f"{before}{text[lo:hi]}{after}"


@cache
def _negators() -> tuple[frozenset[str], tuple[str, ...]]:
    from .. import lexicons

    words = frozenset(w for w in lexicons.modality().negators if " " not in w)
    return words, tuple(sorted(comparison().value_rejections))


@cache
def number_words() -> dict[str, int]:
    from ..timex.vocab import vocabulary

    return {w: i for i, w in enumerate(vocabulary().numbers.units)}


@cache
def _pattern(k: int) -> re.Pattern[str]:
    """The phrases of the ``k``-th table as one pattern (longest first), group ``v`` the value's words."""
    table = comparison().classifications[k]
    flags = 0 if table.case_sensitive else re.I
    if table.scale:
        numbers = "|".join(sorted(number_words(), key=len, reverse=True))
        words = "|".join(re.escape(w) for w in table.scale)
        return re.compile(rf"(?<![\w-])(?P<w>{words})\s*-?\s*(?P<n>\d{{1,2}}|{numbers})(?![\w.,]\d|\w)", re.I)
    phrases = sorted({p for ps in table.values.values() for p in ps}, key=len, reverse=True)
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    tail = ""
    if table.after:
        tail = r"(?=\s+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in table.after) + r")\b)"
    return re.compile(rf"(?<![\w+-])(?P<v>{alternatives})s?(?![\w+-]){tail}", flags)


def _label(table: Classification, m: re.Match[str]) -> str:
    if table.scale:
        n = m["n"].lower()
        return f"{m['w'].lower()} {number_words().get(n, n if not n.isdigit() else int(n))}"
    said = m["v"] if table.case_sensitive else m["v"].lower()
    said = re.sub(r"\s+", " ", said)
    return next(label for label, phrases in table.values.items() if said in phrases)


def _rejected(before: str) -> bool:
    """A value right after a negator or a word of rejection ("not a contract", "rather than a contract")."""
    negators, rejections = _negators()
    words = [w.lower() for w in _WORDS_BEFORE.findall(before)][-3:]
    if any(w in negators or w.endswith("n't") for w in words[-2:]):
        return True
    tail = " ".join(words)
    return any(tail.endswith(r) or tail.endswith(r + " a") or tail.endswith(r + " an") for r in rejections)


def values_of(frame: EventFrame, text: str, start: int) -> dict[int, set[str]]:
    """Table index -> the values of that ``[[classifications]]`` table ``frame``'s clause says (module docs)."""
    clause = clause_of(frame, text, start)
    out: dict[int, set[str]] = {}
    for k, table in enumerate(comparison().classifications):
        found: list[tuple[int, str]] = []
        for source in (clause, (frame.theme_noun or "").removeprefix("a:")):
            if not source:
                continue
            for m in _pattern(k).finditer(source):
                if not _rejected(source[: m.start()]):
                    found.append((m.start(), _label(table, m)))
            if found or source is not clause:
                break
        if len({v for _, v in found}) > 1 and clause:  # "from level 0 to level 1": the later one
            found = [(at, v) for at, v in found if not _FROM.search(clause[:at])]
        if found:
            out[k] = {v for _, v in found}
    return out


def provisional(frame: EventFrame, text: str, start: int) -> bool:
    """The report tells its classification as a first version (``provisional`` of ``models/comparison.toml``):
    the word in the clause before the value, or just before the event's word ("STUK has provisionally
    classified the shutdown at level 0", "a preliminary rating of level 1")."""
    clause = clause_of(frame, text, start)
    lo = frame.trigger.start - start
    if clause is None or lo < 0:
        return False
    ends = list(_CLAUSE_END.finditer(text[max(0, lo - 60) : lo]))
    before = text[max(0, lo - 60) : lo][ends[-1].end() if ends else 0 :]
    words = f" {' '.join(w.lower() for w in _WORDS_BEFORE.findall(before + ' ' + clause))} "
    return any(f" {w} " in words for w in comparison().provisional)


def own_sides(sides: Mapping[str, list[Info]]) -> dict[str, list[Info]]:
    """Without the reports of an article that gives values on two sides; {} unless two sides are left."""
    where: dict[str, set[str]] = {}
    for v, infos in sides.items():
        for i in infos:
            where.setdefault(i.article_id, set()).add(v)
    both = {a for a, vs in where.items() if len(vs) > 1}
    kept = {v: list({i.id: i for i in infos if i.article_id not in both}.values()) for v, infos in sides.items()}
    kept = {v: infos for v, infos in kept.items() if infos}
    return kept if len(kept) > 1 else {}


@cache
def _not_purpose() -> frozenset[str]:
    """Words that say nothing of what a thing is for: the tables' own value words ("a memorandum that could
    lead to a contract"), times ("on Tuesday", "for five years"), determiners and the words of a next instance
    ("a new plant" / "a new school" share no purpose)."""
    from ..timex.vocab import vocabulary
    from .objects import DETERMINERS

    v = vocabulary()
    values = {w for t in comparison().classifications for ps in t.values.values() for p in ps for w in p.split()}
    times = {*v.months, *v.weekdays, *v.units, *v.parts_of_day, *v.numbers.units, *v.numbers.tens}
    return frozenset(w.lower() for w in values | times | DETERMINERS | comparison().next_instance)


def purpose_of(frame: EventFrame, text: str, start: int) -> frozenset[str]:
    """What the thing ``frame`` classifies is for, as its clause says after the trigger: the common words after
    a word of :data:`_PURPOSE` up to the next preposition but "of" ("won a contract from the council on Tuesday
    to clean the river": {clean, river}; "for the construction of a tram depot": {construction, tram, depot},
    review 12 T19), lower case, a plural's -s off; not names, numbers, times, the parties' own
    words ("from the Tarrin council") nor the tables' value words. Empty when the clause says none."""
    t = frame.trigger
    hi = t.end - start
    if not 0 <= hi <= len(text):
        return frozenset()
    after = text[hi : hi + 200]
    cut = _CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    skip = _not_purpose() | {w.lower() for p in frame.participants for w in p.name.split()}
    out: set[str] = set()
    open_ = False
    for w in _PURPOSE_WORD.findall(after):
        low = w.lower()
        if low in _PURPOSE:
            open_ = True
        elif low in _PURPOSE_END and low != "of":  # ("for the construction of a tram depot": the depot's too)
            open_ = False
        elif open_ and w[0].islower() and low not in skip:
            out.add(singular(low))
    return frozenset(out)


def purposes_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two things told for two purposes: both say one and they share no word (nor one word's derivation)."""
    return bool(a and b) and not a & b and not any(kin(x, y) for x in a for y in b)


def _named(f: EventFrame) -> frozenset[str]:
    return frozenset(p.name for p in f.participants if p.label not in DESCRIPTIONS)


def _share(a: frozenset[str], b: frozenset[str]) -> bool:
    """A party of one is a party of the other, as identity matches names ("Tessellate" / "Tessellate Dynamics")."""
    return bool(a & b) or any(names_match(x, y) for x in a for y in b)


def classification_questions(reports: Iterable[Told], label: str) -> list[Asked]:
    """One question per cluster and ``[[classifications]]`` table that two reports of it answer, with the
    values each says (module docs). ``label``: the event's word."""
    tables = comparison().classifications
    if not tables:
        return []
    by_cluster: dict[str, list[tuple[Told, dict[int, set[str]]]]] = {}
    for r in reports:
        c = r.info.claim
        if r.frame.factuality not in _TOLD or not c.text:
            continue
        said = values_of(r.frame, c.text, c.start)
        if said:
            if r.info.revision is None and provisional(r.frame, c.text, c.start):
                r = Told(r.frame, replace(r.info, revision="initial"), r.cluster)  # (superseded by a later value)
            by_cluster.setdefault(r.cluster, []).append((r, said))
    out = []
    purposes = {
        id(r): purpose_of(r.frame, r.info.claim.text, r.info.claim.start)
        for told in by_cluster.values()
        for r, _ in told
    }
    for cid, told in sorted(by_cluster.items()):
        for k, table in enumerate(tables):
            placed = [(next(iter(s[k])), r) for r, s in told if len(s.get(k, ())) == 1]
            answered = len({r.info.group for _, r in placed})
            if answered < 2 or len({v for v, _ in placed}) < 2:
                continue  # (one value told by all is no question: "signed a contract" / "signed the contract")
            sides: dict[str, list[Info]] = {}
            for v, r in placed:
                names = _named(r.frame)
                if any(
                    w != v
                    and _share(names, _named(o.frame))
                    and o.info.group != r.info.group
                    and not purposes_apart(purposes[id(r)], purposes[id(o)])
                    for w, o in placed
                ):
                    sides.setdefault(v, []).append(r.info)
            sides = own_sides(sides)
            values = sorted(sides) or sorted({v for v, _ in placed})
            wording = f"{table.name} of {label}: {' or '.join(values)}"
            out.append(Asked(f"{cid}:class:{k}", wording, sides, answered))
    return out


def once(
    drafts: Sequence[T], facet_of: Callable[[T], str], sides_of: Callable[[T], Mapping[str, list[Info]]]
) -> list[T]:
    """``drafts`` without a classification told twice: a second conflict on a classification whose sides hold
    the same values from the same claims as one kept (a noun and its verb, "the shutdown" / "rated", in two
    clusters of one sentence), and a conflict on a figure whose sides are a scale's numbers from the claims
    of a classification's sides ("level 1" / "level 2" read as counts 1 and 2); and a second conflict on whether an
    event happened whose "yes" shares a claim and whose "no" an article with one kept (one article's "no" answering
    one claim, told twice or asked of a noun and of its verb), or whose "no" shares a claim and whose "yes" an
    article with one kept (one claim denying two things, "denied that any accident or injury had been caused",
    against one article's reports of both)."""
    kept_classes: list[dict[str, set[str]]] = []
    for d in drafts:
        if facet_of(d) == FACET:
            kept_classes.append({v: {i.id for i in infos} for v, infos in sides_of(d).items()})
    out: list[T] = []
    seen: list[dict[str, set[str]]] = []
    # (a kept "whether" conflict's "yes" claims, its "no" articles, its "no" claims, its "yes" articles)
    told_no: list[tuple[set[str], set[str], set[str], set[str]]] = []
    for d in drafts:
        sides = {v: {i.id for i in infos} for v, infos in sides_of(d).items()}
        if facet_of(d) == FACET:
            if any(s.keys() == sides.keys() and all(s[v] & sides[v] for v in sides) for s in seen):
                continue
            seen.append(sides)
        elif facet_of(d) == "factuality":
            # one article's "no", told twice (as a denial and as a negation: "denied reports that he had resigned";
            # "he has not resigned", review 23 D2; in two sentences: "said it had not opened an investigation. 'We
            # have not opened an investigation'"), or asked twice, of a noun and of its verb in two clusters ("opens
            # investigation" / "had not opened an investigation"), answering one claim's "yes": one disagreement,
            # listed once
            yes = {i for v, ids in sides.items() if v not in _NO_SIDES for i in ids}
            no = {i.article_id for v, infos in sides_of(d).items() if v in _NO_SIDES for i in infos}
            if yes and no and any(yes & y and no & n for y, n, _, _ in told_no):
                continue
            # one claim's "no" of two things ("denied that any accident or injury had been caused by the fault"),
            # asked of each, against one article's "yes": one disagreement, listed once
            no_claims = {i for v, ids in sides.items() if v in _NO_SIDES for i in ids}
            yes_articles = {i.article_id for v, infos in sides_of(d).items() if v not in _NO_SIDES for i in infos}
            if no_claims and yes_articles and any(no_claims & n and yes_articles & y for _, _, n, y in told_no):
                continue
            told_no.append((yes, no, no_claims, yes_articles))
        elif facet_of(d) == "quantity" and any(_numbers_of(c, sides) for c in kept_classes):
            continue
        out.append(d)
    return out


#: the "no" sides of a conflict on whether an event happened (reconcile/events.py ``_factuality_questions``)
_NO_SIDES = frozenset({"denied", "did not happen"})


def _numbers_of(classified: Mapping[str, set[str]], figures: Mapping[str, set[str]]) -> bool:
    """Every side of a figure's conflict is the number of a scale's value with claims of that value's side."""
    numbers = {v.rsplit(" ", 1)[-1]: ids for v, ids in classified.items()}
    return all((n := (v[:-2] if v.endswith(".0") else v)) in numbers and ids & numbers[n] for v, ids in figures.items())
