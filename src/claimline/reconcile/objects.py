"""What a dated claim's act is done to, read from its words (no parse on the query path): "Velland signed a gas
deal with Orsk on Monday" / "Velland signed a rail deal with Orsk on Thursday" are two signings, not one signing
dated twice (review 9, W1). The claim-level twin of :mod:`claimline.events.objects` (frames keep the parsed
noun; a claim keeps its text, predicate and time).

:func:`by_object` splits the reports of one date question into groups that may tell one act; a report saying
nothing of its object goes with every group.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TypeVar

from ..events.identity import kin
from ..events.light import DOER
from ..events.objects import DETERMINERS, INDEFINITE, KNOWN_WORDS, NEW_WORDS, objects_apart
from ..schemas import Claim, EventFrame, Trigger
from .amounts import singular
from .info import Info, date_span, kept_per_claim, time_offset

__all__ = [
    "DETERMINERS",
    "by_object",
    "claim_object",
    "claim_object_names",
    "claim_places",
    "frame_object",
    "objects_told_apart",
    "one_named_object",
    "things_apart",
    "told_again",
    "told_apart",
]

_T = TypeVar("_T")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*(?:'s)?|\d[\d.,:-]*")
#: words before an object that tell it as one already known (:data:`claimline.events.objects.KNOWN_WORDS`)
_KNOWN = KNOWN_WORDS
#: words that end an object noun phrase: prepositions, conjunctions, adverbs of time
_PHRASE_END = frozenset(
    {"on", "in", "at", "for", "with", "to", "from", "by", "of", "over", "under", "after", "before", "until", "during"}
    | {"and", "or", "but", "if", "unless", "without", "because", "as", "into", "onto", "against", "about", "per"}
    | {"last", "next", "this", "early", "late", "earlier", "later", "today", "yesterday", "tomorrow", "again"}
    | {"who", "which", "that", "when", "where", "while", "since", "worth", "valued", "totalling", "said"}
)
#: words of a number ("36 million"): the words after them before the head may be a unit, no kind
_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "m"})
#: endings of a predicate's forms ("signed", "signs", "signing", "approved")
_FORMS = ("", "s", "es", "ed", "d", "ing")
#: how many words a claim may open with before the event noun it names as known ("The offer closes")
_OPENING = 2
#: what between the verb and the time says the time is another clause's
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|that|which|who|after|before|when)\b")


def told_apart(x: tuple[frozenset[str], frozenset[str], bool], y: tuple[frozenset[str], frozenset[str], bool]) -> bool:
    """Whether the event layer keeps two claims' done acts apart (each: the event family of the act it dates,
    the event noun it opens with as a known thing and whether the act is planned, :func:`_told`): both have
    frames, neither is a plan (a plan moved from October to January is one plan told twice; the date question
    compares its versions), no family holds a frame of both (review 10, R3: a rate cut "in June" and one "on
    Thursday", an earthquake and an aftershock, figures of two years), and they do not both name one event noun
    as known ("the earthquake struck ... on Tuesday" / "on Wednesday": one event whose frames the event layer
    could not join, having no party to join them by)."""
    (fx, kx, px), (fy, ky, py) = x, y
    return bool(fx and fy and not px and not py and not fx & fy and not kx & ky)


#: a claim's event frames as :func:`by_object` is given them: (lemma, family, trigger, factuality, frame)
_Frames = Sequence[tuple[str, str, Trigger, str, EventFrame]]


def _told(info: Info, frames: _Frames, light: frozenset[str]) -> tuple[frozenset[str], frozenset[str], bool]:
    """The family of the act a claim dates (its event word nearest before its time, as the claim's date question
    reads it; every frame's but its reporting verbs' when none is before it), the event noun it opens with
    as a known thing (its first event word a noun within its first :data:`_OPENING` words, a determiner of
    :data:`_KNOWN` right before it: "the earthquake struck", "the deal is expected to close"; not "to publish
    the offer document") and whether the act dated is planned (a frame of it expected, a plan word governing the
    claim's time or a time after its report, as :func:`~claimline.reconcile.sides.plans_apart` reads it)."""
    from .keys import plan_kind  # (local: the date vocabulary loads only where dates are compared)

    claim = info.claim
    told = sorted(
        (t.start - claim.start, lemma, family, t.pos, fact)
        for lemma, family, t, fact, _ in frames
        if lemma not in light
    )
    if not told:
        return frozenset(), frozenset(), False
    at = time_offset(claim)
    dated = [f for f in told if at is not None and f[0] <= at][-1:] or told
    families = frozenset(f[2] for f in dated)
    span = date_span(claim)
    planned = (
        any(f[4] == "expected" for f in dated)
        or plan_kind(claim) is not None
        or (info.published is not None and span is not None and span[0] > info.published.toordinal())
    )
    start, lemma, _, pos, _ = told[0]
    if pos != "noun" or not 0 <= start <= len(claim.text):
        return families, frozenset(), planned
    words = _WORD.findall(claim.text[:start])
    known = frozenset({lemma} if 0 < len(words) <= _OPENING and words[-1].lower() in _KNOWN else ())
    return families, known, planned


def _dated_objects(info: Info, frames: _Frames, light: frozenset[str]) -> tuple[tuple[str, frozenset[str], bool], ...]:
    """The named objects (:func:`frame_object`) of the frames of the act a claim dates (as :func:`_told` finds
    them: its event words nearest before its time, else all but its reporting verbs'), those it finds."""
    claim = info.claim
    told = sorted((t.start - claim.start, k) for k, (lemma, _, t, _, _) in enumerate(frames) if lemma not in light)
    at = time_offset(claim)
    before = [f for f in told if at is not None and f[0] <= at]
    dated = [f for f in before if f[0] == before[-1][0]] if before else told
    found = (frame_object(frames[k][4], claim) for _, k in dated)
    return tuple(o for o in found if o is not None)


@kept_per_claim
def told_again(claim: Claim) -> bool:
    """The claim tells its dated act as one more occurrence (``repeats`` of ``models/comparison.toml`` in it,
    ``repeats_before`` before its time: "went on strike again on Friday", "a second earthquake hit Veska on
    Thursday"): its date answers no question of an earlier occurrence (review 11 S5)."""
    from .vocab import comparison

    lex = comparison()
    words = f" {' '.join(w.lower() for w in _WORD.findall(claim.text))} "
    if any(f" {r} " in words for r in lex.repeats):
        return True
    at = time_offset(claim)
    before = {w.lower() for w in _WORD.findall(claim.text[: at if at is not None else len(claim.text)])}
    return bool(before & lex.repeats_before)


@kept_per_claim
def claim_object(claim: Claim) -> str | None:
    """The common noun phrase right after the claim's predicate verb, when the claim's time follows it in the
    same clause ("signed a gas deal with Orsk on Monday": ``a:gas deal``), as lower-case words, marked
    :data:`~claimline.events.objects.INDEFINITE` when told as a new thing; None when the predicate is not
    found as a verb form before the time, or the object is a name (capitalised) or nothing."""
    words = _object_words(claim)
    return None if words is None else _phrase(words)


def _object_words(claim: Claim) -> list[str] | None:
    """The words between the claim's predicate verb and its time, when the time follows the verb in the same clause;
    None when the predicate is not found as a verb form before the time or the time is another act's."""
    pred = (claim.predicate or "").strip().lower().split()
    at = time_offset(claim)
    if len(pred) != 1 or not pred[0].isalpha() or at is None:
        return None
    verb = pred[0]
    stem = verb[:-1] if verb.endswith("e") else verb
    for m in _WORD.finditer(claim.text[:at]):
        low = m.group().lower()
        if not any(low in (verb + f, stem + f) for f in _FORMS) and not (len(low) > 3 and low[:-1] == verb):
            continue
        if _CLAUSE_BREAK.search(claim.text[m.end() : at].lower()):
            return None  # "established that ... and notified the regulator on 2 May": the time is another act's
        return _WORD.findall(claim.text[m.end() : at])
    return None


@kept_per_claim
def claim_object_names(claim: Claim) -> frozenset[str]:
    """The capitalised words of the noun phrase right after the claim's predicate verb, where
    :func:`claim_object` finds a common noun ("launched the Aurel-2 rocket on Tuesday": {"aurel-2"}; "convicted
    the banker Ines Coll on Thursday": {"ines", "coll"}), lower-cased: the name of what the act was done to.
    Empty when the object is found by no verb form before the time or names nothing."""
    names: set[str] = set()
    for w in (_object_words(claim) or [])[:6]:
        if w.lower() in _PHRASE_END:
            break
        if w[0].isupper() and w.lower() not in _NOT_PLACES:
            names.add(w.lower().removesuffix("'s"))
    return frozenset(names)


def _phrase(words: list[str]) -> str | None:
    phrase: list[str] = []
    new, numbered = True, False
    for w in words[:6]:
        x = w.lower()
        if x in _PHRASE_END:
            break
        if x in _KNOWN or x.endswith("'s"):
            new = False
            continue
        if x in NEW_WORDS:
            continue
        if not x[0].isalpha() or x in _NUMBER_WORDS:
            numbered = True  # "a 36 million crown contract": the words of the sum are no kind
            continue
        if w[0].isupper():
            return None  # a name is a participant, matched as names are
        phrase.append(x)
    if not phrase:
        return None
    return (INDEFINITE if new else "") + " ".join(phrase[-1:] if numbered else phrase)


@kept_per_claim
def claim_places(claim: Claim) -> frozenset[str]:
    """The words of the names after "in", "at" or "near" in the claim's text ("visited flood victims in Lisk":
    {"lisk"}), lower-cased: where its act was done."""
    words = _WORD.findall(claim.text)
    out: set[str] = set()
    for k, w in enumerate(words[:-1]):
        if w.lower() not in _AT:
            continue
        for nxt in words[k + 1 : k + 4]:
            if not nxt[0].isupper():
                break
            out.add(nxt.lower())
    return frozenset(out - _NOT_PLACES)


#: prepositions of place
_AT = frozenset({"in", "at", "near"})
#: capitalised words after a preposition of place that name no place (days, months)
_NOT_PLACES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an"}
    | {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december"}
)


def by_object(
    entries: list[tuple[Info, _T]], events: Mapping[str, _Frames] | None = None
) -> list[list[tuple[Info, _T]]]:
    """``entries`` as groups whose reports may tell one act: none of two names objects that are two things
    (:func:`claim_object`, :func:`~claimline.events.objects.objects_apart`) or places that share no word
    (:func:`claim_places`) or names that share no word (:func:`claim_object_names`), nor did the event layer
    keep their acts apart (:func:`told_apart`; ``events``: claim id -> its frames' lemmas, families, triggers,
    frames), nor do their dated acts' frames act on two named things (:func:`objects_told_apart`).
    One group when no two are apart; a report saying none of these is in every group."""
    from ..events.lexicon import lexicon as event_lexicon  # (local: pydantic loads only where dates are compared)

    said = [(claim_object(i.claim), claim_places(i.claim), claim_object_names(i.claim)) for i, _ in entries]
    again = [told_again(i.claim) for i, _ in entries]
    light = event_lexicon().date_questions.light
    told = [_told(i, (events or {}).get(i.claim.id, ()), light) for i, _ in entries]
    named = [_dated_objects(i, (events or {}).get(i.claim.id, ()), light) for i, _ in entries]

    # whether two reports are apart depends only on what each says (its object, places, names, the acts the
    # event layer told and whether it is told again): reports saying the same are tested once (a story's
    # outlets repeat one another)
    said_as: dict[tuple[object, ...], int] = {}
    sig = [said_as.setdefault((*said[k], told[k], again[k], named[k]), len(said_as)) for k in range(len(entries))]
    first = {s: k for k, s in reversed(list(enumerate(sig)))}
    tested: dict[tuple[int, int], bool] = {}

    def apart(a: int, b: int) -> bool:
        found = tested.get((a, b))
        if found is None:
            x, y = first[a], first[b]
            (ox, px, nx), (oy, py, ny) = said[x], said[y]
            # two named things ("launched the Aurel-2 rocket" / "the Mira-1 rocket"; "convicted the developer
            # Aled Brin" / "the banker Ines Coll": review 10, R3) are two acts, as two places are
            found = tested[(a, b)] = (
                objects_apart(ox, oy, kin)
                or bool(px and py and not px & py)
                or bool(nx and ny and not nx & ny)
                or told_apart(told[x], told[y])
                or again[x] != again[y]
                or bool(named[x] and named[y] and all(objects_told_apart(ox, oy) for ox in named[x] for oy in named[y]))
            )
        return found

    order = sorted(
        range(len(entries)),
        key=lambda k: (said[k][0] is None and not said[k][1] and not said[k][2] and not told[k][0], k),
    )
    groups: list[list[int]] = []
    sigs: list[set[int]] = []  # the distinct reports of each group
    for k in order:
        fits = [n for n, g in enumerate(sigs) if not any(apart(sig[k], m) for m in g)]
        for n in fits:
            groups[n].append(k)
            sigs[n].add(sig[k])
        if not fits:
            groups.append([k])
            sigs.append({sig[k]})
    if len(groups) < 2:
        return [entries]
    return [[entries[k] for k in sorted(g)] for g in groups]


# ------------------------------------------------------------------ the named object of an event frame
#: prepositions that join a name to the object noun before it ("the plant at Ormsby", "a wing of Raskel hospital")
_OF_PLACE = frozenset({"at", "of", "in", "on", "near"})
#: possessives that make the object the agent's own ("closed its second runway")
_OWN = frozenset({"its", "their"})
#: how many words an object's phrase may reach on either side of its head noun
_REACH = 4


def frame_object(frame: EventFrame, claim: Claim) -> tuple[str, frozenset[str], bool] | None:
    """The object of ``frame`` as its claim's text tells it with a name: (the head of its ``theme_noun``, the
    words of the names standing in the object's phrase, whether the phrase is the agent's own "its"/"their"
    thing). None when the frame has no object noun, the head is not found in the claim's text or no name nor
    possessive stands in its phrase ("closed the tunnel": no name; "the Marrowby tunnel", "the coast road at
    Brackwater", "its second runway", "services on the Kelbourne branch line": named)."""
    head = (frame.theme_noun or "").removeprefix(INDEFINITE).split()[-1:]
    if not head or not claim.text:
        return None
    found = _head_in(claim, head[0], frame.trigger.start - claim.start, frame.trigger.end - claim.start)
    if found is None:
        return None
    lo, hi, own, at = found
    if any(q.start <= claim.start + at < q.end for q in frame.quantities):
        return None  # a figure's unit ("paid Vantor Systems 36 million euros") is no object
    names = frozenset(
        w.lower()
        for p in frame.participants
        if p.role != "agent"
        and p.label not in _UNNAMED
        and p.text[:1].isupper()  # (a name as written: not "the government" resolved to its country)
        and lo <= p.start - claim.start
        and p.end - claim.start <= hi
        for w in p.name.split()
        if w.lower() != "the"
    )
    if not names and not own:
        return None
    return head[0], names, own


#: participant labels that are no name (a description: "the roads agency"; a nationality: "Danish")
_UNNAMED = frozenset({"description", DOER, "NORP"})


def _head_in(claim: Claim, head: str, t_start: int, t_end: int) -> tuple[int, int, bool, int] | None:
    """The character span (in the claim's text) of the noun phrase of the object's head nearest the trigger
    (within :data:`_REACH` + 2 words of it): the words before the head back to a determiner, a word ending a
    phrase, punctuation or the trigger, and after it a name joined by one preposition of :data:`_OF_PLACE` ("the
    plant at Ormsby", "a wing of Raskel hospital"); whether "its"/"their" stands before it; where the head is."""
    text = claim.text
    words = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    forms = {head, head + "s", head + "es", head[:-1] + "ies" if head.endswith("y") else head}
    at = [k for k, w in enumerate(words) if w[2].lower() in forms and not (w[0] < t_end and w[1] > t_start)]
    trigger = [k for k, w in enumerate(words) if w[0] < t_end and w[1] > t_start]
    if not at or not trigger:
        return None
    k = min(at, key=lambda i: abs(i - trigger[0]))
    if abs(k - trigger[0]) > _REACH + 2:
        return None
    left, own = k, False
    for j in range(k - 1, max(-1, k - 1 - _REACH), -1):
        w = words[j][2].lower()
        if j in trigger or w in DETERMINERS or w in _PHRASE_END or not w[0].isalnum():
            own = w in _OWN
            break
        left = j
    right = k
    if k + 1 < len(words) and words[k + 1][2].lower() in _OF_PLACE and k + 1 not in trigger:
        j = k + 2
        if j < len(words) and words[j][2].lower() in DETERMINERS:
            j += 1
        while j < len(words) and j not in trigger and words[j][2][0].isupper():
            right = j  # after "at": only a name ("at Ormsby"), not "at night"
            j += 1
    return words[left][0], words[right][1], own, words[k][0]


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|\d[\d.,]*|[^\sA-Za-z\d]")


def objects_told_apart(x: tuple[str, frozenset[str], bool] | None, y: tuple[str, frozenset[str], bool] | None) -> bool:
    """Two frames' named objects (:func:`frame_object`) that are two things: one head noun with names that share no
    word ("closed the Marrowby tunnel" / "closed the Seldon tunnel"; the NER may tag one name a theme, the other a
    place), or two head nouns that are not one word nor may name one thing (``[object_nouns]`` of
    ``models/events.toml``), both named with names that share no word ("the Ormsby coal mine" / "the Vessen
    Chemicals plant"; not "its Tressick steelworks" / "the Tressick plant": one name), or one
    named and not the agent's own and the other the agent's own ("the coast road at Brackwater" / "closed its
    second runway"; review 13, U1/U2). One owner's two words may name one thing ("shut its gates" / "shut its Ambry
    depot"); unknown objects are never apart."""
    if x is None or y is None:
        return False
    (hx, nx, ox), (hy, ny, oy) = x, y
    if kin(hx, hy):
        return bool(nx and ny and not nx & ny)
    if not (nx and ny) and not (nx and not ox and oy) and not (ny and not oy and ox):
        return False
    from ..events.lexicon import lexicon as event_lexicon  # (local: pydantic loads only where objects are compared)

    return not event_lexicon().one_thing(hx, hy)


def one_named_object(x: tuple[str, frozenset[str], bool] | None, y: tuple[str, frozenset[str], bool] | None) -> bool:
    """Two frames' named objects (:func:`frame_object`) that are one thing: head nouns of one word or that may name
    one thing (``[object_nouns]`` of ``models/events.toml``) whose names share a word ("shut its Ambry depot" /
    "would close its Ambry depot"), or the agent's own both times with no name on either ("shut its depot" / "close
    its depot"). Unknown objects are never one thing."""
    if x is None or y is None:
        return False
    (hx, nx, ox), (hy, ny, oy) = x, y
    if not kin(hx, hy):
        from ..events.lexicon import lexicon as event_lexicon  # (local: pydantic loads only where objects are compared)

        if not event_lexicon().one_thing(hx, hy):
            return False
    return bool(nx & ny) or (not nx and not ny and ox and oy)


def _heads(frame: EventFrame, claim: Claim) -> frozenset[str] | None:
    """The noun a frame's object is told by: the head of its ``theme_noun`` or, when the claim joins it by "of" to
    common nouns after it, the last of them, what it measures ("3,000 jars of baby food": food; "the price of its
    bread": bread; "9,000 packs of cough syrup": syrup), a crude singular. None when the frame has no object noun,
    or the noun is a figure's unit ("36 million crowns"), or the claim tells it as a thing already known by its bare
    noun ("the drug", "its depot", "the acquisition": a word that may refer back to any thing named before)."""
    words = (frame.theme_noun or "").removeprefix(INDEFINITE).split()
    if not words:
        return None
    head = words[-1].lower()
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(claim.text or "")]
    forms = (head, head + "s", head + "es", head[:-1] + "ies")
    at = [k for k, (_, w) in enumerate(tokens) if w.lower() in forms]
    if not at:
        return frozenset({head})
    t = frame.trigger.start - claim.start  # (the claim may hold the object only: "3,000 jars of baby food")
    k = min(at, key=lambda i: abs(tokens[i][0] - t))
    if any(q.start <= claim.start + tokens[k][0] < q.end for q in frame.quantities):
        return None  # a figure's unit ("paid 36 million crowns") is no object
    after = [w for _, w in tokens[k + 1 : k + 8]]
    if after[:1] == ["of"]:
        phrase: list[str] = []
        for w in after[1:]:
            if w.lower() in DETERMINERS or w.endswith("'s"):
                continue
            if w[0].isupper():
                phrase = []  # a name after "of" is the object's name, no noun of it: "pieces of the Ferrand Parure"
                break
            if w.lower() in _PHRASE_END or not w[0].isalpha():
                break
            phrase.append(w.lower())
        if phrase:
            return frozenset({singular(phrase[-1])})
    if k > 0 and tokens[k - 1][1].lower() in _KNOWN:
        return None  # "suspended the drug": it may be the one "the suspension of Neuralvex's authorisation" names
    return frozenset({head})


def things_apart(a: EventFrame, ca: Claim, b: EventFrame, cb: Claim, *, heads: bool = True) -> bool:
    """Two frames whose objects are two things: named objects told apart (:func:`objects_told_apart`), or object
    nouns (:func:`_heads`) of which no two are one word nor may name one thing (``[object_nouns]``), whose names
    share no word ("closed its Pellis bakery" / "would close the Dunmore dairy"; "cut 200 jobs" / "cut the price of
    its bread"; not "its Tressick steelworks" / "the Tressick plant", nor "suspended the drug", which may refer
    back). A frame with no object noun is never apart. ``heads`` False: named objects only (where the object's
    noun is what is compared: "signed a memorandum" / "signed a contract", a classification)."""
    x, y = frame_object(a, ca), frame_object(b, cb)
    if objects_told_apart(x, y):
        return True
    if not heads:
        return False
    hx, hy = _heads(a, ca), _heads(b, cb)
    if hx is None or hy is None or (x is not None and y is not None and x[1] & y[1]):
        return False
    from ..events.lexicon import lexicon as event_lexicon  # (local: pydantic loads only where objects are compared)

    lex = event_lexicon()
    return not any(kin(u, v) or lex.one_thing(u, v) for u in hx for v in hy)
