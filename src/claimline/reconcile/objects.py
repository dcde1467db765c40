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
from ..events.objects import INDEFINITE, NEW_WORDS, objects_apart
from ..schemas import Claim, Trigger
from .info import Info, date_span, time_offset

__all__ = ["DETERMINERS", "by_object", "claim_object", "claim_object_names", "claim_places", "told_again", "told_apart"]

_T = TypeVar("_T")
_WORD = re.compile(r"[A-Za-z][A-Za-z-]*(?:'s)?|\d[\d.,:-]*")
#: words before an object that tell it as one already known, and as a new thing
_KNOWN = frozenset({"the", "its", "their", "his", "her", "our", "this", "that", "these", "those"})
#: the determiners of an object, known or new
DETERMINERS = _KNOWN | NEW_WORDS
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


def _told(
    info: Info, frames: Sequence[tuple[str, str, Trigger, str]], light: frozenset[str]
) -> tuple[frozenset[str], frozenset[str], bool]:
    """The family of the act a claim dates (its event word nearest before its time, as the claim's date question
    reads it; every frame's but its reporting verbs' when none is before it), the event noun it opens with
    as a known thing (its first event word a noun within its first :data:`_OPENING` words, a determiner of
    :data:`_KNOWN` right before it: "the earthquake struck", "the deal is expected to close"; not "to publish
    the offer document") and whether the act dated is planned (a frame of it expected, a plan word governing the
    claim's time or a time after its report, as :func:`~claimline.reconcile.sides.plans_apart` reads it)."""
    from .keys import plan_kind  # (local: the date vocabulary loads only where dates are compared)

    claim = info.claim
    told = sorted(
        (t.start - claim.start, lemma, family, t.pos, fact) for lemma, family, t, fact in frames if lemma not in light
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
    entries: list[tuple[Info, _T]], events: Mapping[str, Sequence[tuple[str, str, Trigger, str]]] | None = None
) -> list[list[tuple[Info, _T]]]:
    """``entries`` as groups whose reports may tell one act: none of two names objects that are two things
    (:func:`claim_object`, :func:`~claimline.events.objects.objects_apart`) or places that share no word
    (:func:`claim_places`) or names that share no word (:func:`claim_object_names`), nor did the event layer
    keep their acts apart (:func:`told_apart`; ``events``: claim id -> its frames' lemmas, families, triggers).
    One group when no two are apart; a report saying none of these is in every group."""
    from ..events.lexicon import lexicon as event_lexicon  # (local: pydantic loads only where dates are compared)

    said = [(claim_object(i.claim), claim_places(i.claim), claim_object_names(i.claim)) for i, _ in entries]
    again = [told_again(i.claim) for i, _ in entries]
    light = event_lexicon().date_questions.light
    told = [_told(i, (events or {}).get(i.claim.id, ()), light) for i, _ in entries]

    # whether two reports are apart depends only on what each says (its object, places, names, the acts the
    # event layer told and whether it is told again): reports saying the same are tested once (a story's
    # outlets repeat one another)
    said_as: dict[tuple[object, ...], int] = {}
    sig = [said_as.setdefault((*said[k], told[k], again[k]), len(said_as)) for k in range(len(entries))]
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
