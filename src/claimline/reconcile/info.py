"""What reconciliation needs to know of each claim: its source unit, syndication group, weight and time span."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from functools import cache, wraps
from types import MappingProxyType
from typing import Any, TypeVar

from ..events.display import outlet_name
from ..extraction.fingerprint import near_duplicate_groups
from ..schemas import Article, Claim
from .weights import CERTAINTY_WEIGHT, SOURCE_KIND_WEIGHT

_V = TypeVar("_V")

_FROM_WORDS = r"(?:from|since|starting|beginning|as\s+of|effective|commencing)"
_FROM = re.compile(rf"^\s*{_FROM_WORDS}\b", re.I)
_INITIAL_BEFORE = re.compile(
    r"\b(?:initially|originally|previously|at first|first (?:reported|expected|planned|announced|scheduled)|"
    r"(?:had|has) been (?:expected|planned|scheduled|due|set))\b[^.;]{0,60}$",
    re.I,
)
WORD_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_FROM_BEFORE = re.compile(rf"\b{_FROM_WORDS}(?:\s+(?:in|on|at))?\s+(?:the\s+)?$", re.I)
_OPEN_BEFORE = frozenset({"BEFORE", "ON_OR_BEFORE", "LESS_THAN", "EQUAL_OR_LESS"})
_OPEN_AFTER = frozenset({"AFTER", "ON_OR_AFTER", "MORE_THAN", "EQUAL_OR_MORE"})


# ================================================================ claim info
@dataclass(slots=True)
class Info:
    claim: Claim
    id: str
    article_id: str
    publisher: str | None
    published: date | None
    group: str  # syndication group (representative article id)
    speaker: str
    unit: str  # independent source unit for the vote
    rel_key: str | None  # reliability key: source actor or publisher
    kind: str  # key of SOURCE_KIND_WEIGHT
    base: float  # certainty x source kind
    counts: bool  # support that counts (not speculative)
    revision: str | None
    span: tuple[int, int] | None  # claim time as ordinals (for compatibility)
    who: str  # human label of the source
    cited: bool  # cites unnamed coverage ("a news agency reported", "reports say")
    outlet: str | None = None  # who published it, for a reader (events.display.outlet_name); display only
    on_record: bool = False  # told by a named person or body (not an outlet, not unnamed sources): verdict._by_record

    def describe(self) -> str:
        when = self.published.isoformat() if self.published else "undated"
        where = self.outlet or self.publisher or f"article {self.article_id}"
        if self.kind == "author":
            return f"claim {self.id} ({where}, {when})"
        return f"claim {self.id} ({self.who}, in {where}, {when})"


def one_side_each(sides: dict[str, list[Info]], key: Callable[[Info], str]) -> dict[str, list[Info]]:
    """``sides`` without the reports of a holder (``key``: an article, a group of copies) that gives values on two
    sides (a part and a whole, two readings of one text); ``{}`` when fewer than two sides are left."""
    where: dict[str, set[str]] = {}
    for v, infos in sides.items():
        for i in infos:
            where.setdefault(key(i), set()).add(v)
    both = {k for k, vs in where.items() if len(vs) > 1}
    kept = {v: [i for i in infos if key(i) not in both] for v, infos in sides.items()}
    kept = {v: infos for v, infos in kept.items() if infos}
    return kept if len(kept) > 1 else {}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _actors_named(claims: Iterable[Claim]) -> dict[str, str]:
    """The source actors the claims resolve, by their name as written (without "the")."""
    return {_outlet_key(c.source.actor): c.source.actor for c in claims if c.source is not None and c.source.actor}


def _named_as(text: str | None, named: Mapping[str, str]) -> str | None:
    """The resolved actor a source's words name, when they are a proper name (every word capitalised, two words or
    more: "Marrow University", not "the university" nor "A spokeswoman") that another claim's source resolved."""
    if not text:
        return None
    words = text.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    return named.get(_outlet_key(" ".join(words)))


@cache
def _institution_nouns() -> frozenset[str]:
    """Head nouns of a definite description naming a body on record: models/actors.toml's ``institutions`` and
    the description nouns of its actor types (not people's, media's, nor the anonymous nouns)."""
    from .. import lexicons

    lex = lexicons.actors()
    nouns = {n.lower() for n in lex.institutions}
    for name, t in lex.types.items():
        if name not in ("person", "media"):
            nouns.update(n.lower() for n in (*t.nouns, *t.kinds))
    return frozenset(nouns - {a.lower() for a in lex.anonymous})


def institution_source(text: str) -> bool:
    """ "the hospital", "the regional fire service", "The Port Authority": a definite description (at most five
    words) whose last word names an institution — a body speaking on record, though no actor resolves it."""
    words = WORD_RE.findall(text.lower())
    return 2 <= len(words) <= 5 and words[0] == "the" and words[-1] in _institution_nouns()


def _head(words: list[str]) -> str:
    """The head noun of a short noun phrase: the word before its first preposition ("the mayor of Harl", "a
    spokesman for the bureau"), else its last word."""
    cut = next((k for k, w in enumerate(words) if k and w in _HEAD_ENDS), len(words))
    return words[cut - 1]


_HEAD_ENDS = frozenset({"of", "for", "at", "from", "in"})


def _office_of(text: str, actor: str) -> bool:
    """The source's words are headed by a noun the resolved actor's name only modifies ("The mayor of Harl" ->
    Harl, "the Portsea court" -> Portsea): the office or body speaks, not the place named beside it — shown by its
    words. Not a description resolved to its actor ("the airline" is Nordair), nor a body a spokesperson speaks for
    ("a Halder Foods spokesman")."""
    words = WORD_RE.findall(text.lower())
    named = WORD_RE.findall(actor.lower())
    if not 2 <= len(words) <= 8 or not named:
        return False
    head = _head(words)
    if head in named:
        return False
    at = next((k for k in range(len(words) - len(named) + 1) if words[k : k + len(named)] == named), None)
    # "<head> of <actor>" ("The mayor of Harl"), or an institution headed by the actor's name ("the Portsea court")
    return at is not None and ((at > 0 and words[at - 1] == "of") or head in _institution_nouns())


_ABBREVIATION = re.compile(r"\s*\([^()]*\)$")


def _outlet_key(name: str) -> str:
    """An outlet's name as a vote unit: "The Lowland Wire" and "Lowland Wire" are one outlet."""
    key = _norm(name)
    return key[4:] if key.startswith("the ") else key


def _time_span(claim: Claim, *, open_mods: bool = True) -> tuple[int, int] | None:
    t = claim.time
    if t is None or (t.start is None and t.end is None):
        return None
    start = t.start or t.end
    end = t.end or t.start
    assert start is not None and end is not None
    lo, hi = start.toordinal(), end.toordinal()
    if hi < lo:
        lo, hi = hi, lo
    mod = (t.mod or "").upper()
    if open_mods and mod in _OPEN_BEFORE:
        lo = date.min.toordinal()
    elif open_mods and mod in _OPEN_AFTER:
        hi = date.max.toordinal()
    elif mod == "APPROX":
        pad = max(3, (hi - lo + 1) // 4)
        lo, hi = lo - pad, hi + pad
    return lo, hi


def time_offset(claim: Claim) -> int | None:
    """Offset of the claim's time in ``claim.text``, or None when unknown."""
    t = claim.time
    if t is None or t.char_start is None or not (claim.start <= t.char_start <= claim.end):
        return None
    return t.char_start - claim.start


def _time_outside(claim: Claim) -> bool:
    """The time sits outside the claim's content ("NATO said on Thursday that ..."):
    it dates the statement, not what the claim is about."""
    t = claim.time
    return t is not None and t.char_start is not None and not (claim.start <= t.char_start < claim.end)


def starts_from(claim: Claim) -> bool:
    """The claim's time reads "from X" / "starting X" / "since X" (in its text or just before it)."""
    t = claim.time
    if t is None:
        return False
    if _FROM.match(t.text or ""):
        return True
    offset = time_offset(claim)
    if offset is None:
        return False
    return bool(_FROM_BEFORE.search(claim.text[max(0, offset - 32) : offset]))


def time_is_initial(claim: Claim) -> bool:
    """The sentence marks the claim's time as the earlier version ("initially
    expected to begin in October, is now expected in January")."""
    return initial_at(claim, time_offset(claim))


def initial_at(claim: Claim, offset: int | None) -> bool:
    """The words before ``offset`` (in ``claim.text``) mark the time there as the earlier version."""
    if offset is None or not 0 <= offset <= len(claim.text):
        return False
    return bool(_INITIAL_BEFORE.search(claim.text[max(0, offset - 60) : offset]))


def _validity_span(claim: Claim, published: date | None) -> tuple[int, int] | None:
    """The period a tier/scope/polarity claim holds for, or None (any time).

    A time outside the claim's content, or a day or week on or up to 31 days
    before publication ("said on Monday", "last week"), dates the statement,
    not the state it describes, so it does not restrict the claim.
    """
    span = _time_span(claim)
    t = claim.time
    if span is None or t is None or _time_outside(claim):
        return None
    if published is None:
        return span
    pub = published.toordinal()
    if t.granularity in ("time", "day", "week") and span[1] <= pub and pub - span[0] <= 31:
        return None
    return span


#: While a reconciliation runs (:func:`spans_kept`): ``id(claim)`` -> (the claim, its :func:`date_span`); else None
_SPANS: dict[int, tuple[Any, tuple[int, int] | None]] | None = None


@contextmanager
def spans_kept() -> Iterator[None]:
    """Within it, :func:`date_span` computes each claim's span once: filing, the cheap test before a
    question is drafted, the objects told apart, the sides and the plans told apart each ask it of the
    same claims (~2,300 calls for ~850 claims refreshing an article into a 100k-claim store). A
    reconciliation does not change a claim it reads (stored claims are read-only light objects); each
    claim is held by the memo, so an id is never another claim's while it lasts."""
    global _SPANS, _KEPT
    if _SPANS is not None:
        yield
        return
    _SPANS, _KEPT = {}, {}
    try:
        yield
    finally:
        _SPANS = _KEPT = None


#: While a reconciliation runs (:func:`spans_kept`): ``(function, id(claim))`` -> (the claim, its value); else None
_KEPT: dict[tuple[Callable[..., Any], int], tuple[Any, Any]] | None = None


def kept_per_claim(fn: Callable[[Any], _V]) -> Callable[[Any], _V]:
    """``fn``, a pure function of a claim, computed once per claim within :func:`spans_kept`, as
    :func:`date_span` is (filing asks a claim's date event and polarity of it once for each of its
    subjects, and again when the claims of the questions found are grouped)."""

    @wraps(fn)
    def kept(claim: Any) -> _V:
        memo = _KEPT
        if memo is None:
            return fn(claim)
        key = (fn, id(claim))
        hit = memo.get(key)
        if hit is not None and hit[0] is claim:
            return hit[1]
        value = fn(claim)
        memo[key] = (claim, value)
        return value

    return kept


def date_span(claim: Claim) -> tuple[int, int] | None:
    """The event time of a date claim; "from X" is the start point X, never open-ended.

    None when the time sits outside the claim's content (the statement date).
    """
    memo = _SPANS
    if memo is None:
        return _date_span(claim)
    hit = memo.get(id(claim))
    if hit is not None and hit[0] is claim:
        return hit[1]
    span = _date_span(claim)
    memo[id(claim)] = (claim, span)
    return span


def _date_span(claim: Claim) -> tuple[int, int] | None:
    if _time_outside(claim):
        return None
    span = _time_span(claim, open_mods=not starts_from(claim))
    if span is None or claim.time is None or claim.time.mod:
        return span
    bound = time_bound(claim)
    if bound == "until":  # "must repay the loan by Friday": on or before Friday
        return date.min.toordinal(), span[1]
    if bound == "after":  # "will sign no earlier than 15 July"
        return span[0], date.max.toordinal()
    from .readings import day_reach  # (lazily: the light query paths read claims' spans without pydantic)

    offset = time_offset(claim)
    before, after = day_reach(claim.time, claim.text[max(0, offset - 40) : offset] if offset is not None else "")
    return span[0] - before, span[1] + after  # "late on Tuesday" reaches into Wednesday (review 8 V19)


#: the prepositions that make a time the bound an event happens by ("repay by Friday", "before June",
#: "closed until Friday"), as event times read them (events/timing.py); phrases: ``[time_bounds]``
_BY = frozenset({"by", "before", "until", "till", "through"})
_NOT_UNTIL = frozenset({"until", "till"})
_BOUND_WORDS = re.compile(r"([a-z]+(?:\s+[a-z]+){0,3})\s*$")


def time_bound(claim: Claim) -> str | None:
    """``until`` or ``after`` when the words just before the claim's time make it a bound of its event
    rather than its date: ``[time_bounds]`` of ``models/events.toml`` ("no later than", "not before"),
    else a preposition of :data:`_BY` (until; after in a negated claim: "would not resume before
    4 January"), or "after"."""
    offset = time_offset(claim)
    if offset is None:
        return None
    m = _BOUND_WORDS.search(claim.text[max(0, offset - 40) : offset].lower())
    if m is None:
        return None
    before = " " + " ".join(m[1].split())
    from ..events.lexicon import lexicon

    for phrase, kind in lexicon().time_bounds.items():
        if before.endswith(" " + phrase):
            return kind
    last = before.rsplit(" ", 1)[-1]
    if last in _BY and claim.negated:
        # negated, "before" / "by" turn: "would not resume before 4 January" is on or after it; "not ... until"
        # dates the event: "did not sign the contract until Friday" (it was signed on Friday, as event times
        # read it: events/timing.py)
        return None if last in _NOT_UNTIL else "after"
    if last in _BY:
        return "until"
    return "after" if last == "after" else None


def _syndication(articles: Mapping[str, Article], ids: Iterable[str]) -> dict[str, str]:
    """article id -> representative article id of its syndication group."""
    fps = {}
    for aid in ids:
        art = articles.get(aid)
        if art is not None and art.fingerprint:
            fps[aid] = art.fingerprint
    rep: dict[str, str] = {}
    for group in near_duplicate_groups(fps):

        def key(aid: str) -> tuple[date, str]:
            published = articles[aid].published
            return (published or date.max, aid)

        first = min(group, key=key)
        for aid in group:
            rep[aid] = first
    return rep


#: the outlets of the whole store (:func:`outlets_known`), beside those of the articles a call is given
_KNOWN_OUTLETS: ContextVar[frozenset[str]] = ContextVar("known_outlets", default=frozenset())


@contextmanager
def outlets_known(publishers: Iterable[str]) -> Iterator[None]:
    """Within it, :func:`claim_infos` counts every publisher of ``publishers`` (the store's) as an outlet, not
    only those of the articles it is given: an outlet quoted by another weighs the same whether its own
    articles were loaded (a whole refresh) or not (an incremental one)."""
    token = _KNOWN_OUTLETS.set(frozenset(_outlet_key(p) for p in publishers if p))
    try:
        yield
    finally:
        _KNOWN_OUTLETS.reset(token)


#: the source actors of the whole store's claims by their name as written (:func:`actors_known`)
_KNOWN_ACTORS: ContextVar[Mapping[str, str]] = ContextVar("known_actors", default=MappingProxyType({}))


@contextmanager
def actors_known(actors: Iterable[str]) -> Iterator[None]:
    """Within it, :func:`claim_infos` reads a source's proper name as an actor any claim of ``actors`` (the store's
    source actors) resolves, not only one of the claims it is given: a source is named alike whether the claims
    naming it were recomputed with it (a whole refresh) or not (an incremental one)."""
    token = _KNOWN_ACTORS.set({_outlet_key(a): a for a in actors if a})
    try:
        yield
    finally:
        _KNOWN_ACTORS.reset(token)


def claim_infos(
    claims: Iterable[Claim],
    articles: Mapping[str, Article],
    implied: Mapping[str, tuple[str, ...]] | None = None,
    *,
    among: Iterable[str] | None = None,
) -> dict[str, Info]:
    """Each claim's :class:`Info`; syndicated copies are told apart among the claims' articles (or
    ``among``: the articles of a larger set the claims were taken from)."""
    seen: dict[str, Claim] = {}
    for c in claims:
        seen.setdefault(c.id, c)
    rep = _syndication(articles, {c.article_id for c in seen.values()} if among is None else among)
    # an outlet quoted by another outlet is the same independent source as its own articles
    outlets = {_outlet_key(a.publisher) for a in articles.values() if a.publisher} | _KNOWN_OUTLETS.get()
    # an outlet's name without its abbreviation ("Central European Wire (cew)"): a source so named is an outlet,
    # not a person or body on record
    outlet_names = outlets | {_ABBREVIATION.sub("", k) for k in outlets}
    named = {**_KNOWN_ACTORS.get(), **_actors_named(seen.values())}
    out: dict[str, Info] = {}
    for c in seen.values():
        art = articles.get(c.article_id)
        publisher = art.publisher if art else None
        published = art.published if art else None
        group = rep.get(c.article_id, c.article_id)
        group_art = articles.get(group)
        group_pub = group_art.publisher if group_art else publisher
        src = c.source
        quoted_outlet = False  # the source is an outlet of the input, named: not unnamed coverage
        outlet_unit = f"pub:{_outlet_key(group_pub)}" if group_pub else f"art:{group}"
        on_record = False
        if src is None:
            kind, speaker, unit = "author", "author", outlet_unit
            who = publisher or "the outlet"
            rel_key = group_pub
        else:
            kind = src.kind
            actor = src.actor
            subject = c.subject
            if actor is None and (actor := _named_as(src.text, named)) is not None:
                # a name the entity recogniser missed in this sentence but resolved elsewhere is that actor,
                # weighed as it is there, and a claim with no subject of its own is about it ("Marrow University
                # denied that it will close ...": review 18 Z17)
                kind = "named" if kind in ("anonymous", "official") else kind
                subject = subject or (actor if not c.actors else None)
            body = kind == "anonymous" and not actor and institution_source(src.text)
            if body:
                kind = "named"  # "the hospital said": a body on record, not unnamed sources
            if actor and (actor == subject or actor in c.actors or (implied and actor in implied.get(c.id, ()))):
                kind = "official"
            elif kind == "official" and not actor:
                kind = "named"
            if actor:
                speaker = unit = f"actor:{actor}"
                if _outlet_key(actor) in outlets:
                    unit = f"pub:{_outlet_key(actor)}"
                on_record = kind in ("official", "named") and _outlet_key(actor) not in outlet_names
                # "The mayor of Harl", "the Portsea court": the office or body speaks, not the place its phrase names
                who = f'"{src.text}"' if _office_of(src.text, actor) else actor
                rel_key = actor
            else:
                speaker = f"{src.kind}:{_norm(src.text)}"
                unit = f"src:{_norm(src.text)}" if src.kind in ("named", "outlet") else outlet_unit
                if src.kind in ("named", "outlet") and _outlet_key(src.text) in outlets:
                    unit, quoted_outlet = f"pub:{_outlet_key(src.text)}", True
                if src.kind in ("named", "outlet") or body:
                    who = f'"{src.text}"'
                elif src.kind == "report":
                    who = f'a report ("{src.text}")'
                else:
                    who = f'unnamed sources ("{src.text}")'
                rel_key = group_pub
                on_record = body
            if kind == "official":
                who = f"official statement by {who}"
        base = CERTAINTY_WEIGHT.get(c.modality, 0.5) * SOURCE_KIND_WEIGHT.get(kind, 0.5)
        out[c.id] = Info(
            claim=c,
            id=c.id,
            article_id=c.article_id,
            publisher=publisher,
            published=published,
            group=group,
            speaker=speaker,
            unit=unit,
            rel_key=rel_key,
            kind=kind,
            base=base,
            counts=c.modality != "speculative",
            revision=c.revision,
            span=_validity_span(c, published),
            who=who,
            cited=src is not None and not src.actor and src.kind in ("outlet", "report") and not quoted_outlet,
            outlet=outlet_name(art),
            on_record=on_record,
        )
    return out


def same_speaker(a: Info, b: Info) -> bool:
    """Two claims told by one speaker in other words: the same resolved actor, or the head noun of one source's
    words among the other's ("the mayor" / "The mayor of Harl", "its director" / "the festival's director", "the
    park" / "the park's owner")."""
    x, y = a.claim.source, b.claim.source
    if x is None or y is None:
        return False
    if x.actor and x.actor == y.actor:
        return True
    wx, wy = WORD_RE.findall(x.text.lower()), WORD_RE.findall(y.text.lower())
    return bool(wx and wy) and (_head(wx) in wy or _head(wy) in wx)


def same_source(a: Info, b: Info) -> bool:
    if a.speaker != b.speaker:
        return False
    return a.group == b.group or (a.publisher is not None and a.publisher == b.publisher)
