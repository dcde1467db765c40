"""Who did it: the ``agent`` facet of conflicts on events.

Outlets disagree about who did something ("the coast guard boarded the ship" / "the navy boarded the
ship", "the ministry ordered the pause" / "the regulator ordered the pause"). Event identity keeps two
reports naming two agents apart (:func:`claimline.events.identity.participants_match`), so on its own it
never compares them. Here:

* :func:`apart_by_agent`: two reports, in two articles, that would be one event but for their agents — one
  class (or related classes), no other role apart, both dated by their text to one day or, where one is
  not, acting on one thing (:func:`one_object`: "Davko was built by Lumira" / "Davko, developed in-house by
  FURS"; two acts on two things, or on two days, are two acts), both naming an agent as the subject of a
  verb or after "by", and the agents two
  (:func:`same_agent` says so) — and linked by something else than the agent: a theme or counterpart
  both name, or the agent of the one named by the other in another role ("prosecutors appealed against
  Ravel's acquittal" / "Ravel appealed"). :func:`claimline.reconcile.events.families` joins such clusters
  into one family (its *rivals*), whose other questions are still asked of each part apart;
* :func:`agent_sides`: the reports of a family grouped by the agent they name, one side per agent: a
  report naming no agent, or only a generic one ("the authorities", "officials"), answers nothing, nor does
  one of an act two parties do together ("signed a deal with"). A party a report names only to set it aside
  ("led by customs, not by OLAF", ``rejected`` of ``[agents]``) is no agent of it, and where the names cannot
  tell, the agent of another report it sets aside is another agent than its own; such a correction tells of
  the act the other report tells, so their reports are compared whether or not the text dates them. A report
  the text does not date is compared when event identity put it with that day's reports (or all reports are in
  one cluster, or none is dated) and it acts on the thing a report of another article naming an agent acts on
  (:func:`one_object`: a theme both name, or one head noun: "closed the channel" / "closed the shipping
  channel"); an undated act on another thing is another act of its kind ("ordered residents to stay indoors" /
  "ordered the operator to replace the valves"). Two names a report gives side by side ("the Data Protection
  Authority (AP)") are one agent: the sides they join are one; agents named as alternatives ("can be appealed
  by the athlete, by the federation or by the agency") take no side.

An agent is a name, or a doer described by its kind ("the coastguard", "stewards", "army divers": ``[agent_kinds]``
of ``models/events.toml``, which the frame reader takes as the agent of a verb or a passive's "by" as it takes a
name). When two agents are one in other words is vocabulary, ``[agents]`` of ``models/comparison.toml``: generic
words (never a side), member words dropped from a name's end ("NATO officials" is NATO), and the kinds of agent
(a person's title names the body they act for: "the minister" / "the ministry"; "police" / "officers").
Names match as identity matches them (equal, a name and a longer one it begins, a name and the acronym a
text defines for it) or as spellings of one name (:func:`variants`: word order, "of" dropped, a title, an
acronym's initials, a transliterated given name); two agents of one kind are two when their qualifiers differ
("the competition authority" / "the data protection authority", :func:`_qualified_apart`). A person and an
organisation are never two agents by their names alone (the person may act for it), nor are several agents
named together and one of them (any shared one agrees).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from functools import cache, lru_cache

from ..events.identity import (
    DESCRIBED,
    DESCRIPTIONS,
    Member,
    classes_match,
    country_and_body,
    kin,
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
from ..events.objects import INDEFINITE
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
def _kind_words() -> frozenset[str]:
    """The words of ``[agent_kinds]``'s phrases ("coast", "guard", "police")."""
    return frozenset(w.removesuffix("'s") for ps in lexicon().agent_kinds.values() for p in ps for w in p)


@lru_cache(maxsize=8192)
def kinds_of(name: str) -> frozenset[str]:
    """The kinds of agent a name's words name (``[agent_kinds]`` of ``models/events.toml``,
    :meth:`~claimline.events.lexicon.EventLexicon.kinds_named`): "Kent Police" police, "defence team" defence,
    "the minister" ministry. (Kept per name: a refresh asks it of each report's agents again and again, ~1,400
    times for five articles on a 100k-claim store.)"""
    return lexicon().kinds_named(_words(name))


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


@lru_cache(maxsize=8192)
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
        for p in (_with_nationality(q, f) for q in f.participants if q.role == "agent" and q.label in DESCRIPTIONS)
        if _of_a_kind(p.name) and _told_as_agent(p, f)
    ]
    out = []
    for p in strong + described:
        if generic(p.name) or generic(p.text):
            continue
        if _within_another(p, strong + described):
            continue  # a part of a longer name the parse took too ("Ministry" of "the Ministry of Transport")
        if claim and _rejected(p, claim):
            continue  # ("led by customs, not by OLAF": OLAF is set aside, not a second agent of the report)
        if claim and _modifies_subject(p, f, claim):
            # the name modifies the noun heading the subject: the agent is that noun, when it is of a kind
            # ("Health inspectors closed the pool": inspectors; "the Aldersby company recalled": no one in particular)
            head = claim.text[p.end - claim.start : f.trigger.start - claim.start].split()[0]
            if not kinds_of(head):
                continue
            words = f"{p.text} {head}"
            p = p.model_copy(update={"name": words, "text": words, "end": p.end + 1 + len(head), "label": DESCRIBED})
        out.append(p)
    return out


def _within_another(p: Participant, agents: Sequence[Participant]) -> bool:
    """The agent is a part of a longer name of an agent of the same report that the parse took as a name too, and
    says only what kind of body it is ("Ministry" of "the Ministry of Digital Affairs", "Coast Guard" of
    "the Orsk Police and Coast Guard Board"): no name of its own, it would be one with any body of its kind. (A part
    with a word of its own stays: "Varnos" of "the Harbour Board of Varnos" is that body told short; nor is a name
    within a description dropped: "Food inspectors" is read from the name and its noun.)"""
    return not _qualifiers(p.name)[0] and any(
        q is not p
        and q.label not in DESCRIPTIONS
        and q.start <= p.start
        and p.end <= q.end
        and q.end - q.start > p.end - p.start
        for q in agents
    )


#: words that may stand between a word setting a party aside and the party ("not by the", "rather than the")
_REJECT_GAP = _DETERMINERS | {"by", "from"}


def sets_aside(claim: Claim | None, p: Participant) -> bool:
    """The claim names the party (by its name or its words) only to set it aside (:func:`_rejected_at`): "led by
    customs, not by OLAF" sets OLAF aside, whether or not the parse made OLAF a party of its event."""
    if claim is None or not claim.text:
        return False
    plain = claim.text.isascii()  # (then a name the search below finds is in its lower-case text: tested first)
    low = claim.text.lower() if plain else ""
    for name in {p.name, p.text}:
        if len(name) < 2 or (plain and name.isascii() and name.lower() not in low):
            continue
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", claim.text, re.IGNORECASE):
            if _rejected_at(claim.text, m.start()):
                return True
    return False


def _rejected(p: Participant, claim: Claim) -> bool:
    """The party is set aside right before it is named (:func:`_rejected_at`)."""
    if not claim.text or not claim.start <= p.start <= claim.start + len(claim.text):
        return False
    return _rejected_at(claim.text, p.start - claim.start)


def _rejected_at(text: str, at: int) -> bool:
    """The words before ``at`` set aside what is named there (``rejected`` of ``[agents]``, a determiner or "by"
    between): "led by customs, not by OLAF", "police officers, not navy personnel, boarded", "signed by the
    director-general rather than the minister" — a correction's rejected party, no agent of the report; not
    "not only X" (a restrictive word of ``[extent]``), which adds X."""
    words = _WORD.findall(text[:at].casefold())[-4:]
    agents = comparison().agents
    while words and words[-1] in _REJECT_GAP:
        words.pop()
    if not words or any(words[-1] == r.split()[0] for r in comparison().extent.restrictive):
        return False
    return any(tuple(words[-len(r.split()) :]) == tuple(r.split()) for r in agents.rejected)


#: characters between a nationality word and the description it qualifies ("the Estonian navy")
_NATIONALITY_GAP = 1


def _with_nationality(p: Participant, f: EventFrame) -> Participant:
    """A description with the nationality word the parse took apart from it, right before it ("Estonian" +
    "navy": "Estonian navy"), as one agent: the word says which body of its kind it is."""
    for q in f.participants:
        if q.role == "agent" and q.label == "NORP" and 0 <= p.start - q.end <= _NATIONALITY_GAP:
            words = f"{q.text} {p.text}"
            return p.model_copy(update={"start": q.start, "name": words, "text": words})
    return p


def _of_a_kind(name: str) -> bool:
    """A description that says which agent it is: a listed kind ("the coast guard"), or a body's noun with a
    qualifier other than a word of reach ("the competition authority", not "the national authority")."""
    if kinds_of(name):
        return True
    words = _content(name)
    if len(words) < 2 or not _among(words[-1], _body_nouns()):
        return False
    return bool(_qualifiers(name)[0] - comparison().agents.scope)


@cache
def _body_nouns() -> frozenset[str]:
    """The nouns of bodies: the actor types' nouns and the generic agents' words ("authority")."""
    from ..extraction.mentions import actor_words

    return frozenset(actor_words().noun_types) | comparison().agents.generic


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
    if f.trigger.pos == "noun" and p.start >= f.trigger.end:
        return True  # (an event noun's agent after it is its "by" phrase: "the arrest of Oren Palk by the police")
    if f.trigger.pos != "noun" or any(q.role == "theme" and q.label not in DESCRIPTIONS for q in f.participants):
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
    person = _person(p) and _person(q)
    if same_party(p, q) or names_match(p.name, q.name, person=person):
        return True
    if variants(p.name, q.name, person=person) or variants(p.text, q.text, person=person):
        return True
    if _country(p) != _country(q):
        return None  # a country acts through its bodies ("Romania grounded" / "the aviation authority grounded")
    op, oq = _organisation(p.name), _organisation(q.name)
    if op and op == oq:
        return True
    kp, kq = kinds_of(p.name) | kinds_of(p.text), kinds_of(q.name) | kinds_of(q.text)
    if kp and kq:
        if not kp & kq:
            return False
        if _person(p) or _person(q):
            return True  # (a person of a kind: "Minister Jan Novak" / "the health ministry")
        apart = _qualified_apart(p.text or p.name, q.text or q.name)
        return True if apart is False else (None if apart is None else False)
    if kp or kq:
        return None
    if _person(p) != _person(q):
        return None
    if p.label in DESCRIPTIONS or q.label in DESCRIPTIONS:
        if p.label in DESCRIPTIONS and q.label in DESCRIPTIONS and _head(p.name) == _head(q.name):
            apart = _qualified_apart(p.text or p.name, q.text or q.name)
            return None if apart is None else not apart
        return None
    return False


def _content(name: str) -> tuple[str, ...]:
    """A name's words without the words that join them (``connectors`` of ``[agents]``: "of", "for", "and")."""
    joins = comparison().agents.connectors
    return tuple(w for w in _words(name) if w not in joins)


def variants(a: str, b: str, *, person: bool = False) -> bool:
    """Two spellings of one name: the same words in another order ("the Port Authority of Lorn" / "the Lorn Port
    Authority", "Arden University" / "the University of Arden"), the words of the one all in the other when it
    has two or more ("Ministry of Health" / "Ministry of Health and Social Affairs", "Anna Rusk" / "Governor Anna
    Rusk"), an acronym and the initials of the other's words, in order or, from three letters, in any
    ("CNE" / "National Elections Commission"); for two people, one surname and given names spelled alike
    (:func:`_spelled_alike`: "Sergei" / "Sergey Volkov")."""
    wa, wb = _content(a), _content(b)
    if not wa or not wb:
        return False
    sa, sb = set(wa), set(wb)
    if sa == sb:
        return True
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(small) >= 2 and small < big:
        return True
    if _acronym_of(a, b) or _acronym_of(b, a):
        return True
    if person and len(wa) >= 2 and len(wb) >= 2:
        return _spelled_alike(wa[-1], wb[-1]) and _spelled_alike(wa[0], wb[0])
    return False


_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z]){1,5}\.?")


def _acronym_of(short: str, name: str) -> bool:
    """``short`` is an all-capital acronym whose letters are the initials of ``name``'s words, an abbreviation
    among them giving all its letters ("UKHSA" / "UK Health Security Agency")."""
    short = short.strip()
    joins = comparison().agents.connectors
    words = [w for w in _WORD.findall(name) if w.casefold() not in joins and w.casefold() not in _DETERMINERS]
    if not _ACRONYM.fullmatch(short) or len(words) < 2:
        return False
    letters = short.replace(".", "").casefold()
    initials = "".join(w[0] for w in words).casefold()
    spelled = "".join(w if w.isupper() and w.isalpha() else w[0] for w in words).casefold()
    return letters in (initials, spelled) or (len(letters) >= 3 and sorted(letters) == sorted(initials))


#: one spelling of sounds that transliterations spell two ways ("Sergey" / "Sergei", "Aleksandr" / "Alexandr",
#: "Volkow" / "Volkov")
_TRANSLIT = (("ks", "x"), ("ph", "f"), ("kh", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("ou", "u"))


def _translit(w: str) -> str:
    for a, b in _TRANSLIT:
        w = w.replace(a, b)
    return re.sub(r"(.)\1", r"\1", w)


def _spelled_alike(a: str, b: str) -> bool:
    """One word of a person's name spelled two ways: equal, an initial and the name it begins, or equal once
    transliteration's variants are made one (:data:`_TRANSLIT`, doubled letters single), or, from five letters,
    one letter added, dropped or changed anywhere but at the end ("Alexandr" / "Alexander"; not "Maria" /
    "Mario", whose ends tell two people)."""
    a, b = a.rstrip("."), b.rstrip(".")
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    x, y = _translit(a), _translit(b)
    if x == y:
        return True
    if min(len(x), len(y)) >= 5 and x[0] == y[0] and x[-1] == y[-1] and _skeleton(x) == _skeleton(y):
        return True  # vowels written two ways ("Mohammed" / "Muhammad")
    if min(len(x), len(y)) < 5 or abs(len(x) - len(y)) > 1 or x[-1] != y[-1] or x[0] != y[0]:
        return False
    return _one_edit(x, y)


def _skeleton(w: str) -> str:
    """A word's consonants."""
    return "".join(c for c in w if c not in "aeiou")


def _one_edit(x: str, y: str) -> bool:
    if len(x) > len(y):
        x, y = y, x
    for i, (c, d) in enumerate(zip(x, y, strict=False)):
        if c != d:
            return x[i + 1 :] == y[i + 1 :] if len(x) == len(y) else x[i:] == y[i + 1 :]
    return True


def _head(name: str) -> str:
    words = _content(name)
    return words[-1] if words else ""


def _qualifiers(name: str) -> tuple[set[str], set[str]]:
    """The words of a name that say which body of its kind it is ("competition" of "the competition authority",
    "Kent" of "Kent Police", "military" of "military police"): not its kind's words, generic words, people's
    words or joining words; as (words, those written with a capital)."""
    kinds = _kind_words()
    words = [(raw, raw.casefold().removesuffix("'s")) for raw in _WORD.findall(name.replace("\u2019", "'"))]
    words = [(raw, w) for raw, w in words if w and w not in _DETERMINERS and w not in comparison().agents.connectors]
    out, capital = set(), set()
    for i, (raw, w) in enumerate(words):
        if _among(w, kinds) or _among(w, _people_words()) or _among(w, comparison().agents.generic):
            continue
        if i == len(words) - 1 and _among(w, _body_nouns()):
            continue  # the body's noun ("the Ferrin office"), not a qualifier ("military police")
        out.add(w)
        if raw[:1].isupper():
            capital.add(w)
    return out, capital


def _alike(a: str, b: str) -> bool:
    """One qualifier in two forms: equal, or a place and its people's word ("Estonia" / "Estonian")."""
    if a == b:
        return True
    dem = gazetteer().demonyms
    return (dem.get(a.capitalize()) or a).casefold() == (dem.get(b.capitalize()) or b).casefold() or (
        min(len(a), len(b)) >= 5 and a[:5] == b[:5]
    )


def _qualified_apart(a: str, b: str) -> bool | None:
    """Two agents of one kind told apart by their qualifiers (:func:`_qualifiers`): True when each has some and
    none of the one's is one of the other's, each has a name among them ("the Constitutional Court" / "the Supreme
    Court") or only one has more than words of reach ("military police" / "national police"); None when both have
    only lowercase words ("the antitrust authority" / "the competition authority": one body described two ways, or
    two: the words cannot tell); False when one has
    none ("police" / "Kent Police") or they share one; None when the one's are only words of reach (``scope`` of
    ``[agents]``) and the other's a name or words of reach too ("the local police" / "Kent Police")."""
    (qa, ca), (qb, cb) = _qualifiers(a), _qualifiers(b)
    if not qa or not qb or any(_alike(x, y) for x in qa for y in qb):
        return False
    scope = comparison().agents.scope
    ha, hb = qa - scope, qb - scope
    if ha and hb:
        # names ("the Constitutional Court" / "the Supreme Court", "Estonian" / "Latvian") tell two bodies apart;
        # two descriptions' lowercase words may describe one body two ways ("the antitrust authority" / "the
        # competition authority", "maritime" / "shipping"): they cannot tell (review 18 Z1)
        return True if ha & ca and hb & cb else None
    if not ha and not hb:
        return None
    hard, capital = (ha, ca) if ha else (hb, cb)
    return None if hard <= capital else True


def _two_agents(x: EventFrame, y: EventFrame) -> bool:
    """Both frames name agents and every pair of them is two agents (none is one in other words, and not
    every pair is undecided)."""
    ax, ay = agents_of(x), agents_of(y)
    if not ax or not ay:
        return False
    # (where the names cannot tell, a name the other report gives another role decides: "prosecutors appealed
    # against Ravel's acquittal" / "Ravel appealed": that party is not the one that did it there). A report's
    # names of one agent ("Governor Anna Rusk", "Anna Rusk") are one: some pair of them two agents with some of
    # the other's, none one, is enough
    return all(_group_verdict(gx, x, gy, y) is False for gx in _groups(ax) for gy in _groups(ay))


def _groups(agents: list[Participant]) -> list[list[Participant]]:
    """A report's agents, those that are one agent in other words (:func:`same_agent`) together."""
    out: list[list[Participant]] = []
    for p in agents:
        mine = [g for g in out if any(same_agent(p, q) for q in g)]
        for g in mine[1:]:
            mine[0].extend(g)
            out.remove(g)
        if mine:
            mine[0].append(p)
        else:
            out.append([p])
    return out


def _group_verdict(gx: list[Participant], x: EventFrame, gy: list[Participant], y: EventFrame) -> bool | None:
    said = [v for v in (_one_or_two(p, x, q, y) for p in gx for q in gy) if v is not None]
    return True if any(said) else (False if said else None)


def _one_or_two(
    p: Participant,
    f: EventFrame,
    q: Participant,
    g: EventFrame,
    aside: tuple[Claim | None, Claim | None] = (None, None),
) -> bool | None:
    """:func:`same_agent` of the agent ``p`` of ``f`` and ``q`` of ``g``; where the names cannot tell, two
    agents when one report names the other's agent in another role, or sets it aside (``aside``: the claims of
    ``f`` and ``g``, :func:`sets_aside`: "led by customs, not by OLAF" / "led by OLAF")."""
    if _named_otherwise(agents_of(f), g) and _named_otherwise(agents_of(g), f):
        return None  # each names the other's agent in another role: one act of two parties, told from each side
    if _named_agent(p, g, aside[1]) or _named_agent(q, f, aside[0]):
        return True  # the other names it among its agents too ("Ardentis' Industrieweg plant will close"): one of them
    there, here = _named_otherwise([p], g), _named_otherwise([q], f)
    said = same_agent(p, q)
    if said is None and (sets_aside(aside[1], p) or sets_aside(aside[0], q)):
        return False
    if said is None and (there or here):
        return False
    return said


def _named_agent(p: Participant, f: EventFrame, claim: Claim | None) -> bool:
    """The frame names the party in the agent's role, whether or not it takes a side there (:func:`agents_of`
    leaves out a name modifying the subject's noun), and its claim does not set it aside (nor is it a part of a longer
    name there: "Ministry" of "the Ministry of Digital Affairs")."""
    named = [q for q in f.participants if q.role == "agent"]
    return any(same_party(p, q) for q in named if not (claim and _rejected(q, claim)) and not _within_another(q, named))


def _others(f: EventFrame) -> list:
    """The names of a frame's parties in any role but the agent's, circumstances too (not nationality words)."""
    return [p for p in f.participants if p.role != "agent" and p.label not in ("NORP", *DESCRIPTIONS)]


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
    if not _one_act(x, y):
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


def _one_act(x: EventFrame, y: EventFrame) -> bool:
    """Both reports dated by their text to one day, or, where one is not, acting on one thing."""
    dx, dy = _day(x), _day(y)
    if dx is not None and dy is not None:
        return dx == dy
    return one_object(x, y)


def _same_day(x: EventFrame, y: EventFrame) -> bool:
    """Both reports dated by their text to one day."""
    d = _day(x)
    return d is not None and d == _day(y)


#: what may stand between two names of one agent given side by side: punctuation and determiners
_APPOSITION = re.compile(r"[\s,(\[:\u2013\u2014-]*(?:(?:the|its|their)\s+)?[\s(\[]*")


def _in_apposition(agents: Sequence[Participant], claim: Claim | None) -> bool:
    """A report's agents are names of one agent given side by side, each after the other with only punctuation or
    a determiner between ("the Dutch Data Protection Authority (AP)", "the regulator, the Autoriteit
    Persoonsgegevens"), not agents joined by a word ("Vantor and Kelmar")."""
    if claim is None or not claim.text or len(agents) < 2:
        return False
    spans = sorted({(p.start - claim.start, p.end - claim.start) for p in agents})
    if spans[0][0] < 0 or spans[-1][1] > len(claim.text):
        return False
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        if start > end and not _APPOSITION.fullmatch(claim.text[end:start]):
            return False
    return True


def _alternatives(agents: Sequence[Participant], claim: Claim | None) -> bool:
    """A report names its agents as alternatives ("may be appealed by the athlete, by the federation or by the
    agency"): an "or" among them, none of them said to do it."""
    if claim is None or not claim.text or len(agents) < 2:
        return False
    start = min(p.start for p in agents) - claim.start
    end = max(p.end for p in agents) - claim.start
    # (the list may go on past the last agent the parse took: "by NADA, by the federation (FIS) or by WADA")
    return 0 <= start < end <= len(claim.text) and re.search(r"\bor\b", claim.text[start : end + _OR_REACH]) is not None


#: characters after a report's last agent in which an "or" still joins its list of agents
_OR_REACH = 12


def _object(f: EventFrame) -> str | None:
    """The head noun of what a report acts on ("channel" of "closed the shipping channel")."""
    return f.theme_noun.removeprefix(INDEFINITE).split()[-1] if f.theme_noun else None


def one_object(x: EventFrame, y: EventFrame) -> bool:
    """Two reports acting on one thing: a theme or counterpart both name, or one head noun (a word, its derivation,
    or nouns that may name one thing: "the channel" / "the shipping channel", "the plant" / "the factory")."""
    ox = [p for p in strong_parties(x) if p.role != "agent"]
    oy = [p for p in strong_parties(y) if p.role != "agent"]
    if _overlap(ox, oy):
        return True
    hx, hy = _object(x), _object(y)
    return bool(hx and hy and (kin(hx, hy) or lexicon().one_thing(hx, hy)))


def _object_shared(f: EventFrame, info: Info, reports: Sequence[tuple[EventFrame, Info]]) -> bool:
    """A report undated by its text acts on the thing a report of another article, naming an agent, acts on: one
    act told twice, not another act of its kind ("ordered residents to stay indoors" / "ordered the operator to
    replace the valves")."""
    return any(i.article_id != info.article_id and agents_of(g, i.claim) and one_object(f, g) for g, i in reports)


def agent_sides(
    reports: Sequence[tuple[EventFrame, Info]], clusters: Sequence[str] | None = None
) -> dict[str, list[Info]]:
    """The reports grouped by the agent they name (``value -> infos``), among those dated by their text to the
    day most of them give (:func:`apart_by_agent`'s one day): a report joins the side whose agent
    is one with its own, starts a side when it is two agents with every side's, and is left out when its
    agent is one with several sides or the names cannot tell; an article on two sides is left out of both.
    A side's value is its most named agent. Empty unless two sides remain."""
    lex = lexicon()
    days = Counter(_day(f) for f, i in reports if _day(f) is not None and agents_of(f, i.claim))
    of = dict(zip((id(r[0]) for r in reports), clusters, strict=True)) if clusters is not None else {}
    one = len(set(of.values())) == 1
    # a report setting aside the agent another names ("led by customs, not by OLAF" / "led by OLAF") tells of the
    # one act the other does, dated or not: who did it is what they dispute
    told = {
        (id(f), id(g))
        for g, named in ((g, agents_of(g)) for g, _ in reports)  # (each report's agents found once)
        if named
        for f, i in reports
        if g is not f and any(sets_aside(i.claim, p) for p in named)
    }
    corrected = bool(told)
    correction = {x for pair in told for x in pair}  # (the reports setting an agent aside, and those naming it)
    if not days and clusters is None and not corrected:
        return {}
    day = max(days, key=lambda d: (days[d], d)) if days else None  # (the day most reports dated to it give)
    # an undated report of a cluster event identity made of reports of that day (or of reports of no day) is one
    # of them: identity joined it to them
    dated = {of.get(id(f)) for f, _ in reports if day is not None and _day(f) == day}
    sides: list[tuple[list[tuple[Participant, EventFrame]], list[Info]]] = []
    aside = {id(f): i.claim for f, i in reports}
    for f, info in sorted(reports, key=lambda r: (r[1].published or _FAR, r[1].id)):
        d = _day(f)
        if (d is None or d != day) and not (
            d is None
            and (
                id(f) in correction
                or (
                    (corrected or (clusters is not None and (one or day is None or of.get(id(f)) in dated)))
                    and _object_shared(f, info, reports)
                )
            )
        ):
            continue
        mine = agents_of(f, info.claim)
        if not mine or parties_interchange(f, lex) or _alternatives(mine, info.claim):
            continue  # (of an act two parties do together, "signed a deal with", no one did it rather than the other)
        verdicts = [
            [
                s
                for s in (
                    _one_or_two(p, f, q, g, (aside[id(f)], aside[id(g)])) if g.event_class == f.event_class else None
                    for p in mine
                    for q, g in names
                )
                if s is not None
            ]
            for names, _ in sides
        ]
        joins = [i for i, v in enumerate(verdicts) if v and any(v)]
        if len(joins) == 1:
            sides[joins[0]][0].extend((p, f) for p in mine)
            sides[joins[0]][1].append(info)
        elif len(joins) > 1 and _in_apposition(mine, info.claim):
            # one agent given two names side by side ("the Dutch Data Protection Authority (AP)", "the privacy
            # regulator, the Autoriteit Persoonsgegevens"): the sides it joins name one agent
            for i in reversed(joins[1:]):
                names, infos = sides.pop(i)
                sides[joins[0]][0].extend(names)
                sides[joins[0]][1].extend(infos)
            sides[joins[0]][0].extend((p, f) for p in mine)
            sides[joins[0]][1].append(info)
        elif not joins and all(v and not any(v) for v in verdicts):
            sides.append(([(p, f) for p in mine], [info]))
    named: dict[str, list[Info]] = {}
    for names, infos in sides:
        counts: dict[str, int] = {}
        for p, _ in names:
            counts[p.name] = counts.get(p.name, 0) + 1
        value = max(counts, key=lambda n: (counts[n], len(n), n))
        named.setdefault(value, []).extend(infos)
    return one_side_each(named, lambda i: i.group)
