"""What a number of an event measures (``models/measures.toml``).

A count is compared with another outlet's only when both count one thing. The thing is the word of
the count's event or the noun it measures, and words of one ``[counted]`` set are one thing: "two
people died", "four were killed" and "caused four deaths" count the dead, "were injured" and
"suffered injuries" the injured (:func:`counted_as`).

Numbers with their measured noun (:func:`measure_frames`): "the fire has burned 4,150 hectares",
"18 aircraft were deployed", "68 lawmakers backed the motion" give figures two outlets may give
differently even when no event class names their verb, or when the events that hold them fall in two
clusters. Each such number becomes a frame of class :data:`MEASURE` (in no class of
``models/events.toml``: clustered by identity as any class is, by its parties — the names of its
sentence, as themes — but no event of the timeline, and compared on its figure only) holding the one
quantity, ``measures`` its noun: the noun the number modifies, or the unit of a measure — read from
the parse, not from a list of topics.
Its trigger is the number, its trigger's lemma what it measures: the noun, and for a noun of people
(``[measured] people``: how many depends on what befell them, "300 workers were evacuated" / "30
workers were treated") the verb it is counted under, by its ``[counted]`` set ("resident|take"), or
where they are when the verb counts nothing (``[counted] hospitalised`` / ``aboard``: "are in
hospital", "with 134 passengers on board": "passenger|aboard", a figure even under an event's verb).
Its parties are the names of its sentence, else the name its article reports most.
:mod:`claimline.reconcile.events` compares the figures of one measured thing (noun, and verb for
people) within a family of such frames (they share a name and are not dated apart). Left out, as
no figure of the measured thing itself: a part ("five of the 12 samples", "two of them"), the whole
of a share ("60% of the 500 dockworkers"), an increment ("another 200 firefighters", "200 more"), a
sentence with an ordinal ("its second fine": another instance; not an ordinal that says where, "at
the second farm"), a noun that is a time unit or counting word (``not_measured``). The sum of an
event noun is a figure of that noun when no event of a named party holds it as its own ("The
contract is worth 31.6 million euros"), or when it modifies the noun in the phrase of another event
("The 148 million euro contract was awarded to Vireon").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from ..lexicons import measures
from ..schemas import EventFrame
from .light import DOER, MEASURE  # (defined without pydantic: the timeline query reads it)

if TYPE_CHECKING:  # (no spaCy on the query path: the timeline reads MEASURE)
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "MEASURE",
    "anchor",
    "count_noun_of",
    "counted_as",
    "duration_frames",
    "measure_frames",
    "sum_frames",
    "timed_by_verb",
    "unit_name",
    "whole_of_share",
]


_NOUNS = frozenset({"NOUN"})
#: Dependencies from a noun up to the verb it is counted under ("thrown ... at the blaze with 28 aircraft").
_UP = frozenset({"pobj", "prep", "conj", "appos", "agent"})
_MODALS = frozenset({"will", "would", "could", "may", "might", "shall", "should", "'ll", "wo", "can", "must"})
#: Names that say what kind, not who ("Catalan" firefighters), and descriptions ("the ministry"): no party
#: a figure is measured for.
_WEAK = frozenset({"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
_WEAK_PARTIES = _WEAK | {"description", DOER}


def _sentence_names(doc: Any, sent: Any, names_at: Mapping[int, Any]) -> dict[str, tuple[int, int, str | None]]:
    """The parties a figure's sentence names, in text order: name -> (start, end, label), weak labels (nationality
    words, descriptions) and bare numbers left out."""
    names: dict[str, tuple[int, int, str | None]] = {}
    for i in range(sent.start, sent.end):
        e = names_at.get(i)
        if e is not None and e.label not in _WEAK and e.name not in names and not e.name.replace(",", "").isdigit():
            names[e.name] = (doc[e.start].idx, doc[e.end - 1].idx + len(doc[e.end - 1]), e.label)
    return names


@cache
def _sets() -> dict[str, str]:
    return {w: name for name, words in measures().counted.items() for w in words}


def anchor(sent: Span, doc_text: str, tok: Token, lemma: str, pos: str) -> dict[str, dict[str, Any]]:
    """The ``sentence`` and ``trigger`` slots of a frame whose trigger is ``tok`` (as dicts, validated
    with the frame in one call): the sentence's words without the blanks spaCy hangs after it (blanked
    furniture too)."""
    end = sent.start_char + len(doc_text[sent.start_char : sent.end_char].rstrip())
    return {
        "sentence": {"start": sent.start_char, "end": end},
        "trigger": {
            "text": tok.text,
            "start": tok.idx,
            "end": tok.idx + len(tok),
            "lemma": lemma,
            "token": tok.i,
            "sentence_token": tok.i - sent.start,
            "pos": pos,
        },
    }


def _figure_frame(
    article_id: str,
    n: int,
    claim_id: str | None,
    sent: Span,
    doc_text: str,
    trigger: Token,
    measured: str,
    names: Mapping[str, tuple[int, int, str | None]],
    factuality: str,
    quantity: Any,
) -> EventFrame:
    """A figure's frame (class ``measure``): its number the trigger, what it measures the trigger's lemma, the
    parties its sentence names as themes, one quantity (a dict or a :class:`Quantity`)."""
    return EventFrame(
        id=f"{article_id}-e{n:03d}",
        article_id=article_id,
        claim_id=claim_id,
        **anchor(sent, doc_text, trigger, measured, "noun"),  # type: ignore[arg-type]
        event_class=MEASURE,
        participants=[  # type: ignore[misc]
            {"role": "theme", "text": name, "start": s, "end": e, "name": name, "label": label}
            for name, (s, e, label) in names.items()
        ],
        factuality=factuality,  # type: ignore[arg-type]
        quantities=[quantity],
    )


def counted_as(lemma: str) -> str | None:
    """The ``[counted]`` set a lemma belongs to ("kill" -> "dead"), or None."""
    return _sets().get(lemma)


def unit_name(word: str) -> str:
    """The name of the unit a spelling stands for (``[units]``: "km", "kilometer" -> "kilometre"); any other word
    as it is. A measured noun with the verb it is counted under ("km|run") keeps its verb."""
    head, bar, verb = word.partition("|")
    return _units().get(head, head) + bar + verb


@cache
def _units() -> dict[str, str]:
    return dict(measures().units)


@cache
def _words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    m = measures().measured
    return frozenset(m.people), frozenset(m.increments), frozenset(m.not_measured), frozenset(m.wholes)


@cache
def _open_clauses() -> frozenset[str]:
    return frozenset(measures().measured.open_clauses)


def _speaks(verb: Token) -> bool:
    """A verb of speech (the event lexicon's speech acts: "said", "told", "warned")."""
    from .lexicon import SPEECH, lexicon  # (local: the lexicon loads on first use)

    lex = lexicon()
    cls = lex.verbs.get(verb.lemma_.lower())
    return cls is not None and lex.root(cls) == SPEECH


def _asked(verb: Token | None) -> bool:
    """The verb, or a verb it hangs on, heads a clause that asks or supposes ("whether any operator can
    guarantee that 112 calls survive", "if 300 workers join"; ``[measured] open_clauses``): its figure is
    nobody's report."""
    words = _open_clauses()
    t = verb
    for _ in range(6):
        if t is None:
            return False
        if any(c.dep_ == "mark" and c.lower_ in words for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def people_noun(lemma: str) -> bool:
    """A noun of people (``[measured] people``): its figures are compared under one verb only."""
    return lemma in _words()[0]


@cache
def any_people() -> frozenset[str]:
    """Nouns of people that count any people (``[measured] any_people``: "nine people were trapped" / "seven
    miners"): the broader noun of every ``[measured] people`` noun for a figure (:func:`wider`)."""
    return frozenset(measures().measured.any_people)


def wider(a: str, b: str) -> bool:
    """A figure's measured word ``a`` ("cattle", "people|aboard") counts among others the things ``b`` counts ("cow",
    "passenger|aboard"), under one verb: a broader noun of it (``[object_nouns] broader`` of models/events.toml:
    "cattle" / "cow", "weapon" / "handgun", "child" / "pupil"), or "people" of a noun of people (``[measured]
    people``). Outlets count one herd or one ship's passengers by either word (review 15 W17)."""
    from .lexicon import lexicon  # (local: the lexicon loads on first use)

    ha, _, va = a.partition("|")
    hb, _, vb = b.partition("|")
    if va != vb or ha == hb:
        return False
    if ha in any_people():
        return hb not in any_people() and people_noun(hb)
    return lexicon().broader_of(ha, hb)


def same_thing(a: str, b: str) -> bool:
    """Two figures' measured words ``a`` and ``b`` that name one thing, under one verb: one noun with and without
    words before it ("22 forecaster posts" / "26 posts", "41 severe thunderstorms" / "44 thunderstorms": one's words
    all among the other's, one head noun; "customer accounts" / "business accounts" stay two), or two nouns of one
    ``[object_nouns] synonyms`` set of models/events.toml ("the vessel" / "the ship"). Outlets name one counted thing
    with more or fewer words; a noun told with "of" ("cost of replacement") keeps its words."""
    from .lexicon import lexicon  # (local: the lexicon loads on first use)

    ha, _, va = a.partition("|")
    hb, _, vb = b.partition("|")
    if va != vb or ha == hb or " of " in f" {ha} " or " of " in f" {hb} ":
        return False
    wa, wb = ha.split(), hb.split()
    if wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa)):
        return True
    x = lexicon().object_sets.get(ha)
    return len(wa) == len(wb) == 1 and x is not None and x == lexicon().object_sets.get(hb)


def _noun_of(span: Span) -> Token | None:
    """The noun a number counts: the unit of a measure ("4,150 hectares"), else the noun the number
    modifies ("18 aircraft"), not a name's number."""
    root = span.root
    if span.label_ == "QUANTITY":
        last = span[-1]
        return last if last.pos_ in _NOUNS else None
    if root.dep_ == "compound" and root.like_num and root.head.i == span.end and root.head.tag_ == "NNS":
        return root.head  # "Thirteen children from the town are ...": a capitalised number the parse made a compound
    if root.dep_ != "nummod":
        return None
    if root.head.pos_ not in _NOUNS or root.head.i < root.i:
        # the parse hung the number on a date before it ("On 13 October 240 residents were taken"): the
        # plural noun right after it
        doc = span.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and root.head.ent_type_ in ("DATE", "TIME") and after.tag_ == "NNS":
            return after
        return None
    return root.head


def measured_of(span: Span, noun: Token) -> Token | None:
    """The noun a measure's unit measures, told after "of" ("18.6 km of coastline", "890 megawatts of capacity"): a
    common noun with no number of its own; not a part of a whole ("3 km of the 10 km road": its own figure), nor a
    name or a pronoun ("3 km of it")."""
    if span.label_ != "QUANTITY" or noun.i != span.root.i:
        return None  # (a count's noun told with "of", "3,400 hectares of forest", is its noun: :func:`_noun_of`)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i), None)
    thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if thing is None or thing.pos_ not in _NOUNS or thing.ent_type_:
        return None
    if any(t.like_num or t.ent_type_ in _WEAK for t in thing.subtree if t.i < thing.i):
        return None  # "3 km of the 10 km road", "2 km of the 2019 route": a part of a whole
    return thing


@cache
def _counts_of() -> frozenset[str]:
    return frozenset(measures().measured.counts_of)


#: how an event word hangs on the noun after "of" ("the number of people injured", "the number of operations it
#: postponed")
_TOLD_OF = frozenset({"acl", "relcl"})


def count_noun_of(word: Token) -> Token | None:
    """The counting noun (``[measured] counts_of`` of ``models/measures.toml``) whose "of" names ``word``: the word
    itself after "of" ("the number of injured", "the number of arrests"), or the word told of the noun after "of"
    ("the number of people injured", "the number of flights cancelled"); else None. The figure that noun reaches
    ("has risen to eight") counts ``word``'s event, which the sentence tells only through the count."""
    noun = word.head if word.dep_ in _TOLD_OF else word
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.head.i == of.i:
        return None
    counter = of.head
    return counter if counter.pos_ == "NOUN" and counter.lemma_.lower() in _counts_of() else None


@cache
def _positions() -> frozenset[str]:
    return frozenset(measures().measured.positions)


#: (:func:`measure_frames`) after a figure's unit told as a position: compared only with other positions
POSITION = "position"


def at_position(noun: Token) -> bool:
    """A measure's unit told as where a thing is on a scale, not how much of a thing there is (``[measured]
    positions`` of models/measures.toml): after a word of position ("above 1,200 metres", "roads below 900 metres"),
    after "of" of one ("at an altitude of 2,400 metres", "at a depth of 8 km"), or before one ("1,200 metres above
    sea level", "900 metres underground", "300 metres deep")."""
    words = _positions()
    head = noun.head
    if head.i == noun.i:
        return False
    if noun.dep_ == "pobj":
        return head.lower_ in words or (head.lower_ == "of" and head.head.lemma_.lower() in words)
    return noun.dep_ == "npadvmod" and head.lower_ in words


@cache
def _measure_nouns() -> frozenset[str]:
    return frozenset(measures().measured.measure_nouns)


def measure_holder(span: Span, noun: Token) -> Token | None:
    """The noun whose measure a unit is, told before "of" ("a detour of 27 km", "queues of up to 14 km": the detour,
    the queues): a common noun; not a word that names a measure itself (``[measured] measure_nouns`` of
    models/measures.toml: "a distance of 3 km", "a total of 40 km" measure nothing named), a word of position
    (:func:`at_position`) or a noun that is no measured thing (``not_measured``)."""
    if span.label_ != "QUANTITY" or noun.i != span.root.i or noun.dep_ != "pobj":
        return None
    of = noun.head
    holder = of.head
    if of.lower_ != "of" or holder.i >= of.i or holder.pos_ != "NOUN" or holder.ent_type_:
        return None
    word = holder.lemma_.lower()
    if not word.isalpha() or word in _words()[2] or word in _positions() or word in _measure_nouns():
        return None
    return holder


def _partitive(span: Span) -> tuple[Token, str] | None:
    """A number that is the subject of a simple past passive and counts a part of people told "of" them ("Eight of
    them were taken to hospital", "Six of the injured were flown to hospital", "two of the workers were ..."): the
    number, and the noun of people it counts (the noun after "of" when it is one of ``[measured] people``, else
    "people"). Such a part is a figure only where its verb says the people went (:func:`_state_of`; a part of a
    whole otherwise, "five of the 12 samples", "two of them were evacuated")."""
    root = span.root
    if span.label_ != "CARDINAL" or root.dep_ != "nsubjpass" or not root.like_num or root.head.tag_ != "VBN":
        return None  # (a part told where it is now, "two of them are in hospital", may be a count still running)
    if not any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in root.head.children):
        return None  # (a simple past passive: not "are being treated in hospital", "have been treated")
    of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if whole is None or any(c.like_num for c in whole.children):
        return None  # ("five of the 12 samples": a share of a counted whole)
    lemma = whole.lemma_.lower()
    if people_noun(lemma):
        return root, lemma
    if whole.tag_ == "PRP" or (whole.pos_ in ("ADJ", "VERB") and whole.tag_ in ("JJ", "VBN")):
        # "of them", "of the injured", "of the wounded"; not a relative "of whom" ("23 were treated, four of whom
        # were taken to hospital": a part of the figure just told, as ``[measured] parts``)
        return root, "people"
    return None


def _part_or_whole(span: Span, noun: Token) -> bool:
    """ "five of the 12 samples", "two of them" (a part); "60% of the 500 dockworkers", "half of the
    400" (the whole of a share)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return True
    return whole_of_share(noun)


def whole_of_share(noun: Token, *, parts: bool = True) -> bool:
    """A counted noun after "of" that a share or a part is taken from ("60% of the 500 dockworkers",
    "half of the 400 nurses", "five of the 12 samples"): its number is the whole, not the count of the
    event the share took part in (review 7, R20). ``parts=False``: of a share only (a percentage, a
    fraction: "12 of the 64 radars" is an event's part of a whole it counts too)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.i == noun.i:
        return False
    whole_of = of.head
    if whole_of.lemma_.lower() in _words()[2] or whole_of.ent_type_ == "PERCENT":
        return True
    return parts and whole_of.pos_ in ("NUM", "DET", "PRON", "ADJ")


def _increment(span: Span, noun: Token, doc: Doc) -> bool:
    """ "another 200 firefighters", "200 more firefighters", "an additional 50 buses", "12 new cases"."""
    inc = _words()[1]
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in inc and before.dep_ != "quantmod":
        return True
    doc_len = len(doc)
    if any(
        t.lower_ in inc and t.dep_ != "quantmod" and not (t.i + 1 < doc_len and doc[t.i + 1].lower_ == "than")
        for t in span
    ):  # (not "more than 300")
        return True
    return added_to(noun)


def added_to(noun: Token) -> bool:
    """A counted noun marked as added to others ("the director and two other men were arrested", "an additional
    50 buses", "the last two inmates", ``[measured] increments``): a part of the event's count, not the whole of it;
    so is a noun coordinated after a marked one, the mark told once for both ("the first four aircraft and one
    ground control station", "another 200 firefighters and 30 engines")."""
    inc = _words()[1]

    def marked(t: Token) -> bool:
        return any(c.lower_ in inc and c.dep_ in ("amod", "det", "advmod") for c in t.children)

    if marked(noun):
        return True
    head = noun.head
    return noun.dep_ == "conj" and head.i < noun.i and head.pos_ == "NOUN" and marked(head)


def _whole(noun: Token) -> bool:
    """A counted noun that is the whole ("all 14 interchanges", "the whole fleet of nine aircraft",
    ``[measured] wholes``), on itself or on the noun it is counted "of"."""
    wholes = _words()[3]

    def marked(t: Token) -> bool:
        return any(c.dep_ == "predet" or (c.dep_ in ("det", "amod") and c.lower_ in wholes) for c in t.children)

    if marked(noun):
        return True
    of = noun.head
    return noun.dep_ == "pobj" and of.lower_ == "of" and of.head.pos_ == "NOUN" and marked(of.head)


def _kind_word(c: Token) -> bool:
    """A word before a noun that names a kind of it ("county routes", "regional routes", "emergency
    calls"), not a state it is in ("planned operations", "affected customers": participles)."""
    if c.dep_ == "compound":
        return c.pos_ == "NOUN"
    return c.dep_ == "amod" and c.tag_ == "JJ" and not c.lower_.endswith(("ed", "ing"))  # ("affected": a state)


def _kind(noun: Token) -> list[str]:
    """The words before a counted noun that name a kind of it ("county routes", "emergency calls")."""
    kind = [c.lemma_.lower() for c in noun.children if c.i < noun.i and _kind_word(c)]
    return [w for w in kind if w.isalpha() and w not in _words()[1]]


def same_count(a: Token, b: Token) -> bool:
    """Two counted nouns of one coordination that count one thing, so their numbers add up ("12,000 Vantor
    vans and 8,000 Kestrel vans": 20,000 vans; not "16,389 total subsidiaries and 2,836 tax haven
    subsidiaries"): one lemma, one kind."""
    return a.lemma_.lower() == b.lemma_.lower() and _kind(a) == _kind(b)


#: Prepositions of where people are ("in hospital", "on board", "taken to hospital", "treated at ... Hospital").
_PLACED = frozenset({"in", "on", "to", "into", "at"})
#: ... said on their noun ("12 patients in hospital", "134 passengers on board"; not "200 nurses at the hospital":
#: where they work).
_WITHIN = frozenset({"in", "on"})


def _state_of(noun: Token, verb: Token | None) -> str | None:
    """The ``[counted]`` set of where counted people are, said by a preposition of place on their noun ("in", "on":
    "with 134 passengers on board") or on their verb ("are in hospital", "were treated at Celje Hospital"), or by
    "aboard"; else None ("200 nurses at the hospital went on strike": where they work)."""
    for t, preps in ((noun, _WITHIN), (verb, _PLACED)):
        if t is None:
            continue
        for c in t.children:
            if c.lower_ == "aboard" and (found := counted_as("aboard")):
                return found
            if c.dep_ == "prep" and c.lower_ in preps:
                for g in c.children:
                    if g.dep_ == "pobj" and (found := counted_as(g.lemma_.lower())):
                        return found
    return None


def _where(ordinal: Token) -> bool:
    """An ordinal that says where ("at the second farm", "on the third floor"): the noun it modifies is the object
    of a preposition of place and neither an event word nor a word of time or counting (``not_measured``: "in
    the second round", "on the third day" tell another instance)."""
    from .lexicon import lexicon  # (local: the lexicon loads on first use)

    head = ordinal.head
    lemma = head.lemma_.lower()
    return (
        ordinal.dep_ == "amod"
        and head.dep_ == "pobj"
        and head.head.lower_ in _PLACED
        and head.pos_ == "NOUN"
        and lemma not in _words()[2]
        and lemma not in lexicon().nouns
    )


def _verb_of(noun: Token) -> Token | None:
    """The verb a noun is counted under: its head, up through prepositions and conjuncts."""
    t = noun
    for _ in range(5):
        if t.dep_ not in _UP and t is not noun:
            break
        h = t.head
        if h.i == t.i:
            return None
        if h.pos_ in ("VERB", "AUX"):
            return h
        t = h
    return None


#: modals of a past possibility when a perfect follows ("may have escaped", "could have died"): not "would have",
#: a counterfactual, nor "will have", a plan
_MAY = frozenset({"may", "might", "could"})


def _factuality(verb: Token | None, expecting: frozenset[str]) -> str:
    """How a figure's verb tells it: negated, expected (a modal: "will hire 300"), hedged (a modal of possibility with
    a perfect, a past act told as possible: "up to 2,000 litres may have escaped", compared with "300 litres
    leaked" as a report of one act, not as a plan), else asserted."""
    if verb is None:
        return "asserted"
    kids = list(verb.children)
    if any(c.dep_ == "neg" for c in kids):
        return "negated"
    modals = [c for c in kids if c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS]
    if modals and verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "have" for c in kids):
        if all(c.lower_ in _MAY for c in modals):
            return "hedged"
    if modals:
        return "expected"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in expecting:
        return "expected"
    return "asserted"


def measure_frames(
    doc: Doc,
    doc_text: str,
    amounts: Sequence[Span],
    sentences: Sequence[Span],
    ordinals: Sequence[int],
    frames: Sequence[EventFrame],
    names_at: Mapping[int, Any],
    claim_of: Callable[[int], Any],
    value_of: Callable[[str], tuple[float | None, str | None]],
    expecting: frozenset[str],
    article_id: str,
    first: int,
) -> list[EventFrame]:
    """A :data:`MEASURE` frame for each count or measure among ``amounts`` (the entity spans of
    numbers, each once, in text order) with a measured noun (module docs), numbered from ``first``;
    ``sentences``: the parse's sentences in order; ``ordinals``: the token indices of ordinals, sorted;
    ``names_at``: token index -> the name (``name``, ``label``, token ``start``/``end``) covering it, as
    the frames name it; ``claim_of`` finds the claim holding a character offset, ``value_of`` reads a
    number's text."""
    triggers = {f.trigger.start for f in frames}
    from .lexicon import OTHER  # (local: as lexicon below)

    listed = {f.trigger.start for f in frames if f.event_class != OTHER}  # (the triggers of a listed class)
    starts = [s.start for s in sentences]
    out: list[EventFrame] = []
    unnamed: list[int] = []
    counted_at: dict[int, int] = {}  # a counted noun's token -> its frame's place in ``out``
    n = first - 1
    for span in amounts:
        if span.label_ not in ("CARDINAL", "QUANTITY"):
            continue
        text = doc_text[span.start_char : span.end_char]
        if "%" in text or "per cent" in text.lower():
            continue
        value, unit = value_of(text)
        if value is None or unit is not None:
            continue  # money: compared with its event
        noun = _noun_of(span)
        # "Eight of them were taken to hospital": a part of people told where they went
        partitive = _partitive(span) if noun is None else None
        if partitive is not None:
            noun, lemma = partitive
        elif noun is None:
            continue
        else:
            lemma = noun.lemma_.lower()
        if partitive is None and (
            not lemma.isalpha() or lemma in _words()[2] or (noun.ent_type_ and span.label_ != "QUANTITY")
        ):
            continue
        after = doc[span.end] if span.end < len(doc) else None
        before = doc[span.start - 1] if span.start > 0 else None
        if any(t is not None and value_of(t.text)[1] is not None for t in (noun, after, before)):
            continue  # "184 million euros", "a 96 million euro contract": money, compared with its event
        # "18.6 km of coastline": the unit measures the noun after "of", one measured thing whatever its unit
        thing = measured_of(span, noun) if partitive is None else None
        if (thing is None and partitive is None and _part_or_whole(span, noun)) or _increment(span, noun, doc):
            continue
        if _whole(noun):
            continue  # "all 14 interchanges", "its whole fleet of nine aircraft": the whole, not the event's
        if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ in _NOUNS and doc[noun.i - 1].text == "-":
            continue  # "a seven-storey block", "three-storey houses": what kind of thing, no figure of an event
        # "eight county routes", "212 emergency calls": a kind of the noun is another measured thing
        measured = " ".join([*_kind(noun), lemma]) if partitive is None else lemma
        if thing is not None:
            if not thing.lemma_.isalpha() or thing.lemma_.lower() in _words()[2] or _whole(thing):
                continue
            # told as a kind of the unit ("18.6 coastline km"): one measured thing with "19 kilometres of coastline"
            # and with "18.6 km" of no noun (:func:`same_thing`), not with "12 km of road"
            measured = " ".join([*_kind(thing), thing.lemma_.lower(), unit_name(lemma)])
        elif (holder := measure_holder(span, noun)) is not None:
            # "a detour of 27 km" measures the detour: one measured thing with "a 42 km detour" and "27 km" of no
            # noun (:func:`same_thing`), not with "queues of up to 14 km" (a bound of another thing's length)
            measured = " ".join([*_kind(holder), holder.lemma_.lower(), unit_name(lemma)])
        k = bisect_right(starts, noun.i) - 1
        if k < 0 or not sentences[k].start <= noun.i < sentences[k].end:
            continue
        sent = sentences[k]
        o = bisect_left(ordinals, sent.start)
        if any(not _where(doc[ordinals[j]]) for j in range(o, bisect_left(ordinals, sent.end))):
            continue  # "its second fine this year": another instance
        verb = _verb_of(noun)
        if _asked(verb):
            continue  # "whether 112 calls survive": asked, not reported
        if verb is not None and noun.dep_ == "nsubj" and noun.head.i == verb.i and _speaks(verb):
            continue  # "two diplomats said on Monday that": who speaks, no figure of what they say
        key = measured
        if thing is not None:
            if thing.idx in triggers or (verb is not None and verb.idx in listed):
                continue  # "spilled 40 tonnes of diesel", "12 km of closures": the event's own measure, compared there
        elif people_noun(lemma):
            verb_lemma = verb.lemma_.lower() if verb is not None else ""
            state = None if counted_as(verb_lemma) else _state_of(noun, verb)
            if state is None and (verb is None or verb.idx in triggers or partitive is not None):
                # "300 residents were evacuated": the count of its event, compared there; "two of them were
                # evacuated": a part of the event's count
                continue
            # "three children are in hospital", "were treated in hospital", "with 134 passengers on board": where
            # they are ([counted] words of a place), whatever the verb
            key = f"{measured}|{counted_as(verb_lemma) or state or verb_lemma}"
        elif noun.idx in triggers:
            continue  # "three attacks": the event's own count
        elif span.label_ == "QUANTITY" and at_position(noun):
            # "above 1,200 metres", "at a depth of 8 km": where a thing is, another measure than an amount in that
            # unit ("200 metres of lining"), compared with positions only (:func:`same_thing` and :func:`wider`
            # join no words of two verbs)
            key = f"{measured}|{POSITION}"
        first_noun = noun.head
        if noun.dep_ == "conj" and first_noun.pos_ in ("VERB", "AUX"):  # "... and 8,000 vans" hung on the verb
            first_noun = next((c for c in first_noun.children if c.dep_ == "dobj" and c.i in counted_at), first_noun)
        part_of = counted_at.get(first_noun.i) if noun.dep_ == "conj" else None
        if part_of is not None and same_count(first_noun, noun) and span.label_ == "CARDINAL":
            # "12,000 Vantor vans and 8,000 Kestrel vans": parts of one figure, 20,000 vans
            f = out[part_of]
            q = f.quantities[0]
            out[part_of] = f.model_copy(
                update={
                    "quantities": [
                        q.model_copy(
                            update={
                                "value": (q.value or 0) + value,
                                "end": span.end_char,
                                "text": doc_text[q.start : span.end_char],
                            }
                        )
                    ]
                }
            )
            counted_at[noun.i] = part_of
            continue
        # the trigger is the number itself (no event word: a figure is found by no word of an event)
        trigger = next((t for t in span if t.like_num), span[0])
        names = _sentence_names(doc, sent, names_at)
        claim = claim_of(trigger.idx) or claim_of(noun.idx)
        begin = _range_start(doc, span)  # "between 41 and 43 degrees": the range, not its upper bound
        n += 1
        counted_at[noun.i] = len(out)
        unnamed.append(len(out))
        quantity = {
            "kind": "measure" if span.label_ == "QUANTITY" else "count",
            "text": doc_text[begin : span.end_char],
            "start": begin,
            "end": span.end_char,
            "value": value,
            "unit": lemma if span.label_ == "QUANTITY" else None,
            "measures": measured,
        }
        claim_id = claim.id if claim is not None else None
        factuality = _factuality(verb, expecting)
        out.append(_figure_frame(article_id, n, claim_id, sent, doc_text, trigger, key, names, factuality, quantity))
    # the sums of events that name no party ("The contract is worth 31.6 million euros"): no event cluster
    # compares them, so each is a figure of the noun it measures ("contract"), told apart by its currency
    from .lexicon import lexicon  # (local: the lexicon loads on first use)

    event_nouns = lexicon().nouns
    summed: set[tuple[int, int]] = set()
    for f in frames:
        if f.commentary:
            continue
        named = any(p.label not in _WEAK_PARTIES for p in f.participants)
        for q in f.quantities:
            if q.kind != "money" or not q.unit or not q.value or (q.start, q.end) in summed:
                continue
            # the sum of the event's own noun ("the contract is worth", "the 148 million euro contract"); not a
            # verb's ("investing $500,000") nor another noun's ("incomes of more than $750,000": a threshold). A
            # frame naming parties compares its own sum; the sum of an event noun it holds in a noun phrase ("The
            # 148 million euro contract was awarded to Vireon") is that noun's figure too
            if q.measures is None and f.trigger.pos == "noun" and not named:
                what: str | None = f.trigger.lemma
            elif q.measures is not None and q.measures != f.trigger.lemma and _sum_of_noun(doc, q.start, q.measures):
                what = q.measures
            else:
                what = None
            if what is None or what not in event_nouns:
                continue
            summed.add((q.start, q.end))
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            trigger = next((t for t in span if t.like_num), None) if span is not None else None
            k = bisect_right(starts, trigger.i) - 1 if trigger is not None else -1
            if trigger is None or k < 0 or not sentences[k].start <= trigger.i < sentences[k].end:
                continue
            sent = sentences[k]
            names = {}
            for t in range(sent.start, sent.end):
                e = names_at.get(t)
                if e is not None and e.label not in _WEAK and e.name not in names and not e.name.isdigit():
                    names[e.name] = (doc[e.start].idx, doc[e.end - 1].idx + len(doc[e.end - 1]), e.label)
            n += 1
            unnamed.append(len(out))
            quantity = q.model_copy(update={"measures": what})
            out.append(
                _figure_frame(article_id, n, f.claim_id, sent, doc_text, trigger, what, names, f.factuality, quantity)
            )
    main = _main_party(frames) if unnamed else None
    if main is not None:
        for k in unnamed:
            if main.name not in out[k].names():
                out[k] = out[k].model_copy(update={"participants": [*out[k].participants, main]})
    return sorted(out, key=lambda f: f.trigger.start)  # (in text order)


_IN_PHRASE = frozenset({"nummod", "compound", "nmod", "amod", "quantmod"})


def _sum_of_noun(doc: Doc, start: int, noun: str) -> bool:
    """The money at character ``start`` modifies the noun ``noun`` in its noun phrase ("the 148 million euro
    contract"), or is its "of" ("a contract of 5 million euros"), not a sum a verb states of it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    t = span[0]
    for _ in range(5):
        h = t.head
        if h.i == t.i:
            return False
        if h.pos_ == "NOUN" and h.lemma_.lower() == noun and t.dep_ in _IN_PHRASE:
            return True
        if t.dep_ == "pobj" and h.lower_ == "of" and h.head.pos_ == "NOUN" and h.head.lemma_.lower() == noun:
            return True
        if h.pos_ in ("VERB", "AUX"):
            return False
        t = h
    return False


@cache
def _range_words() -> tuple[frozenset[str], frozenset[str]]:
    """(openers, joiners) of a range: ``range_openers`` / ``range_joiners`` of ``models/measures.toml``."""
    m = measures().measured
    return frozenset(m.range_openers), frozenset(m.range_joiners)


@cache
def _modifier_words() -> frozenset[tuple[str, ...]]:
    """The quantity modifiers of ``models/timex/en.toml`` (``[modifiers]``: "about", "up to", "more than"), as
    word tuples."""
    from ..timex.vocab import vocabulary

    return frozenset(tuple(w.lower().split()) for w in vocabulary().modifiers)


@cache
def _modifier_ends() -> frozenset[str]:
    """The last words of :func:`_modifier_words`: a word before a figure that is none of them starts no modifier."""
    return frozenset(words[-1] for words in _modifier_words() if words)


def _range_start(doc: Doc, span: Span) -> int:
    """Where a figure's text starts (:func:`figure_start` of its first token)."""
    return figure_start(doc, span.start, span.start_char)


def figure_start(doc: Doc, k: int, start: int, *, opened: bool = True) -> int:
    """Where a figure's text starts, the figure's first token ``k`` at ``start``: at the word opening a range when
    the figure is its upper bound ("between 41 and 43 degrees": the range, read by
    :func:`claimline.reconcile.amounts.interval`; review 11 S1), and at a modifier right before the figure or
    before a range it ends that the figure's entity left out ("up to 500 tonnes", "some 60 to 70 percent"; review
    12 T5), else at ``start``. ``opened``: a range's opener counts (a measure's; before a count or a share, "from
    5 to 7 percent" is as often a change, "rose from 5 to 7 percent": review 12 T25)."""
    openers, joiners = _range_words()
    mods = _modifier_words()

    def modified(first: int) -> int | None:
        # (each of the three words before read once, and none when the one right before ends no modifier: most)
        if first < 1 or doc[first - 1].lower_ not in _modifier_ends():
            return None
        lows = tuple(doc[i].lower_ for i in range(max(0, first - 3), first))
        return next((first - n for n in (3, 2, 1) if first >= n and lows[len(lows) - n :] in mods), None)

    if k >= 2 and doc[k - 1].lower_ in joiners and doc[k - 2].like_num:
        if k >= 3 and doc[k - 3].lower_ in openers:
            return doc[k - 3].idx if opened else start
        at = modified(k - 2) if doc[k - 1].lower_ != "and" else None  # ("and" joins a range only after "between")
        if at is not None:
            return doc[at].idx
    at = modified(k)
    return doc[at].idx if at is not None else start


def timed_by_verb(
    figures: Sequence[EventFrame], doc: Doc, timer: Callable[[list[EventFrame]], list[EventFrame]]
) -> list[EventFrame]:
    """The figures timed (``timer``: :func:`~claimline.events.timing.assign_times` of the article) as the verb
    they are counted under: "the mill employed 900 people in 2019", "had 22 planes in 2019" are figures of
    2019, not of the day they are reported (review 9, W35: a figure of another year answers another question
    than "now employs 420"). A figure with no verb above its number is timed at its number."""
    if not figures:
        return list(figures)
    proxies = []
    for f in figures:
        verb = _verb_above(doc[f.trigger.token])
        if verb is None:
            proxies.append(f)
            continue
        at = {
            "token": verb.i,
            "start": verb.idx,
            "end": verb.idx + len(verb),
            "sentence_token": verb.i - verb.sent[0].i,
        }
        trigger = f.trigger.model_copy(update=at)
        proxies.append(f.model_copy(update={"trigger": trigger}))
    timed = {f.id: f.time for f in timer(proxies)}
    return [f.model_copy(update={"time": timed.get(f.id)}) if timed.get(f.id) is not None else f for f in figures]


def _verb_above(tok: Token) -> Token | None:
    """The verb a number hangs under, through its noun and prepositions ("employed" in "employed 900 people
    in 2019"); None past a clause's head."""
    t = tok
    for _ in range(5):
        h = t.head
        if h.i == t.i or t.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"):
            return None
        if h.pos_ in ("VERB", "AUX"):
            return h
        t = h
    return None


def _with_main_party(out: list[EventFrame], frames: Sequence[EventFrame]) -> list[EventFrame]:
    """Figure frames ``out``, each naming the article's main party (:func:`_main_party`) when it does not already."""
    main = _main_party(frames) if out else None
    if main is None:
        return out
    return [
        f if main.name in f.names() else f.model_copy(update={"participants": [*f.participants, main]}) for f in out
    ]


def _main_party(frames: Sequence[EventFrame]) -> Any:
    """The named party an article's frames name most: the story's, which its figures measure for."""
    counts = Counter(p.name for f in frames if not f.commentary for p in f.participants if p.label not in _WEAK_PARTIES)
    if not counts:
        return None
    name = max(sorted(counts), key=lambda k: counts[k])
    return next(p for f in frames for p in f.participants if p.name == name).model_copy(update={"role": "theme"})


@cache
def _lasting() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of lasting, nouns of a state): ``lasting`` / ``state_heads`` of ``models/measures.toml``."""
    m = measures().measured
    return frozenset(m.lasting), frozenset(m.state_heads)


_DURATION_MODIFIERS = frozenset({"amod", "compound", "nmod", "nummod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OPEN = frozenset({"xcomp", "advcl", "ccomp", "oprd"})


def _lasting_noun(verb: Token) -> Token | None:
    """The noun whose state a verb of lasting tells the length of: its subject ("the emergency runs"), the noun a
    relative clause describes ("a state of emergency that will last 30 days"), the object a verb of keeping keeps
    ("could keep the unit offline"), or the object of the verb an open clause hangs on ("expected unit 2 to stay
    offline"); None for a pronoun or a name (no measured thing: its reading would be a guess)."""
    noun = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if noun is not None and noun.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl":
        noun = verb.head
    if noun is None and verb.dep_ == "acl":
        noun = verb.head  # "the zone, kept in place for three weeks"
    if noun is None and verb.dep_ == "conj":
        noun = next((c for c in verb.head.children if c.dep_ in _SUBJECTS), None)  # "is free and takes an hour"
    if noun is None or verb.lemma_.lower() == "keep":
        # (not the duration itself: "is expected to take ten days")
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.ent_type_ not in _TIME_ENTITIES), noun)
    if noun is None and verb.dep_ in _OPEN:
        # "expected unit 2 to stay offline"; "the closure is scheduled to last a week"
        kids = list(verb.head.children)
        noun = next((c for c in kids if c.dep_ == "dobj"), None) or next((c for c in kids if c.dep_ in _SUBJECTS), None)
    return noun if noun is not None and noun.pos_ == "NOUN" else None


_RELATIVE_WORDS = frozenset({"that", "which", "who"})
#: dependencies of a length a verb of lasting takes ("lasts 30 days", "ran three months")
_LENGTH_DEPS = frozenset({"npadvmod", "dobj"})
#: named-entity labels of a time or a length of time
_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _lasting_of(span: Span, triggers: set[int]) -> tuple[Token | None, Token | None, bool]:
    """(the noun a duration tells how long lasts, the verb the duration hangs on or None, whether the duration
    modifies the noun): the noun of a verb of lasting that takes the duration as its object or after "for" ("will
    last 30 days", "runs for three months", "was offline for two days"; not one with an object, "could run the
    software for a year", but "keep"), of a passive verb of no event or a state word after "for" ("is permitted for
    two weeks", "will remain closed for three weeks"), or the noun the duration modifies ("the three-month state of
    emergency"); (None, None, False) when it is none of these ("for a day, social media carried claims": what an
    act did for a while)."""
    root = span.root
    verbs, _ = _lasting()
    head = root.head
    if root.dep_ in _DURATION_MODIFIERS and head.pos_ == "NOUN" and head.i > root.i and head.i >= span.end - 1:
        return head, None, True
    if root.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        verb = head.head
        state = verb.dep_ in ("acomp", "oprd") and verb.head.pos_ in ("VERB", "AUX")
        if state:
            verb = verb.head  # "will remain closed for three weeks": the state's verb
        if verb.pos_ not in ("VERB", "AUX"):
            return None, None, False
        lemma = verb.lemma_.lower()
        if lemma in verbs:
            if lemma != "keep" and any(c.dep_ == "dobj" for c in verb.children):
                return None, None, False  # "could run unpatched software for more than a year": an act
        elif verb.idx in triggers or not (state or _passive(verb)):
            return None, None, False  # "was jailed for six years": the event's own; "worked for four hours": an act
    elif (
        (root.dep_ in _LENGTH_DEPS or root.dep_ == "prt" and any(t.dep_ in _LENGTH_DEPS for t in span))
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in verbs
    ):
        verb = head  # ("takes under an hour", parsed with "under" a particle)
    else:
        return None, None, False
    if any(c.dep_ == "xcomp" for c in verb.children):
        return None, None, False  # "the crew took 40 minutes to reach the site": how long an act was in coming
    return _lasting_noun(verb), verb, False


def duration_frames(
    doc: Doc,
    doc_text: str,
    durations: Sequence[Any],
    sentences: Sequence[Span],
    frames: Sequence[EventFrame],
    names_at: Mapping[int, Any],
    claim_of: Callable[[int], Any],
    length_of: Callable[[str], tuple[float | None, str]],
    expecting: frozenset[str],
    article_id: str,
    first: int,
) -> tuple[list[EventFrame], dict[int, list[dict[str, Any]]]]:
    """A :data:`MEASURE` frame for each duration (``durations``: the article's time expressions of type DURATION,
    sorted) that tells how long a thing lasts with no event word to hold it (``models/measures.toml`` ``lasting``):
    "a state of emergency that will last 30 days", "the emergency runs for three months", "the three-month state of
    emergency", "recapture fishing is permitted for two weeks". Its measured word is the lasting noun's (with its
    kind words, as a count's; the noun after "of" for a noun of a state: "emergency"), its quantity the duration.
    Not a duration an event frame of that noun holds already ("the ban lasts 21 days": the ban's), nor an age ("a
    10-year-old boy"), nor one with no fixed length ("for several months"), nor how long people did something ("the
    members had stood together for three days": a noun of people, ``[measured] people``), nor a duration that
    names a kind of a thing that is no event ("two-year bond yields", "a 72-hour deadline"). The durations of event
    nouns that their frames do not hold ("the closure is scheduled to last a week") are returned apart, by the
    noun's character offset (a quantity's fields each): the caller gives them to the noun's frame."""
    if not durations:
        return [], {}
    triggers = {f.trigger.start for f in frames}
    lasts: dict[int, list[dict[str, Any]]] = {}
    held = {(f.trigger.start, q.start) for f in frames for q in f.quantities if q.kind == "duration"}
    _, state_heads = _lasting()
    starts = [s.start for s in sentences]
    out: list[EventFrame] = []
    n = first - 1
    for d in durations:
        value, unit = length_of(d.value)
        if value is None or not value:
            continue
        span = doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and (after.lower_ in ("old", "-") or after.lower_.startswith("old")):
            continue  # "a 10-year-old boy": an age
        noun, verb, modifier = _lasting_of(span, triggers)
        if noun is None:
            continue
        if noun.lemma_.lower() in state_heads:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
            if noun is None:
                continue
        elif modifier and noun.idx not in triggers:
            continue  # "two-year bond yields", "a 72-hour deadline", "the 30-day report": a kind of thing, no length
        lemma = noun.lemma_.lower()
        if not lemma.isalpha() or lemma in _words()[2] or (noun.idx, d.start) in held:
            continue
        if people_noun(lemma):
            continue  # "members have been patient for four months": how long people did something, no length of a thing
        if _asked(verb):
            continue
        if noun.idx in triggers:  # an event noun ("the closure is scheduled to last a week"): its own duration
            length = {"kind": "duration", "text": d.text, "start": d.start, "end": d.end, "value": value, "unit": unit}
            lasts.setdefault(noun.idx, []).append(length)
            continue
        trigger = next((t for t in span if t.like_num), span.root)
        k = bisect_right(starts, trigger.i) - 1
        if k < 0 or not sentences[k].start <= trigger.i < sentences[k].end:
            continue
        sent = sentences[k]
        kind = [c.lemma_.lower() for c in noun.children if c.i < noun.i and _kind_word(c) and c.i < span.start]
        measured = " ".join([*(w for w in kind if w.isalpha() and w not in _words()[1]), lemma])
        names = _sentence_names(doc, sent, names_at)
        claim = claim_of(trigger.idx) or claim_of(noun.idx)
        n += 1
        quantity = {
            "kind": "duration",
            "text": d.text,
            "start": d.start,
            "end": d.end,
            "value": value,
            "unit": unit,
            "measures": measured,
        }
        claim_id = claim.id if claim is not None else None
        factuality = _factuality(verb, expecting)
        out.append(
            _figure_frame(article_id, n, claim_id, sent, doc_text, trigger, measured, names, factuality, quantity)
        )
    out = _with_main_party(out, frames)
    return out, lasts


_IN_NOUN_PHRASE = frozenset({"compound", "nmod", "amod", "nummod", "quantmod"})


def _sum_thing(t: Token, triggers: set[int]) -> Token | str | None:
    """What a sum measures when no event word holds it (:func:`sum_frames`), ``t`` the word its phrase hangs by
    (the currency word after its number, else its number's root): the noun it modifies ("a 200-kroner credit"),
    the noun it is "of" ("a credit of 100 kroner", "an aid package of 50 million euros"), the object a verb puts
    "at" it ("estimated the cost of the replacement at 80 million euros", "the cost was estimated at 1.2 billion
    euros"), the word of a verb of costing (``[measured] costing``: "would cost around 130 million euros": the
    cost), or a passive verb of no event "for" it ("the payload was insured for £4.2 million": the insurance's
    word, "insure"); else None."""
    head = t.head
    dep = t.dep_
    if dep in _IN_NOUN_PHRASE and head.pos_ == "NOUN" and head.i > t.i:
        while head.dep_ == "compound" and head.head.pos_ == "NOUN" and head.head.i > head.i:
            head = head.head  # "a 48 million euro government cloud": the cloud
        return head
    if dep == "pobj" and head.dep_ == "prep":
        verb = head.head
        if head.lower_ == "of" and verb.pos_ == "NOUN":
            return verb
        if head.lower_ == "at" and verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
            return verb  # "estimated the cost of the bridge at 80 million euros" (the parse hangs "at" on the cost)
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if head.lower_ == "at":
            return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
        if head.lower_ == "for" and verb.idx not in triggers and any(c.dep_ == "nsubjpass" for c in verb.children):
            return verb.lemma_.lower()
        return None
    if dep in ("dobj", "npadvmod") and head.pos_ == "VERB" and head.lemma_.lower() in _costing():
        return head.lemma_.lower()
    return None


def _costed(t: Token | None, ent: Span) -> str | None:
    """What a cost is of: the noun after "of" on the noun "cost" ("the cost of the replacement"), the subject of the
    verb "cost" ("a new valley bridge would cost"), with its kind words; None when the text does not say."""
    if t is None:
        return None
    if t.pos_ == "NOUN":
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
    else:
        noun = next((c for c in t.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"), None)
    if noun is None or ent.start <= noun.i <= ent.end:
        return None  # ("at a cost of about 250,000 euros": the sum itself)
    return " ".join([*_kind(noun), noun.lemma_.lower()])


@cache
def _costing() -> frozenset[str]:
    return frozenset(measures().measured.costing)


def sum_frames(
    doc: Doc,
    doc_text: str,
    sums: Sequence[tuple[Span, float, str, int, int, Token]],
    sentences: Sequence[Span],
    frames: Sequence[EventFrame],
    figures: Sequence[EventFrame],
    names_at: Mapping[int, Any],
    claim_of: Callable[[int], Any],
    expecting: frozenset[str],
    article_id: str,
    first: int,
) -> list[EventFrame]:
    """A :data:`MEASURE` frame for each sum of money (``sums``: the entity, its value, currency, character
    start and end, and the word its phrase hangs by) that measures a thing no event word names (:func:`_sum_thing`:
    "a 200-kroner credit", "a credit of 100 kroner", "the cost ... was estimated at 1.2 billion euros", "would cost
    around 130 million euros", "was insured for £4.2 million"): compared, as any figure, with the sums of that thing
    (its word with its kind words: "emergency aid package") in other outlets. Not a sum whose thing is an event
    noun holding it (the event compares it: "a €4 million contract" signed), nor one a figure holds already, nor
    the sum of a thing a preposition introduces as "a" thing ("a household with a loan of two million kronor", "on
    a loan of three million kronor": an example, not a figure reported)."""
    if not sums:
        return []
    triggers = {f.trigger.start for f in frames}
    held = {(f.trigger.start, q.start) for f in frames for q in f.quantities if q.kind == "money"}
    done = {q.start for f in figures for q in f.quantities}
    starts = [s.start for s in sentences]
    out: list[EventFrame] = []
    n = first - 1
    for ent, value, unit, start, end, t in sums:
        if start in done or not value:
            continue
        thing = _sum_thing(t, triggers)
        if thing is None:
            continue
        if isinstance(thing, str):
            measured, verb = thing, t.head if t.dep_ != "pobj" else t.head.head
        else:
            lemma = thing.lemma_.lower()
            if not lemma.isalpha() or lemma in _words()[2] or (thing.idx, start) in held:
                continue
            if thing.idx in triggers:
                continue  # an event noun's frame ("the maximum fine of 50,000 zlotys"): its event's
            if thing.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in thing.children):
                continue  # "a household with a loan of two million kronor", "on a loan of three million": an example
            # (its kind words, not the sum's own: "a 200-kroner credit" is a credit)
            kind = [c.lemma_.lower() for c in thing.children if c.i < thing.i and _kind_word(c) and c.i < ent.start]
            kind = [w for w in kind if w.isalpha() and w not in _words()[1]]
            measured, verb = " ".join([*kind, lemma]), _verb_of(thing)
        if measured in _costing():  # "the cost of the replacement", "a new bridge would cost": of what
            costed = _costed(thing if not isinstance(thing, str) else verb, ent)
            measured = f"{measured} of {costed}" if costed else measured
        if _asked(verb):
            continue
        trigger = next((x for x in ent if x.like_num), ent.root)
        k = bisect_right(starts, trigger.i) - 1
        if k < 0 or not sentences[k].start <= trigger.i < sentences[k].end:
            continue
        sent = sentences[k]
        names = _sentence_names(doc, sent, names_at)
        claim = claim_of(trigger.idx)
        n += 1
        quantity = {
            "kind": "money",
            "text": doc_text[start:end],
            "start": start,
            "end": end,
            "value": value,
            "unit": unit,
            "measures": measured,
        }
        claim_id = claim.id if claim is not None else None
        factuality = _factuality(verb, expecting)
        out.append(
            _figure_frame(article_id, n, claim_id, sent, doc_text, trigger, measured, names, factuality, quantity)
        )
    out = _with_main_party(out, frames)
    return out
