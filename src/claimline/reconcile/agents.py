"""Who did it: the ``agent`` facet of conflicts on events.

Outlets disagree about who did something ("the coast guard boarded the ship" / "the navy boarded the
ship", "the ministry ordered the pause" / "the regulator ordered the pause"). Event identity keeps two
reports naming two agents apart (:func:`claimline.events.identity.participants_match`), so on its own it
never compares them. Here:

* :func:`apart_by_agent`: two reports, in two articles, that would be one event but for their agents — one
  class (or related classes), no other role apart, both dated by their text to one day (two agents of an
  act told without its day may be two acts: "the ministry approved the plan", "parliament approved the
  plan"), both naming an agent as the subject of a verb or after "by", and the agents two
  (:func:`same_agent` says so) — and linked by something else than the agent: a theme or counterpart
  both name, or the agent of the one named by the other in another role ("prosecutors appealed against
  Ravel's acquittal" / "Ravel appealed"). :func:`claimline.reconcile.events.families` joins such clusters
  into one family (its *rivals*), whose other questions are still asked of each part apart;
* :func:`agent_sides`: the reports of a family grouped by the agent they name, one side per agent: a
  report naming no agent, or only a generic one ("the authorities", "officials"), answers nothing.

When two agents are one in other words is vocabulary, ``[agents]`` of ``models/comparison.toml``: generic
words (never a side), member words dropped from a name's end ("NATO officials" is NATO), kinds of agent
(a person's title names the body they act for: "the minister" / "the ministry"; "police" / "officers").
Names match as identity matches them (equal, a name and a longer one it begins, a name and the acronym a
text defines for it); a person and an organisation are never two agents by their names alone (the person
may act for it), nor are several agents named together and one of them (any shared one agrees).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import cache

from ..events.identity import (
    DESCRIBED,
    Member,
    classes_match,
    country_and_body,
    names_match,
    parties_interchange,
    places_apart,
    same_party,
    strong_parties,
    syndicated,
    things_apart,
    times_match,
)
from ..events.lexicon import SPEECH, EventLexicon, lexicon
from ..events.light import MEASURE
from ..events.model import EventFrame, Participant
from ..extraction.actors import gazetteer
from ..schemas import Claim
from .info import Info, one_side_each
from .vocab import comparison

__all__ = ["FACET", "agent_sides", "agents_of", "apart_by_agent", "others_agree", "same_agent"]

FACET = "agent"
_PERSON = frozenset({"PERSON", "person"})
_WORD = re.compile(r"[\w&]+(?:'s)?|'s")
_FAR = date.max
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _words(name: str) -> tuple[str, ...]:
    """A name's lower-case words, without a possessive "'s" or "the"."""
    out = []
    for w in _WORD.findall(name.casefold().replace("\u2019", "'")):
        w = w.removesuffix("'s")
        if w and w not in _DETERMINERS:
            out.append(w)
    return tuple(out)


@cache
def _kind_phrases() -> tuple[tuple[tuple[str, ...], str], ...]:
    kinds = comparison().agents.kinds
    return tuple(sorted(((tuple(p.split()), k) for k, ps in kinds.items() for p in ps), key=lambda pk: -len(pk[0])))


def kinds_of(name: str) -> frozenset[str]:
    """The kinds of agent a name's words name (``[agents.kinds]``): "Kent Police" police, "defence team"
    defence, "the minister" ministry."""
    words = _words(name)
    found = set()
    for phrase, kind in _kind_phrases():
        n = len(phrase)
        if any(words[i : i + n] == phrase for i in range(len(words) - n + 1)):
            found.add(kind)
    return frozenset(found)


@cache
def _people_words() -> frozenset[str]:
    """Words for people acting or speaking for an organisation, or unnamed (``spokes`` and ``anonymous`` of
    ``models/actors.toml``)."""
    from ..extraction.mentions import actor_words

    words = actor_words()
    return frozenset(words.spokes) | words.anonymous


@cache
def _generic_words() -> frozenset[str]:
    """Words that name no particular agent: the people's words, the actor types' nouns ("the agency", "the
    firm") and ``generic`` of ``[agents]``."""
    from ..extraction.mentions import actor_words

    return _people_words() | frozenset(actor_words().noun_types) | comparison().agents.generic


def _among(w: str, words: frozenset[str]) -> bool:
    return w in words or (w.endswith("s") and w[:-1] in words) or (w.endswith("ies") and w[:-3] + "y" in words)


def _organisation(name: str) -> tuple[str, ...]:
    """A name without the people's words at its end ("NATO officials": NATO)."""
    words = list(_words(name))
    while len(words) > 1 and _among(words[-1], _people_words()):
        words.pop()
    return tuple(words)


def generic(name: str) -> bool:
    """An agent that names no one in particular: its words all generic, of no kind ("the authorities",
    "officials", "a spokesperson", "the company"; not "police officers")."""
    return not kinds_of(name) and all(_among(w, _generic_words()) for w in _words(name))


def agents_of(f: EventFrame, claim: Claim | None = None) -> list[Participant]:
    """The agents a report names that may take a side: named agents (as identity compares them) and
    described ones of a listed kind ("the coast guard"), neither generic. With the ``claim`` the report sits
    in, not a name that only modifies the noun heading the subject ("the Aldersby company recalled": the
    company, whichever it is)."""
    strong = [p for p in strong_parties(f) if p.role == "agent" and _told_as_agent(p, f)]
    described = [
        p
        for p in f.participants
        if p.role == "agent" and p.label == DESCRIBED and kinds_of(p.name) and _told_as_agent(p, f)
    ]
    return [
        p
        for p in strong + described
        if not generic(p.name) and not generic(p.text) and not (claim and _modifies_subject(p, f, claim))
    ]


def _modifies_subject(p: Participant, f: EventFrame, claim: Claim) -> bool:
    """A name right before a noun that heads the verb's subject ("the Aldersby company recalled"): the word
    after the name, before the verb, is a lower-case word that no verb phrase begins with (``before_verb`` of
    ``[agents]``: auxiliaries, adverbs, the prepositions of a time phrase, conjunctions)."""
    if f.trigger.pos != "verb" or not (claim.start <= p.end <= f.trigger.start <= claim.end):
        return False
    between = claim.text[p.end - claim.start : f.trigger.start - claim.start]
    if not between[:1].isspace():
        return False  # ("Brackenfold Creamery, based in Aldersby, recalled"; "Ravel's lawyers")
    first = between.split()[0] if between.split() else ""
    words = comparison().agents.before_verb
    return first.isalpha() and first.islower() and first not in words and not first.endswith("ly")


#: Characters between a name and the event noun after it: at most this many make the name the noun's modifier
#: ("Alvorada's takeover", "the Optiveil contract"); more, the subject of the verb whose object the noun is
#: ("Velta Airlines filed a complaint", "Ravel's lawyers lodged an appeal")
_MODIFIER_GAP = 4
#: ... and at most this many: a light verb and an article between, after the possessor of its subject ("Ravel's
#: defence team lodged an appeal", "carried out a raid")
_VERB_GAP = 40


def _told_as_agent(p: Participant, f: EventFrame) -> bool:
    """The party is said to do it: the subject of a verb, or its agent after "by" ("was boarded by the navy"),
    or the subject of the verb an event noun with no theme is the object of ("Velta Airlines filed a
    complaint"). Not a name right before an event noun ("Alvorada's takeover", "the Optiveil contract"), which
    names who undergoes it as often as who does it, nor a name after one ("a contract with Optiveil"), nor the
    subject of a verb acting on an event noun that names its theme ("regulators halted sales of the drug")."""
    if f.trigger.pos == "verb":
        return True
    if f.trigger.pos != "noun" or any(q.role == "theme" and q.label != DESCRIBED for q in f.participants):
        return False
    return p.end < f.trigger.start and _MODIFIER_GAP < f.trigger.start - p.end <= _VERB_GAP


def _country(p: Participant) -> bool:
    return (gazetteer().types.get(p.name) or p.label or "") in ("country", "GPE")


def _person(p: Participant) -> bool:
    """A person's name: so labelled, and no word of it an organisation's ("Tarvo Labs", "Orsk Police")."""
    return p.label in _PERSON and not kinds_of(p.name) and not any(_among(w, _generic_words()) for w in _words(p.name))


def same_agent(p: Participant, q: Participant) -> bool | None:
    """True: one agent in other words; False: two agents; None: the names cannot tell (a person and an
    organisation, an agent of a listed kind and one of none)."""
    if same_party(p, q) or names_match(p.name, q.name, person=_person(p) and _person(q)):
        return True
    if _country(p) != _country(q):
        return None  # a country acts through its bodies ("Romania grounded" / "the aviation authority grounded")
    op, oq = _organisation(p.name), _organisation(q.name)
    if op and op == oq:
        return True
    kp, kq = kinds_of(p.name) | kinds_of(p.text), kinds_of(q.name) | kinds_of(q.text)
    if kp and kq:
        return bool(kp & kq)
    if kp or kq:
        return None
    if _person(p) != _person(q):
        return None
    if p.label == DESCRIBED or q.label == DESCRIBED:
        return None
    return False


def _two_agents(x: EventFrame, y: EventFrame) -> bool:
    """Both frames name agents and every pair of them is two agents (none is one in other words, and not
    every pair is undecided)."""
    ax, ay = agents_of(x), agents_of(y)
    if not ax or not ay:
        return False
    # (where the names cannot tell, a name the other report gives another role decides: "prosecutors appealed
    # against Ravel's acquittal" / "Ravel appealed": that party is not the one that did it there)
    return all(_one_or_two(p, x, q, y) is False for p in ax for q in ay)


def _one_or_two(p: Participant, f: EventFrame, q: Participant, g: EventFrame) -> bool | None:
    """:func:`same_agent` of the agent ``p`` of ``f`` and ``q`` of ``g``; where the names cannot tell, two
    agents when one report names the other's agent in another role."""
    if _named_otherwise(agents_of(f), g) and _named_otherwise(agents_of(g), f):
        return None  # each names the other's agent in another role: one act of two parties, told from each side
    there, here = _named_otherwise([p], g), _named_otherwise([q], f)
    said = same_agent(p, q)
    if said is None and (there or here):
        return False
    return said


def _others(f: EventFrame) -> list:
    """The names of a frame's parties in any role but the agent's, circumstances too (not nationality words)."""
    return [p for p in f.participants if p.role != "agent" and p.label not in ("NORP", DESCRIBED)]


def _overlap(x: list[Participant], y: list[Participant]) -> bool:
    return any(same_party(m, n) for m in x for n in y)


def _named_otherwise(agents: Sequence[Participant], other: EventFrame) -> bool:
    others = [p for p in strong_parties(other) if p.role != "agent"]
    return any(same_party(p, n) for p in agents for n in others)


def apart_by_agent(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """Two reports in two articles that are one event but for who did it (module docs)."""
    lex = lex or lexicon()
    x, y = a.frame, b.frame
    if x.article_id == y.article_id or syndicated(a, b) or x.commentary or y.commentary:
        return False
    if MEASURE in (x.event_class, y.event_class) or not classes_match(x, y, lex):
        return False
    if any(c in lex.classes and lex.root(c) == SPEECH for c in (x.event_class, y.event_class)):
        return False  # who said it is not a disagreement: two parties say things
    if parties_interchange(x, lex) or parties_interchange(y, lex):
        return False
    if places_apart(a, b) or things_apart(a, b) or not times_match(a, b, lex):
        return False
    if not _same_day(x, y):
        return False  # two agents of an act told without its day may be two acts ("the ministry approved the plan")
    sx, sy = strong_parties(x), strong_parties(y)
    ox = [p for p in sx if p.role != "agent"]
    oy = [p for p in sy if p.role != "agent"]
    if ox and oy and not _overlap(ox, oy):
        return False  # another role apart too: two events
    # what links them: a theme or counterpart both name, or a name both give outside the agent's role ("found the
    # leak at Oskel Bank", whether the parse makes the bank the theme or a circumstance)
    shared = bool(ox and oy) or _overlap(_others(x), _others(y))
    if not shared and not (_named_otherwise(agents_of(x), y) or _named_otherwise(agents_of(y), x)):
        return False  # nothing but the class links them
    if country_and_body([p for p in sx if p.role == "agent"], [p for p in sy if p.role == "agent"], lex):
        return False  # a country acts through its state bodies
    return _two_agents(x, y)


def _day(f: EventFrame) -> date | None:
    """The day the text dates a report to (a day, or a time of it), if it does."""
    t = f.time
    if t is None or t.kind != "point" or t.start is None or t.start != t.end:
        return None
    return t.start


def others_agree(a: Member, b: Member) -> bool:
    """Their parties in the other roles do not keep the two reports apart: when both name a theme or
    counterpart, they share one (then only their agents may)."""
    ox = [p for p in strong_parties(a.frame) if p.role != "agent"]
    oy = [p for p in strong_parties(b.frame) if p.role != "agent"]
    return not (ox and oy) or _overlap(ox, oy)


def _same_day(x: EventFrame, y: EventFrame) -> bool:
    """Both reports dated by their text to one day."""
    d = _day(x)
    return d is not None and d == _day(y)


def agent_sides(reports: Sequence[tuple[EventFrame, Info]]) -> dict[str, list[Info]]:
    """The reports grouped by the agent they name (``value -> infos``), among those dated by their text to the
    day most of them give (:func:`apart_by_agent`'s one day): a report joins the side whose agent
    is one with its own, starts a side when it is two agents with every side's, and is left out when its
    agent is one with several sides or the names cannot tell; an article on two sides is left out of both.
    A side's value is its most named agent. Empty unless two sides remain."""
    days = Counter(_day(f) for f, i in reports if _day(f) is not None and agents_of(f, i.claim))
    if not days:
        return {}
    day = max(days, key=lambda d: (days[d], d))  # (the reports dated by their text to the day most give)
    sides: list[tuple[list[tuple[Participant, EventFrame]], list[Info]]] = []
    for f, info in sorted(reports, key=lambda r: (r[1].published or _FAR, r[1].id)):
        if _day(f) != day:
            continue
        mine = agents_of(f, info.claim)
        if not mine:
            continue
        verdicts = [
            [s for s in (_one_or_two(p, f, q, g) for p in mine for q, g in names) if s is not None]
            for names, _ in sides
        ]
        one = [i for i, v in enumerate(verdicts) if v and any(v)]
        if len(one) == 1:
            sides[one[0]][0].extend((p, f) for p in mine)
            sides[one[0]][1].append(info)
        elif not one and all(v and not any(v) for v in verdicts):
            sides.append(([(p, f) for p in mine], [info]))
    named: dict[str, list[Info]] = {}
    for names, infos in sides:
        counts: dict[str, int] = {}
        for p, _ in names:
            counts[p.name] = counts.get(p.name, 0) + 1
        value = max(counts, key=lambda n: (counts[n], len(n), n))
        named.setdefault(value, []).extend(infos)
    return one_side_each(named, lambda i: i.group)
