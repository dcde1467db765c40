"""Timeline of events built from event clusters (one entry per cluster).

* **Date**: the event time the text gives — the narrowest interval among the
  members' times (the most frequent at that width: the days most articles give, each article once and a
  clock time voting for its day, of as many the first report's; then the most frequent way of telling them).
  A statement or denial no member's text dates, told in the past tense ("the ministry denied the
  report", "the mayor said": ``report_day_classes`` of ``[event_time]`` in
  ``models/timex/en.toml``), was made on the day of the first report that
  carries it: that day is its date (of the cluster, not of each report, so
  that two outlets' days apart neither split it nor dispute it). An event
  no member's own time dates, told through a dated act ("said on Monday it
  had accepted", "opened an inquiry on Wednesday": the frames' ``told_time``,
  :mod:`claimline.events.timing`), takes that act's time the same way. Only when
  none of these holds, the earliest publication date, labelled "reported on
  …" (``date_basis="publication"``).
* **Status** from the members' factuality: ``denied`` when every member is
  denied or negated and someone denies it ("X denied that it had signed",
  "Ferrand denies resignation"), ``negated`` when the text only says it did
  not happen ("did not resign", nobody denying it); ``disputed`` when some assert or report it and others
  deny or negate it; ``expected`` when planned or forecast and nobody reports
  it done; otherwise the strongest of asserted > reported > hedged. A denied
  event is never shown as asserted.
  An event whose time lies after the publication of every report is
  ``expected`` whatever its reports' factuality (it cannot have happened yet).
  A report of an event under a verb of failing ("failed to sign") reads
  negated; a "no" an article gives beside its own "yes" about another word
  does not make the entry disputed (:func:`_answers`); an open conflict on
  the event's factuality, date, deadline, clock time, amounts or kind (a classification) does, and so
  does one open conflict whose sides hold every claim of the entry, on two
  sides (:func:`mark_disputed`).
* **One denial, one entry**: a verb or noun of denial (class ``deny``) and the
  event it denies in its sentence (told after it as denied, or the noun it acts
  on: "denies resignation") are one entry, the denied event's, not a
  ``denied`` and a ``confirmed`` one of one headline (review 10, R16); a denial
  whose event is not in the timeline stays an entry of its own.
* **One sentence, one entry** (review 11, S8): a frame its sentence only mentions beside the event the
  sentence tells is no entry of its own — the verb of attribution that tells an event of its content
  ("police **confirmed** they arrested", "local media **reported**": its trigger inside its claim's cue),
  and an undated event noun beside a verb of the sentence that tells its event — a verb of no class ("an
  **earthquake** hit Quessa"), of its class or a hypernym, of a phase of it ("cancelled 40 **flights**", "will
  begin **production**"), of how its figure moved ("**sales** dropped") or of speech about it ("criticised the
  **award**": ``aspect_classes``, ``figure_classes``, ``topic_classes`` of ``models/events.toml``) — or beside any
  verb when it names no party; each only when every party it names is a party of that event (an actor's timeline
  keeps what only it names) (:func:`mentions`). A noun naming a party beside a verb of another class is an event
  of its own ("the **departure** of the A380 has been delayed", "negotiated the **purchase** of 22 jets",
  "the **deal** was approved": SemEval-2015 Task 4 counts both). An entry every report of which is such a
  mention is marked ``mention_only`` and listed with ``--all`` only; two verbs of one sentence ("ten people
  died when the ferry sank") stay two entries, and so do a noun with a time of its own and a noun after a
  preposition of an adjunct ("died after the **crash**", "the death toll from the **collapse** rose":
  ``adjunct_prepositions`` of ``models/timex/en.toml``).
* **Label** (review 11, S31): the sentence of the firmest report — of those published by the entry's date
  when the entry is dated by its first report ("reported on 1 Oct" is not labelled with a sentence
  published on 6 Oct).
* **Commentary** (clusters of speech or opinion frames only) is not an entry
  unless ``include_commentary``; it is then listed after the events, with
  status ``commentary``.
* **Figures** (frames of a number with its measured noun, :mod:`claimline.events.measures`) are
  never entries: they are compared, not events.
* **Actor filter**: an event belongs to the timeline of each of its
  participants; ``names`` are matched against participant names (canonical
  actors and NER names), case-insensitively (``claimline.api`` turns a user's
  ``--actor`` into those names).

:func:`as_timeline_entries` shows event entries through the claim-entry
renderers (Markdown, HTML): statuses ``asserted`` -> ``confirmed``; expected,
denied and commentary stay what they are.

No spaCy here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from ..timeline import LABEL_MAX_CHARS, date_label, format_day
from .display import distinct_names, event_words, failed_before, outlet_name
from .light import DOER, MEASURE  # (not .measures: it imports pydantic, off the query path)
from .objects import INDEFINITE

if TYPE_CHECKING:
    from ..schemas import Article, Conflict, EventEntry, EventTime, TimelineEntry
    from .identity import Cluster

__all__ = ["as_timeline_entries", "build_event_timeline", "entry_status", "mark_disputed", "said", "sort_entries"]

_DONE = ("asserted", "reported", "hedged")
_NO = ("denied", "negated")
_FIRM = ("asserted", "reported")


#: The event class of a verb or noun of denial (``models/events.toml``).
DENY = "deny"


def entry_status(factualities: Iterable[str]) -> str:
    """Status of an event from its members' factuality (see the module docstring)."""
    f = set(factualities)
    done = f & set(_DONE)
    if f and f <= set(_NO):
        return "denied" if "denied" in f else "negated"
    if done and f & set(_NO):
        return "disputed"
    if "expected" in f and not done - {"hedged"}:
        return "expected"
    for level in _DONE:
        if level in f:
            return level
    return "asserted"


def said(factuality: str, before: str) -> str:
    """A report's factuality as a timeline reads it: an event done under a verb of failing ("failed to
    sign", "declined to renew": ``before`` holds the words of its sentence before the trigger) is
    ``negated``; else ``factuality``."""
    if factuality in ("asserted", "reported") and failed_before(before):
        return "negated"
    return factuality


def _denials(frames: Iterable[Any]) -> tuple[set[str], set[str]]:
    """The frames a denial of their sentence denies, and the denials that tell nothing else (by id).

    A denial is a frame of class :data:`DENY` told as done; it denies the frames its sentence tells after it as
    denied ("Veltra denied that it had agreed") and the one whose trigger is the noun it acts on ("Ferrand denies
    resignation": the parse leaves the noun asserted). A denial all of whose parties are parties of an event it
    denies is told by that event's entry (one sentence, one entry); one that names a party the event does not
    ("Veltra denied that Ostrava had signed") stays an entry of that party's timeline."""
    by_sentence: dict[tuple[str, int], dict[str, Any]] = {}
    for f in frames:
        by_sentence.setdefault((f.article_id, f.sentence.start), {})[f.id] = f
    denied: set[str] = set()
    told: set[str] = set()
    for beside in by_sentence.values():
        for d in beside.values():
            if d.event_class != DENY or d.factuality not in ("asserted", "reported"):
                continue
            noun = (getattr(d, "theme_noun", None) or "").removeprefix(INDEFINITE).split()[-1:]
            names = {p.name.casefold() for p in _parts(d)}
            for f in beside.values():
                if f.event_class in (DENY, MEASURE) or f.commentary or f.trigger.start < d.trigger.end:
                    continue
                if f.factuality == "denied" or (f.trigger.pos == "noun" and [f.trigger.lemma.lower()] == noun):
                    denied.add(f.id)
                    if names <= {p.name.casefold() for p in _parts(f)}:
                        told.add(d.id)
    return denied, told


def _parts(f: Any) -> list[Any]:
    """A frame's parties as a timeline weighs them: not an agent described only by its kind of doer (:data:`DOER`:
    "Police confirmed they arrested a suspect" names no party of the arrest's entry, nor of the confirmation, which
    stays a mention of it), which only who did it compares."""
    return [p for p in f.participants if p.label != DOER]


def _names(f: Any) -> set[str]:
    return {p.name.casefold() for p in _parts(f)}


def _adjunct(f: Any, sentence_text: Callable[[str, int, int], str] | None) -> bool:
    """Whether an event noun follows a word of ``adjunct_prepositions`` (``[event_time]`` of
    ``models/timex/en.toml``) within its last four words: an event of its own, told before, after or because of
    its sentence's verb ("died after the crash", "the toll from the collapse")."""
    if sentence_text is None or f.trigger.start <= f.sentence.start:
        return False
    words = sentence_text(f.article_id, f.sentence.start, f.trigger.start).lower().split()[-4:]
    near = {*words, *(" ".join(p) for p in zip(words, words[1:], strict=False))}
    return bool(near & _adjunct_prepositions())


@cache
def _adjunct_prepositions() -> frozenset[str]:
    """``adjunct_prepositions`` of ``[event_time]`` in ``models/timex/en.toml`` (validated by
    :mod:`claimline.timex.vocab`; read by :func:`claimline.lexicon_files.time_words`: queries stay light)."""
    from ..lexicon_files import time_words

    return frozenset(str(w).lower() for w in time_words().get("event_time", {}).get("adjunct_prepositions", []))


#: The class of a verb no class of ``models/events.toml`` lists: compared by its word, it names no event of its own
#: beside an event noun ("an earthquake **hit**", "saw a loss", "the fall **left** the index at 11,188").
OTHER = "other"


def _restates(verb_class: str, noun_class: str) -> bool:
    """Whether a verb tells the event a noun of its sentence names: a verb of no class of its own (:data:`OTHER`), of
    a phase of an event (``aspect_classes`` of ``models/events.toml``: "will **begin** production", "cancelled 40
    **flights**"), of how a figure moved (``figure_classes``: "**sales** dropped 12 percent"), of speech or stance
    about it (``topic_classes``: "criticised the **award**"), or of the noun's class or one related by ``hypernym``
    ("the strike" / "walked out"); a class counts with its hypernyms. A verb of another class tells another event
    ("**delayed** the departure", "**negotiated** the purchase", "the deal was **approved**")."""
    if verb_class in (OTHER, noun_class):
        return True
    up, telling = _classes()
    above = _ancestors(verb_class, up)
    if ({verb_class} | above) & telling:
        return True
    return verb_class in _ancestors(noun_class, up) or noun_class in above


def _ancestors(cls: str, up: Mapping[str, str]) -> set[str]:
    seen: set[str] = set()
    while cls in up and up[cls] not in seen:
        cls = up[cls]
        seen.add(cls)
    return seen


@cache
def _classes() -> tuple[dict[str, str], frozenset[str]]:
    """Class -> its ``hypernym`` in ``models/events.toml``, and the classes whose verbs tell the event of a noun
    beside them (``aspect_classes``, ``figure_classes`` and ``topic_classes`` of that file; validated by
    :mod:`claimline.events.lexicon`, read by :func:`claimline.lexicon_files.lexicon_data`: queries stay light)."""
    from ..lexicon_files import lexicon_data

    data = lexicon_data("events.toml")
    up = {str(e["name"]): str(e["hypernym"]) for e in data.get("event", []) if e.get("name") and e.get("hypernym")}
    keys = ("aspect_classes", "figure_classes", "topic_classes")
    return up, frozenset(str(c) for key in keys for c in data.get(key, []))


def mentions(
    frames: Iterable[Any],
    cues: Mapping[str, tuple[int, int]],
    sentence_text: Callable[[str, int, int], str] | None = None,
) -> set[str]:
    """The frames (by id) that their sentence only mentions beside the event it tells (module docstring, "One
    sentence, one entry"): a frame whose trigger lies inside its claim's cue (``cues``: claim id -> cue
    offsets), and an event noun with no time of its own beside a verb of the sentence that is not a cue and tells
    its event (:func:`_restates`; any verb when the noun names no party), unless a preposition of an adjunct comes
    just before it (:func:`_adjunct`; ``sentence_text(article_id, start, end)`` reads it) — each only when another
    such event of the sentence names every party it names."""
    by_sentence: dict[tuple[str, int], list[Any]] = {}
    for f in frames:
        by_sentence.setdefault((f.article_id, f.sentence.start), []).append(f)
    out: set[str] = set()
    for beside in by_sentence.values():
        if len(beside) < 2:
            continue
        events = {f.id: f for f in beside if not f.commentary and f.event_class not in (DENY, MEASURE)}
        telling = set()
        for f in events.values():
            cue = cues.get(f.claim_id or "")
            if cue is not None and cue[0] <= f.trigger.start < cue[1]:
                telling.add(f.id)
        told = [f for f in events.values() if f.id not in telling]
        verbs = [f for f in told if f.trigger.pos == "verb"]
        for f in events.values():
            if f.id in telling:
                leads = told
            elif f.trigger.pos != "verb" and f.time is None and not _adjunct(f, sentence_text):
                # a noun naming a party tells an event of its own beside a verb of another class; one naming
                # nobody is no entry a reader could place ("the discussions", "a procurement agency"), and a "no"
                # is its verb's ("has not yet paid the fine": the fine was imposed)
                own = _parts(f) and f.factuality not in _NO
                leads = [g for g in verbs if not own or _restates(g.event_class, f.event_class)]
            else:
                continue
            names = _names(f)
            if any(g.id != f.id and names <= _names(g) for g in leads):
                out.add(f.id)
    return out


def _read(
    members: Sequence[Any], sentence_text: Callable[[str, int, int], str], denied: set[str] | frozenset[str]
) -> dict[str, str]:
    """Each member's factuality as the timeline reads it (:func:`said`), by frame id; ``denied`` by a denial of
    its sentence (:func:`_denials`) when that denial tells it ("denies resignation"). A noun of the event
    ("the deal", "the contract") in an article whose verbs of it all say it was not done ("failed to sign
    the deal", "did not renew the contract") is read as those verbs are: the verb says whether it
    happened, the noun only names it, and one article does not dispute itself that way."""
    read: dict[str, str] = {}
    for m in members:
        f = m.frame
        before = (
            sentence_text(f.article_id, f.sentence.start, f.trigger.start)
            if f.sentence.start <= f.trigger.start
            else ""
        )
        read[f.id] = said(f.factuality, before)
        if f.id in denied and read[f.id] in ("asserted", "reported"):
            read[f.id] = "denied"
    verbs: dict[str, list[str]] = {}
    for m in members:
        if m.frame.trigger.pos == "verb":
            verbs.setdefault(m.frame.article_id, []).append(read[m.frame.id])
    for m in members:
        f = m.frame
        of_article = verbs.get(f.article_id, [])
        if f.trigger.pos != "verb" and read[f.id] in ("asserted", "reported") and of_article:
            if all(r in _NO for r in of_article):
                read[f.id] = "negated" if "negated" in of_article else "denied"
    return read


def _headline(articles: Mapping[str, Article], f: Any) -> bool:
    """Whether a frame is its article's headline's (its sentence opens the text and is no longer than the
    title): a timeline entry reads a sentence of the body when one tells the event."""
    title = getattr(articles.get(f.article_id), "title", None) or ""
    return bool(title) and f.sentence.start == 0 and f.sentence.end - f.sentence.start <= len(title.strip()) + 1


def _trim(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut[:limit]).rstrip(" ,;:-–—") + "…"


#: Room kept after a trigger when a long sentence is cut around it; a cut that keeps this much after
#: the trigger's start leaves the sentence's start.
_AFTER_TRIGGER = 50
_SEEN_AFTER = 20


def _answers(
    members: Sequence[Any],
    read: Mapping[str, str],
    on: date | None = None,
    aside: set[str] | frozenset[str] = frozenset(),
) -> list[str]:
    """The factualities an entry's status weighs: every member's (:func:`_read`), except a "no" that an
    article gives beside its own "yes" about another word — a noun negated with its verb ("will not renew
    its contract" beside "the contract was cancelled"), another verb ("will not renew" beside "was
    cancelled"): one article telling two acts of one event does not dispute itself. Two outlets do,
    and so does one article saying a word and its negation ("was arrested" / "was not arrested").

    Nor does a "no" answer a "yes" of the entry (review 12 T15) when it was published before the day the text
    dates the act (``on``: "had not been found by Monday evening", published on Tuesday, beside "found on
    Wednesday": true when written), or when it names, besides the agents, a party no "yes" names while the "yes"
    names one it does not (:func:`_elsewhere`: "did not suspend services on its Corvath line" / "suspended
    services on its Tirrel line"), or when it is a mention of its sentence (``aside``, :func:`mentions`: "has not
    yet paid the **fine**" — the "no" is the payment's, an entry of its own)."""
    yes: dict[str, set[str]] = {}
    for m in members:
        if read[m.frame.id] in _DONE:
            yes.setdefault(m.frame.article_id, set()).add(m.frame.trigger.lemma)
    done = [m.frame for m in members if read[m.frame.id] in _DONE]
    out = []
    for m in members:
        f = m.frame
        own = yes.get(f.article_id)
        if read[f.id] in _NO and own and (f.trigger.pos != "verb" or f.trigger.lemma not in own):
            continue
        if read[f.id] in _NO and done:
            if f.id in aside:
                continue
            if on is not None and m.published is not None and m.published < on:
                continue
            if _elsewhere(f, done):
                continue
        out.append(read[f.id])
    return out or list(read.values())


def _elsewhere(no: Any, done: Sequence[Any]) -> bool:
    """Whether a "no" and the "yes" reports of its entry name other things than the agents: the "no" a party none
    of them names, and each of them one the "no" does not ("the Corvath line" / "the Tirrel line")."""
    mine = {p.name.casefold() for p in _parts(no) if p.role != "agent"}
    theirs = {p.name.casefold() for f in done for p in _parts(f)}
    if not mine - theirs:
        return False
    every = {p.name.casefold() for p in _parts(no)}
    return all({p.name.casefold() for p in _parts(f) if p.role != "agent"} - every for f in done)


def _around(text: str, at: int, limit: int = LABEL_MAX_CHARS) -> str:
    """The sentence as the entry's label, cut to ``limit`` (:func:`_trim`) — around the trigger (at ``at``)
    when the cut would drop it: "… and Vireon and ÖBB-Infrastruktur signed it in August.", so that the
    label shows the event it stands for (and its words can be read from it)."""
    flat = " ".join(text.split())
    if len(flat) <= limit or at + _SEEN_AFTER <= limit:
        return _trim(text, limit)
    at = len(" ".join(text[:at].split())) + (1 if text[:at][-1:].isspace() else 0)
    start = flat.find(" ", max(0, at + _AFTER_TRIGGER - limit)) + 1
    if not 0 < start <= at:
        return _trim(text, limit)
    return "…" + _trim(flat[start:], limit - 1)


def _parties(f: Any, sentence_text: Callable[[str, int, int], str]) -> list[Any]:
    """The parties an entry names for its frame: a noun's agent only where its sentence makes it the
    noun's — just before it ("Alpenstell's application", "the ÖBB appeal", "its new tender": a word or two
    between) or after it ("an appeal by Vireon") — not a subject of the clause several words back ("ÖBB
    must now score the existing offers" names no one's offers)."""
    if f.trigger.pos == "verb":
        return _parts(f)
    out = []
    for p in _parts(f):
        if p.role == "agent" and p.end <= f.trigger.start:
            gap = sentence_text(f.article_id, p.end, f.trigger.start)
            if len(gap) > 40 or any(ch in gap for ch in ",;:()") or len(gap.split()) > 2:
                continue
        out.append(p)
    return out


def _date(members: Sequence[Any]) -> tuple[date | None, date | None, str | None, str, str, EventTime | None]:
    told = [(m, m.frame.time) for m in members if m.frame.time is not None and m.frame.time.start is not None]
    if not told:
        # no member's own time: the time of the act a report tells it through ("said on Monday it had accepted",
        # "opened an inquiry on Wednesday"; events.timing._told_times)
        told = [(m, t) for m in members if (t := _told(m.frame)) is not None and t.start is not None]
    times = [t for _, t in told]
    if times:

        def width(t: EventTime) -> int:
            return ((t.end or date.max) - t.start).days if t.start else 10**7  # type: ignore[operator]

        narrow = min(width(t) for t in times)
        best = [t for t in times if width(t) == narrow]
        top = _most_told([(m, t) for m, t in told if width(t) == narrow])
        best = [t for t in best if (t.start, t.end) == top]
        counts = Counter((t.start, t.end, t.granularity, t.mod, t.kind) for t in best)
        (start, end, gran, mod, kind), _ = max(counts.items(), key=lambda kv: (kv[1], -(kv[0][0].toordinal())))
        t = next(t for t in best if (t.start, t.end, t.granularity, t.mod, t.kind) == (start, end, gran, mod, kind))
        if kind in ("interval", "since", "expected", "until", "after"):
            label = _range_label(t)
        else:
            label = date_label(start, end, gran, mod)
        return start, end, gran, label, "text", t
    pubs = [m.published for m in members if m.published is not None]
    if pubs:
        first = min(pubs)
        if _said_on_report_day(members):
            return first, first, "day", date_label(first, first, "day"), "text", None
        return first, first, "day", f"reported on {format_day(first)}", "publication", None
    return None, None, None, "undated", "none", None


def _most_told(told: Sequence[tuple[Any, EventTime]]) -> tuple[date, date | None]:
    """The days (start, end) most articles give an event (each article once: one telling its day twice is one report;
    a clock time on a day votes for that day, "at 03:40 on Monday" and "early on Monday" outvote "on Sunday"); of as
    many, the day of the first report (later ones tell it back and drift: a week-later review's "Monday, 15 June"
    against the next day's "Tuesday"), then the earlier day."""
    articles: dict[tuple[date, date | None], set[str]] = {}
    first: dict[tuple[date, date | None], int] = {}
    for m, t in told:
        day = (t.start, t.end)
        articles.setdefault(day, set()).add(m.frame.article_id)
        published = m.published.toordinal() if m.published is not None else 10**7
        first[day] = min(first.get(day, published), published)
    return max(articles, key=lambda d: (len(articles[d]), -first[d], -d[0].toordinal()))


def _told(frame: Any) -> EventTime | None:
    """A frame's ``told_time`` (a model's field, or a light view's key when the stored frame has it)."""
    return frame.get("told_time") if isinstance(frame, dict) else frame.told_time


def _said_on_report_day(members: Sequence[Any]) -> bool:
    """A statement or denial (``report_day_classes``) that some report tells done in the past tense ("said",
    "told", "has denied"; not "says", "will deny", "denying"): every member of one of those classes, one of
    them a verb in a past form, asserted or reported."""
    classes = _report_day_classes()
    if not members or any(m.frame.event_class not in classes for m in members):
        return False
    return any(_past_form(m.frame.trigger) and m.frame.factuality in ("asserted", "reported") for m in members)


def _past_form(trigger: Any) -> bool:
    """A verb written in a past form (its word is not its lemma, nor an -s or -ing form): "said", "denied"."""
    word = trigger.text.lower()
    return trigger.pos == "verb" and word != trigger.lemma.lower() and not word.endswith(("s", "ing"))


@cache
def _report_day_classes() -> frozenset[str]:
    """``report_day_classes`` of ``[event_time]`` in ``models/timex/en.toml``, through the one loader of that file
    (:func:`claimline.lexicon_files.time_words`, checked with pydantic by :mod:`claimline.timex.vocab`; queries stay
    light; review 10, R23)."""
    from ..lexicon_files import time_words

    words = time_words().get("event_time", {}).get("report_day_classes", [])
    return frozenset(str(w) for w in words)


def _range_label(t: EventTime) -> str:
    start = date_label(t.start, t.start, t.granularity if t.kind != "expected" else "day")
    if t.kind == "since":
        return f"since {date_label(t.start, t.start, t.granularity)}"
    if t.kind == "after":
        return f"after {start}"
    if t.end is None:
        return start
    if t.kind == "expected":
        return f"expected by {format_day(t.end)}"
    if t.kind == "until":
        return f"by {format_day(t.end)}"
    end = date_label(t.end, t.end, t.granularity)
    return f"{start} – {end}" if end != start else start


def _outlet(articles: Mapping[str, Article], m: Any) -> str | None:
    """Who reports a member, for a reader: its article's publisher, else a name the reader recognises
    (:func:`~claimline.events.display.outlet_name`: URL host, file name, title)."""
    article = articles.get(m.frame.article_id)
    return getattr(article, "publisher", None) or m.publisher or outlet_name(article)


def build_event_timeline(
    clusters: Sequence[Cluster],
    articles: Mapping[str, Article],
    sentence_text: Callable[[str, int, int], str],
    *,
    names: set[str] | None = None,
    include_commentary: bool = False,
    light: bool = False,
    beside: Iterable[Any] = (),
    cues: Mapping[str, tuple[int, int]] | None = None,
) -> list[EventEntry]:
    """One entry per event cluster (see the module docstring), sorted by date; undated and
    then commentary entries last.

    ``sentence_text(article_id, start, end)`` gives the text of a frame's sentence (the label);
    ``names`` (case-folded or not) keeps clusters with a participant of one of those names.
    ``light=True``: the clusters hold the store's light views (:mod:`claimline.events.light`)
    and the entries are views too, the same JSON as the models (no pydantic). ``beside``: other frames of
    the articles, for the denials of a sentence whose frames are in other clusters (:func:`_denials`), so that
    an entry reads the same whichever clusters are built with it; ``cues`` (claim id -> cue offsets) the cues
    of the claims of those frames, for :func:`mentions` (none given: no frame is a verb of attribution).
    An entry of mentions only (``mention_only``) is built only with ``include_commentary`` (``--all``).
    """
    if light:
        from .light import EventEntry, EventReport, EventSummary, Span
    else:
        from ..schemas import EventEntry, EventReport, EventSummary, Span
    folded = {n.casefold() for n in names} if names is not None else None
    dated: list[EventEntry] = []
    loose: list[EventEntry] = []
    talk: list[EventEntry] = []

    def shown(c: Cluster) -> bool:
        frames = c.frames
        if folded is not None and not any(p.name.casefold() in folded for f in frames for p in _parts(f)):
            return False
        if all(f.event_class == MEASURE for f in frames):
            return False  # a number with its measured noun: a figure to compare, no event (events/measures.py)
        return include_commentary or not all(f.commentary for f in frames)

    kept = [c for c in clusters if shown(c)]
    around = [*(f for c in clusters for f in c.frames), *beside]
    denied, told = _denials(around)
    aside = mentions(around, cues or {}, sentence_text)
    for c in kept:
        frames = c.frames
        if all(f.id in told for f in frames):
            continue  # the denial is the denied event's entry (R16)
        mention_only = all(f.id in aside for f in frames)
        if mention_only and not include_commentary:
            continue  # one sentence, one entry (S8): the event the sentence tells is the entry
        commentary = all(f.commentary for f in frames)
        members = sorted(c.members, key=lambda m: (m.published or date.max, m.frame.id))
        read = _read(members, sentence_text, denied)
        start, end, gran, label_date, basis, t = _date(members)
        # the label tells what was known by the entry's date: a "reported on 1 Oct" entry is labelled by a
        # report of that day, not by the outcome published on 6 Oct (review 11, S31)
        by_then = [m for m in members if basis != "publication" or m.published is None or m.published <= start]
        rep = max(
            by_then or members,
            key=lambda m: (
                # as the timeline reads it (a denied noun of a headline is no "yes"); a firm wording over a hedged
                # one ("police arrested" labels the arrest, not "police may have arrested": review 10, R30)
                read[m.frame.id] in _FIRM,
                read[m.frame.id] in _DONE,
                not _headline(articles, m.frame),  # the sentence that tells it, not its headline
                len(_parts(m.frame)),
                m.frame.time is not None,
                -(m.published or date.max).toordinal(),
            ),
        )
        f = rep.frame
        seen: dict[str, None] = {}
        for m in members:
            for p in _parts(m.frame):
                seen.setdefault(p.name, None)
        status = (
            "commentary"
            if commentary
            else entry_status(_answers(members, read, start if basis == "text" else None, aside))
        )
        pubs = [m.published for m in members if m.published is not None]
        if status in _DONE and basis == "text" and start is not None and pubs and start > max(pubs):
            status = "expected"
        entry = EventEntry(
            start=start,
            end=end,
            granularity=gran,  # type: ignore[arg-type]
            date_label=label_date,
            date_basis=basis,  # type: ignore[arg-type]
            label=_around(
                sentence_text(f.article_id, f.sentence.start, f.sentence.end), f.trigger.start - f.sentence.start
            ),
            status=status,  # type: ignore[arg-type]
            actors=distinct_names(list(seen)),
            outlets=list(dict.fromkeys(_outlet(articles, m) or m.frame.article_id for m in members)),
            event=EventSummary(
                cluster_id=c.id,
                event_class=c.event_class(),
                trigger=Span(text=f.trigger.text, start=f.trigger.start, end=f.trigger.end),
                article_id=f.article_id,
                participants=_parties(f, sentence_text),
                time=t,
                factuality=read[f.id],
                quantities=[q for m in members for q in m.frame.quantities],
                pos=f.trigger.pos,
            ),
            reports=[
                EventReport(
                    event_id=m.frame.id,
                    article_id=m.frame.article_id,
                    claim_id=m.frame.claim_id,
                    publisher=getattr(articles.get(m.frame.article_id), "publisher", None) or m.publisher,
                    outlet=_outlet(articles, m),
                    published=m.published,
                    trigger=Span(text=m.frame.trigger.text, start=m.frame.trigger.start, end=m.frame.trigger.end),
                    factuality=read[m.frame.id],
                )
                for m in members
            ],
            claim_ids=list(dict.fromkeys(m.frame.claim_id for m in members if m.frame.claim_id)),
            independent_reports=len(c.independent()),
            mention_only=mention_only,
        )
        if commentary:
            talk.append(entry)
        elif basis == "none":
            loose.append(entry)
        else:
            dated.append(entry)
    return sort_entries(dated + loose + talk)


def sort_entries(entries: Iterable[EventEntry]) -> list[EventEntry]:
    """Entries in timeline order: dated ones by date, then undated ones, then commentary."""
    dated: list[EventEntry] = []
    loose: list[EventEntry] = []
    talk: list[EventEntry] = []
    for e in entries:
        (talk if e.status == "commentary" else loose if e.date_basis == "none" else dated).append(e)
    dated.sort(key=lambda e: (e.start, e.end or date.max, e.label.casefold(), e.event.cluster_id))
    loose.sort(key=lambda e: (e.label.casefold(), e.event.cluster_id))
    talk.sort(key=lambda e: (e.start or date.max, e.label.casefold(), e.event.cluster_id))
    return dated + loose + talk


def mark_disputed(entries: Iterable[Any], conflicts: Iterable[Any]) -> None:
    """Entries (models or views) whose cluster has an open or disputed conflict on the event — whether it
    happened (a plan against a plan not to, a word against another), its date, an amount or its kind ("a contract" /
    "a memorandum")
    (:mod:`claimline.reconcile.events`) — read ``disputed``, as ``claimline conflicts`` has them: no
    entry reads confirmed while outlets disagree on it. Commentary stays commentary. ``conflicts``:
    models, views or their JSON as dicts.

    An entry all of whose reports sit on the sides of one such open conflict, on two of them (on the event
    or on claims: the same sentence told with 4 villages by one outlet and 9 by another, under another
    event of it), reads ``disputed`` too: its members disagree, so it is not confirmed with one outlet's
    figure (review 9 W36)."""
    held: set[str] = set()
    sides: dict[str, set[tuple[str, int]]] = {}  # claim id -> (conflict, side) it is on
    for c in conflicts:
        d = c if isinstance(c, dict) else c.model_dump(mode="json")
        if d.get("facet") not in _EVENT_FACETS or d.get("status") == "resolved":
            continue
        if d.get("event"):
            held.update(d["event"].get("cluster_ids") or ())
        for k, side in enumerate(d.get("sides") or ()):
            for cid in side.get("claim_ids") or ():
                sides.setdefault(cid, set()).add((d["id"], k))
    for e in entries:
        cluster = e["event"]["cluster_id"] if isinstance(e, dict) else e.event.cluster_id
        status = e["status"] if isinstance(e, dict) else e.status
        claims = e["claim_ids"] if isinstance(e, dict) else e.claim_ids
        on: dict[str, set[int]] = {}
        told: dict[str, int] = {}  # conflict -> how many of the entry's claims are on its sides
        for cid in claims or ():
            for conflict in {c for c, _ in sides.get(cid, ())}:
                told[conflict] = told.get(conflict, 0) + 1
            for conflict, k in sides.get(cid, ()):
                on.setdefault(conflict, set()).add(k)
        # torn: every report of the entry is on a side of one conflict, and on two sides (not an entry whose
        # sentences also tell, among other things, a figure of another event they disagree on)
        torn = any(len(ks) > 1 and told[c] == len(claims) for c, ks in on.items())
        if (cluster in held or torn) and status != "commentary":
            if isinstance(e, dict):
                e["status"] = "disputed"
            else:
                e.status = "disputed"


#: The facets of conflicts on events that make an entry read disputed.
#: A classification ("a contract" / "a memorandum of understanding" of one signing) too: the kind of the event is
#: what is disputed, and one side's word must not label it confirmed (review 11, S27).
_EVENT_FACETS = frozenset({"factuality", "date", "time_of_day", "deadline", "quantity", "classification"})


_ENTRY_STATUS = {"asserted": "confirmed"}
_MODALITY = {"asserted": "confirmed", "reported": "reported", "hedged": "hedged", "expected": "speculative"}


def as_timeline_entries(entries: Iterable[EventEntry], conflicts: Iterable[Conflict] = ()) -> list[TimelineEntry]:
    """Event entries as claim-timeline entries, for the Markdown and HTML renderers: one source per
    report (its trigger as the cue, "denied"/"negated" added where the report says so), the
    conflicts that hold one of the entry's claims."""
    from ..schemas import SourceRef, TimelineEntry

    of_claim: dict[str, list[str]] = {}
    for c in conflicts:
        for side in c.sides:
            for cid in side.claim_ids:
                of_claim.setdefault(cid, [])
                if c.id not in of_claim[cid]:
                    of_claim[cid].append(c.id)
    out: list[TimelineEntry] = []
    for e in entries:
        sources = [
            SourceRef(
                claim_id=r.claim_id or r.event_id,
                article_id=r.article_id,
                publisher=r.publisher,
                outlet=getattr(r, "outlet", None) or r.publisher,
                published=r.published,
                source=r.source,
                actor=r.actor,
                cue=r.trigger.text if r.factuality in _MODALITY else f"{r.trigger.text} ({r.factuality})",
                modality=_MODALITY.get(r.factuality, "reported"),  # type: ignore[arg-type]
            )
            for r in e.reports
        ]
        out.append(
            TimelineEntry(
                start=e.start,
                end=e.end,
                granularity=e.granularity,
                date_label=e.date_label,
                date_basis=e.date_basis,
                label=e.label,
                actors=e.actors,
                claim_ids=e.claim_ids,
                sources=sources,
                status=_ENTRY_STATUS.get(e.status, e.status),  # type: ignore[arg-type]
                conflict_ids=list(dict.fromkeys(k for cid in e.claim_ids for k in of_claim.get(cid, ()))),
                event=event_words(e.event, e.label),
            )
        )
    return out
