"""Question keys: which claims answer the same question (actor pair, facet, event class)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from typing import Any, TypeVar

from ..events.lexicon import lexicon as event_lexicon
from ..schemas import Claim
from ..vocab import ATTITUDE
from .amounts import dated_by, running
from .info import WORD_RE, date_span, kept_per_claim, starts_from, time_bound, time_is_initial, time_offset
from .readings import clock_only, disowns, exceptive, form_of, negator, plan_in_past, planning, side_of
from .vocab import comparison

# ------------------------------------------------------------ event classes
# The word lists are data: [date_questions] of models/events.toml (with the event classes).
_EV = event_lexicon().date_questions
_START = _EV.start
_FRAME = _EV.frames
_COMPLEMENT = re.compile(
    r"\b(?:"
    + "|".join(re.escape(f) for f in sorted(set(_EV.frame_forms), key=lambda f: (-len(f), f)))
    + r")\s+to\s+(?:be\s+)?([a-z]+)",
    re.I,
)
_ONGOING = _EV.ongoing
_END = _EV.end
_SIGN = _EV.sign
_LIGHT = _EV.light
# ============================================================== question keys
Key = tuple[str, str, tuple[str, ...]]  # (facet, qualifier, actors)
_T = TypeVar("_T")


_IRREGULAR = dict(_EV.irregular)


def _lemma_guess(word: str, known: frozenset[str]) -> str:
    """Crude verb lemma for the words of the event classes ("planned" -> "plan")."""
    if word in known:
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    candidates: list[str] = []
    if word.endswith("ing"):
        candidates += [word[:-3], word[:-3] + "e", word[:-4]]
    elif word.endswith("ed"):
        candidates += [word[:-2], word[:-1], word[:-3]]
    elif word.endswith("es"):
        candidates += [word[:-2], word[:-1]]
    elif word.endswith("s"):
        candidates.append(word[:-1])
    return next((c for c in candidates if c in known), word)


_EVENT_WORDS = _START | _END | _SIGN | _ONGOING


@kept_per_claim
def _event_class(claim: Claim) -> str | None:
    """The event a date claim dates: the event word nearest before its time
    ("... will start in January 2027"), else the claim's predicate."""
    pred = (claim.predicate or "").strip().lower()
    if not pred:
        return None
    head = pred.split()[0]
    offset = time_offset(claim)
    named: str | None = None  # the event a plan word without a complement follows ("its signing, planned for")
    if offset is not None:
        words = WORD_RE.findall(claim.text[max(0, offset - 80) : offset])[-8:]
        for k in range(len(words) - 1, -1, -1):
            word = words[k]
            if not word.islower():  # names (OpenAI, NATO) are not verbs
                continue
            lemma = _lemma_guess(word, _EVENT_WORDS | _FRAME)
            if lemma in _EVENT_WORDS or lemma in _FRAME:
                head = pred = lemma
                if lemma in _FRAME:
                    named = _named_before(words[max(0, k - 3) : k])
                break
    if head in _FRAME:
        # "expects to conclude talks in Q2" is about concluding; "now expected
        # in January" (no complement verb) about the start, unless an event word
        # just before names what is planned ("its signing, planned for 1 June": the signing).
        # (the time itself may stand between: "agreed two years ago to speed up ...")
        m = _COMPLEMENT.search(_without_time(claim, offset)[offset - 80 if offset and offset > 80 else 0 :])
        if m:
            head = pred = _lemma_guess(m.group(1).lower(), _EVENT_WORDS)
        elif named is not None:
            head = pred = named
    if not dates_its_event(claim, head):
        return None
    cls = _class_of(claim, head, pred)
    if cls is not None and offset is not None and _further_plan(claim, offset):
        return f"{cls} (further plan)"
    return cls


def _class_of(claim: Claim, head: str, pred: str) -> str | None:
    if head in _START or pred in ("go live", "roll out", "kick off"):
        return _step("start", head)
    if head in _END:
        return _step("end", head)
    if head in _SIGN:
        return "sign"
    if head in _ONGOING and starts_from(claim):
        return "start"
    if head in _LIGHT:
        return None
    return _step(pred, head)


def _step(cls: str, word: str) -> str:
    """A date question's event: its class, and the side of an ``[[exclusive]]`` table of
    ``models/comparison.toml`` its word is on ("suspended on Monday" / "cancelled on Friday": a suspension
    and a cancellation are two steps, each with its date, as the conflicts on events have them)."""
    side = _exclusive_side(word)
    return f"{cls} ({side})" if side is not None and side != cls else cls


@cache
def _exclusive_side(word: str) -> str | None:
    for table in comparison().exclusive:
        side = side_of(word, table)
        if side is not None:
            return side
    return None


# ------------------------------------------------- what a claim's time dates (review 7, R1)
_WORD = re.compile(r"[a-z]+n't|[a-z0-9]+|'[a-z]+")
_CLAUSE_END = re.compile(r"[.;:!?]")
#: words that open a clause or count a time from another event: a time after one of them, with words
#: between ("two days before the merger was announced on Friday"), is that clause's, not the claim's event's


@cache
def _joiners() -> str:
    """``time_joiners`` of ``models/comparison.toml`` as a regular expression."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(comparison().time_joiners, key=len, reverse=True)) + ")"


@cache
def _time_words() -> frozenset[str]:
    """Words that start a time expression: month and weekday names (``models/timex/en.toml``)."""
    from ..timex.vocab import vocabulary

    v = vocabulary()
    names = {*v.months, *v.month_abbreviations, *v.weekdays, *v.weekday_abbreviations}
    return frozenset(w.lower() for w in names)


def _joined(claim: Claim, offset: int) -> bool:
    """The claim's time is one of two joined or one end of a range ("on Monday and Wednesday", "from
    Monday until Friday", "between May and July"): by itself it is not the event's date."""
    t = claim.time
    assert t is not None
    after = claim.text[offset + len(t.text) : offset + len(t.text) + 40].lower()
    before = claim.text[max(0, offset - 40) : offset].lower()
    m = re.match(rf"\s*,?\s*{_joiners()}\s+(?:on\s+|in\s+|the\s+)?([a-z0-9]+)", after)
    if m and (m[1] in _time_words() or m[1][:1].isdigit()):
        return True
    m = re.match(r"\s*,?\s*(?:and|or|then)\s+((?:[a-z]+\s+){1,3})(?:on|in|at)\s+(?:the\s+)?([a-z0-9]+)", after)
    if m and (m[2] in _time_words() or m[2][:1].isdigit()) and _says(m[1].split(), comparison().next_instance):
        return True  # "signed a deal in May and another in June": two instances, each with its date
    m = re.search(rf"\b([a-z0-9]+)\s*,?\s*{_joiners()}\s+(?:on\s+|in\s+|the\s+)?$", before)
    return bool(m and (m[1] in _time_words() or m[1][:1].isdigit()))


def _clause_of_its_own(claim: Claim, offset: int, word: str) -> bool:
    """The time sits in a clause of its own or is counted from another event: an opener (``clause_openers``
    of ``models/comparison.toml``) before it, with words between, and the event's word not among them."""
    before = _CLAUSE_END.split(claim.text[:offset].lower())[-1]
    words = _WORD.findall(before)
    openers = comparison().clause_openers
    last = max((k for k, w in enumerate(words) if w in openers), default=None)
    if last is None or last == len(words) - 1:
        return False  # no opener, or the time's own preposition ("signed before 1 June")
    known = frozenset({word})
    return not any(_lemma_guess(w, known) == word for w in words[last + 1 :])


def _says(words: Sequence[str], vocabulary: Collection[str]) -> bool:
    joined = f" {' '.join(words)} "
    return any(f" {w} " in joined for w in vocabulary)


def _further_plan(claim: Claim, offset: int) -> bool:
    """A plan of a next instance or under a condition ("will test it again in July", "to fine it further
    if delays continue": ``next_instance`` and ``conditions`` of ``models/comparison.toml``): it dates
    another instance than one reported done (review 6, C11), so it meets other such plans only."""
    words = _WORD.findall(_CLAUSE_END.split(claim.text[:offset].lower())[-1])
    plan = next((k for k, w in enumerate(words) if planning([w])), None)
    if plan is None:
        return False
    lex = comparison()
    tail = words[plan + 1 :]
    return _says(tail, lex.next_instance) or _says(tail, lex.conditions)


def _past_plan(claim: Claim, offset: int) -> bool:
    """Backstory: a plan under ``backstory`` words of ``models/comparison.toml`` ("had planned to sign in
    May"): what was planned once dates no event. A time the sentence marks as the earlier version
    ("initially expected in October, now in January") stays: supersession reads it."""
    words = _WORD.findall(_CLAUSE_END.split(claim.text[:offset].lower())[-1])
    plan = next((k for k, w in enumerate(words) if planning([w])), None)
    return plan is not None and _says(words[:plan], comparison().backstory) and not time_is_initial(claim)


def plan_kind(claim: Claim) -> str | None:
    """How the claim's clause plans the event its time dates: ``past plan`` when a plan word in a past form
    governs it ("had hoped to sign on Monday", "was supposed to open on Friday", "said it planned to sign
    on Friday": :func:`.readings.plan_in_past`), ``plan`` for a plan at the time written ("will sign on
    Friday", "expects to sign"), None for the event itself ("signed on Friday")."""
    offset = time_offset(claim)
    if offset is None:
        return None
    words = _WORD.findall(_CLAUSE_END.split(claim.text[:offset].lower())[-1])
    past = plan_in_past(words)
    if past:
        return "past plan"
    return "plan" if past is not None or planning(words) else None


def dates_its_event(claim: Claim, word: str) -> bool:
    """Whether the claim's time answers when its event (``word``) happened: not a time of day without
    its day (the publication's day, assumed), not one of two joined times or a range's end, not in a
    clause of its own or counted from another event, not backstory."""
    t = claim.time
    if t is None:
        return False
    if clock_only(t):
        return False
    offset = time_offset(claim)
    if offset is None or claim.text[offset : offset + len(t.text)] != t.text:
        return True
    if dated_by(_CLAUSE_END.split(claim.text[:offset])[-1]) and running(claim.text):
        return False  # "As of Tuesday evening, 30 were still missing": the day a count is told for (review 10, R35)
    return not (_joined(claim, offset) or _clause_of_its_own(claim, offset, word) or _past_plan(claim, offset))


def _named_before(words: Sequence[str]) -> str | None:
    """The dated event word (not itself a plan word) nearest before a plan word, among ``words``."""
    for word in reversed(words):
        lemma = _lemma_guess(word.lower(), _EVENT_WORDS)
        if word.islower() and lemma in (_START | _END | _SIGN) - _FRAME:
            return lemma
    return None


def _without_time(claim: Claim, offset: int | None) -> str:
    """The claim's text with its time expression blanked out (offsets kept)."""
    t = claim.time
    if offset is None or t is None or not t.text or claim.text[offset : offset + len(t.text)] != t.text:
        return claim.text
    return claim.text[:offset] + " " * len(t.text) + claim.text[offset + len(t.text) :]


def _speaker_actor(claim: Claim) -> str | None:
    """The source actor when it speaks for itself or as a named party (not an outlet)."""
    src = claim.source
    if src is not None and src.actor and src.kind in ("official", "named"):
        return src.actor
    return None


def _subject(claim: Claim) -> str | None:
    """The claim's subject: ``subject``, else its first actor, else its source actor."""
    return claim.subject or (claim.actors[0] if claim.actors else None) or _speaker_actor(claim)


@kept_per_claim
def _polarity_predicate(claim: Claim) -> str | None:
    """Normalised predicate if the claim answers a polarity question."""
    pred = claim.predicate
    if not pred:
        return None
    pred = " ".join(pred.lower().split())
    head = pred.split(" ", 1)[0]
    # A negation about a scope or tier is answered in those facets.
    if not head or head in _LIGHT or (claim.negated and (claim.excluded_scopes or claim.network_tier)):
        return None
    if claim.negated and not _says_no(claim):
        return None
    if not claim.negated and disowns(claim.text):
        return None  # "X had dismissed 30 drivers, a claim the firm denied": contested, no "yes" (review 12 T1)
    return pred


#: the fewest words of a claim told whole as a polarity question (:func:`said_whole`)
_SAID_WORDS = 4


@kept_per_claim
def said_whole(claim: Claim) -> str | None:
    """A reported claim's words, as a polarity question of their own: one source's claim told by two outlets, one
    with a denial's cue and one with an admission's or a confirmation's ("Kessel denied that he had taken bribes
    from a road builder" / "admitted that he had taken bribes from a road builder"), answers no and yes to the
    very same words, whether or not the claim names a counterpart (review 16 X2). Only a claim with a cue (a
    reported one) and a predicate, of four words or more; the words as written, so that any other wording is
    another question."""
    if claim.cue is None or not claim.predicate or not claim.text:
        return None
    if claim.excluded_scopes or claim.network_tier or (claim.negated and not _says_no(claim)):
        return None  # (a scope's or a tier's "no" is answered there; "sold nothing but its stake" is no "no")
    if not claim.negated and disowns(claim.text):
        return None
    words = _WORD.findall(claim.text.lower())
    return " ".join(words) if len(words) >= _SAID_WORDS else None


@kept_per_claim
def said_gist(claim: Claim) -> str | None:
    """:func:`said_whole`'s question in other words: the claim's gist (:func:`_gist`: "Parcelo admitted that it
    had sold customer addresses to advertisers" / "denied that it had sold the addresses of its customers to
    advertising firms": sell … address; review 17 Y2). Asked only of a claim filed under its own subject or its
    speaker, never one borrowed from the article ("Two officials have been served notice" filed under the
    article's minister is not the minister's notice). The gist keeps whose or of what its noun is (:func:`_gist_parts`:
    "sold the addresses of its staff" / "sold its customers' addresses" are two questions, sell … address of staff
    and sell … address of customer, never one a "yes" and a "no" answer; review 18 Z15)."""
    whole = said_whole(claim)
    parts = _gist_parts(whole.split(), claim.predicate or "") if whole is not None else None
    if parts is None:
        return None
    gist, whose = parts
    return f"{gist} of {' '.join(sorted(whose))}" if whose else gist


#: between a claim's verb and the head of its object's phrase (:func:`_gist`)
_GIST = " … "


def _gist(words: list[str], predicate: str) -> str | None:
    """A claim's gist (:func:`_gist_parts`), None when not found."""
    parts = _gist_parts(words, predicate)
    return parts[0] if parts is not None else None


def _gist_parts(words: list[str], predicate: str) -> tuple[str, frozenset[str]] | None:
    """A claim's gist ("sell … address", "decide to ban … sale"): its verb (the predicate, found by its form, or
    the word after the claim's first auxiliaries and negators: "had sold"), an infinitive's verb after it, and
    the last word of the noun phrase after them (``gist_skip`` and ``gist_end`` of ``models/comparison.toml``),
    without a plural "s". None when the verb or the phrase is not found: the claim's words are then its
    question."""
    lex = comparison()
    verb = predicate.lower().split()[0]
    k = next((i for i, w in enumerate(words) if form_of(w, verb)), None)
    if k is None:
        aux = lex.not_past_auxiliaries | {"had", "did", "not", "never", "n't"}
        first = next((i for i, w in enumerate(words) if w in aux), None)
        if first is None:
            return None
        k = first
        while k < len(words) and (words[k] in aux or words[k].endswith("n't") or words[k] in lex.aspect_adverbs):
            k += 1
        if k >= len(words):
            return None
    j = k + 1
    head = verb
    if j < len(words) and words[j] in lex.gist_infinitive:
        j += 1  # "had not decided whether to annul": the infinitive's question (review 18 Z15)
    if j + 1 < len(words) and words[j] == "to":
        head, j = f"{verb} to {words[j + 1]}", j + 2
    phrase, j = _gist_phrase(words, j)
    if not phrase or not phrase[-1].isalpha():
        return None
    noun = _singular(phrase[-1])
    # Whose or of what the head noun is: its "of" complement ("the addresses of its staff") and the words before
    # it ("its staff's addresses", "customer addresses"): :func:`said_gist` (review 18 Z15).
    whose = {_singular(w) for w in phrase[:-1] if w.isalpha()}
    if j + 1 < len(words) and words[j] == "of":
        complement, _ = _gist_phrase(words, j + 1)
        if complement and complement[-1].isalpha():
            whose.add(_singular(complement[-1]))
    return f"{head}{_GIST}{noun}", frozenset(whose - {noun})


def _gist_phrase(words: list[str], j: int) -> tuple[list[str], int]:
    """The noun phrase of a gist from ``words[j]``: without its determiners and possessives (``gist_skip``), up to
    a word that ends it (``gist_end``); and where it ends."""
    lex = comparison()
    while j < len(words) and words[j] in lex.gist_skip:
        j += 1
    phrase = []
    while j < len(words) and words[j] not in lex.gist_end:
        phrase.append(words[j])
        j += 1
    return phrase, j


def _singular(noun: str) -> str:
    """A gist's noun without a plural "s" ("companies", "addresses", "taxes", "drinks")."""
    if len(noun) > 4 and noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith(("sses", "xes", "ches", "shes")):
        return noun[:-2]
    if len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def _told_whole(qualifier: str) -> bool:
    """A polarity qualifier of :func:`said_whole` (a predicate has three words at most)."""
    return _GIST in qualifier or qualifier.count(" ") >= _SAID_WORDS - 1


def _says_no(claim: Claim) -> bool:
    """Whether a negated claim says its event did not happen, as the conflicts on events read a "no":
    not an exceptive ("sold nothing but its stake": only its stake), not a negation a deferral word after
    it turns into a date or a plan ("did not sign the lease until Monday": it was signed then; "will not
    sign until the court rules": ``deferrals`` and ``deferring_auxiliaries`` of ``models/events.toml``)."""
    text = claim.text.lower()
    m = negator().search(exceptive().sub(" ", text))
    if m is None:
        return not exceptive().search(text)  # (extraction read a negation the text does not show: keep it)
    lex = event_lexicon()
    clause = _CLAUSE_END.split(text[m.end() :])[0]
    later = _WORD.findall(clause)
    deferral = next((k for k, w in enumerate(later) if w in lex.deferrals), None)
    if deferral is None:
        return True
    t, offset = claim.time, time_offset(claim)
    if t is not None and offset is not None and _WORD.findall(text[:offset])[-1:] == [later[deferral]]:
        return False  # "not ... until Monday": the deferral dates the event
    return not any(w in lex.deferring_auxiliaries for w in _WORD.findall(_CLAUSE_END.split(text[: m.start()])[-1]))


def _negative_index(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """(scope facet, actor) for every actor of a claim excluding that scope, and
    (predicate, subject) for every negated polarity claim. A "yes" answer that
    matches nothing here cannot meet a "no" under any key, so it is not filed.
    """
    index: set[tuple[str, str]] = set()
    for claim in claims:
        excl = claim.excluded_scopes
        if (not excl and not claim.negated) or claim.attribution == ATTITUDE:
            continue
        # "*": a claim whose actors come from its article; it may meet anyone.
        subject = _subject(claim) or "*"
        if excl:
            use = claim.use_scopes
            for x in excl:
                if x not in use:
                    facet = "scope:" + x
                    index.add((facet, subject))
                    index.update((facet, a) for a in claim.actors)
        if claim.negated:
            pred = _polarity_predicate(claim)
            if pred is not None:
                index.add((pred, subject))
                index.add(("polarity-subject", subject))
            for said in (said_whole(claim), said_gist(claim)):
                if said is not None:
                    index.add((said, subject))
    return index


def _entries(
    claim: Claim, subject: str, others: list[str], negative: set[tuple[str, str]], *, literal: bool = True
) -> tuple[list[tuple[str, str, str]], tuple[str, str] | None]:
    """(facet, qualifier, value) entries of one claim, and its (predicate, yes/no) polarity."""
    entries: list[tuple[str, str, str]] = []
    tier = claim.network_tier
    if tier:
        entries.append(("network_tier", "", tier))
    use, excl = claim.use_scopes, claim.excluded_scopes
    if use and negative:
        for x in dict.fromkeys(use):
            if x in excl:
                continue
            facet = "scope:" + x
            keep = (facet, subject) in negative or (facet, "*") in negative
            if not keep:
                for o in others:
                    if (facet, o) in negative:
                        keep = True
                        break
            if keep:
                entries.append((facet, "", "yes"))
    if excl:
        entries.extend(("scope:" + x, "", "no") for x in dict.fromkeys(excl) if x not in use)
    polarity = None
    if claim.predicate:
        dated = claim.time is not None and (not claim.negated or time_bound(claim) == "after")
        # ("would not resume before 4 January": a negated bound, [time_bounds] of models/events.toml, is a date)
        if dated and date_span(claim) is not None:
            ev = _event_class(claim)
            if ev is not None:
                entries.append(("date", ev, ""))
        # Polarity is the most literal facet: only claims that name their one
        # counterpart themselves (no implied actors, no three-actor claims).
        pred = None
        if (
            literal
            and len(others) == 1
            and (("polarity-subject", subject) in negative or ("polarity-subject", "*") in negative)
        ):
            pred = _polarity_predicate(claim)
        if pred is not None and ((pred, subject) in negative or (pred, "*") in negative):
            polarity = (pred, "no" if claim.negated else "yes")
        gist = said_gist(claim) if polarity is None and subject == _subject(claim) else None
        if gist is not None and ((gist, subject) in negative or (gist, "*") in negative):
            polarity = (gist, "no" if claim.negated else "yes")  # (in other words: review 17 Y2)
        said = said_whole(claim) if polarity is None else None
        if said is not None and ((said, subject) in negative or (said, "*") in negative):
            polarity = (said, "no" if claim.negated else "yes")  # (one claim denied and admitted: review 16 X2)
    return entries, polarity


def _file(
    groups: dict[Key, list[tuple[Claim, str]]],
    claim: Claim,
    subject: str,
    others: list[str],
    entries: list[tuple[str, str, str]],
    polarity: tuple[str, str] | None,
) -> None:
    get = groups.get
    if others:
        pairs = [(subject, o) if subject < o else (o, subject) for o in others]
    else:
        pairs = [(subject,)]
    for facet, qual, value in entries:
        item = (claim, value)
        for pair in pairs:
            key = (facet, qual, pair)
            bucket = get(key)
            if bucket is None:
                groups[key] = [item]
            else:
                bucket.append(item)
    if polarity is not None:
        # Polarity keys are ordered: (subject, counterpart).
        item = (claim, polarity[1])
        for o in [None] if _told_whole(polarity[0]) else others or [None]:
            key = ("polarity", polarity[0], (subject, o) if o else (subject,))
            bucket = get(key)
            if bucket is None:
                groups[key] = [item]
            else:
                bucket.append(item)


def _top(counts: Mapping[_T, int], tiebreak: Mapping[_T, int]) -> _T | None:
    """The key with the highest count (ties broken by ``tiebreak``), or None if still tied."""
    if not counts:
        return None

    def rank(k: _T) -> tuple[int, int]:
        return (counts[k], tiebreak.get(k, 0))

    ranked = sorted(counts, key=rank, reverse=True)
    if len(ranked) > 1 and rank(ranked[0]) == rank(ranked[1]):
        return None
    return ranked[0]


class _Context:
    """Actor co-occurrence, computed lazily for the claims that need context."""

    def __init__(
        self,
        pairs_by_article: dict[str, list[tuple[str, list[str]]]],
        pair_totals: Mapping[tuple[str, str], int] | None = None,
    ):
        self.pairs_by_article = pairs_by_article
        self._local: dict[str, tuple[dict[str, dict[str, int]], dict[tuple[str, str], int]]] = {}
        self._partners: dict[str, dict[str, int]] | None = None
        self._pair_totals: dict[tuple[str, str], int] | None = None
        if pair_totals is not None:  # the whole store's, when the input is part of it
            partners: dict[str, dict[str, int]] = defaultdict(dict)
            for (a, b), n in pair_totals.items():
                partners[a][b] = n
                partners[b][a] = n
            self._partners, self._pair_totals = partners, dict(pair_totals)

    def local(self, aid: str) -> tuple[dict[str, dict[str, int]], dict[tuple[str, str], int]]:
        """(actor -> counterpart counts, pair -> count) in one article."""
        found = self._local.get(aid)
        if found is None:
            partners: dict[str, dict[str, int]] = defaultdict(dict)
            pairs: dict[tuple[str, str], int] = {}
            for subject, others in self.pairs_by_article.get(aid, ()):
                for o in others:
                    a, b = (subject, o) if subject < o else (o, subject)
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
                    partners[a][b] = partners[a].get(b, 0) + 1
                    partners[b][a] = partners[b].get(a, 0) + 1
            found = self._local[aid] = (partners, pairs)
        return found

    def _totals(self) -> None:
        partners: dict[str, dict[str, int]] = defaultdict(dict)
        pairs: dict[tuple[str, str], int] = {}
        for items in self.pairs_by_article.values():
            for subject, others in items:
                for o in others:
                    a, b = (subject, o) if subject < o else (o, subject)
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
                    partners[a][b] = partners[a].get(b, 0) + 1
                    partners[b][a] = partners[b].get(a, 0) + 1
        self._partners, self._pair_totals = partners, pairs

    def partners(self, actor: str) -> dict[str, int]:
        if self._partners is None:
            self._totals()
        assert self._partners is not None
        return self._partners.get(actor, {})

    def pair_totals(self) -> dict[tuple[str, str], int]:
        if self._pair_totals is None:
            self._totals()
        assert self._pair_totals is not None
        return self._pair_totals


class _Everything:
    """A negative index that holds everything: file every "yes" answer (candidate questions)."""

    def __contains__(self, item: object) -> bool:
        return True

    def __bool__(self) -> bool:
        return True


def _named_pair(claim: Claim) -> tuple[str | None, list[str]]:
    """(subject, the other actors it names) of a claim."""
    actors = claim.actors
    subject = claim.subject or (actors[0] if actors else None)
    others = [a for a in dict.fromkeys(actors) if a and a != subject] if subject and actors else []
    return subject, others


def needs_context(claim: Claim) -> bool:
    """Whether filing ``claim`` (``group_claims``) reads the other claims of its article: it names no
    counterpart and has a tier, scope or date to compare (so it borrows its pair from context)."""
    if claim.attribution == ATTITUDE or _named_pair(claim)[1]:
        return False
    return bool(claim.network_tier or claim.use_scopes or claim.excluded_scopes or claim.time is not None)


def negative_index(claims: Iterable[Claim]) -> set[tuple[str, str]]:
    """What "no" answers the claims give (see ``_negative_index``): a "yes" is filed under a question
    only when one of these could meet it. Unions add up across inputs."""
    return _negative_index(claims)


def pair_key(a: str, b: str) -> str:
    """A borrowed-context key: the input's count of the pair (a, b) decided a tie."""
    a, b = (a, b) if a < b else (b, a)
    return f"pair\x1f{a}\x1f{b}"


def only_key(actor: str) -> str:
    """A borrowed-context key: whether ``actor`` has exactly one counterpart in the input decided."""
    return f"only\x1f{actor}"


def actor_key(actor: str) -> str:
    """A borrowed-context key: any pair count of ``actor`` may decide."""
    return f"actor\x1f{actor}"


def borrowed_context(claims: Sequence[Claim]) -> dict[str, set[str]]:
    """claim id -> what of the whole input's pair counts decided how a claim naming fewer than two
    actors is filed (:func:`pair_key`, :func:`only_key`, :func:`actor_key`). Only claims whose own
    article left a tie, or named no counterpart and no speaker, borrow from the input (see
    ``group_claims``); claims decided by their own article are absent: new articles cannot move them.
    """
    claims = [c for c in claims if c.attribution != ATTITUDE]
    context = _Context({})
    for claim in claims:
        subject, others = _named_pair(claim)
        if others:
            assert subject is not None
            context.pairs_by_article.setdefault(claim.article_id, []).append((subject, others))
    out: dict[str, set[str]] = {}
    for claim in claims:
        subject, others = _named_pair(claim)
        if others or not (claim.network_tier or claim.use_scopes or claim.excluded_scopes or claim.time is not None):
            continue  # names its pair, or is never filed (see group_claims)
        local_partners, local_pairs = context.local(claim.article_id)
        speaker = _speaker_actor(claim)
        if subject is None:
            if local_pairs:
                tied = _tied(local_pairs)
                if tied:  # broken by the input's pair counts; unbroken, the speaker's pairs decide
                    out[claim.id] = {pair_key(*p) for p in tied} | ({actor_key(speaker)} if speaker else set())
                continue
            if speaker is None:
                continue
            subject = speaker
        counts = local_partners.get(subject, {})
        if counts:
            tied = _tied(counts)
            if tied:
                out[claim.id] = {pair_key(subject, k) for k in tied}
        elif not (speaker and speaker != subject):
            out[claim.id] = {only_key(subject)}
    return out


def _tied(counts: Mapping[Any, int]) -> list[Any]:
    """The keys sharing the highest count when more than one does (a tie to break), else []."""
    if len(counts) < 2:
        return []
    top = max(counts.values())
    best = [k for k, n in counts.items() if n == top]
    return best if len(best) > 1 else []


def actor_pair_counts(claims: Iterable[Claim]) -> dict[tuple[str, str], int]:
    """(actor, actor) sorted -> how many claims name that pair themselves: the context that claims
    naming fewer than two actors borrow from (see the module docs). Counts add up across inputs."""
    out: dict[tuple[str, str], int] = {}
    seen: set[str] = set()
    for claim in claims:
        if claim.id in seen or claim.attribution == ATTITUDE:
            continue
        seen.add(claim.id)
        subject, others = _named_pair(claim)
        for o in others:
            assert subject is not None
            pair = (subject, o) if subject < o else (o, subject)
            out[pair] = out.get(pair, 0) + 1
    return out


def group_claims(
    claims: Sequence[Claim],
    *,
    prune: bool = True,
    pair_totals: Mapping[tuple[str, str], int] | None = None,
    negative: set[tuple[str, str]] | None = None,
    only: Collection[str] | None = None,
    filed_as: Mapping[str, tuple[str, ...]] | None = None,
) -> tuple[dict[Key, list[tuple[Claim, str]]], dict[str, tuple[str, ...]]]:
    """Question key -> (claim, value) entries, and the implied actors of claims that lacked some.

    Two passes, linear in the number of claims. ``only``: the ids of the claims to file; the others
    are context (the actor pairs they name), as when the whole input is filed. ``filed_as``: claim id
    -> the parties a claim naming fewer than two actors was filed under when its context was read
    (its implied actors, as returned; ``()``: those its own actors name), so it is filed so again
    without its context (a store keeps them: ``claimline.jobs.refresh``).
    """
    if not prune:
        negative = _Everything()  # type: ignore[assignment]
    elif negative is None:
        negative = _negative_index(claims)
    groups: dict[Key, list[tuple[Claim, str]]] = {}
    pairs_by_article: dict[str, list[tuple[str, list[str]]]] = {}
    pending: list[tuple[Claim, str | None]] = []  # claims without a named counterpart
    seen: set[str] = set()
    for claim in claims:
        cid = claim.id
        if cid in seen or claim.attribution == ATTITUDE:
            continue
        seen.add(cid)
        subject, others = _named_pair(claim)
        if not others:
            if only is None or cid in only:
                pending.append((claim, subject))
            continue
        assert subject is not None
        bucket = pairs_by_article.get(claim.article_id)
        if bucket is None:
            pairs_by_article[claim.article_id] = [(subject, others)]
        else:
            bucket.append((subject, others))
        if only is not None and cid not in only:
            continue
        entries, polarity = _entries(claim, subject, others, negative)
        if entries or polarity:
            _file(groups, claim, subject, others, entries, polarity)
    # Claims naming fewer than two actors borrow the rest from context:
    # a claim naming no actor takes its article's most frequent actor pair
    # (else its speaking party becomes its subject); a subject without
    # counterpart takes the actor most often paired with it in the same
    # article (ties broken by the whole input), else the claim's own source
    # actor, else the subject's only counterpart in the input. Otherwise the
    # claim stays under its subject alone, or is not compared.
    context = _Context(pairs_by_article, pair_totals)
    implied: dict[str, tuple[str, ...]] = {}
    for claim, subject in pending:
        if not (claim.network_tier or claim.use_scopes or claim.excluded_scopes or claim.time is not None):
            continue  # nothing to compare: no tier, scope or date (polarity needs named actors)
        kept = filed_as.get(claim.id) if filed_as is not None else None
        if kept is not None:
            if kept:
                subject, others = kept[0], list(kept[1:])
            elif subject is None:
                continue
            else:
                others = []
            if kept:
                implied[claim.id] = kept
            entries, polarity = _entries(claim, subject, others, negative, literal=False)
            if entries or polarity:
                _file(groups, claim, subject, others, entries, polarity)
            continue
        other = None
        if subject is None:
            local_partners, local_pairs = context.local(claim.article_id)
            pair = _top(local_pairs, context.pair_totals()) if local_pairs else None
            if pair is not None:
                subject, other = pair
            else:
                subject = _speaker_actor(claim)
                if subject is None:
                    continue
        if other is None:
            known = context.partners(subject)
            counts = context.local(claim.article_id)[0].get(subject, {})
            other = _top(counts, known)
            if other is None:
                speaker = _speaker_actor(claim)
                if speaker and speaker != subject and (not counts or speaker in counts):
                    other = speaker
                elif not counts and len(known) == 1:
                    (other,) = known
        others = [other] if other else []
        if subject not in claim.actors or others:
            implied[claim.id] = (subject, *others)
        entries, polarity = _entries(claim, subject, others, negative, literal=False)
        if entries or polarity:
            _file(groups, claim, subject, others, entries, polarity)
    return groups, implied


def may_conflict(facet: str, entries: list[tuple[Claim, str]]) -> bool:
    """Cheap necessary condition, checked before any per-claim work."""
    if facet == "date":
        # Intervals on a line pairwise overlap iff max(start) <= min(end).
        max_lo, min_hi = -1, date.max.toordinal() + 1
        for claim, _ in entries:
            span = date_span(claim)
            if span is not None:
                max_lo, min_hi = max(max_lo, span[0]), min(min_hi, span[1])
        return max_lo > min_hi
    if facet == "network_tier":
        values = {v for _, v in entries}
        return "classified" in values and "unclassified" in values
    return len({v for _, v in entries}) > 1
