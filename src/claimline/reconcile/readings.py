"""Readings the conflicts on claims and on events share (one vocabulary, review 7 R1): a time of day
without its day, the side of an ``[[exclusive]]`` table a word is on, a verb's written forms."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from ..events.lexicon import lexicon
from ..schemas import ClaimTime, EventTime
from .vocab import comparison

#: the grammar of a clock time ("at about 7.40 a.m.", "shortly after 14:00 local time"); its words (zones,
#: "noon", "midnight", parts of the day, "about") come from the normaliser's vocabulary (:func:`_clock_words`)
_CLOCK_GRAMMAR = (
    r"\d{1,2}(?:[.:]\d{2})?|a\.m\.?|p\.m\.?|[ap]m|o'clock|local|time|hours?|hrs|h|"
    r"at|in|the|shortly|just|before|after|by|until|from|[-,.]"
)


@cache
def _clock_words() -> re.Pattern[str]:
    """The words of a time of day without its day: the grammar above and ``models/timex/en.toml``'s
    clock words, parts of the day, time zones and modifiers (review 6, C9: one vocabulary)."""
    from ..timex.vocab import vocabulary

    v = vocabulary()
    words = {*v.clock_words, *v.parts_of_day, *v.time_zones.utc, *v.time_zones.named, *v.modifiers}
    alternatives = "|".join(re.escape(w.lower()) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b|{_CLOCK_GRAMMAR}")


def clock_only(t: EventTime | ClaimTime) -> bool:
    """A time of day the text gives without its day ("at about 7.40 a.m.", "shortly after 14:00 GMT",
    "at midday"): its day is the one the normaliser assumed (the publication date), which the text does
    not say, so it answers no date question ("hit a rock at about 7.40 a.m." in a story published the
    next day); nor does one whose day is another sentence's ("at 2 p.m. that day": ``other_days`` of
    ``models/comparison.toml``)."""
    if t.granularity != "time":
        return False
    return not _clock_words().sub(" ", _other_day().sub(" ", t.text.lower())).strip()


def names_other_day(t: EventTime | ClaimTime) -> bool:
    """Whether a time's words name its day only by another sentence's ("at 2 p.m. that day")."""
    return _other_day().search(t.text.lower()) is not None


@cache
def _other_day() -> re.Pattern[str]:
    """Words naming a day only by another sentence's (``other_days`` of ``models/comparison.toml``: "that day")."""
    days = comparison().other_days
    return re.compile(rf"\b(?:{_alternatives(days)})\b" if days else r"(?!)")


def side_of(lemma: str, table: Mapping[str, list[str]]) -> str | None:
    """The side of an ``[[exclusive]]`` table whose words hold ``lemma`` (one of them or its derivation).

    Memoised per (lemma, table object, event lexicon): a pure function of the three (the tables are the
    comparison lexicon's, never changed in place); a refresh asks it ~17,000 times per 300 articles."""
    lex = lexicon()
    found = _SIDES.get((lemma, id(table)))
    if found is not None and found[0] is table and found[1] is lex:
        return found[2]
    from ..events.identity import kin  # (heavier: only when a table is read)

    word = lex.word(lemma)
    side = next((side for side, words in table.items() if any(kin(word, w) for w in words)), None)
    if len(_SIDES) >= 65536:
        _SIDES.clear()
    _SIDES[lemma, id(table)] = (table, lex, side)
    return side


#: (lemma, id(table)) -> (table, event lexicon, side): :func:`side_of`'s memo (holds the table: its id is not reused)
_SIDES: dict[tuple[str, int], tuple[Mapping[str, list[str]], object, str | None]] = {}


def form_of(word: str, verb: str) -> bool:
    """``word`` is a form of ``verb`` ("ruled", "barred", "bans" of "rule", "bar", "ban"; not "bank")."""
    if not word.startswith(verb):
        return False
    rest = word[len(verb) :]
    return rest in ("", "s", "es", "d", "ed", "ing") or (rest[:1] == verb[-1:] and rest[1:] in ("ed", "ing"))


_HOUR = re.compile(r"T(\d{2})(?::\d{2})?")
_PART = re.compile(r"T([A-Z]{2})\b")
_TAIL_WORDS = re.compile(r"[a-z]+")
#: the words that may stand between an edge word and its day ("in the early hours of Wednesday", "late on Tuesday")
_BETWEEN = frozenset({"on", "of", "the", "in", "at", "hours", "hour"})


@cache
def _edge_words() -> tuple[frozenset[str], frozenset[str]]:
    """(early, late) words before a day: the time vocabulary's ``[edge_modifiers]`` (START, END) and
    ``[parts_of_day]`` whose code ``[day_edges]`` of ``models/comparison.toml`` lists as late."""
    from ..timex.vocab import vocabulary

    v = vocabulary()
    late_parts = comparison().day_edges.late_parts
    early = {w for w, m in v.edge_modifiers.items() if m == "START" and " " not in w}
    late = {w for w, m in v.edge_modifiers.items() if m == "END" and " " not in w}
    late |= {w for w, code in v.parts_of_day.items() if code in late_parts}
    midnight = {w for w, h in v.clock_words.items() if h == 0}
    return frozenset(early | midnight), frozenset(late | midnight)


def day_reach(t: EventTime | ClaimTime, before: str) -> tuple[int, int]:
    """(days before, days after) a one-day time reaches across midnight (review 8 V19): a day told at
    its edge — "late on Tuesday", "in the early hours of Wednesday", "Tuesday night", "at 11 p.m. GMT on
    Tuesday", "at 1 a.m. local time on Wednesday" — may be the next or the day before as another outlet
    tells it (another time zone; a night counted to the day it began), so "late on Tuesday" and "early
    on Wednesday" are one answer, and "late on Tuesday" and Thursday two. ``before``: the text just
    before the time. The words and hours: ``[day_edges]`` of ``models/comparison.toml``."""
    if t.granularity not in ("day", "time") or t.start is None or t.start != (t.end or t.start):
        return 0, 0
    edges = comparison().day_edges
    early_words, late_words = _edge_words()
    early = late = False
    hour = _HOUR.search(t.value or "")
    if hour:
        h = int(hour[1])
        early, late = h < edges.early_before_hour, h >= edges.late_from_hour
    part = _PART.search(t.value or "")
    if part and part[1] in edges.late_parts:
        late = True
    words = _TAIL_WORDS.findall(before.lower())[-6:]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if w in early_words or w in late_words:
            early, late = early or w in early_words, late or w in late_words
            break
        if w not in _BETWEEN:
            break
    return (1 if early else 0), (1 if late else 0)


#: auxiliaries before a plan word that put the plan in the past ("was due to", "were supposed to", "had been
#: expected to")
_PAST_AUXILIARIES = frozenset({"was", "were", "had", "been"})
#: a present "be" before a plan word's participle: the plan holds when written ("is expected to sign", "are
#: scheduled to open"; review 9 W28), and words that may stand between ("is now expected to")
_PRESENT_BE = frozenset({"is", "are", "am", "'s"})
_PLAN_ADVERBS = frozenset({"now", "still", "also", "widely", "currently", "originally", "initially", "already"})


def plan_in_past(words: list[str]) -> bool | None:
    """How the clause words before an event (lower-cased, in order) plan it: None when no expectation verb
    (``models/events.toml``) governs it — its form followed by "to" or "for" ("plans to sign", "is set for
    Friday"; not "the expected merger was completed") —, True when the plan word is in a past form or after
    a past auxiliary ("hoped to sign", "had planned to", "was supposed to open", "was due to sign"): what was
    once planned (review 8 V7), which dates no event done and is compared with other plans only; False for
    a plan at the time written ("will sign", "expects to sign", "is due to open")."""
    verbs = lexicon().expectation_verbs
    for k in range(len(words) - 2, -1, -1):
        if words[k + 1] not in ("to", "for"):
            continue  # (first: a word's verb is looked for only before "to" or "for")
        w = words[k]
        verb = next((v for v in verbs if form_of(w, v)), None)
        if verb is None:
            continue
        before = next((words[j] for j in range(k - 1, -1, -1) if words[j] not in _PLAN_ADVERBS), None)
        if before in _PAST_AUXILIARIES:
            return True
        return before not in _PRESENT_BE and w != verb and w.endswith("d")
    return None


def planning(words: Iterable[str]) -> bool:
    """Whether ``words`` hold a word of a plan: a future auxiliary or a form of an expectation verb
    (``models/events.toml``: "will", "expected", "plans") or an auxiliary of a plan told from the past
    (``future_in_past`` of ``models/comparison.toml``: "would")."""
    lex = lexicon()
    later = comparison().future_in_past
    if _PLAN_OF[0] is not lex or _PLAN_OF[1] is not later or len(_PLAN_WORDS) >= _PLAN_WORDS_MAX:
        _PLAN_WORDS.clear()  # (the vocabularies changed: a test's lexicon, or a long run's many words)
        _PLAN_OF[:] = [lex, later]
    for w in words:
        hit = _PLAN_WORDS.get(w)
        if hit is None:
            hit = _PLAN_WORDS[w] = (
                w in lex.future_auxiliaries or w in later or any(form_of(w, v) for v in lex.expectation_verbs)
            )
        if hit:
            return True
    return False


#: :func:`planning` of one word, memoised for the vocabularies in ``_PLAN_OF`` (a claim's words are read
#: again for every question it is filed under: ~100 date claims an incremental refresh, 8 words each).
_PLAN_WORDS: dict[str, bool] = {}
_PLAN_OF: list[object] = [None, None]
_PLAN_WORDS_MAX = 65536


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=lambda w: (-len(w), w)))


@cache
def exceptive() -> re.Pattern[str]:
    """A negative pronoun of ``models/modality.toml`` and an exceptive of ``models/comparison.toml`` after it
    ("nothing but", "no one except"): "only", no negation."""
    from .. import lexicons

    pronouns = _alternatives(lexicons.modality().negative_pronouns)
    return re.compile(rf"\b(?:{pronouns})\s+(?:{_alternatives(comparison().exceptives)})\b")


@cache
def negator() -> re.Pattern[str]:
    """A negator or a negative pronoun of ``models/modality.toml`` as a word ("not", "never", "nothing"; "n't"
    at a word's end)."""
    from .. import lexicons

    m = lexicons.modality()
    words = {w.lower() for w in (*m.negators, *m.negative_pronouns)}
    suffixes = {w for w in words if w.startswith("n'")}
    return re.compile(rf"\b(?:{_alternatives(words - suffixes)})\b" + "".join(f"|{re.escape(w)}\\b" for w in suffixes))


@cache
def _zones() -> tuple[re.Pattern[str], frozenset[str]]:
    """A time zone of the time vocabulary (``[time_zones]`` of ``models/timex/en.toml``), "local time" or a place
    made a zone ("New York time", "Paris time": ``place_words``) in a time's own words, and the zones meaning UTC."""
    from ..timex.vocab import vocabulary

    z = vocabulary().time_zones
    names = [*z.utc, *z.named]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
    place = "|".join(re.escape(w) for w in z.place_words)
    return (
        re.compile(rf"\b(?:({alternatives})\b|(local|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})\s+(?i:{place})\b)"),
        frozenset(n.lower() for n in z.utc),
    )


@cache
def zone_offsets() -> dict[str, tuple[float, ...]]:
    """The hours east of UTC each zone name is written for (``[time_zones] offsets`` of ``models/timex/en.toml``;
    UTC/GMT 0), by the lower-case name :func:`clock_zone` gives (``utc`` for UTC/GMT)."""
    from ..timex.vocab import vocabulary

    z = vocabulary().time_zones
    return {"utc": (0.0,), **{n.lower(): tuple(sorted(h)) for n, h in z.offsets.items()}}


def zone_written(t: EventTime) -> str | None:
    """The time zone a clock time's own words name ("06:40 CET on Tuesday": ``cet``; "10:42 local time":
    ``local``; "09:42 GMT": ``utc``), else None."""
    pattern, utc = _zones()
    m = pattern.search(t.text)
    if m is None:
        return None
    name = (m.group(1) or m.group(2)).lower()
    return "utc" if name in utc else name


def clock_zone(t: EventTime, after: str | None) -> str | None:
    """The zone a clock time is told in (review 9 W8): the one its own words name, else one the text names just
    after it (``after``: the text right after the time; "9 a.m. New York time", "15:00 (CET)"), else ``local``
    (the place's own time, as a report that names no zone tells it). When the text after the time is unknown
    (``after`` None: an outlet's own statement, whose words the store does not keep), ``local`` only for a
    time whose words go on past its clock figure ("10:42 on Tuesday": a zone would stand right after it), else
    None (the zone is unknown: "9 a.m." may be followed by "New York time")."""
    written = zone_written(t)
    if written is not None:
        return written
    if after is not None:
        m = _AFTER_ZONE.match(after)
        if m is None:
            return "local"
        return (m.group(1) or m.group(2)).lower()
    figures = list(_CLOCK_FIGURE.finditer(t.text))
    return "local" if figures and _TAIL_WORDS.search(t.text[figures[-1].end() :].lower()) else None


#: A clock figure in a time's words ("10:42", "4 p.m.", "4pm"), the end of which a zone would follow.
_CLOCK_FIGURE = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\b\.?", re.I)
#: A named time zone just after a clock time: "9 a.m. New York time", "15:00 (CET)", "at 3 p.m. local time".
_AFTER_ZONE = re.compile(r"[\s,(]*(?:((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+|local)\s+time\b|\(?([A-Z]{2,5})\b)")


#: a clause's words (for :func:`disowns`)
_CLAUSE_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: where a clause that takes back what comes before it may open
_DISOWNING_BREAK = re.compile(r"[,;(\u2014\u2013]|\s-\s|\bwhich\b")
#: the denial verbs that take an act back through a bare pronoun ("which he denies", "the company denies it"); a
#: rejection or dismissal of "it" may be of an offer or a plan that was made ("which the board rejected")
_DENYING = ("deny", "refute", "rebut")


@cache
def _disowning() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(denial verbs: class ``deny`` of ``models/events.toml``; ``disowned_nouns``; ``disowning_pronouns`` of
    ``models/modality.toml``)."""
    from .. import lexicons

    m = lexicons.modality()
    verbs = frozenset(v for v, cls in lexicon().verbs.items() if cls == "deny" and " " not in v)
    return verbs, frozenset(m.disowned_nouns), frozenset(m.disowning_pronouns)


def _verb_form(word: str, verb: str) -> bool:
    """:func:`form_of`, with a final "y" as "i" ("denied", "denies" of "deny")."""
    return form_of(word, verb) or (verb.endswith("y") and form_of(word, verb[:-1] + "i"))


#: (the denial verbs, word -> whether it is a form of one of them): :func:`_denial_verb`'s memo
_DENIAL_FORMS: tuple[frozenset[str], dict[str, bool]] = (frozenset(), {})


def _denial_verb(word: str, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is a form of one of the denial ``verbs`` (:func:`_verb_form`), asked once per word and verb
    set (:func:`denial_of_report` tries every word of every clause a refresh reads against every denial verb)."""
    global _DENIAL_FORMS
    if _DENIAL_FORMS[0] is not verbs:
        _DENIAL_FORMS = (verbs, {})
    forms = _DENIAL_FORMS[1]
    found = forms.get(word)
    if found is None:
        if len(forms) >= _MEMO_MAX:
            forms.clear()
        found = forms[word] = any(_verb_form(word, v) for v in verbs)
    return found


#: how many words or texts each of this module's memos holds before it starts again
_MEMO_MAX = 65536


def _noun(word: str, nouns: frozenset[str]) -> bool:
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)


def denial_of_report(words: list[str]) -> bool:
    """A clause that denies the report its sentence tells ("Holm denied the report", "the company denies it",
    "a claim the company denied", "which the orchestra denied", "a charge Kelsey Labs rejects"): a denial verb
    (class ``deny``) with a report noun or a pronoun for its object, or after one as its relative; not a
    denial with a clause of its own ("denied that it had closed another plant"), nor of a report of something else
    ("dismissing reports of a rift")."""
    verbs, nouns, pronouns = _disowning()
    at = next((k for k, w in enumerate(words) if _denial_verb(w, verbs)), None)
    if at is None:
        return False
    before, after, verb = words[:at], words[at + 1 :], words[at]
    strong = any(_verb_form(verb, v) for v in _DENYING)
    if after[:1] == ["that"] or "as" in after[:2]:  # a clause of its own; "rejected as illegal": done, judged
        return False
    object_words = after[1:] if after[:1] in (["the"], ["a"], ["an"], ["any"]) else after
    if object_words[:1] and _noun(object_words[0], nouns):
        # "dismissing reports of a rift": the report denied has a content of its own, not the act (review 13 U13)
        return len(before) <= 4 and object_words[1:2] not in (["of"], ["about"])
    if after[:1] and after[0] in pronouns and after[0] != "which":
        return strong and len(before) <= 4
    if after and after[0] not in _AFTER_A_RELATIVE:
        return False  # the denial has an object of its own ("which denies wrongdoing"): not a relative of the act
    head = before[1:] if before[:1] in (["a"], ["an"], ["the"]) else before
    if head[:1] and _noun(head[0], nouns) and 2 <= len(head) <= 5:
        return True  # "a claim the company denied", "allegations he denies"
    return before[:1] == ["which"] and "which" in pronouns and strong and 2 <= len(before) <= 4


#: words that may follow a denial verb that has no object of its own: its time or manner ("which the orchestra denied
#: on Friday", "a claim the firm strongly denies") — the grammar of :func:`denial_of_report`
_AFTER_A_RELATIVE = frozenset({"on", "in", "at", "last", "this", "yesterday", "today", "strongly", "flatly", "again"})


def disowns(after: str) -> bool:
    """Whether the rest of a sentence after an act's word takes the act back (:func:`denial_of_report` of a
    clause after a break: "..., a claim the company denied", "..., which the orchestra denied"): the act is
    contested in that report, no "happened" (review 12 T1). Asked once per text and lexicon (a claim's text is
    read by its polarity, its words told whole and its frames' reports: :data:`_DISOWNS`)."""
    global _DISOWNS
    verbs = _disowning()[0]
    if _DISOWNS[0] is not verbs:
        _DISOWNS = (verbs, {})
    found = _DISOWNS[1].get(after)
    if found is None:
        if len(_DISOWNS[1]) >= _MEMO_MAX:
            _DISOWNS[1].clear()
        found = _DISOWNS[1][after] = _disowns(after)
    return found


#: (the denial verbs, text -> :func:`disowns` of it): its memo
_DISOWNS: tuple[frozenset[str], dict[str, bool]] = (frozenset(), {})


def _disowns(after: str) -> bool:
    text = after.lower()
    end = re.search(r"[.!?](?:\s|$)", text)
    text = text[: end.start() if end else 240]
    for m in _DISOWNING_BREAK.finditer(text):
        start = m.start() if m.group(0) == "which" else m.end()
        clause = re.split(r"[,;(\u2014\u2013]", text[start:].lstrip(" ,;("), maxsplit=1)[0]
        if denial_of_report(_CLAUSE_WORDS.findall(clause)):
            return True
    return False


def requested(words: Sequence[str]) -> bool:
    """Whether the clause words before an event (lower-cased, in order) ask for it: a form of a verb of
    ``requests`` of ``models/comparison.toml`` ("asked the court on Monday to jail", "demanded a 9 percent pay
    rise", "recommended that Halvey Power be fined"; an entry of two words wants its second within the next four
    words: "called on Monday for the care home to be closed") — the act is wanted, not done (review 13 U5)."""
    from ..events.objects import DETERMINERS

    entries = comparison().requests
    for k, w in enumerate(words):
        if k and words[k - 1] in DETERMINERS:
            continue  # the noun: "following a request from police", "at the request of residents" (review 14, V13)
        for second in _request_forms(w, entries):
            if second is None or second in words[k + 1 : k + 5]:
                return True
    return False


#: (word, id(entries)) -> (entries, what :func:`_request_forms` gave): its memo (it holds the entries)
_REQUEST_FORMS: dict[tuple[str, int], tuple[frozenset[str], tuple[str | None, ...]]] = {}


def _request_forms(word: str, entries: frozenset[str]) -> tuple[str | None, ...]:
    """For each entry of ``requests`` whose verb ``word`` is a form of (:func:`form_of`): its second word, or
    None (an entry of one word). Asked once per word and lexicon (:func:`requested` reads every word before every
    event of a whole refresh: 658,590 :func:`form_of` calls per 300 articles)."""
    key = (word, id(entries))
    found = _REQUEST_FORMS.get(key)
    if found is None or found[0] is not entries:
        forms: list[str | None] = []
        for entry in entries:
            verb, *rest = entry.split()
            if form_of(word, verb) or word == verb:
                forms.append(rest[0] if rest else None)
        found = _REQUEST_FORMS[key] = (entries, tuple(forms))
    return found[1]
