"""Event identity across articles, and incremental clustering of frames into events.

Two frames refer to one event (:func:`same_event`) when nothing in them
contradicts it (:func:`compatible`) and something links them (:func:`linked`).

Compatible
    1. **classes**: equal, or one is a hypernym of the other
       (``models/events.toml``: "bought" / acquire and "the deal" /
       transaction; sign and buy are not). Frames of class ``other`` match by
       lemma only; so do a figure's frames (class ``measure``: "3,000 cubic metres", "four supermarkets"),
       by the thing they measure (the lemma, or one ``[counted]`` thing of :func:`measured`; one noun told with more
       or fewer words before it or by a synonym, "customer accounts" / "accounts", "vessels" / "ships":
       :func:`~claimline.events.measures.same_thing`): the figures of one article's sentences share its names, and two
       figures of two things are two events; a figure meets an event whose own amount or object is its thing
       ("12 radars" / "ordered ten radars"). Commentary
       (speech, opinion) is never merged, except for syndicated copies: two people saying things are two
       statements — and one speaker's statement reported twice in one article, when the two say one thing
       (the events their claims report share a word: :func:`statement_contents`). Classes of one
       *family* (``[families]``: "announced" / "reported", "delayed" / "suspended", "awarded" /
       "signed") are compatible on stronger evidence (:func:`kindred_classes`): both planned or
       both not, and they are linked only by their parties, both naming one and the parties of
       the one naming fewer all among the other's;
    2. **participants**, role by role: when both frames name agents, they
       share one; when both name a theme or counterpart (one pool: "awarded a
       contract to X" and "awarded X the contract" name X in either role),
       they share one. A role one report leaves out contradicts nothing. In a
       class marked ``symmetric`` (agree, meet, merge: "X signed with Y" is
       "Y signed with X") roles do not count: the parties one report names
       must all be among the other's — except that two reports naming one
       party each may name the two sides ("the agency signed", "Hornwing
       signed"). Names match when equal
       (case-insensitive) or when the shorter, not a gazetteer actor, is a run
       of words starting the longer ("Nordvault" / "Nordvault Systems"), or
       ending a person's name ("Ilves" / "Rasmus Ilves") — :func:`names_match`.
       Nationality words (NER ``NORP``: "Estonian", "Danish") and other roles
       (places, instruments) neither link nor contradict; a country does not
       contradict a state body in its role ("Latvia picked Skyvale", "the
       procurement authority awarded Skyvale": a government body of the
       gazetteer, or a name whose head is one of ``party_descriptions``);
    3. **times** at their granularities: the intervals overlap (a day inside
       its month does, 2 and 23 February do not). A frame without a time in
       the text counts as happening within ``REPORT_WINDOW_DAYS`` before its
       article's publication (from then on, open-ended, when ``expected``; a
       class may set a narrower window: markets move daily); with
       neither, its time is unknown and compatible with any. Two reports whose times lie
       further apart than the *horizon* of their classes (``horizon_days``, default 400 days: two
       news reports years apart are not one event; a market's moves a week) are not even one
       event but for its time (:func:`within_reach`, which the families of
       :mod:`claimline.reconcile.events` use); for a report without a time in the text, its time
       is its report's, and when it is the later of the two the horizon is at most
       ``undated_horizon_days`` (a report of something long past would date it; a plan's date may
       lie months after an undated report of it).

Linked
    * a **participant** named by both (agent, theme or counterpart, by
      :func:`names_match`) — or, when neither names one, a place or other
      named circumstance ("a test at Skrydstrup Air Base"); or
    * the **same article**, when one of the two names no participant and their
      triggers are one word or its derivation ("the deal" after "a deal",
      "the delivery" after "delivered"), or both are of one ``incident`` class
      ("the blast" after "an explosion at the plant"): it refers back;
    * **the same specific time** from the text, when one of the two has no
      party at all (not even "the Danish navy") and their triggers are one
      word or its derivation: "the first test, on 22 June" in one outlet,
      "Hornwing will test … on 22 June" in another. Specific: a day or a week,
      or a range across years — not a month, quarter or year, which many
      events share ("a loss in 2005");
    * **one event measured twice** (:meth:`EventClusters.add`, not :func:`linked`: it takes the
      story): a report naming no party with a count or a duration ("three people were injured", "a
      48-hour strike") joins the one cluster of another article measuring the same thing in its class
      ("seven people were injured") when the two articles report some other event in one cluster
      already, nothing else of its article measures it, and every pair is compatible; a figure no event word
      holds ("the outage left 1.2 million customers without service", class ``measure``) is such a report: the
      names it holds are its sentence's, no party of the figure (not a figure of people, compared under its verb);
      and a count told as done whose own sentence names no party (:func:`story_figure`: it holds only its article's
      main party, another in each outlet) contradicts no party of the cluster it joins;
    * **the story's parties** (:meth:`EventClusters.add`, not :func:`linked`): reports of an event
      their article names no party of ("the strike was called off"), when no report of their article
      names one, join the one event of another article of the story (one reporting an event this
      article reports, in one cluster with it) that names a party this article names, reports it with
      the same word, its derivation or a synonym, and is compatible with them pair by pair ("the strike"
      in one outlet, "drivers at Ardglen Transport went on strike" in another, both naming Ardglen
      Transport elsewhere);
    * **the story's one event of its kind** (:meth:`EventClusters.add`, not :func:`linked`): the reports of
      an event the newly added article names no party of (no report of the cluster names one: "the lift of
      the order", "a quarter-point cut", "three people were killed"), when the article reports no other
      event of a related class, join the one event of another article of its story (the articles reporting
      an event this article reports, in one cluster with it; a story by a party's name alone is not one: many
      stories name one ministry) that is compatible with them pair by pair, of a related class, naming no
      places and acting on no things apart — only when exactly one such cluster is in the story (at most
      :data:`STORY_ARTICLES` articles; of several, the one tied to it when the others are told with other words:
      "the lifting of the order" is not "the plant will restart") and the link is strong: some pair of one class,
      reported with one word,
      its derivation or a synonym, acting on one thing (the head nouns of what they act on: "the order" /
      "the indoor order"; one ``[object_nouns]`` set; not a noun of people), measuring one thing
      (:func:`measured`: a count of the dead, a duration) or, of an ``incident`` class, both acting on nothing
      (the happening itself: "the explosion", "the quake"). Reports naming no party in an article published
      before the one event of its kind join it too, by the same tie, when a later article of the story reports it
      (:meth:`EventClusters._earlier_reports`; of every class, not only incidents);
    * **the story's one event told with one word** (:meth:`EventClusters._story_word`, not :func:`linked`): a
      cluster of reports naming no party joins the one cluster of its story told with its word, a kin word or the
      noun a light verb acts on; when none is, the one cluster of its story holding a report of its very class,
      reported by two articles or more, when no other cluster of the story's articles holds one
      (:meth:`EventClusters._one_of_class`: "a cyber attack on the bank" / "no cyberattack", "no one was hurt" /
      "four passengers were injured"); and a cluster of denials ("no complaint has been filed"), of several told
      with its word, joins the only one two articles or more report and one tells as done: the event the story
      tells, which the denial names to deny it (:meth:`EventClusters._denied_event`);
    * **the incident of the article's main actors** (:meth:`EventClusters._lead_join`, not :func:`linked`): an
      article's headline and lead (its first :data:`LEAD_SENTENCES` sentences holding a report) name who it is about;
      the reports of an ``incident`` it tells naming no party ("the blaze destroyed a storage hall", none negated,
      none a plural noun) are theirs. They join the one cluster of their class root that holds a report naming one of
      those actors in its own article's headline or lead, or a report naming no party of an article whose main actors
      share one ("Orvane Chemicals evacuated its Tarnby works" / "Orvane Chemicals closed its Tarnby works", each
      followed by "the blaze ..."), when every pair is compatible, naming no places apart, some pair of one class told
      with kin words, and no other cluster of the articles concerned would join them as well. The articles looked
      at are those sharing a lead row with it (:func:`lead_of`: an incident class root and a main actor's name key;
      a store keeps them, ``event_leads``, and holds those articles whole, so an ingest joins as a rebuild does);
    * **one event told with two dates** (:meth:`EventClusters._disputed_date`, not :func:`linked`: it takes the
      story): two outlets date one event to two days (a slip of a day, a weekday taken for its neighbour: at most
      :data:`DISPUTED_DAYS` apart), so identity keeps their reports apart by the very value they dispute, and a
      report naming no party leaves nothing to link them in a family either ("the gallery will reopen on 24
      October" / "the Corvane gallery will reopen on 27 October"). A cluster of the new article's reports dated to
      one day joins the one cluster of its story (the stories of its articles) dated to one other day, of a listed
      class (not a figure's, not an unlisted word), when every pair is compatible but for the time (naming no
      places apart, acting on no two things, both planned or both not), some pair is of one class told with kin
      words, no pair is linked already (a shared party makes them one family, whose date question compares them),
      a report naming no party lies in an article naming a party of the other's (:func:`borrowed_keys`), and no
      article of the story tells the word on both days (an outlet giving two days tells two events: a second
      reopening, a second strike day). A day reckoned by a count of days from another time ("closed a day later")
      is no day in dispute: a slip in the reckoning is not an outlet's date;
    * **syndicated copies** (articles whose fingerprints are near-duplicates,
      :func:`claimline.fingerprint.near_duplicate`): frames with the same
      trigger lemma in the same sentence text are one report, whatever else;
      :meth:`Cluster.outlets` lists the copy's outlet while
      :meth:`Cluster.independent` counts each group of copies once.

Factuality is *not* part of identity across articles: "X signed" and "X
denied that it had signed" are one event reported two ways — which is what
conflicts compare. Within one article the author keeps them apart: two verbs,
one planned and one done or one negated and one not, are two events; so are
two frames of one sentence.

The story of an article (the rules above that take the story) is the articles with a report in one cluster with
one of its reports; an article with none (an outlet telling the happening with words no other outlet uses) has
for its story the articles sharing a lead row with it (:func:`lead_of`: an ``incident`` class root it reports and
a main actor named in its headline or lead), so that its reports naming no party may still join the story's
event ("seven people were injured" under "the ferry Varna foundered", another outlet's "four passengers were
injured" under "the ferry Varna ran aground").

Clustering is incremental (:class:`EventClusters`): a cluster is indexed by
(class root, first word of a participant's name, or a person's last word), by (``family:`` and
the family's name, the same name words), by (class root, article) and by (class root, specific
text time, first letters of the trigger); a new frame looks
only at the clusters sharing a key with it, and
joins the best one it is compatible with *every member* of and linked to some
member of (no chaining: "2026" may join a February event but cannot then glue
it to a November one); otherwise it starts a new cluster. A report naming no
party that several clusters accept joins none (which one is not said), unless
it is of an ``incident`` class and the clusters are compatible with each other:
then they are one happening and it joins them all (:meth:`EventClusters._one_incident`), or it is an event noun in
an article telling one event again and again ("the contract ... the contract"): then it joins the cluster holding
its article's nearest earlier report told with its word, when at most one of the clusters names a party and no
event of its kind named in between or beside it in its sentence makes the choice open
(:meth:`EventClusters._antecedent`).
:meth:`add` returns the ids of the clusters it touched, so a store updates only those.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple, TypeVar

from ..extraction import actors as actors_mod
from ..extraction.fingerprint import near_duplicate
from .lexicon import OTHER, SPEECH, EventLexicon, lexicon
from .light import DOER, MEASURE
from .measures import counted_as, people_noun, same_thing, unit_name, wider
from .model import EventFrame, Participant
from .objects import INDEFINITE, objects_apart
from .wordnet import wordnet

__all__ = [
    "DESCRIBED",
    "DESCRIPTIONS",
    "DISPUTED_DAYS",
    "DOER",
    "REPORT_WINDOW_DAYS",
    "STORY_ARTICLES",
    "Cluster",
    "EventClusters",
    "Member",
    "acronyms",
    "alias_keys",
    "aliases_of",
    "borrowed_keys",
    "class_root",
    "classes_match",
    "compatible",
    "counts_apart",
    "copy_key",
    "class_interval",
    "explain",
    "gap_days",
    "horizon_days",
    "in_reach",
    "interval",
    "interval_of",
    "keys",
    "kin",
    "kindred_classes",
    "linked",
    "name_keys",
    "names_match",
    "nameless",
    "overlap",
    "participants_match",
    "places_apart",
    "reach_days",
    "same_event",
    "times_match",
    "using_aliases",
    "window_days",
    "story_figure",
    "things_apart",
    "within_reach",
]

_T = TypeVar("_T")
#: An event without a time in the text happened at most this many days before its report.
REPORT_WINDOW_DAYS = 7
_WS = re.compile(r"\W+")
_WORD = re.compile(r"[\w&]+")
#: Label of a party the text describes without naming it ("defence ministry"): it links reports
#: described alike and never contradicts a name.
DESCRIBED = "description"
#: Label of an agent described by its kind of doer ("police", "the coastguard", "stewards": ``[agent_kinds]`` of
#: ``models/events.toml``): a description as :data:`DESCRIBED` is to identity and who did it, but no party of a
#: timeline entry (its label, its mentions): "Police confirmed they arrested" tells the arrest.
#: The labels of a party described, not named.
DESCRIPTIONS = frozenset({DESCRIBED, DOER})
#: Participants of these NER labels neither link nor contradict ("Estonian", "Danish").
_WEAK_LABELS = frozenset({"NORP"})
_ROLES = ("agent", "theme", "counterpart")
#: Leading words a name may carry or drop ("the Pentagon", "The Ledger").
_SKIP = frozenset({"the", "s"})
_STEM = 5
#: Suffixes that make a noun of a short verb ("signing", "payment") — kin however short the verb.
_SUFFIXES = frozenset({"ing", "ment", "al"})
_NO = frozenset({"negated", "denied"})
_DONE = frozenset({"asserted", "reported"})


@dataclass(frozen=True)
class Member:
    """A frame with what identity needs from its article."""

    frame: EventFrame
    published: date | None = None
    publisher: str | None = None
    fingerprint: str | None = None
    copy_key: str = ""  # :func:`copy_key` of its trigger lemma and sentence


def copy_key(lemma: str, sentence_text: str) -> str:
    """What syndicated copies of one report share: the trigger lemma and the sentence, normalised."""
    norm = _WS.sub(" ", sentence_text).strip().casefold()
    if not norm:
        return ""
    return hashlib.sha256(f"{lemma}|{norm}".encode()).hexdigest()[:16]


def classes_match(a: EventFrame, b: EventFrame, lex: EventLexicon | None = None) -> bool:
    """Related classes (:meth:`EventLexicon.related`); a word the lexicon does not list (class
    ``other``) matches the same word or a derivation of it (``derivations`` of ``models/events.toml``:
    "derail" / "derailment"), of either class — a listed class only through the listed word itself
    ("the network failed", "the failure of the network")."""
    lex = lex or lexicon()
    if a.event_class == MEASURE and b.event_class == MEASURE:
        # two figures of two things ("3,000 cubic metres" / "four supermarkets") are two events, however many
        # names their sentences share: a figure is one event with a figure of the same thing only
        # (by the unit's name: "12 km" / "19 kilometres" measure one thing, ``[units]`` of models/measures.toml)
        # ("300 cows" / "450 cattle", "200 people" / "300 passengers" aboard: a broader word, :func:`wider`)
        x, y = unit_name(a.trigger.lemma), unit_name(b.trigger.lemma)
        return x == y or bool(measured(a) & measured(b)) or wider(x, y) or wider(y, x) or same_thing(x, y)
    if MEASURE in (a.event_class, b.event_class):
        # a figure and the event that counts its thing ("12 radars" / "ordered ten radars", "the 46 containers" / "the
        # loss of 40 containers"): one event when the event's own amount or its object is of that thing
        figure, event = (a, b) if a.event_class == MEASURE else (b, a)
        return _counts_its_thing(figure, event)
    if a.event_class == OTHER or b.event_class == OTHER:
        x, y = a.trigger.lemma, b.trigger.lemma
        if a.event_class != b.event_class and x == y:
            return False  # one word in two senses ("the index closed at", "closed the plant")
        return lex.derived(x, y)
    return lex.related(a.event_class, b.event_class)


def _counts_its_thing(figure: EventFrame, event: EventFrame) -> bool:
    """An event frame (no speech) that counts what a figure's frame (class ``measure``) counts: an amount of the
    event measures the figure's noun, or the event acts on it ("ordered ten radars": its object), by the noun's name,
    one noun told with more or fewer words or a synonym (:func:`~claimline.events.measures.same_thing`) or a broader
    noun (:func:`~claimline.events.measures.wider`). A figure of people counts under its verb and never meets an
    event by its object alone."""
    if _speech(event):
        return False
    thing = unit_name(figure.trigger.lemma)
    head, bar, _ = thing.partition("|")

    def one(word: str) -> bool:
        return word == thing or same_thing(word, thing) or wider(word, thing) or wider(thing, word)

    if any(q.measures and one(unit_name(q.measures)) for q in event.quantities):
        return True
    if bar or people_noun(head) or not event.theme_noun:
        return False
    return one(event.theme_noun.removeprefix(INDEFINITE))


#: A figure's frame as :func:`figures_apart` compares it: the name of its unit, what it measures
#: (:func:`measured`), whether it is expected
FigureKey = tuple[str, frozenset[str], bool]


def figure_key(f: EventFrame) -> FigureKey:
    """``f`` (class ``measure``) as :func:`figures_apart` compares it."""
    return stored_figure_key(f.trigger.lemma, f.factuality, measured(f))


def stored_figure_key(lemma: str, factuality: str | None, things: Collection[str]) -> FigureKey:
    """:func:`figure_key` of a figure's frame from its columns: its trigger lemma, factuality and what it measures
    (a store reads it from the ``Q`` keys the frame was stored with: :func:`keys`)."""
    return unit_name(lemma), frozenset(things), factuality == "expected"


def figures_apart(a: FigureKey, b: FigureKey, lex: EventLexicon | None = None) -> bool:
    """Two figures' frames (class ``measure``, neither commentary, not syndicated copies) that :func:`explain` keeps
    apart by their class: not :func:`classes_match` (units, what they measure, a broader word) nor
    :func:`kindred_classes` (of two figures: the class's own family, both expected or neither). Read from their
    :func:`figure_key` alone, so a store may screen stored figures before parsing them."""
    (ux, mx, ex), (uy, my, ey) = a, b
    if ux == uy or mx & my or wider(ux, uy) or wider(uy, ux) or same_thing(ux, uy):
        return False
    return ex != ey or not (lex or lexicon()).kindred(MEASURE, MEASURE)


# ------------------------------------------------------------------ names
@lru_cache(maxsize=65536)
def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD.findall(name.casefold()) if w not in _SKIP)


@dataclass(frozen=True)
class _Name:
    words: tuple[str, ...]
    gazetteer: bool  # a canonical actor: matched exactly (the gazetteer knows its aliases)
    person: bool  # a person's name: its last word (the surname) stands for it too


_PERSON_LABELS = frozenset({"PERSON", "person"})


def _name(p: Participant) -> _Name:
    return _named(p.name, p.label in _PERSON_LABELS)


@lru_cache(maxsize=65536)
def _named(name: str, person: bool = False) -> _Name:
    return _Name(_words(name), name in actors_mod.gazetteer().types, person)


def _match(a: _Name, b: _Name) -> bool:
    if not a.words or not b.words:
        return False
    if a.words == b.words or _aliased(a, b):
        return True
    short, long = (a, b) if len(a.words) < len(b.words) else (b, a)
    if len(short.words) == len(long.words) or short.gazetteer:
        return False
    n = len(short.words)
    return long.words[:n] == short.words or (long.person and long.words[-n:] == short.words)


#: An acronym as a text defines it after a name: "Information System Authority (RIA)".
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
#: Aliases the frames being compared define (name words -> the words of its other names); set by
#: :func:`using_aliases` while :class:`EventClusters` (or a caller such as the event conflicts)
#: compares frames.
_ALIASES: ContextVar[dict[tuple[str, ...], set[tuple[str, ...]]] | None] = ContextVar("event_aliases", default=None)


_PER_FRAME_MAX = 8192  # frames whose keys() / acronyms() are memoised (frames are shared: store reads)


def _make_room(cache: dict[int, Any]) -> None:
    """Forget the older half of a per-frame memo that is full (a dict keeps its insertion order): the frames of
    the articles written last are those the next writes ask about again (their story's clusters), which
    emptying it lost every 8,192 frames."""
    for k in list(islice(cache, len(cache) // 2)):
        del cache[k]


_KEYS_OF: dict[int, tuple[EventFrame, EventLexicon, frozenset[tuple[str, str]]]] = {}
_ACRONYMS_OF: dict[int, tuple[EventFrame, list[tuple[tuple[str, ...], tuple[str, ...]]]]] = {}


def acronyms(f: EventFrame) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(acronym words, name words) a frame defines: a participant named by an acronym right after
    a name of two words or more (not a person's) in the same role ("the Information System
    Authority (RIA)"), which the text introduces as its short name."""
    found = _ACRONYMS_OF.get(id(f))
    if found is None or found[0] is not f:  # (memoised per frame object: a pure function of the frame)
        if len(_ACRONYMS_OF) >= _PER_FRAME_MAX:
            _make_room(_ACRONYMS_OF)
        found = _ACRONYMS_OF[id(f)] = (f, _acronyms(f))
    return list(found[1])


def _acronyms(f: EventFrame) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    ps = sorted(_strong(f), key=lambda p: p.start)
    out = []
    for p, q in zip(ps, ps[1:], strict=False):
        if (
            p.role == q.role
            and 0 < q.start - p.end <= 2
            and (p.label not in _PERSON_LABELS or _initials(p.name) == q.name)  # "Mara Lind, the port's ..."
            and q.label not in _PERSON_LABELS
            and _ACRONYM.fullmatch(q.name)
            and len(_words(p.name)) >= 2
            and _words(q.name)
        ):
            out.append((_words(q.name), _words(p.name)))
    return out


def _initials(name: str) -> str:
    """The capitals that start a name's words ("Autoriteit Persoonsgegevens" -> "AP"): an acronym made of
    them is the name's, whatever label NER gave a name it does not know (a foreign body's is often a
    person's)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def aliases_of(frames: Iterable[EventFrame]) -> dict[tuple[str, ...], set[tuple[str, ...]]]:
    """Both directions of every :func:`acronyms` pair the frames define."""
    out: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for f in frames:
        for short, long in acronyms(f):
            out.setdefault(short, set()).add(long)
            out.setdefault(long, set()).add(short)
    return out


def alias_keys(
    f: EventFrame, aliases: dict[tuple[str, ...], set[tuple[str, ...]]], lex: EventLexicon | None = None
) -> set[tuple[str, str]]:
    """Index keys a frame reaches through ``aliases`` (:func:`aliases_of`): (class root, the first
    word of another name of one of its participants) — "RIA" finds "Information System Authority"."""
    if not aliases:
        return set()
    root = class_root(f, lex)
    return {(root, other[0]) for p in _strong(f) for other in _two_names(_words(p.name), aliases)}


@contextmanager
def using_aliases(aliases: dict[tuple[str, ...], set[tuple[str, ...]]]) -> Iterator[None]:
    """Within the block, a name matches the names it is an alias of (an acronym one article
    defines holds for the reports of every article compared)."""
    token = _ALIASES.set(aliases)
    try:
        yield
    finally:
        _ALIASES.reset(token)


def _aliased(a: _Name, b: _Name) -> bool:
    aliases = _ALIASES.get()
    if not aliases:
        return False
    mine = aliases.get(a.words, ())
    return b.words in mine or any(_one_acronym_of(x, a.words, b.words, aliases) for x in mine)


def _one_acronym_of(
    short: tuple[str, ...], a: tuple[str, ...], b: tuple[str, ...], aliases: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> bool:
    """``short`` is an acronym the texts define for exactly the two names ``a`` and ``b`` (the same body
    named in two languages: "Dutch Data Protection Authority (AP)", "Autoriteit Persoonsgegevens (AP)"),
    so each is the other's alias; an acronym defined for a third name too stands for no one name."""
    return len(short) == 1 and aliases.get(short, set()) == {a, b}


def _two_names(
    words: tuple[str, ...], aliases: dict[tuple[str, ...], set[tuple[str, ...]]]
) -> Iterator[tuple[str, ...]]:
    """The names ``words`` is an alias of: its acronyms' names and, through an acronym of exactly two
    names (:func:`_one_acronym_of`), the other name."""
    for other in aliases.get(words, ()):
        yield other
        names = aliases.get(other, set())
        if len(other) == 1 and len(names) == 2 and words in names:
            yield from (n for n in names if n != words)


def names_match(a: str, b: str, *, person: bool = False) -> bool:
    """Equal names (case-insensitive), or the shorter a run of words that starts the longer
    ("Nordvault" / "Nordvault Systems") — or ends it, for a person ("Ilves" / "Rasmus Ilves")."""
    return _match(_Name(_words(a), False, person), _Name(_words(b), False, person))


def name_keys(name: str, person: bool = False) -> set[str]:
    """Index keys of a name: its first word, and a person's last word (two names that match
    share one)."""
    w = _words(name)
    if not w:
        return set()
    return {w[0], w[-1]} if person else {w[0]}


def _strong(f: EventFrame) -> list[Participant]:
    """The named parties that link and contradict: agents, themes, counterparts — not nationality
    words, descriptions, or a country naming where another party of its role is from."""
    return list(_strong_parties(f))


def _strong_parties(f: EventFrame) -> tuple[Participant, ...]:
    """:func:`_strong` as the memo holds it (shared: for callers that only read it, :func:`nameless`)."""
    lex, g = lexicon(), actors_mod.gazetteer()
    found = _STRONG_OF.get(id(f))
    if found is None or found[0] is not f or found[1] is not lex or found[2] is not g:  # (memoised per frame)
        if len(_STRONG_OF) >= _PER_FRAME_MAX:
            _make_room(_STRONG_OF)
        found = _STRONG_OF[id(f)] = (f, lex, g, tuple(_strong_of(f)))
    return found[3]


_STRONG_OF: dict[int, tuple[EventFrame, EventLexicon, object, tuple[Participant, ...]]] = {}


def _strong_of(f: EventFrame) -> list[Participant]:
    out = [
        p for p in f.participants if p.role in _ROLES and p.label not in _WEAK_LABELS and p.label not in DESCRIPTIONS
    ]
    if any(_is_country(p) for p in out) and not _symmetric(f, lexicon()):
        out = [p for p in out if not _modifier(p, out)]
    return out


#: Characters between a country and the name it modifies ("U.S. automaker Chrysler", "United
#: States automobile manufacturing firm General Motors").
_MODIFIER_GAP = 40


def _modifier(p: Participant, parties: list[Participant]) -> bool:
    """A country inside another party's name ("the United States Federal Reserve"), or just before
    another party of its role that is no country ("U.S. automaker Chrysler"): it says where the party
    is from, it is no party of its own. The gap test stands for the text (a country is a modifier
    only when the other party follows within a few words and no other party lies between), so it
    is not made in the symmetric classes, whose parties come in lists ("Latvia and Skyvale signed")."""
    if not _is_country(p):
        return False
    for q in parties:
        if q is p or q.role != p.role or _is_country(q):
            continue
        if q.start <= p.start and p.end <= q.end:
            return True
        if 0 < q.start - p.end <= _MODIFIER_GAP and not any(
            r is not p and r is not q and p.end <= r.start < q.start for r in parties
        ):
            return True
    return False


def _per_frame(cache: dict[int, tuple[Any, ...]], f: EventFrame, lex: EventLexicon, compute: Callable[..., _T]) -> _T:
    """``compute(f, lex)``, memoised per frame object in ``cache`` (a pure function of the frame, the
    lexicon and the gazetteer; frames are never changed in place). The value is shared: not to be
    changed by the caller."""
    g = actors_mod.gazetteer()
    found = cache.get(id(f))
    if found is None or found[0] is not f or found[1] is not lex or found[2] is not g:
        if len(cache) >= _PER_FRAME_MAX:
            _make_room(cache)
        found = cache[id(f)] = (f, lex, g, compute(f, lex))
    return found[3]  # type: ignore[no-any-return]


_DESCRIBED_OF: dict[int, tuple[Any, ...]] = {}
_CAUSES_OF: dict[int, tuple[Any, ...]] = {}
_POOLS_OF: dict[int, tuple[Any, ...]] = {}
_PLACES_OF: dict[int, tuple[Any, ...]] = {}


def _described(f: EventFrame, lex: EventLexicon | None = None) -> list[tuple[str, ...]]:
    """The words of the parties a frame describes without naming them ("defence ministry") — not a
    cause named by its event class ("died in a crash": ``accident``), which many incidents share."""
    return _per_frame(_DESCRIBED_OF, f, lex or lexicon(), _described_of)


def _described_of(f: EventFrame, lex: EventLexicon) -> list[tuple[str, ...]]:
    classes = lex.classes
    return [
        tuple(p.name.split())
        for p in f.participants
        if p.role in _ROLES and p.label in DESCRIPTIONS and p.name not in classes
    ]


def _causes(f: EventFrame, lex: EventLexicon) -> list[tuple[str, ...]]:
    """The causes a frame names by their event class ("died in a crash": ``accident``)."""
    return _per_frame(_CAUSES_OF, f, lex, _causes_of)


def _causes_of(f: EventFrame, lex: EventLexicon) -> list[tuple[str, ...]]:
    classes = lex.classes
    return [
        tuple(p.name.split())
        for p in f.participants
        if p.role in _ROLES and p.label in DESCRIPTIONS and p.name in classes
    ]


def _same_description(x: list[tuple[str, ...]], y: list[tuple[str, ...]]) -> bool:
    """One head noun, the shorter description's words among the longer's ("ministry" / "defence
    ministry"; not "defence ministry" / "foreign ministry")."""
    for a in x:
        for b in y:
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if a[-1] == b[-1] and set(short) <= set(long):
                return True
    return False


def _pools(f: EventFrame, lex: EventLexicon) -> list[list[_Name]]:
    """The participant pools compared role by role: agents, and themes with counterparts."""
    return _per_frame(_POOLS_OF, f, lex, _pools_of)


def _pools_of(f: EventFrame, lex: EventLexicon) -> list[list[_Name]]:
    strong = _strong(f)
    return [
        [_name(p) for p in strong if p.role == "agent"],
        [_name(p) for p in strong if p.role != "agent"],
    ]


def _symmetric(f: EventFrame, lex: EventLexicon) -> bool:
    key = (id(lex), f.event_class, "symmetric")  # (memoised per lexicon, as _class_attr)
    found = _INHERITED.get(key)
    if found is None:
        cls = f.event_class
        found = _INHERITED[key] = any(lex.classes[c].symmetric for c in lex.ancestors.get(cls, ()) if c in lex.classes)
    return found  # type: ignore[return-value]


_INHERITED: dict[tuple[int, str, str], object] = {}


def _class_attr(cls: str, attr: str, lex: EventLexicon) -> object:
    """:meth:`EventLexicon.inherited`, memoised per lexicon."""
    key = (id(lex), cls, attr)
    if key not in _INHERITED:
        _INHERITED[key] = lex.inherited(cls, attr) if cls in lex.classes else None
    return _INHERITED[key]


def _one_party(f: EventFrame, lex: EventLexicon) -> bool:
    return bool(_class_attr(f.event_class, "one_party", lex))


def _incident(f: EventFrame, lex: EventLexicon) -> bool:
    """A frame of an ``incident`` class (``models/events.toml``: "the explosion", "the quake", "the derailment"): a
    happening a story is about, told by its articles with their own words and seldom with a party."""
    return bool(_class_attr(f.event_class, "incident", lex))


def _window(f: EventFrame, lex: EventLexicon) -> int:
    """Days before its report an event without a time in the text happened (per class)."""
    return window_days(f.event_class, lex)


def window_days(cls: str, lex: EventLexicon | None = None) -> int:
    """Days before its report an event of class ``cls`` without a time in the text happened."""
    days = _class_attr(cls, "report_window_days", lex or lexicon())
    return REPORT_WINDOW_DAYS if days is None else days  # type: ignore[return-value]


def horizon_days(cls: str, lex: EventLexicon | None = None) -> int:
    """Days apart beyond which two reports of class ``cls`` are neither one event nor one event but
    for its time (``horizon_days`` of ``models/events.toml``: the class's, inherited, else the
    file's)."""
    lex = lex or lexicon()
    days = _class_attr(cls, "horizon_days", lex)
    return lex.horizon_days if days is None else days  # type: ignore[return-value]


def _overlap(x: list[_Name], y: list[_Name]) -> bool:
    return any(_match(a, b) for a in x for b in y)


def participants_match(a: EventFrame, b: EventFrame, lex: EventLexicon | None = None) -> bool:
    """No role contradicts: when both frames name agents, those share a name; when both name a
    theme or counterpart, those share one ("Airbus delivered to Qantas" is not "Airbus delivered
    to Emirates"); a symmetric class pools all parties."""
    lex = lex or lexicon()
    if _symmetric(a, lex) or _symmetric(b, lex):
        # the parties, in any role: one report's parties all among the other's ("Skyvale signed
        # with Latvia" is "Latvia signed with Skyvale", not "Orvane signed with Latvia")
        x, y = [_name(p) for p in _strong(a)], [_name(p) for p in _strong(b)]
        small, large = (x, y) if len(x) <= len(y) else (y, x)
        if len(small) == 1:
            # one party named ("the agency signed on Tuesday"): it may be the side (or the part of
            # a side) the other report names otherwise
            return True
        return all(any(_match(n, m) for m in large) for n in small)
    if _two_people(a, b):
        return False
    if _one_party(a, lex) or _one_party(b, lex):
        # one party undergoes it, as agent or theme ("GM filed for bankruptcy", "Lehman's bankruptcy")
        x, y = [_name(p) for p in _strong(a)], [_name(p) for p in _strong(b)]
        if not x or not y or _overlap(x, y):
            return True
        return _state_pair(_state_kinds(_strong(a), lex), _state_kinds(_strong(b), lex))
    pa, pb = _pools(a, lex), _pools(b, lex)
    if all(not (x and y) or _overlap(x, y) for x, y in zip(pa, pb, strict=True)):
        return True
    # a country acts through its state bodies: "Latvia picked Skyvale" and "Latvia's procurement
    # authority awarded Skyvale the contract" do not name two buyers
    sa, sb = _state_pools(a, lex), _state_pools(b, lex)
    return all(
        not (x and y) or _overlap(x, y) or _state_pair(kx, ky) for x, y, kx, ky in zip(pa, pb, sa, sb, strict=True)
    )


def strong_parties(f: EventFrame) -> list[Participant]:
    """The named parties that link and contradict (agents, themes, counterparts; not nationality words,
    descriptions, or a country naming where another party is from): what :func:`participants_match` compares."""
    return _strong(f)


def same_party(p: Participant, q: Participant) -> bool:
    """Two participants' names match as :func:`participants_match` matches them (equal, the shorter starting
    the longer, a person's surname, an acronym the frames being compared define)."""
    return _match(_name(p), _name(q))


def parties_interchange(f: EventFrame, lex: EventLexicon | None = None) -> bool:
    """The frame's class pools its parties: ``symmetric`` (agent and counterpart interchange) or ``one_party``
    (one party undergoes it, named as agent or theme)."""
    lex = lex or lexicon()
    return _symmetric(f, lex) or _one_party(f, lex)


def country_and_body(x: list[Participant], y: list[Participant], lex: EventLexicon | None = None) -> bool:
    """One list names only a country, the other a state body of it ("Latvia picked" / "the procurement
    authority awarded"): one party in :func:`participants_match`."""
    lex = lex or lexicon()
    return _state_pair(_state_kinds(x, lex), _state_kinds(y, lex))


def _two_people(a: EventFrame, b: EventFrame) -> bool:
    """In one role, both frames name people by full names and no given name of the one is a given name of the other:
    "Anton Reiss won" / "Lena Reiss won" are two people with one surname, whatever else they share (review 9, W5);
    "Reiss won" may be either, "John A. Smith" is "John Smith"."""
    for role in _ROLES:
        x = [_name(p) for p in a.participants if p.role == role and p.label in _PERSON_LABELS]
        y = [_name(p) for p in b.participants if p.role == role and p.label in _PERSON_LABELS]
        if x and y and all(_given(n) for n in x + y) and not {_given(n) for n in x} & {_given(n) for n in y}:
            return True
    return False


def _given(n: _Name) -> str | None:
    """The given name of a full name ("anton" of "Anton Reiss"), None for a surname alone or an initial ("J.
    Smith", whose given name the initial does not say)."""
    return n.words[0] if len(n.words) > 1 and len(n.words[0]) > 2 else None


def _state_pools(f: EventFrame, lex: EventLexicon) -> list[set[str]]:
    """Per pool of :func:`_pools`, the kinds of state party it names: ``country`` (a gazetteer
    country or NER country label) and ``body`` (a government body or armed force of the gazetteer,
    or a name whose head word is a state description of ``party_descriptions``: "Information
    System Authority")."""
    strong = _strong(f)
    return [
        _state_kinds([p for p in strong if p.role == "agent"], lex),
        _state_kinds([p for p in strong if p.role != "agent"], lex),
    ]


def _state_kinds(parties: list[Participant], lex: EventLexicon) -> set[str]:
    """The kinds of state party among ``parties`` (:func:`_state_pools`)."""
    g = actors_mod.gazetteer()
    out: set[str] = set()
    for p in parties:
        kind = g.types.get(p.name) or (p.label or "")
        words = _words(p.name)
        if _is_country(p):
            out.add("country")
        elif kind in ("government_body", "armed_force") or _state_head(words, lex):
            out.add("body")
        else:
            out.add("other")
    return out


def _state_head(words: tuple[str, ...], lex: EventLexicon) -> bool:
    """A name whose head is a state description of ``party_descriptions``: its last word ("Information System
    Authority"), or the word before its first "of" ("Ministry of the Sea, Transport and Infrastructure", "Department
    of Health"), whatever label NER gave it."""
    if not words:
        return False
    if words[-1] in lex.party_descriptions:
        return True
    return "of" in words[1:] and words[words.index("of") - 1] in lex.party_descriptions


def _is_country(p: Participant) -> bool:
    return (actors_mod.gazetteer().types.get(p.name) or p.label or "") in ("country", "GPE")


def _state_pair(x: set[str], y: set[str]) -> bool:
    """One pool names only a country, the other a state body."""
    return (x == {"country"} and "body" in y) or (y == {"country"} and "body" in x)


def interval_of(m: Member, lex: EventLexicon | None = None) -> tuple[date, date] | None:
    """The interval a member's event lies in, for comparison (see module docstring); None: unknown."""
    lex = lex or lexicon()
    found = _INTERVAL_OF.get(id(m))
    if found is None or found[0] is not m or found[1] is not lex:  # (memoised per member: a pure function of it)
        if len(_INTERVAL_OF) >= _PER_FRAME_MAX:
            _make_room(_INTERVAL_OF)
        t = m.frame.time
        found = _INTERVAL_OF[id(m)] = (
            m,
            lex,
            class_interval(
                t.start if t is not None else None,
                t.end if t is not None else None,
                m.frame.factuality,
                m.published,
                m.frame.event_class,
                lex,
            ),
        )
    return found[2]


_INTERVAL_OF: dict[int, tuple[Member, EventLexicon, tuple[date, date] | None]] = {}


def class_interval(
    start: date | None,
    end: date | None,
    factuality: str,
    published: date | None,
    cls: str,
    lex: EventLexicon | None = None,
) -> tuple[date, date] | None:
    """:func:`interval` with the report window and horizon of class ``cls`` (what a store computes
    from its columns, as :func:`interval_of` does from a frame)."""
    lex = lex or lexicon()
    if start is not None:
        return interval(start, end, factuality, published)
    return interval(None, None, factuality, published, window_days(cls, lex), lex.plan_window_days)


def interval(
    start: date | None,
    end: date | None,
    factuality: str,
    published: date | None,
    window: int = REPORT_WINDOW_DAYS,
    plan: int | None = None,
) -> tuple[date, date] | None:
    """:func:`interval_of` from a frame's stored time, factuality and publication date; ``window``:
    the days before its report an event without a time happened (the class's, when narrower than
    the default: a wider window is what store-side pruning may use)."""
    if start is not None:
        return start, end or date.max
    if published is None:
        return None
    if factuality == "denied":
        # "denied that it was ever warned": a denial the text does not date says the event did not
        # happen at any time up to its report
        return date.min, published
    if factuality == "expected":
        # a plan reported without a date may have happened by the time another outlet reports it: the
        # report may lag the event by the window, as a report of a done event does ("would challenge
        # the award" written the day after the appeal was filed)
        if plan is None:
            return published - timedelta(days=window), date.max
        return published - timedelta(days=window), published + timedelta(days=plan)
    return published - timedelta(days=window), published


def gap_days(x: tuple[date, date] | None, y: tuple[date, date] | None) -> int:
    """Days between two intervals (0 when they overlap, or one is unknown)."""
    if x is None or y is None or overlap(x, y):
        return 0
    first, second = (x, y) if x[1] < y[0] else (y, x)
    return (second[0] - first[1]).days


def reach_days(a: str, b: str, dated: bool = True, lex: EventLexicon | None = None) -> int:
    """The horizon of a pair of reports of classes ``a`` and ``b``: the wider of their two; at most
    the lexicon's ``undated_horizon_days`` when the later of the two has no time in the text
    (``dated`` False: its time is its report's; a report of something long past would date it)."""
    lex = lex or lexicon()
    found = _REACH.get((a, b, dated))
    if found is not None and found[0] is lex:  # (memoised: a pure function of the classes and the lexicon)
        return found[1]
    days = max(horizon_days(a, lex), horizon_days(b, lex))
    days = days if dated else min(days, lex.undated_horizon_days)
    _REACH[a, b, dated] = (lex, days)
    return days


#: (class, class, dated) -> (lexicon, :func:`reach_days`): families() asks it for every pair of reports it tests
_REACH: dict[tuple[str, str, bool], tuple[EventLexicon, int]] = {}


def _dated(f: EventFrame) -> bool:
    return f.time is not None and f.time.start is not None


def in_reach(
    a: tuple[tuple[date, date] | None, str, bool],
    b: tuple[tuple[date, date] | None, str, bool],
    lex: EventLexicon | None = None,
) -> bool:
    """:func:`within_reach` of two reports given as (interval, class, whether the text dates it),
    as a store reads them from its columns."""
    (x, cls_a, dated_a), (y, cls_b, dated_b) = a, b
    gap = gap_days(x, y)
    if gap == 0:
        return True
    later_dated = dated_b if x[1] < y[0] else dated_a  # type: ignore[index]  (gap > 0: both known)
    return gap <= reach_days(cls_a, cls_b, later_dated, lex)


def within_reach(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """Two reports whose times (:func:`interval_of`) lie within the horizon of their classes
    (:func:`reach_days`): beyond it they are neither one event nor one event but for its time
    (two reports of "the stock fell", a year apart; two undated reports of a flight, months apart;
    a plan's date and an undated report of it weeks before it)."""
    return in_reach(reach_of(a, lex), reach_of(b, lex), lex)


def reach_of(m: Member, lex: EventLexicon | None = None) -> tuple[tuple[date, date] | None, str, bool]:
    """What :func:`within_reach` reads of a report: (:func:`interval_of`, class, whether the text dates it)."""
    return interval_of(m, lex), m.frame.event_class, _dated(m.frame)


def overlap(x: tuple[date, date] | None, y: tuple[date, date] | None) -> bool:
    """Two intervals overlap; an unknown one (None) overlaps any."""
    if x is None or y is None:
        return True
    return x[0] <= y[1] and y[0] <= x[1]


def times_match(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """Overlapping intervals; an unknown time is compatible with any."""
    return overlap(interval_of(a, lex), interval_of(b, lex))


def syndicated(a: Member, b: Member) -> bool:
    """Copies of one report: near-duplicate articles, same trigger, same sentence."""
    if a.frame.article_id == b.frame.article_id:
        return False
    return bool(a.copy_key) and a.copy_key == b.copy_key and near_duplicate(a.fingerprint, b.fingerprint)


def explain(
    a: Member, b: Member, lex: EventLexicon | None = None, classes: bool = True, parties: bool = True
) -> str | None:
    """Why two frames are not one event (``class``, ``participants``, ``time``, ``sentence``,
    ``commentary``, ``factuality``, ``quantity``, ``unlinked``), or None when they are. ``classes=False``:
    their classes are not compared (the learned linker's joins: what else says two events); ``parties=False``:
    nor their parties (:meth:`EventClusters._measured_twice`: a figure whose own sentence names no party)."""
    lex = lex or lexicon()
    if syndicated(a, b):
        return None
    fa, fb = a.frame, b.frame
    if fa.article_id == fb.article_id and fa.sentence.start == fb.sentence.start:
        return "sentence"  # two frames of one sentence are two events
    if fa.commentary or fb.commentary:
        return None if _one_statement(fa, fb) else "commentary"
    kindred = False
    if classes and not classes_match(fa, fb, lex):
        if not kindred_classes(fa, fb, lex):
            return "class"
        kindred = True
    if parties and not participants_match(fa, fb, lex):
        return "participants"
    if not times_match(a, b, lex):
        return "time"
    if _denial_reaching_back(a, b, lex):
        return "participants"
    if fa.article_id == fb.article_id and _verbs_disagree(fa, fb):
        return "factuality"
    if fa.article_id == fb.article_id and _amounts_disagree(fa, fb):
        return "quantity"
    if kindred and not _nested_parties(fa, fb):
        return "unlinked"  # classes of one family: only the parties both name link them
    if not linked(a, b, lex):
        return "unlinked"
    return None


def _denial_reaching_back(a: Member, b: Member, lex: EventLexicon) -> bool:
    """An undated denial meets a report dated before its report window (:func:`interval`: a denial
    the text does not date reaches back to any time) that does not name all of its parties: with no
    time of its own, only the parties tell which event it denies ("the bank denied it was ever warned"
    answers "an audit warned the bank in late 2024"; "the firm denied signing any deal with the
    alliance" does not answer "the alliance's leaders agreed two years ago to ...")."""
    for x, y in ((a, b), (b, a)):
        if x.frame.factuality != "denied" or _dated(x.frame) or x.published is None:
            continue
        recent = interval(None, None, "reported", x.published, _window(x.frame, lex))
        if overlap(recent, interval_of(y, lex)):
            continue
        mine, theirs = [_name(p) for p in _strong(x.frame)], [_name(p) for p in _strong(y.frame)]
        if not mine or not all(any(_match(n, m) for m in theirs) for n in mine):
            return True
    return False


def kindred_classes(a: EventFrame, b: EventFrame, lex: EventLexicon | None = None) -> bool:
    """Classes of one family (``[families]`` of ``models/events.toml``: "announced" / "reported",
    "delayed" / "suspended") that may name one event, both planned or both not ("will sign" after
    "awarded" is the next step). They are one event only when their parties nest
    (:func:`_nested_parties`, in :func:`explain`)."""
    if (a.factuality == "expected") != (b.factuality == "expected"):
        return False
    if _wordnet_kin(a, b):
        return True
    if a.event_class == OTHER or b.event_class == OTHER:
        return False
    return (lex or lexicon()).kindred(a.event_class, b.event_class)


def _wordnet_kin(a: EventFrame, b: EventFrame) -> bool:
    """Two event words WordNet relates ("escaped" / "fled" / "the breakout", "laid off" / "the dismissal",
    "touched down" / "landed"; :func:`claimline.events.wordnet.related`), neither a figure."""
    if MEASURE in (a.event_class, b.event_class) or _speech(a) or _speech(b):
        return False
    if (a.factuality in _NOT_DONE) != (b.factuality in _NOT_DONE):
        return False  # (two words WordNet relates are too weak a tie to make "did not exchange" deny "sold")
    x, y = a.trigger.lemma, b.trigger.lemma
    return x != y and wordnet().related(x, y, a.trigger.pos, b.trigger.pos)


_NOT_DONE = frozenset({"negated", "denied"})


def _speech(f: EventFrame) -> bool:
    """A frame of speech (a class below ``communicate``): what is told meets other reports, not the telling."""
    return f.event_class not in (OTHER, MEASURE) and lexicon().root(f.event_class) == SPEECH


def _nested_parties(a: EventFrame, b: EventFrame) -> bool:
    """Both frames name a party, and every party of the one naming fewer is among the other's
    (in any role: "X won the contract" names X as the one "Y signed with")."""
    x, y = [_name(p) for p in _strong(a)], [_name(p) for p in _strong(b)]
    if not x or not y:
        return False
    small, large = (x, y) if len(x) <= len(y) else (y, x)
    return all(any(_match(n, m) for m in large) for n in small)


def compatible(
    a: Member, b: Member, lex: EventLexicon | None = None, classes: bool = True, parties: bool = True
) -> bool:
    """Nothing in the two frames says they are different events (class, roles, time, sentence; ``classes=False``:
    all but the class; ``parties=False``: all but the parties)."""
    reason = explain(a, b, lex, classes, parties)
    return reason is None or reason == "unlinked"


def linked(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """Something ties the two frames together: a shared participant, a syndicated copy, or one
    article in which one of them names no participant (it refers back)."""
    if syndicated(a, b):
        return True
    lex = lex or lexicon()
    oa, ob = _places(a.frame), _places(b.frame)
    sa, sb = _strong(a.frame), _strong(b.frame)
    if _apart(oa, ob) and not _overlap([_name(p) for p in sa], [_name(p) for p in sb]):
        return False  # "died near Kelso" / "died near Alder" on one day: two incidents, whatever the word
    if a.frame.article_id == b.frame.article_id and (not sa or not sb):
        # it refers back: the same word or its derivation ("the deal" after "a deal"), or one incident of
        # one class told with another word ("the blast" after "an explosion at the plant": an article tells
        # one happening of a kind; of two, a report naming no party joins neither, EventClusters.add)
        return _kin(a.frame.trigger.lemma, b.frame.trigger.lemma) or (
            a.frame.event_class == b.frame.event_class and _incident(a.frame, lex)
        )
    if (_bare(a.frame) or _bare(b.frame)) and _same_text_time(a.frame, b.frame):
        # a report naming no party at all (not even "the Danish navy"), in another article, of the
        # same word at the same time the text gives ("the migration, due between 2027 and 2029");
        # of the same class for one deadline ("operating by the end of 2027", "running by ...")
        deadline = _text_time(a.frame)[0] == date.min  # type: ignore[index]
        return (
            _kin(a.frame.trigger.lemma, b.frame.trigger.lemma)
            or _counted_alike(a.frame.trigger.lemma, b.frame.trigger.lemma, lex)
            or (deadline and a.frame.event_class == b.frame.event_class)
        )
    if _same_description(_described(a.frame, lex), _described(b.frame, lex)) or (
        not (oa and ob) and _same_description(_causes(a.frame, lex), _causes(b.frame, lex))
    ):
        # "the defence ministry" in both: described alike, never contradicting a name; a cause named
        # by its class ("died in a crash" / "when a tram collided") only where one names no place (places that
        # share no word are two incidents: above)
        return True
    if sa or sb:
        return _overlap([_name(p) for p in sa], [_name(p) for p in sb])
    if generic(a.frame) or generic(b.frame):
        # its word (:func:`classes_match`) and a party or thing described alike (above) or the day the texts give
        # tie two reports, not a circumstance described alike
        return _same_text_time(a.frame, b.frame)
    # neither names a party: the same place (or other named circumstance) is what they share
    return _overlap(oa, ob)


def generic(f: EventFrame) -> bool:
    """A report of a word the lexicon does not list naming no one, its parties only described ("the local utility
    issued a notice on Sunday", "the other eleven were winched up": ``frames._with_generic``)."""
    return f.event_class == OTHER and all(p.label in DESCRIPTIONS for p in f.participants)


def places_apart(a: Member, b: Member) -> bool:
    """Both frames name places and they share no word ("opened a factory in Lisk" / "opened an office in
    Dorne"): two acts, even of one party; a copy of one article is never apart."""
    return not syndicated(a, b) and _apart(_places(a.frame), _places(b.frame))


def things_apart(a: Member, b: Member) -> bool:
    """Both frames act on a common noun and those are two things ("signed a gas deal" / "signed a rail deal",
    "approved a library" / "approved a cycle lane": :func:`~claimline.events.objects.objects_apart`): two acts,
    even of one party; a copy of one article is never apart."""
    return not syndicated(a, b) and objects_apart(a.frame.theme_noun, b.frame.theme_noun, _kin)


def counts_apart(a: Member, b: Member) -> bool:
    """Both frames dated by their text to times that do not meet, counting one thing (:func:`measured`) with
    figures more than a tenth apart ("cancelled 40 flights on Monday" / "cancelled 120 flights on Wednesday"):
    two acts, each with its own count, not one act told with two dates and two counts."""
    ta, tb = _text_time(a.frame), _text_time(b.frame)
    if ta is None or tb is None or overlap((ta[0], ta[1] or ta[0]), (tb[0], tb[1] or tb[0])):
        return False
    shared = {m for m in measured(a.frame) if m.startswith("count/")} & measured(b.frame)
    if not shared:
        return False
    xs = [q.value for q in a.frame.quantities if q.kind == "count" and q.value]
    ys = [q.value for q in b.frame.quantities if q.kind == "count" and q.value]
    return bool(xs and ys) and not any(abs(x - y) <= 0.1 * max(x, y) for x in xs for y in ys)


def _apart(x: list[_Name], y: list[_Name]) -> bool:
    """Both frames name circumstances, and no word of the one's is in the other's ("Kelso", "the A9"
    / "Alder", "the M4"; not "Amsterdam" / "the Amsterdam District Court")."""
    return bool(x and y) and not {w for n in x for w in n.words} & {w for n in y for w in n.words}


def _places(f: EventFrame) -> list[_Name]:
    """The named circumstances of a frame (role ``other``: "near Kelso", "on the A9")."""
    return _per_frame(_PLACES_OF, f, lexicon(), _places_of)


def _places_of(f: EventFrame, lex: EventLexicon) -> list[_Name]:
    return [_name(p) for p in f.participants if p.role == "other" and p.label not in _WEAK_LABELS]


def _counted_alike(a: str, b: str, lex: EventLexicon) -> bool:
    """Two words of one ``[counted]`` set of ``models/measures.toml`` ("died" / "were killed": the
    dead), which one incident's reports use for one count."""
    x = counted_as(lex.word(a))
    return x is not None and x == counted_as(lex.word(b))


def measured(f: EventFrame) -> set[str]:
    """What a frame's amounts measure, whatever the figure: ``kind/thing`` — a count of the thing
    counted (the ``[counted]`` set of ``models/measures.toml`` of the noun it measures or of the
    trigger: "three people were injured", "suffered injuries"), a duration in any unit ("a 48-hour
    strike", "a three-day strike")."""
    out = set()
    for q in f.quantities:
        if q.value is None or q.kind not in _MEASURED:
            continue
        thing = counted_as(q.measures or f.trigger.lemma) or (q.measures or "")
        out.add(f"{q.kind}/{thing}")
    return out


def story_figure(f: EventFrame) -> bool:
    """A count told as done (class ``measure``, asserted or reported: "about 140 rescuers took part") whose own
    sentence names no party: the parties it holds are its article's main party, which
    :func:`~claimline.events.measures.measure_frames` gives every figure to tie it to its story — no party of the
    thing counted, so no party it contradicts another report by (one story told by two outlets has two main
    parties: the ferry's name in one, its operator or a spokesman in another). A figure told as possible or planned
    ("two tugs could be seen standing by") counts no thing the story's event has done."""
    if f.event_class != MEASURE or f.factuality not in _DONE or not f.quantities:
        return False
    if any(q.kind != "count" for q in f.quantities):
        return False
    start, end = f.sentence.start, f.sentence.end
    return not any(start <= p.start < end for p in _strong(f))


def _figure_of(f: EventFrame, thing: str) -> bool:
    """A figure's frame (class ``measure``: "1.2 million customers") of a thing (:func:`measured`) not people: the
    names it holds are its sentence's, no party of the figure, which is then as a report naming no party."""
    return f.event_class == MEASURE and not people_noun(thing.partition("/")[2])


#: Amounts that tell one event measured twice: how many (people, things) and how long. Not sums of
#: money: a story has several contracts and payments, each with its own sum.
_MEASURED = frozenset({"count", "duration"})


#: Two days the texts date one event to that may be one event told two ways (:meth:`EventClusters._disputed_date`):
#: a day off (the eve, the morrow), a weekday taken for the one before or after it.
DISPUTED_DAYS = 3


def _day_of(f: EventFrame) -> date | None:
    """The day the text dates a report to (a day, not a longer period nor a deadline, nor a day reckoned by a count
    of days from another time: :func:`_reckoned`), or None."""
    t = _text_time(f)
    if t is None or t[0] == date.min or t[1] != t[0] or f.time is None or _reckoned(f.time.text):
        return None
    return t[0]


@lru_cache(maxsize=4096)
def _reckoned(text: str) -> bool:
    """A time told as a count of days from another ("a day later", "four days after the alert"): its day is the
    reckoning's, which a slip in the other time moves, not a day the outlet gives."""
    from ..timex import find_times

    found = find_times(text, None)
    return bool(found) and found[0].type == "DURATION"


def _bare(f: EventFrame) -> bool:
    """No agent, theme or counterpart, named or described."""
    return not any(p.role in _ROLES for p in f.participants)


def _text_time(f: EventFrame) -> tuple[date, date | None] | None:
    """The time the text gives (a deadline by its end alone: "by the end of 2027" is one bound
    whenever it is reported)."""
    t = f.time
    if t is not None and t.kind == "until" and t.end is not None:
        return date.min, t.end
    return (t.start, t.end) if t is not None and t.start is not None else None


def _specific(t: tuple[date, date | None]) -> bool:
    """A time that names one event rather than a period many share: a day or a week, a range
    across years ("between 2027 and 2029") or a deadline — not a month, quarter or year ("a loss
    in 2005")."""
    start, end = t
    if end is None:
        return False
    return start == date.min or (end - start).days <= 7 or end.year > start.year


def _same_text_time(a: EventFrame, b: EventFrame) -> bool:
    """Both frames dated by their text, to the same specific interval (:func:`_specific`)."""
    ta = _text_time(a)
    return ta is not None and ta == _text_time(b) and _specific(ta)


def _stem(lemma: str) -> str:
    """What kin words (:func:`_kin`) share: the first letters, without a noun suffix."""
    for suffix in _SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 3:
            lemma = lemma[: -len(suffix)]
            break
    return lemma[:_STEM]


def _kin(a: str, b: str) -> bool:
    """One word and its derivation: equal lemmas, a shared stem of five letters or more ("deliver" /
    "delivery", "announce" / "announcement"), or a verb and its noun in -ing, -ment, -al ("sign" /
    "signing"); a lemma the tagger gives a form of a word stands for the word ("fin" of "fined": ``tagger_lemmas``).
    Memoised per pair of lemmas (a pure function of the two and the lexicon; the story rules ask it of the same
    few words for every pair of reports they compare: ~110,000 calls per 300 articles, a few thousand pairs)."""
    lex = lexicon()
    memo = _KIN_OF[0]
    if memo is None or memo[0] is not lex:
        memo = _KIN_OF[0] = (lex, {})
    found = memo[1].get((a, b))
    if found is None:
        if len(memo[1]) >= _KIN_MAX:
            memo[1].clear()
        found = memo[1][a, b] = _kin_of(a, b, lex)
    return found


#: (the lexicon, (lemma, lemma) -> :func:`_kin`), of the lexicon asked last
_KIN_OF: list[tuple[EventLexicon, dict[tuple[str, str], bool]] | None] = [None]
_KIN_MAX = 65_536  # pairs of lemmas kept, at most (then forgotten at once)


def _kin_of(a: str, b: str, lex: EventLexicon) -> bool:
    a, b = lex.word(a), lex.word(b)
    if a == b or lex.synonymous(a, b):
        return True  # ("acquisition" / "takeover": one ``[synonyms]`` set)
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and long[len(short) :] in _SUFFIXES:
        return True  # "sign" / "signing", "pay" / "payment"
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n >= _STEM


def _kin_words(a: EventFrame, b: EventFrame) -> bool:
    """The two reports are told with one word or its derivation (:func:`_kin`)."""
    return _kin(a.trigger.lemma, b.trigger.lemma)


def _word_kin(a: EventFrame, b: EventFrame) -> bool:
    """The two reports are told with one word (:func:`_kin`), or the one's word is the noun the other acts on: a
    light verb's event noun ("caught fire" / "the fire", "won a contract" / "the contract", "launched an
    investigation" / "the investigation"), which a later mention names alone. (Their classes are compared apart:
    "cut the pension" acts on no event.)"""
    if _kin(a.trigger.lemma, b.trigger.lemma):
        return True
    x, y = _head(a), _head(b)
    return bool(x and _kin(x, b.trigger.lemma)) or bool(y and _kin(y, a.trigger.lemma))


def _one_statement(a: EventFrame, b: EventFrame) -> bool:
    """Two commentary frames of one article, one speaker (agents named alike), one verb of speech
    (kin lemmas), in two sentences, saying one thing (:func:`statement_contents` of the two share
    a word or its derivation): one statement reported twice ("the White House has said that it is
    considering a loan", "the White House says it will consider loans"). One speaker's statements
    of different contents are several ("said the claims needed an answer", "'if the dairy knew',
    she said")."""
    if not (a.commentary and b.commentary) or a.article_id != b.article_id or a.event_class != b.event_class:
        return False
    if not _kin(a.trigger.lemma, b.trigger.lemma) or a.factuality != b.factuality:
        return False
    x = [_name(p) for p in _strong(a) if p.role == "agent"]
    y = [_name(p) for p in _strong(b) if p.role == "agent"]
    if not (x and y and _overlap(x, y)):
        return False
    contents = _CONTENTS.get() or {}
    ca, cb = contents.get(a.id, frozenset()), contents.get(b.id, frozenset())
    return any(_kin(u, v) for u in ca for v in cb)


#: What the statements being clustered say (:func:`statement_contents`): set by
#: :meth:`EventClusters.add` for the frames it adds (one article's); unknown elsewhere (no merge).
_CONTENTS: ContextVar[dict[str, frozenset[str]] | None] = ContextVar("statement_contents", default=None)


def statement_contents(frames: Iterable[EventFrame]) -> dict[str, frozenset[str]]:
    """Commentary frame id -> the trigger lemmas of the events its claim reports (the other frames
    of its article and claim that are no commentary): what the statement says."""
    by_claim: dict[tuple[str, str], list[EventFrame]] = {}
    for f in frames:
        if f.claim_id:
            by_claim.setdefault((f.article_id, f.claim_id), []).append(f)
    out: dict[str, frozenset[str]] = {}
    for group in by_claim.values():
        said = frozenset(g.trigger.lemma for g in group if not g.commentary)
        for f in group:
            if f.commentary:
                out[f.id] = said
    return out


def kin(a: str, b: str) -> bool:
    """Two trigger lemmas that are one word or its derivation (:func:`_kin`)."""
    return _kin(a, b)


def _verbs_disagree(a: EventFrame, b: EventFrame) -> bool:
    """Two verbs of one article, one planned and one done, or one negated and one not: the
    author tells two events apart ("Apple sold ... but will not sell ...")."""
    if a.trigger.pos != "verb" or b.trigger.pos != "verb":
        return False
    fa, fb = a.factuality, b.factuality
    if (fa in _NO) != (fb in _NO):
        return True
    return (fa == "expected") != (fb == "expected") and {fa, fb} & _DONE != set()


def _amounts_disagree(a: EventFrame, b: EventFrame) -> bool:
    """Two sums of money in one currency that one article gives for two frames, more than a tenth
    apart: the author tells two events apart ("a deficit of $12 million last spring", "a deficit of $40
    million this autumn"). Across articles, different amounts are a conflict, not two events."""
    money_a = {(q.unit, q.value) for q in a.quantities if q.kind == "money" and q.value}
    money_b = {(q.unit, q.value) for q in b.quantities if q.kind == "money" and q.value}
    shared = {u for u, _ in money_a} & {u for u, _ in money_b}
    for unit in shared:
        xs = [v for u, v in money_a if u == unit]
        ys = [v for u, v in money_b if u == unit]
        if not any(abs(x - y) <= 0.1 * max(x, y) for x in xs for y in ys):  # type: ignore[operator]
            return True
    return False


def same_event(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """Whether two frames refer to one event (see the module docstring)."""
    return explain(a, b, lex) is None


@dataclass
class Cluster:
    """One event: the frames (in any article) that refer to it."""

    id: str
    members: list[Member] = field(default_factory=list)

    @property
    def frames(self) -> list[EventFrame]:
        """Its members' frames, in their order: one list while the members are the same (members are only
        ever appended; the story rules ask it of each cluster once per pair of clusters they compare). Not to
        be changed by the caller."""
        found = self.__dict__.get("_frames")
        if found is None or found[0] is not self.members or len(found[1]) != len(self.members):
            found = self.__dict__["_frames"] = (self.members, [m.frame for m in self.members])
        return found[1]

    def event_class(self) -> str:
        """The most specific class of its members (most frequent, then deepest)."""
        lex = lexicon()
        counts: dict[str, int] = {}
        for f in self.frames:
            counts[f.event_class] = counts.get(f.event_class, 0) + 1
        return max(counts, key=lambda c: (len(lex.ancestors.get(c, (c,))), counts[c], c))

    def outlets(self) -> list[str]:
        """Every outlet reporting it (publisher, else article id), in first-report order."""
        seen: dict[str, None] = {}
        for m in sorted(self.members, key=lambda m: (m.published or date.max, m.frame.id)):
            seen.setdefault(m.publisher or m.frame.article_id, None)
        return list(seen)

    def independent(self) -> list[list[Member]]:
        """Members grouped so that syndicated copies of one report count once."""
        groups: list[list[Member]] = []
        for m in self.members:
            for g in groups:
                if any(syndicated(m, o) or o.frame.article_id == m.frame.article_id for o in g):
                    g.append(m)
                    break
            else:
                groups.append([m])
        return groups

    def accepts(self, m: Member, lex: EventLexicon) -> bool:
        """Compatible with every member, linked to one (no chaining through a loose member).
        (:func:`explain` is None exactly for a compatible, linked pair, "unlinked" for a compatible
        pair that is not linked: one call per member answers both.)"""
        if not m.frame.commentary and any(
            not o.frame.commentary and not times_match(m, o, lex) and not syndicated(m, o) for o in self.members
        ):
            # a cheap test first, same answer: explain() of a pair neither of which is commentary nor
            # a syndicated copy is None or "unlinked" only when their times match
            return False
        any_linked = False
        for o in self.members:
            reason = explain(m, o, lex)
            if reason is None:
                any_linked = True
            elif reason != "unlinked":
                return False
        return any_linked


def keys(f: EventFrame, lex: EventLexicon | None = None) -> set[tuple[str, str]]:
    """Index keys of a frame: (class root, or other:lemma; :func:`name_keys` of a participant's
    name) and (class root; ``@`` article id) — a frame can only be the same event as a frame
    sharing one of its keys."""
    lex = lex or lexicon()
    found = _KEYS_OF.get(id(f))
    if found is None or found[0] is not f or found[1] is not lex:  # (memoised per frame object)
        if len(_KEYS_OF) >= _PER_FRAME_MAX:
            _make_room(_KEYS_OF)
        found = _KEYS_OF[id(f)] = (f, lex, frozenset(_keys(f, lex)))
    return set(found[2])


def _keys(f: EventFrame, lex: EventLexicon) -> set[tuple[str, str]]:
    root = class_root(f, lex)
    roots = {root}
    if f.event_class == OTHER:  # an unlisted word meets the listed word it is derived from or to
        roots |= {lex.root(cls) for _, cls in lex.derived_from.get(f.trigger.lemma, ())}
    named = _strong(f) or [p for p in f.participants if p.role == "other" and p.label not in _WEAK_LABELS]
    out = {(r, k) for r in roots for p in named for k in name_keys(p.name, p.label in _PERSON_LABELS)}
    out |= {(r, "~" + words[-1]) for r in roots for words in _described(f)}
    out |= {(r, "@" + f.article_id) for r in roots}
    for family in () if f.event_class == OTHER else lex.family_names(f.event_class):
        # a frame of a kindred class names the same parties (:func:`kindred_classes`)
        out |= {("family:" + family, k) for p in _strong(f) for k in name_keys(p.name, p.label in _PERSON_LABELS)}
    if f.event_class != MEASURE and not _speech(f):
        # a frame of a word WordNet relates names the same parties too (:func:`_wordnet_kin`)
        senses = wordnet().keys.get((f.trigger.pos, f.trigger.lemma), ())
        out |= {
            (f"wn:{s}", k) for s in senses for p in _strong(f) for k in name_keys(p.name, p.label in _PERSON_LABELS)
        }
    if not f.commentary:  # a report naming no party finds another measuring the same thing
        out |= {(root, "Q" + m) for m in measured(f)}
    t = _text_time(f)
    if t is not None and _specific(t):  # a report naming no party finds the same word at the same time elsewhere
        # a deadline: its class; a noun of a ``[synonyms]`` set: the set ("the quake" finds "the tremor")
        word = f.event_class if t[0] == date.min else lex.synonyms.get(f.trigger.lemma) or _stem(f.trigger.lemma)
        out.add((root, f"T{t[0].isoformat()}/{t[1].isoformat() if t[1] else ''}/{word}"))
        counted = counted_as(lex.word(f.trigger.lemma))
        if counted is not None:  # "died" finds "were killed" (:func:`_counted_alike`)
            out.add((root, f"T{t[0].isoformat()}/{t[1].isoformat() if t[1] else ''}/={counted}"))
    return out


def unnamed_figure(word: str) -> bool:
    """A key word (:func:`keys`) of a figure that measures no thing the lexicon or the text names (``Qcount/``,
    ``Qduration/``: "sold 3", "for six hours"): every story's figures of the class share it."""
    return word.startswith("Q") and word.endswith("/")


def family_keys(frames: Iterable[EventFrame], lex: EventLexicon | None = None) -> set[tuple[str, str]]:
    """The keys event families link a cluster by (``reconcile.events``), from its frames (commentary aside):
    their :func:`keys` across articles (not the article key); a figure's measuring no named thing
    (:func:`unnamed_figure`) once for each article of the cluster (``Qduration/@<article>``), so two clusters
    share it only when both hold a report of one article, one story. Measured on the 49 held-out stories:
    of 216 pairs of clusters sharing no other key, 5 were linked, each of one story ("a 48-hour strike" / "the
    strike" of another outlet, dated apart) and of clusters holding a report of one article; none of the 211
    others. On the 100k store such a key paired each new figure with every story's sales or timed changes
    (1,028 of one article's neighbour-search rows)."""
    frames = [f for f in frames if not f.commentary]
    articles = {f.article_id for f in frames}
    out: set[tuple[str, str]] = set()
    for f in frames:
        for root, k in keys(f, lex):
            if k.startswith("@"):
                continue
            if unnamed_figure(k):
                out |= {(root, f"{k}@{a}") for a in articles}
            else:
                out.add((root, k))
    return out


#: lexicon id -> (the lexicon, class root -> the roots of the reports keyed by it: EventClusters._stored_roots)
#: (one pass over the derivations per lexicon, not per store write)
_ROOTS_KEYED: dict[int, tuple[EventLexicon, dict[str, set[str]]]] = {}
_STORED_OF: dict[int, tuple[EventLexicon, dict[frozenset[str], frozenset[str]]]] = {}  # (EventClusters._stored_of)
#: A story of more articles than this (tied by events in one cluster) reports more than one event of a kind: a
#: report naming no party is not joined by the story alone (:meth:`EventClusters._story_event`).
STORY_ARTICLES = 12
#: The sentences holding a report that make an article's headline and lead (:meth:`EventClusters._lead_join`).
LEAD_SENTENCES = 2


def _head(f: EventFrame) -> str | None:
    """The head noun of what a frame acts on (:attr:`EventFrame.theme_noun`: "order" of "the indoor order"),
    None for none or a noun of people ("people", "workers": many acts of a story act on people)."""
    if not f.theme_noun:
        return None
    head = f.theme_noun.removeprefix(INDEFINITE).split()[-1]
    return None if people_noun(head) else head


def _set_apart(a: EventFrame, b: EventFrame, lex: EventLexicon) -> bool:
    """Two reports naming places apart or acting on two things (:func:`_other_thing`): the word tells two events."""
    return _apart(_places(a), _places(b)) or _other_thing(a, b, lex)


def _other_thing(a: EventFrame, b: EventFrame, lex: EventLexicon) -> bool:
    """Both frames act on common nouns and those are two things: two heads (:func:`_head`) that are not one word,
    its derivation or synonym, nor of one ``[object_nouns]`` set ("the licence" / "the crossings"), or
    :func:`~claimline.events.objects.objects_apart` ("gas deal" / "rail deal"). Stricter than :func:`things_apart`,
    which keeps "the carrier" and "the airline" together: for a report naming no party, which of its story's
    events it is, not whether two named reports are one."""
    x, y = _head(a), _head(b)
    if x and y and not (_kin(x, y) or lex.one_thing(x, y)):
        return True
    return objects_apart(a.theme_noun, b.theme_noun, _kin)


def _one_thing(a: EventFrame, b: EventFrame, lex: EventLexicon) -> bool:
    """Two reports of one class and kin words acting on one thing (the same head noun, its derivation, its
    synonym or a noun of its ``[object_nouns]`` set) or measuring one thing (:func:`measured`)."""
    if a.event_class != b.event_class or not _kin(a.trigger.lemma, b.trigger.lemma):
        return False
    x, y = _head(a), _head(b)
    if x and y and (_kin(x, y) or lex.one_thing(x, y)):
        return True
    if not a.theme_noun and not b.theme_noun and _incident(a, lex):
        return True  # the happening itself, acting on nothing ("the explosion" / "the explosion at the plant")
    return bool(measured(a) & measured(b))


def _may_tie(f: EventFrame, lex: EventLexicon) -> bool:
    """A report :func:`_one_thing` may tie to another: of a listed class, not commentary, acting on a thing (a head
    noun), measuring one, or of an ``incident`` class acting on nothing (the happening itself)."""
    if f.commentary or f.event_class == OTHER:
        return False
    return bool(_head(f) or measured(f) or (not f.theme_noun and _incident(f, lex)))


def _keys_of_name(n: _Name) -> set[str]:
    """:func:`name_keys` of a parsed name: its first word, and a person's last word too."""
    return {n.words[0], n.words[-1]} if n.person else {n.words[0]}


def _plural_noun(f: EventFrame) -> bool:
    """A report told by an event noun in the plural ("outbreaks", "mergers", "the strikes"): events of a kind."""
    t = f.trigger
    return t.pos == "noun" and t.text.casefold() != t.lemma.casefold() and t.text.casefold().endswith("s")


class Lead(NamedTuple):
    """An article's headline and lead (:meth:`EventClusters._lead_join`): the starts of its first
    :data:`LEAD_SENTENCES` sentences holding a report, the parties its reports there name (its main actors),
    and its lead rows (:func:`lead_of`)."""

    starts: frozenset[int]
    names: tuple[_Name, ...]
    rows: frozenset[str]


def _incident_roots(lex: EventLexicon) -> frozenset[str]:
    """The class roots (:func:`class_root`) holding an ``incident`` class (memoised per lexicon)."""
    found = _INCIDENT_ROOTS.get(id(lex))
    if found is None or found[0] is not lex:
        roots = frozenset(lex.root(c) for c in lex.classes if _class_attr(c, "incident", lex))
        found = _INCIDENT_ROOTS[id(lex)] = (lex, roots)
    return found[1]


_INCIDENT_ROOTS: dict[int, tuple[EventLexicon, frozenset[str]]] = {}


def lead_of(frames: Iterable[EventFrame], lex: EventLexicon | None = None) -> Lead:
    """The headline and lead of the article whose reports are ``frames`` (all of them): its main actors are the
    parties its reports in its first :data:`LEAD_SENTENCES` sentences holding a report name, not those of a telling
    (its teller), commentary or a figure (its sentence's names). Its lead rows are ``root TAB key``: a class root of
    an ``incident`` class it reports (:func:`class_root`, not commentary) and a name key (:func:`name_keys`) of a
    main actor; two articles sharing one may tell one incident of one actor (``event_leads``, migration 26)."""
    lex = lex or lexicon()
    frames = sorted(frames, key=lambda f: (f.sentence.start, f.id))
    starts = frozenset(sorted({f.sentence.start for f in frames})[:LEAD_SENTENCES])
    names = tuple(
        n
        for f in frames
        if f.sentence.start in starts and not f.commentary and not _speech(f) and f.event_class != MEASURE
        for p in _strong(f)
        if (n := _name(p)).words
    )
    keys = {k for n in names for k in _keys_of_name(n)}
    incident = _incident_roots(lex)
    roots = {r for f in frames if not f.commentary and (r := class_root(f, lex)) in incident}
    return Lead(starts, names, frozenset(f"{r}\t{k}" for r in roots for k in keys))


def _nameless_cluster(c: Cluster, article: str) -> bool:
    """A cluster of one article's reports, none of them commentary and none naming a party."""
    return all(o.frame.article_id == article and nameless(o.frame) for o in c.members)


def nameless(f: EventFrame) -> bool:
    """A report naming no party (agent, theme or counterpart), not commentary: the parties of its
    article are its own (:meth:`EventClusters._nameless_join`)."""
    return not f.commentary and not _strong_parties(f)


def borrowed_keys(frames: Iterable[EventFrame]) -> set[str]:
    """The name keys (:func:`name_keys`) of the parties one article's frames name: a report of the
    article naming no party finds its event in another outlet's report by them."""
    return {k for f in frames for p in _strong(f) for k in name_keys(p.name, p.label in _PERSON_LABELS)}


def class_root(f: EventFrame, lex: EventLexicon | None = None) -> str:
    """The broadest class of a frame (``other:<lemma>`` for unlisted verbs)."""
    lex = lex or lexicon()
    return f"{OTHER}:{f.trigger.lemma}" if f.event_class == OTHER else lex.root(f.event_class)


def cluster_id(frame_id: str) -> str:
    """Stable id of the cluster a frame founded."""
    return "ev-" + hashlib.sha256(frame_id.encode()).hexdigest()[:12]


#: What a stored cluster enters in an index (:meth:`EventClusters._put`): the frames defining an acronym, its
#: articles, its index keys, its copy keys.
_Entries = tuple[list[EventFrame], tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...]]
#: cluster id -> (its members, the lexicon, the gazetteer, :data:`_Entries`): a stored cluster is put in the index of
#: every later article of its story (its members the same objects while a write holds them: ``store.events._Held``)
_ENTRIES_OF: dict[str, tuple[tuple[Member, ...], EventLexicon, object, _Entries]] = {}
_ENTRIES_MAX = 8192  # members of the clusters whose entries are kept, at most (older clusters forgotten first)
_ENTRIES_SIZE = [0]


def _entries(c: Cluster, lex: EventLexicon) -> _Entries:
    """What :meth:`EventClusters._index_member` enters for each member of ``c``, each entry once, in the members'
    order: kept per cluster while its members are the same objects (a pure function of its frames, the lexicon
    and the gazetteer)."""
    g = actors_mod.gazetteer()
    found = _ENTRIES_OF.get(c.id)
    ms = c.members
    if (
        found is not None
        and found[1] is lex
        and found[2] is g
        and len(found[0]) == len(ms)
        and all(a is b for a, b in zip(found[0], ms, strict=True))
    ):
        return found[3]
    defining: list[EventFrame] = []
    articles: dict[str, None] = {}
    index_keys: dict[tuple[str, str], None] = {}
    copies: dict[str, None] = {}
    for m in ms:
        f = m.frame
        if acronyms(f):
            defining.append(f)
        articles[f.article_id] = None
        if f.commentary:
            index_keys["commentary", "@" + f.article_id] = None
        else:
            index_keys.update(dict.fromkeys(keys(f, lex)))
        if m.copy_key:
            copies[m.copy_key] = None
    out = (defining, tuple(articles), tuple(index_keys), tuple(copies))
    if found is not None:
        _ENTRIES_SIZE[0] -= len(_ENTRIES_OF.pop(c.id)[0])
    while _ENTRIES_OF and _ENTRIES_SIZE[0] + len(ms) > _ENTRIES_MAX:
        _ENTRIES_SIZE[0] -= len(_ENTRIES_OF.pop(next(iter(_ENTRIES_OF)))[0])
    if len(ms) <= _ENTRIES_MAX:
        _ENTRIES_OF[c.id] = (tuple(ms), lex, g, out)
        _ENTRIES_SIZE[0] += len(ms)
    return out


class EventClusters:
    """Incremental clustering of frames into events (see the module docstring)."""

    def __init__(self, clusters: Iterable[Cluster] = (), lex: EventLexicon | None = None) -> None:
        self.lex = lex or lexicon()
        self.clusters: dict[str, Cluster] = {}
        self._index: dict[tuple[str, str], set[str]] = {}
        self._copies: dict[str, set[str]] = {}
        self._keys: dict[int, tuple[Member, set[tuple[str, str]]]] = {}  # id(member) -> (member, its keys)
        #: Clusters merged into another by :meth:`add`: old id -> the id it went into.
        self.merged: dict[str, str] = {}
        #: Acronyms the frames define (:func:`aliases_of`), held for every comparison.
        self.aliases: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        #: (a store) the stored clusters holding a report of the given articles whose class root
        #: (:func:`class_root`) is one of the given roots (none given: every cluster of the articles)
        self.story_loader: Callable[[Sequence[str], Collection[str]], Iterable[Cluster]] | None = None
        self._held: set[tuple[str, str]] = set()  # (article, root; "": every root) the loader gave
        self._of_article: dict[str, set[str]] = {}  # article id -> the ids of the clusters holding its frames
        #: article id -> its headline and lead (:func:`lead_of`), of the articles added or held whole
        self._lead: dict[str, Lead] = {}
        self._lead_rows: dict[str, set[str]] = {}  # a lead row -> the articles of :attr:`_lead` with it
        self._batch: dict[str, list[EventFrame]] = {}  # article id -> its frames, of the articles being added
        #: (a store) the stored articles with one of the given lead rows published before the article being
        #: added (``event_leads``): they are held whole (:meth:`_sharers`)
        self.lead_finder: Callable[[Sequence[str]], Iterable[str]] | None = None
        from .linker import setting  # (the linker imports this module)

        #: The learned linker (:mod:`claimline.events.linker`) joining clusters the rules keep apart, or None.
        self.linker = setting()
        for c in clusters:
            self._put(c)

    def _put(self, c: Cluster) -> None:
        """Hold a stored cluster: what :meth:`_index_member` enters for each of its members, entered once per
        distinct key (:func:`_entries`: the same entries, found once per cluster for every index it is put in)."""
        self.clusters[c.id] = c
        defining, articles, index_keys, copies = _entries(c, self.lex)
        if defining:
            self._learn(defining)
        for a in articles:
            self._of_article.setdefault(a, set()).add(c.id)
        for k in index_keys:
            self._index.setdefault(k, set()).add(c.id)
        for k in copies:
            self._copies.setdefault(k, set()).add(c.id)

    def _member_keys(self, m: Member) -> set[tuple[str, str]]:
        """:func:`keys` of a member's frame, computed once (the member is kept with them, so its
        id is not reused while cached)."""
        found = self._keys.get(id(m))
        if found is None or found[0] is not m:
            found = self._keys[id(m)] = (m, keys(m.frame, self.lex))
        return found[1]

    def _learn(self, frames: Iterable[EventFrame]) -> None:
        for name, others in aliases_of(frames).items():
            self.aliases.setdefault(name, set()).update(others)

    def _index_member(self, cid: str, m: Member) -> None:
        if acronyms(m.frame):  # (memoised: most frames define none)
            self._learn([m.frame])
        self._of_article.setdefault(m.frame.article_id, set()).add(cid)
        for k in [("commentary", "@" + m.frame.article_id)] if m.frame.commentary else self._member_keys(m):
            self._index.setdefault(k, set()).add(cid)
        if m.copy_key:
            self._copies.setdefault(m.copy_key, set()).add(cid)

    def candidates(self, m: Member) -> set[str]:
        """Ids of the clusters a member could join (sharing a key with it)."""
        out: set[str] = set()
        for k in self._member_keys(m):
            out |= self._index.get(k, set())
        out |= self._copies.get(m.copy_key, set()) if m.copy_key else set()
        if m.frame.commentary:  # one speaker's statement reported twice in its article
            out |= self._index.get(("commentary", "@" + m.frame.article_id), set())
        for k in alias_keys(m.frame, self.aliases, self.lex):  # "RIA" finds "Information System Authority"
            out |= self._index.get(k, set())
        return out

    def add(self, members: Sequence[Member]) -> list[str]:
        """Cluster new members (one article's frames, or several); returns the ids of the clusters
        they joined or founded. A member that several clusters accept joins the best and merges the
        others into it when every pair of their members is compatible (an earlier report linked
        each to a different part of the story); merged-away ids are listed in :attr:`merged`
        (old id -> id it went into)."""
        self._learn(m.frame for m in members)  # an acronym the article defines after its first use
        by_article: dict[str, list[EventFrame]] = {}
        for m in members:
            by_article.setdefault(m.frame.article_id, []).append(m.frame)
        for article, frames in by_article.items():  # (each article's frames come at once)
            self._hold_lead(article, lead_of(frames, self.lex))
        self._batch = by_article
        token = _CONTENTS.set(statement_contents(m.frame for m in members))
        try:
            with using_aliases(self.aliases):
                return self._add(members)
        finally:
            _CONTENTS.reset(token)

    def _add(self, members: Sequence[Member]) -> list[str]:
        touched: dict[str, None] = {}
        placed: list[tuple[Member, str]] = []
        for m in members:
            ranked: list[tuple[tuple[int, int, int, str], Cluster]] = []
            for cid in self.candidates(m):
                c = self.clusters[cid]
                if not c.accepts(m, self.lex):
                    continue
                same_lemma = sum(o.frame.trigger.lemma == m.frame.trigger.lemma for o in c.members)
                same_class = sum(o.frame.event_class == m.frame.event_class for o in c.members)
                ranked.append(((-min(same_lemma, 1), -same_class, -len(c.members), cid), c))
            ranked.sort(key=lambda rc: rc[0])
            nameless = not _strong(m.frame)
            one_incident = False
            if nameless and len(ranked) > 1 and not any(syndicated(m, o) for _, c in ranked for o in c.members):
                one_incident = self._one_incident(m, [c for _, c in ranked])
                if not one_incident:
                    # "the fall" after the Dow's fall and the FTSE's: which one is not said; "the contract"
                    # after "the contract" of its article, nothing naming a second one: the one told before
                    before = self._antecedent(m, [c for _, c in ranked])
                    ranked = [rc for rc in ranked if rc[1] is before]
            if not ranked:
                best = Cluster(cluster_id(m.frame.id))
                self.clusters[best.id] = best
            else:
                best = ranked[0][1]
            best.members.append(m)
            self._index_member(best.id, m)
            touched.setdefault(best.id, None)
            placed.append((m, best.id))
            for _, other in [] if nameless and not one_incident else ranked[1:]:
                if all(compatible(x, y, self.lex) for x in other.members for y in best.members):
                    self._merge(other, best)
                    touched.pop(other.id, None)
        for old, new in [*self._measured_twice(placed).items(), *self._nameless_join(placed).items()]:
            touched.pop(old, None)
            touched.setdefault(new, None)
        for old, new in self._lead_join(placed).items():
            touched.pop(old, None)
            touched.setdefault(new, None)
        for old, new in self._story_event(placed).items():
            touched.pop(old, None)
            touched.setdefault(new, None)
        for old, new in self._story_word(placed).items():
            touched.pop(old, None)
            touched.setdefault(new, None)
        for old, new in self._disputed_date(placed).items():
            touched.pop(old, None)
            touched.setdefault(new, None)
        for old, new in self._learned(placed).items():
            touched.pop(old, None)
            touched.setdefault(new, None)
        return list(touched)

    def _learned(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """The learned linker's joins (:mod:`claimline.events.linker`): each new report, scored against every
        report of its story's other clusters (its own article's and those of the articles reporting an event it
        reports, at most :data:`STORY_ARTICLES`), joins its cluster to the cluster of the best pair scoring at
        least the linker's threshold. Each pair of reports is scored once, when the later of the two comes.
        Returns the clusters merged away (old id -> the id it went into)."""
        lk = self.linker
        if lk is None or not placed:
            return {}
        from .linker import Story, never

        out: dict[str, str] = {}
        for article in sorted({m.frame.article_id for m, _ in placed}):
            story = self._story_of(article)
            if len(story) > STORY_ARTICLES:
                continue
            self._load([article, *sorted(story)])
            story = self._story_of(article)
            scope = sorted({x for s in (article, *story) for x in self._of_article.get(s, ())})
            told = Story(o for did in scope if did in self.clusters for o in self.clusters[did].members)
            for m, cid in placed:
                if m.frame.article_id != article:
                    continue
                cid = self._now(cid)
                c = self.clusters.get(cid)
                if c is None:
                    continue
                ranked: list[tuple[float, str]] = []
                for did in scope:
                    did = self._now(did)
                    d = self.clusters.get(did)
                    if d is None or did == cid or any(never(m, o) for o in d.members):
                        continue
                    score = max(lk.score(m, o, self.lex, told) for o in d.members)
                    if score >= lk.threshold:
                        ranked.append((-score, did))
                for _, did in sorted(set(ranked)):
                    d = self.clusters[did]
                    if all(lk.compatible(x, y, self.lex) for x in c.members for y in d.members):
                        self._merge(c, d)  # the link the rules missed; nothing in the two says two events
                        out[cid] = d.id
                        break
        return {old: self._now(new) for old, new in out.items()}

    def _antecedent(self, m: Member, clusters: Sequence[Cluster]) -> Cluster | None:
        """Of several clusters accepting a report naming no party, the one it refers back to: the cluster holding
        its article's nearest earlier report of its class told with its word (:func:`_kin`: "the contract ... the
        contract", "a strike ... the strike"), when at most one of the clusters names a party (an article telling
        one word of two named events, "the Dow's fall" and "the FTSE's fall", leaves "the fall" open; so does an
        event of its kind named in between, "Dalmar Marine won a contract" before "the contract", or beside it in its
        sentence: :meth:`_named_beside`). One event
        told again and again without its parties would otherwise found a cluster at each mention once two of them
        lie apart (two reports of one sentence), every later one accepted by both. None when there is no such
        report."""
        f = m.frame
        if f.trigger.pos != "noun" or sum(any(_strong(o.frame) for o in c.members) for c in clusters) > 1:
            return None
        best: tuple[int, int] | None = None
        found: Cluster | None = None
        for c in clusters:
            for o in c.frames:
                if (
                    o.article_id != f.article_id
                    or o.event_class != f.event_class
                    or not _kin(o.trigger.lemma, f.trigger.lemma)
                    or o.trigger.start >= f.trigger.start
                ):
                    continue
                key = (o.trigger.start, -len(c.members))
                if best is None or key > best:
                    best, found = key, c
        if found is None or best is None:
            return None
        root = class_root(f, self.lex)
        for o in self._frames_of(f.article_id):
            if best[0] < o.trigger.start < f.trigger.start and class_root(o, self.lex) == root and _strong(o):
                if all(o is not x for x in found.frames):
                    return None  # another event of its kind named in between ("Dalmar won a contract"): which one
        if self._named_beside(f, found):
            return None
        return found

    def _named_beside(self, f: EventFrame, found: Cluster) -> bool:
        """Whether the sentence of a report naming no party tells another event of its kind naming a party the
        cluster ``found`` does not name ("the largest filing, after the bankruptcies of Lehman Brothers and
        WorldCom"): a sentence setting it beside other events of its kind compares it, and does not refer back.
        Its sentence's later reports are not placed yet: they come from the article being added."""
        root = class_root(f, self.lex)
        named = [_name(p) for x in found.frames for p in _strong(x)]
        for o in self._batch.get(f.article_id, ()):
            if o is f or o.sentence.start != f.sentence.start or class_root(o, self.lex) != root:
                continue
            theirs = [_name(p) for p in _strong(o)]
            if theirs and not _overlap(theirs, named):
                return True
        return False

    def _one_incident(self, m: Member, clusters: Sequence[Cluster]) -> bool:
        """A report of an incident (``incident`` classes) naming no party that several clusters accept is a report of
        all of them when they are one event too — every pair of their members compatible: the happening an article or a
        story tells in several reports no link joined ("an explosion at the Orsk plant", "the blast", "the explosion
        was heard ..."), not two events it might be either of (two falls of two indices, two explosions at two places:
        their members are not compatible). Not for other classes: a deal or a market's fall named in one report and
        not in another may be two (MEANTIME)."""
        if not _incident(m.frame, self.lex):
            return False
        return all(
            compatible(x, y, self.lex)
            for i, c in enumerate(clusters)
            for d in clusters[i + 1 :]
            for x in c.members
            for y in d.members
        )

    def _now(self, cid: str) -> str:
        """The id a cluster has now (:attr:`merged` followed)."""
        while cid in self.merged:
            cid = self.merged[cid]
        return cid

    def _measured_twice(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """Join an event one article reports without naming any party, with an amount, to the one
        event another article of the same story reports with an amount of the same thing ("three people
        were injured" / "seven people were injured"; "a 48-hour strike" / "the three-day strike"): one
        event measured twice, whatever the figures. Of the same story: the two articles report some other
        event in one cluster already. Only when it is unambiguous: the article's cluster holds no other
        article's report yet, no other cluster of the article measures that thing in that class, exactly
        one other cluster does, and every pair of the two clusters' members is compatible (class, time,
        sentence ...). Returns the clusters merged away (old id -> the id it went into)."""
        by_article: dict[str, list[tuple[Member, str]]] = {}
        for m, cid in placed:
            by_article.setdefault(m.frame.article_id, []).append((m, cid))
        out: dict[str, str] = {}
        for article, pairs in by_article.items():
            wanted: dict[tuple[str, str], set[str]] = {}  # Q key -> this article's clusters measuring it
            bare_keys: set[tuple[str, str, str]] = set()  # (Q key, cluster) measured by a report naming no party
            for m, cid in pairs:
                if m.frame.commentary:
                    continue
                root = class_root(m.frame, self.lex)
                for thing in measured(m.frame):
                    wanted.setdefault((root, "Q" + thing), set()).add(self._now(cid))
                    if _bare(m.frame) or _figure_of(m.frame, thing):
                        bare_keys.add((root, "Q" + thing, self._now(cid)))
            if not wanted:
                continue
            story = {  # the other articles reporting an event this article reports
                o.frame.article_id
                for cid in {self._now(c) for _, c in pairs}
                if cid in self.clusters
                for o in self.clusters[cid].members
            } - {article}
            for key, mine in sorted(wanted.items()):
                if len(mine) != 1:
                    continue  # two events of the article measure it: which one is not said
                cid = next(iter(mine))
                c = self.clusters.get(cid)
                if c is None or any(o.frame.article_id != article for o in c.members):
                    continue
                others = [
                    self.clusters[x]
                    for x in sorted(self._index.get(key, set()) - {cid})
                    if x in self.clusters
                    and any(o.frame.article_id in story for o in self.clusters[x].members)
                    and all(o.frame.article_id != article for o in self.clusters[x].members)
                ]
                if (*key, cid) not in bare_keys:
                    others = [
                        p
                        for p in others
                        if any(
                            (_bare(o.frame) or _figure_of(o.frame, key[1][1:])) and key in keys(o.frame, self.lex)
                            for o in p.members
                        )
                    ]
                # (a figure whose own sentence names no party contradicts no party: :func:`story_figure`)
                others = [
                    p
                    for p in others
                    if all(
                        compatible(x, y, self.lex, parties=not (story_figure(x.frame) or story_figure(y.frame)))
                        and not _apart(_places(x.frame), _places(y.frame))
                        for x in c.members
                        for y in p.members
                    )
                ]  # (measured at two places: two incidents, review 9 W4)
                if len(others) != 1:
                    continue
                into = others[0]
                self._merge(c, into)
                out[cid] = into.id
        return out

    def _nameless_join(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """Join the reports of an event an article names no party of ("the strike", "the derailment") and
        no other report of its article names one of, to the one event of another article of the story (an
        article reporting an event this article reports, in one cluster with it) that names a party this
        article names (:func:`borrowed_keys`) and reports the event with the same word, a derivation or a
        synonym (:func:`kin`): the parties are the article's. Only when unambiguous (exactly one such
        cluster) and every pair of the two clusters' members is compatible, of related classes and naming
        no places apart. Returns the clusters merged away (old id -> the id it went into)."""
        by_article: dict[str, list[tuple[Member, str]]] = {}
        for m, cid in placed:
            by_article.setdefault(m.frame.article_id, []).append((m, cid))
        out: dict[str, str] = {}
        for article, pairs in by_article.items():
            names = borrowed_keys(m.frame for m, _ in pairs)
            cids = sorted({self._now(c) for _, c in pairs})
            story = {o.frame.article_id for x in cids if x in self.clusters for o in self.clusters[x].members}
            story.discard(article)
            if not names or not story:
                continue
            for cid in cids:
                c = self.clusters.get(cid)
                if c is None or not _nameless_cluster(c, article):
                    continue
                roots = {r for m in c.members for r, k in self._member_keys(m) if k.startswith("@")}
                mine = {x for r in roots for x in self._index.get((r, "@" + article), set())} - {cid}
                if any(x in self.clusters and any(_strong(o.frame) for o in self.clusters[x].members) for x in mine):
                    continue  # its article names a party of such an event: referring back is :func:`linked`'s
                found = {x for r in roots for k in names for x in self._index.get((r, k), set())} - {cid}
                into = [
                    self.clusters[x]
                    for x in sorted(found)
                    if x in self.clusters
                    and all(o.frame.article_id != article for o in self.clusters[x].members)
                    and any(o.frame.article_id in story for o in self.clusters[x].members)
                    and self._joinable(c, self.clusters[x])
                ]
                if len(into) != 1:
                    continue  # none, or which one the text does not say
                self._merge(c, into[0])
                out[cid] = into[0].id
        return out

    def _lead_join(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """The story's incident told by the article's main actors (the module docstring): the main actors of an article
        (:func:`lead_of`: the parties its headline and lead name, its first :data:`LEAD_SENTENCES` sentences
        holding a report) are the parties of an incident it tells naming none ("the fire broke out at 7.40" under
        "Fire on Orsk plant's line 2"). A cluster of one article's reports of an ``incident`` class naming no party
        (none negated or denied, none an event noun in the plural: "no one was hurt", "earlier fires" are not the
        happening) joins the one cluster of its class root that holds either a report naming a main actor of the
        article in the headline or lead of its own article, or a report naming no party of an article whose main
        actors share one with its article ("the blaze started just before 8" under "Orsk plant evacuated") — when
        every pair of the two is compatible, of related classes, naming no places apart, some pair of one class
        told with kin words (:meth:`_joinable`), and no other cluster of the articles of the two or of its
        article's story would join it as well (which of two happenings of a kind is not said). Run for the new
        article's such clusters and for those of the articles of its story of a class root the new article reports,
        which join only a cluster holding a report of the new article. Returns the clusters merged away (old id ->
        the id it went into)."""
        out: dict[str, str] = {}
        incident = _incident_roots(self.lex)
        for article in sorted({m.frame.article_id for m, _ in placed}):
            roots = {class_root(m.frame, self.lex) for m, _ in placed if m.frame.article_id == article} & incident
            if not roots:
                continue  # (a cluster joined holds a report of the article: of one of its roots)
            story = sorted(self._story_of(article))
            self._load(story, sorted(roots))
            todo = [(article, x) for x in sorted(self._of_article.get(article, ()))]
            todo += [(s, x) for s in story for x in sorted(self._of_article.get(s, ()))]
            for owner, cid in todo:
                cid = self._now(cid)
                c = self.clusters.get(cid)
                if c is None or not _nameless_cluster(c, owner) or not self._wordless(cid):
                    continue
                if class_root(c.frames[0], self.lex) not in roots or not all(
                    _incident(f, self.lex) and f.factuality not in _NO and not _plural_noun(f) for f in c.frames
                ):
                    continue
                self._load([owner])  # (its lead and its story: every cluster of it)
                into = self._lead_event_of(c, owner)
                if into is None or (owner != article and all(o.frame.article_id != article for o in into.members)):
                    continue
                self._merge(c, into)
                out[cid] = into.id
        return {old: self._now(new) for old, new in out.items()}

    def _frames_of(self, article: str) -> list[EventFrame]:
        """The article's reports the clusters hold."""
        return [
            m.frame
            for x in self._of_article.get(article, ())
            if x in self.clusters
            for m in self.clusters[x].members
            if m.frame.article_id == article
        ]

    def _hold_lead(self, article: str, lead: Lead) -> None:
        self._lead[article] = lead
        for r in lead.rows:
            self._lead_rows.setdefault(r, set()).add(article)

    def _lead_info(self, article: str) -> Lead | None:
        """The article's headline and lead (:func:`lead_of`): of an article added, or one a store's loader gave
        whole; None for another (some of its reports may not be held)."""
        found = self._lead.get(article)
        if found is None and (article, "") in self._held:
            found = lead_of(self._frames_of(article), self.lex)
            self._hold_lead(article, found)
        return found

    def _sharers(self, article: str, rows: Collection[str]) -> set[str]:
        """The other articles with one of the lead rows (:func:`lead_of`) ``rows``: those added, and (a store) those
        stored before the article being added, which are held whole."""
        found = {a for r in rows for a in self._lead_rows.get(r, ())}
        if self.lead_finder is not None and rows:
            stored = sorted(set(self.lead_finder(sorted(rows))) - found)
            self._load(stored)
            found |= {a for a in stored if (x := self._lead_info(a)) is not None and not x.rows.isdisjoint(rows)}
        found.discard(article)
        return found

    def _lead_event_of(self, c: Cluster, article: str) -> Cluster | None:
        """The one cluster a cluster of ``article``'s reports naming no party is by its article's main actors
        (:meth:`_lead_join`), or None. The articles looked at are those sharing a lead row with it (one of its main
        actors in the lead, one incident root reported: :meth:`_sharers`), all of which the store holds."""
        mine = self._lead_info(article)
        if mine is None or not mine.names:
            return None
        lead = list(mine.names)
        root = class_root(c.frames[0], self.lex)
        keys = {k for n in lead for k in _keys_of_name(n)}
        sharers = self._sharers(article, [f"{root}\t{k}" for k in sorted(keys)])
        peers = {a for a in sharers if _overlap(lead, list(self._lead[a].names))}  # (articles sharing a main actor)
        found = {x for k in keys for x in self._index.get((root, k), set())}
        found |= {x for a in peers for x in self._index.get((root, "@" + a), set())}
        found.discard(c.id)

        def told_by_lead(o: Member) -> bool:
            f = o.frame
            if class_root(f, self.lex) != root:
                return False
            if f.article_id in peers and nameless(f):
                return True
            if f.article_id != article and f.article_id not in sharers:
                return False
            in_lead = f.sentence.start in self._lead[f.article_id].starts
            return in_lead and _overlap(lead, [_name(p) for p in _strong(f)])

        into = [
            self.clusters[x]
            for x in sorted(found)
            if x in self.clusters and any(told_by_lead(o) for o in self.clusters[x].members)
        ]
        into = [x for x in into if self._joinable(c, x, same_class=True)]
        if len(into) != 1:
            return None  # none, or which one the text does not say
        scope = {article, *self._story_of(article), *(o.frame.article_id for o in into[0].members)}
        self._load(sorted(scope), [root])
        rivals = {x for a in scope for x in self._index.get((root, "@" + a), set())} - {c.id, into[0].id}
        if any(x in self.clusters and self._joinable(c, self.clusters[x], same_class=True) for x in sorted(rivals)):
            return None  # another happening of its kind in the story it may be as well
        return into[0]

    def _story_event(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """Join the reports of an event an article names no party of to the one event of its kind the other
        articles of its story report (the module docstring): the new article's own such reports, to an event
        reported before them (the rule runs as the later article comes, in an ingest and in a recluster alike;
        a report naming no party published before its story's event stays apart). Returns the clusters merged
        away (old id -> the id it went into)."""
        out: dict[str, str] = {}
        for article in sorted({m.frame.article_id for m, _ in placed}):
            story = self._story_of(article)  # (every cluster of the new article is held)
            if not story or len(story) > STORY_ARTICLES:
                continue  # none, or so many articles that more than one event of a kind is what they share
            mine = {x for x in self._of_article.get(article, ()) if x in self.clusters}
            for cid in sorted(x for x in mine if _nameless_cluster(self.clusters[x], article)):
                into = self._story_event_of(cid, article)
                if into is not None:
                    self._merge(self.clusters[cid], into)
                    out[cid] = into.id
            out.update(self._earlier_reports(article, [m for m, _ in placed if m.frame.article_id == article]))
        return out

    def _earlier_reports(self, article: str, mine: Sequence[Member]) -> dict[str, str]:
        """The story's one event of its kind, whichever article came first: a report naming no party in an article of
        the story published before this one joins the one event of its kind now reported, by the rule of
        :meth:`_story_event_of` seen from its own article, when the event it joins holds a report of this article
        (an article telling an event without any party, before one telling it with its parties, is otherwise left
        apart: "the lifting of the order" on Monday, "the ministry lifted the indoor order" on Tuesday). Of every
        class, not only the ``incident`` ones: the tie :meth:`_story_event_of` asks holds it (one class, kin words,
        one thing acted on or measured; of an incident, the happening itself), so only the classes of this article's
        reports that can be tied are looked at (:func:`_may_tie`)."""
        roots = sorted({class_root(m.frame, self.lex) for m in mine if _may_tie(m.frame, self.lex)})
        if not roots:
            return {}
        out: dict[str, str] = {}
        story = sorted(self._story_of(article))
        self._load(story, roots)
        for other in story:
            theirs = sorted(
                x
                for x in self._of_article.get(other, ())
                if x in self.clusters
                and _nameless_cluster(self.clusters[x], other)
                and class_root(self.clusters[x].frames[0], self.lex) in roots
            )
            for cid in theirs:
                if not self._tied_to_article(cid, article):
                    continue  # (what _story_event_of would give holds no report of the article)
                into = self._story_event_of(cid, other)
                if into is not None and any(o.frame.article_id == article for o in into.members):
                    self._merge(self.clusters[cid], into)
                    out[cid] = into.id
        return {old: self._now(new) for old, new in out.items()}

    def _tied_to_article(self, cid: str, article: str) -> bool:
        """Whether a cluster holding a report of ``article`` is :meth:`_tied` to the cluster ``cid``: the cluster
        :meth:`_story_event_of` gives is tied to it, so without one it gives none holding a report of the article.
        The clusters holding the article's reports are all held (the article is being added), and the tie is a test
        of the two clusters' reports alone: this loads nothing, where :meth:`_story_event_of` loads the story of the
        stored report's article first (most of :meth:`_earlier_reports`' time, for pairs that join nothing)."""
        c = self.clusters.get(cid)
        if c is None:
            return False
        # (in no order; a cluster with no report of a class of c's is tied to none of them: :func:`_one_thing`)
        classes = {f.event_class for f in c.frames}
        clusters = [self.clusters[x] for x in self._of_article.get(article, ()) if x != cid and x in self.clusters]
        return any(self._tied(c, o) for o in clusters if any(g.event_class in classes for g in o.frames))

    def _story_of(self, article: str) -> set[str]:
        """The other articles reporting an event the article reports (in one cluster with one of its reports); for an
        article none of whose reports is in one cluster with another article's, the articles sharing a lead row with
        it (:meth:`_sharers`: an ``incident`` its headline or lead tells, with one of its main actors): an outlet
        telling the happening with other words than the rest of its story ("the coach plunged off the road" / "the
        crash") is still of that story, which the story rules need to join its reports at all."""
        found = {o.frame.article_id for x in self._of_article.get(article, ()) for o in self.clusters[x].members}
        found.discard(article)
        if not found:
            lead = self._lead_info(article)
            if lead is not None and lead.rows:
                found = self._sharers(article, lead.rows)
        return found

    def _load(self, articles: Iterable[str], roots: Iterable[str] = ()) -> None:
        """(a store) Hold every stored cluster of the articles with a report of one of the class roots (keys
        ``(root, "@" + article)``; no roots: every cluster of the articles), as a whole ingest holds them."""
        if self.story_loader is None:
            return
        wanted = sorted(roots) or [""]
        want = {(a, r) for a in articles for r in wanted if (a, r) not in self._held and (a, "") not in self._held}
        if not want:
            return
        stored = self._stored_of(frozenset(r for _, r in want)) if roots else frozenset()
        for c in self.story_loader(sorted({a for a, _ in want}), stored):
            if c.id not in self.clusters and c.id not in self.merged:
                self._put(c)
        self._held |= want

    def _stored_of(self, roots: frozenset[str]) -> frozenset[str]:
        """:meth:`_stored_roots` of every root (kept per set of roots: a root's run to hundreds of words, asked
        again for each story article and each article written)."""
        found = _STORED_OF.get(id(self.lex))
        if found is None or found[0] is not self.lex:
            found = _STORED_OF[id(self.lex)] = (self.lex, {})
        out = found[1].get(roots)
        if out is None:
            if len(found[1]) >= 512:
                found[1].clear()
            out = found[1][roots] = frozenset().union(*(self._stored_roots(r) for r in roots))
        return out

    def _stored_roots(self, root: str) -> set[str]:
        """The class roots (:func:`class_root`) of the reports keyed by ``root``: the root, and ``other:<lemma>``
        of the unlisted words derived from or to a class of it (:func:`keys`)."""
        keyed = _ROOTS_KEYED.get(id(self.lex))
        if keyed is None or keyed[0] is not self.lex:  # (one pass over the lexicon's derivations, per lexicon)
            by_root: dict[str, set[str]] = {}
            for lemma, pairs in self.lex.derived_from.items():
                for _, cls in pairs:
                    by_root.setdefault(self.lex.root(cls), {self.lex.root(cls)}).add(f"{OTHER}:{lemma}")
            keyed = _ROOTS_KEYED[id(self.lex)] = (self.lex, by_root)
        return keyed[1].get(root) or {root}

    def _story_event_of(self, cid: str, article: str) -> Cluster | None:
        """The one event of its story a cluster of one article's reports naming no party is (the module
        docstring), or None."""
        c = self.clusters.get(cid)
        if c is None or not _nameless_cluster(c, article):
            return None
        if len({m.frame.event_class for m in c.members}) != 1 or c.frames[0].event_class == OTHER:
            return None
        if not any(_may_tie(f, self.lex) for f in c.frames):
            return None  # acting on no thing told and measuring none: nothing ties it (:func:`_one_thing`)
        self._load([article])  # (its article's other events: its story, its rivals)
        story = self._story_of(article)
        if not story or len(story) > STORY_ARTICLES:
            return None
        root = class_root(c.frames[0], self.lex)
        self._load(story, [root])
        mine = self._of_article.get(article, set())  # (the clusters holding a report of the article)
        found = [
            self.clusters[x]
            for x in sorted({x for s in sorted(story) for x in self._index.get((root, "@" + s), set())} - {cid})
            if x in self.clusters and x not in mine  # (no report of the article in it)
        ]
        if not any(self._tied(c, x) for x in found):
            return None  # (the cheap test first: none tied, none joined)
        into = [x for x in found if self._may_be(c, x)]
        if len(into) > 1:
            # one tied event among events told with other words ("the lifting of the order" / "the plant will
            # restart"): the tie tells which, unless an untied one is told with the same word (then which of
            # the two is not said)
            tied = [x for x in into if self._tied(c, x)]
            if len(tied) == 1 and not any(
                _kin(f.trigger.lemma, g.trigger.lemma)
                for x in into
                if x is not tied[0]
                for f in c.frames
                for g in x.frames
            ):
                into = tied
        if len(into) != 1 or not self._tied(c, into[0]):
            return None  # none, two (which one is not said), or one the reports are not tied to
        if any(
            x in self.clusters and self._rival(c, self.clusters[x], into[0], article)
            for x in self._index.get((root, "@" + article), set()) - {cid}
        ):
            return None  # the article reports two events the other may be: which one is not said
        return into[0]

    def _story_word(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """The story's one event told with one word (the module docstring): a cluster of reports naming no party (of one
        article or of several; of a listed class) joins the one cluster of the other articles of its story that reports
        the event with the same word, its derivation or a synonym, of one class, and is compatible with it pair by pair
        (naming no places apart, acting on no two things): "the strike was called off" in one outlet, "the strike"
        another outlet tells with its parties or without. When no cluster of the story tells it with that word, the noun
        another report acts on stands for it (:func:`_word_kin`: "the contract" / "Hornwing won a contract", "the fire"
        / "a warehouse caught fire": a light verb's event noun). Run as an article comes, for its own such clusters and
        for those of the articles of its story (the articles reporting an event it reports) whose class the new article
        reports, within the new article and its story. Only when exactly one cluster of the story reports the event with
        a kin word (one telling it of another thing or at another place, :meth:`_things_apart`, tells another event and
        leaves the choice open to none) and no other cluster of the reports' articles would join it too (which of two
        the text does not say). Returns the clusters merged away (old id -> the id it went into)."""
        out: dict[str, str] = {}
        for article in sorted({m.frame.article_id for m, _ in placed}):
            story = self._story_of(article)  # (every cluster of the new article is held)
            if not story or len(story) > STORY_ARTICLES:
                continue
            scope = sorted(story | {article})
            mine = sorted(x for x in self._of_article.get(article, ()) if x in self.clusters)
            roots = sorted({class_root(f, self.lex) for x in mine for f in self.clusters[x].frames})
            self._load(sorted(story), roots)
            todo = [x for x in mine if self._wordless(x)]
            held = set(mine)  # (each cluster of the story tested once, however many of its keys it is under)
            near = {x for s in story for r in roots for x in self._index.get((r, "@" + s), ())}
            todo += sorted(x for x in near if x in self.clusters and x not in held and self._wordless(x))
            for cid in todo:
                cid = self._now(cid)
                if cid not in self.clusters or not self._wordless(cid):
                    continue
                into = self._word_event_of(cid, scope)
                if into is None or article not in {
                    m.frame.article_id for m in (*self.clusters[cid].members, *into.members)
                }:
                    continue  # (none, or one this article's reports do not bring)
                out[cid] = into.id
                self._merge(self.clusters[cid], into)
        return {old: self._now(new) for old, new in out.items()}

    def _disputed_date(self, placed: list[tuple[Member, str]]) -> dict[str, str]:
        """The story's one event told with two dates (the module docstring): a cluster of the new article joins the
        one cluster of its story that reports the event with the same word (its derivation or a synonym) of one
        class, dated by its text to a day at most :data:`DISPUTED_DAYS` from its own, when nothing but that date
        keeps them apart (every pair compatible but for the time, naming no places apart and acting on no two
        things), they are tied (a pair :func:`linked`, or a report naming no party whose article names a party of
        the other's: :func:`borrowed_keys`), no article of the story tells the event on both days (an outlet giving
        two days tells two events: a second strike day, a find four days later) and, for an event told as done,
        every article of the two was published on or after both days (an outlet writing before the other day could
        not tell that day's event). Returns the clusters merged away (old id -> the id it went into)."""
        out: dict[str, str] = {}
        for article in sorted({m.frame.article_id for m, _ in placed}):
            story = self._story_of(article)
            if not story or len(story) > STORY_ARTICLES:
                continue
            mine = sorted(x for x in self._of_article.get(article, ()) if x in self.clusters)
            roots = sorted({class_root(f, self.lex) for x in mine for f in self.clusters[x].frames})
            self._load(sorted(story), roots)
            for cid in mine:
                cid = self._now(cid)
                c = self.clusters.get(cid)
                if c is None:
                    continue
                # the stories of its articles: a report of another article of the event may be what ties it
                scope = set(story) | {article}
                for a in {m.frame.article_id for m in c.members} - {article}:
                    scope |= self._story_of(a) | {a}
                if len(scope) > STORY_ARTICLES + 1:
                    continue
                into = self._date_disputed_of(c, article, sorted(scope))
                if into is not None:
                    out[cid] = into.id
                    self._merge(c, into)
        return {old: self._now(new) for old, new in out.items()}

    def _date_disputed_of(self, c: Cluster, article: str, scope: Sequence[str]) -> Cluster | None:
        """The one cluster of the articles ``scope`` that ``c`` (a cluster holding a report of ``article``) is but for
        the day the texts date it to (:meth:`_disputed_date`), or None."""
        if any(m.frame.commentary or m.frame.event_class in (OTHER, MEASURE) for m in c.members):
            return None  # (a figure's two days are two counts: counts_apart; an unlisted word tells many acts)
        if len({class_root(f, self.lex) for f in c.frames}) != 1 or len({_day_of(f) for f in c.frames} - {None}) != 1:
            return None  # (dated to no day, or to several: two events already told apart)
        root = class_root(c.frames[0], self.lex)
        found = sorted({x for s in scope if s != article for x in self._index.get((root, "@" + s), set())} - {c.id})
        into = [self.clusters[x] for x in found if x in self.clusters and self._dated_apart(c, self.clusters[x])]
        if len(into) != 1 or not self._tied_apart(c, into[0]):
            return None  # none, or which one the text does not say
        told: dict[str, set[date]] = {}
        pairs = [(x, y) for x in c.frames for y in into[0].frames if _day_of(x) and _day_of(y) != _day_of(x)]
        words = {f.trigger.lemma for x, y in pairs for f in (x, y) if _day_of(f)}
        for s in scope:
            for x in self._index.get((root, "@" + s), set()):
                for f in self.clusters[x].frames if x in self.clusters else ():
                    d = _day_of(f)
                    if d is not None and f.article_id == s and any(_kin(f.trigger.lemma, w) for w in words):
                        told.setdefault(s, set()).add(d)
        if any(len(d) > 1 for d in told.values()):
            return None  # an article telling the event on two days tells two events
        return into[0]

    def _dated_apart(self, c: Cluster, other: Cluster) -> bool:
        """Every pair of the two clusters' members of related classes, compatible but for the time, naming no places
        apart and acting on no two things; every pair the time keeps apart dated by the text to days at most
        :data:`DISPUTED_DAYS` apart, both planned or both not, and when done, both days on or before either
        report's publication; and some such pair of one class told with kin words (:meth:`_disputed_date`)."""
        if any(m.frame.commentary or m.frame.event_class in (OTHER, MEASURE) for m in other.members):
            return False
        if len({_day_of(f) for f in other.frames} - {None}) != 1:
            return False
        if {m.frame.article_id for m in c.members} & {m.frame.article_id for m in other.members}:
            return False
        disputed = False
        for x in c.members:
            for y in other.members:
                if not classes_match(x.frame, y.frame, self.lex):
                    return False
                if _set_apart(x.frame, y.frame, self.lex):
                    return False
                reason = explain(x, y, self.lex)
                if reason in (None, "unlinked"):
                    continue
                if reason != "time":
                    return False
                dx, dy = _day_of(x.frame), _day_of(y.frame)
                if dx is None or dy is None or abs((dx - dy).days) > DISPUTED_DAYS:
                    return False
                planned = x.frame.factuality == "expected"
                if planned != (y.frame.factuality == "expected"):
                    return False
                disputed = disputed or (
                    x.frame.event_class == y.frame.event_class and _kin(x.frame.trigger.lemma, y.frame.trigger.lemma)
                )
        return disputed

    def _tied_apart(self, c: Cluster, other: Cluster) -> bool:
        """Some pair of the two clusters' members :func:`linked`, or naming no party in an article that names a party
        the other report names (:func:`borrowed_keys`): one event of the story's parties."""
        if any(linked(x, y, self.lex) for x in c.members for y in other.members):
            return False  # (a shared party: one family, whose date question compares them: reconcile.events)
        for x in c.members:
            for y in other.members:
                for a, b in ((x, y), (y, x)):
                    if nameless(a.frame) and _strong(b.frame):
                        theirs = {k for p in _strong(b.frame) for k in name_keys(p.name, p.label in _PERSON_LABELS)}
                        if theirs & self._article_names(a.frame.article_id):
                            return True
        return False

    def _article_names(self, article: str) -> set[str]:
        """:func:`borrowed_keys` of every report of an article the clusters hold."""
        frames = [
            m.frame
            for x in self._of_article.get(article, ())
            if x in self.clusters
            for m in self.clusters[x].members
            if m.frame.article_id == article
        ]
        return borrowed_keys(frames)

    def _wordless(self, cid: str) -> bool:
        """A cluster of reports naming no party (none commentary), all of one listed class root (an unlisted
        word tells many acts of a story: "stay", "take")."""
        c = self.clusters[cid]
        if c.frames[0].event_class == OTHER:
            return False
        return all(nameless(m.frame) for m in c.members) and len({class_root(f, self.lex) for f in c.frames}) == 1

    def _word_event_of(self, cid: str, scope: Sequence[str]) -> Cluster | None:
        """The one cluster of the articles ``scope`` (an article and its story) a cluster of reports naming no
        party is by its word (:meth:`_story_word`), or None."""
        c = self.clusters[cid]
        articles = {m.frame.article_id for m in c.members}
        root = class_root(c.frames[0], self.lex)
        found = sorted({x for s in scope if s not in articles for x in self._index.get((root, "@" + s), set())} - {cid})
        classes = {f.event_class for f in c.frames}  # (a cluster with no report of one of them is told alike by none)
        others = [
            o
            for o in (self.clusters[x] for x in found if x in self.clusters)
            if articles.isdisjoint(m.frame.article_id for m in o.members)
            and any(g.event_class in classes for g in o.frames)
        ]
        # told with the same word first; with the noun another report acts on only when none is ("the fire" /
        # "caught fire": :func:`_word_kin`), lest a light verb's noun make a second candidate of every event
        told = [x for x in others if self._told_alike(c, x)]  # (each pair asked once: they are the strict ones)
        loose = not told
        if loose:
            told = [x for x in others if self._told_alike(c, x, loose=True)]
        if not told:
            return self._one_of_class(c, others, scope)
        told = [x for x in told if not self._things_apart(c, x)]  # (another thing's or place's: another event)
        if len(told) > 1:
            told = self._denied_event(c, told)
        if len(told) != 1 or not self._one_word(c, told[0], loose=loose):
            return None  # none, or which one of the story's events told with the word the text does not say
        rivals = {x for s in scope if s in articles for x in self._index.get((root, "@" + s), set())} - {cid}
        if any(x in self.clusters and self._one_word(self.clusters[x], told[0], loose=loose) for x in rivals):
            return None  # another report of its articles may be that event too
        return told[0]

    @staticmethod
    def _denied_event(c: Cluster, told: Sequence[Cluster]) -> list[Cluster]:
        """Of several clusters of a story told with the word of a cluster of denials naming no party ("no complaint
        has been filed", "the driver has not been arrested"), the one the denial answers: the only one reported by
        two articles or more and told as done by one of them (the story's event; the others are one outlet's
        asides, often other denials). A denial names the event the story tells in order to deny it; without it,
        the question whether it happened is never asked. Every cluster when the reports are not all denials, or
        when no one cluster stands out."""
        if not all(f.factuality in _NO for f in c.frames):
            return list(told)
        told_by_several = [
            x
            for x in told
            if len({f.article_id for f in x.frames}) > 1 and any(f.factuality in _DONE for f in x.frames)
        ]
        return told_by_several if len(told_by_several) == 1 else list(told)

    def _one_of_class(self, c: Cluster, others: Sequence[Cluster], scope: Sequence[str]) -> Cluster | None:
        """The story's one event of the class of a cluster of reports naming no party, told with another word (no
        cluster of its story tells it with its word or a kin one: "a cyber attack on the bank" / "no cyberattack",
        "the trial" / "the pilot"): the one cluster of the other articles of its story holding a report of its
        class (its class itself, not a kindred one), reported by two articles or more (the story's event, not one
        outlet's aside: "the settlement engine" is not "[Sign up]"), compatible with it pair by pair
        (:meth:`_may_be`), when no other cluster of the story's articles holds a report of that class (two of a
        class in a story: which one the text does not say). Not of speech or figures (many statements and counts
        share a class)."""
        classes = {f.event_class for f in c.frames}
        if len(classes) != 1 or any(_speech(f) or f.event_class == MEASURE for f in c.frames):
            return None
        (cls,) = classes
        root = class_root(c.frames[0], self.lex)
        same = [x for x in others if any(f.event_class == cls for f in x.frames)]
        if len(same) != 1 or len({f.article_id for f in same[0].frames}) < 2 or not self._may_be(c, same[0]):
            return None  # (none, two, or a report of one outlet: only the event its story tells is the story's)
        rivals = {x for s in scope for x in self._index.get((root, "@" + s), set())} - {c.id, same[0].id}
        if any(x in self.clusters and any(f.event_class == cls for f in self.clusters[x].frames) for x in rivals):
            return None  # another event of its class in the story, or of its articles: which one is not said
        return same[0]

    def _told_alike(self, c: Cluster, other: Cluster, *, loose: bool = False) -> bool:
        """Some pair of the two clusters' reports of one class, told with kin words (:func:`_kin`; ``loose``: or one's
        word the noun the other acts on, :func:`_word_kin`)."""
        kin = _word_kin if loose else _kin_words
        theirs = other.frames  # (read once: a property, asked once per report of ``c`` otherwise)
        return any(x.event_class == y.event_class and kin(x, y) for x in c.frames for y in theirs)

    def _things_apart(self, c: Cluster, other: Cluster) -> bool:
        """Some pair of the two clusters' reports naming places apart or acting on two things (:func:`_other_thing`):
        the word tells another event there, not one the text leaves open."""
        return any(_set_apart(x.frame, y.frame, self.lex) for x in c.members for y in other.members)

    def _one_word(self, c: Cluster, other: Cluster, *, loose: bool = False) -> bool:
        """Every pair of the two clusters' members compatible, of related classes, naming no places apart and
        acting on no two things (:meth:`_may_be`), and some pair of one class told with kin words
        (:meth:`_story_word`)."""
        kin = _word_kin if loose else _kin_words
        return self._may_be(c, other) and any(
            x.frame.event_class == y.frame.event_class and kin(x.frame, y.frame)
            for x in c.members
            for y in other.members
        )

    def _tied(self, c: Cluster, other: Cluster) -> bool:
        """Some pair of the two clusters' reports of one class and kin words acting on or measuring one thing
        (:func:`_one_thing`)."""
        theirs = other.frames  # (read once, as in :meth:`_told_alike`)
        return any(_one_thing(x, y, self.lex) for x in c.frames for y in theirs)

    def _rival(self, c: Cluster, other: Cluster, into: Cluster, article: str) -> bool:
        """Another event of the article the one of the story (``into``) may be as well: of a kind related to
        the one's (:func:`classes_match`), acting on no other thing ("the crossings were cancelled" is no rival of
        "the licence was suspended": :func:`_other_thing`), and naming a party or tied to that one too
        (:meth:`_tied`): which of the two another outlet reports the text does not say. (A report of the article
        told another way and tied to nothing, "economists expected a cut", leaves the tie to tell.)"""
        if not any(
            classes_match(x.frame, y.frame, self.lex) and not _other_thing(x.frame, y.frame, self.lex)
            for x in c.members
            for y in other.members
        ):
            return False
        return not _nameless_cluster(other, article) or self._tied(other, into)

    def _may_be(self, c: Cluster, other: Cluster) -> bool:
        """Every pair of the two clusters' members compatible, of related classes, naming no places apart and
        acting on no two things (:func:`_other_thing`): the events :meth:`_story_event` chooses among."""
        for x in c.members:
            for y in other.members:
                if not compatible(x, y, self.lex) or not classes_match(x.frame, y.frame, self.lex):
                    return False
                if _set_apart(x.frame, y.frame, self.lex):
                    return False
        return True

    def _joinable(self, c: Cluster, other: Cluster, *, same_class: bool = False) -> bool:
        """Every pair of the two clusters' members compatible, of related classes and naming no places
        apart, and some pair reporting it with kin words (:meth:`_nameless_join`); with ``same_class``, some pair
        of one class told with kin words (:meth:`_lead_join`)."""
        kin_words = False
        for x in c.members:
            for y in other.members:
                if not compatible(x, y, self.lex) or not classes_match(x.frame, y.frame, self.lex):
                    return False
                if _apart(_places(x.frame), _places(y.frame)):
                    return False
                kin_words = kin_words or (
                    (not same_class or x.frame.event_class == y.frame.event_class)
                    and _kin(x.frame.trigger.lemma, y.frame.trigger.lemma)
                )
        return kin_words

    def _merge(self, other: Cluster, into: Cluster) -> None:
        for m in other.members:
            for k in [("commentary", "@" + m.frame.article_id)] if m.frame.commentary else self._member_keys(m):
                self._index.get(k, set()).discard(other.id)
            if m.copy_key:
                self._copies.get(m.copy_key, set()).discard(other.id)
            self._of_article.get(m.frame.article_id, set()).discard(other.id)
            into.members.append(m)
            self._index_member(into.id, m)
        del self.clusters[other.id]
        for old, new in self.merged.items():
            if new == other.id:
                self.merged[old] = into.id
        self.merged[other.id] = into.id

    def of_frame(self) -> dict[str, str]:
        """frame id -> cluster id."""
        return {m.frame.id: c.id for c in self.clusters.values() for m in c.members}
