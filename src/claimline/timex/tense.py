"""Past or future: the tense of the clause a time expression sits in (from the parse, else cue words)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .patterns import _trie, _words
from .vocab import (
    _ASKING_LEMMAS,
    _BARE_EXPECTING_LEMMAS,
    _CAUSE_PREPS,
    _CONVENING_LEMMAS,
    _DEADLINE_PREPS,
    _EXPECTING_LEMMAS,
    _FORWARD_ADJECTIVES,
    _FUTURE_AUXILIARIES,
    _FUTURE_LEMMAS,
    _MOVED_TO_LEMMAS,
    _MOVED_TO_PREPS,
    _REPORTED_NOUNS,
    _SCHEDULE_LEMMAS,
    _SCHEDULED_PREPS,
    _START_PARTICIPLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .model import Tense

_FUT_WORDS = _FUTURE_AUXILIARIES


#: modals looking forward ("could begin in October"), unless perfect ("could have begun")
_MODAL_WORDS = {"could", "might", "may", "should", "would", "must", "can", "'d", "ought"}


_FUT_LEMMAS = _FUTURE_LEMMAS


def _forward(tok: Any) -> bool:
    """A verb of ``future_lemmas`` by its lemma, or by its written form when the lemmatizer clips it ("hoped" ->
    "hop", "hoping" -> "hop": ``_FUT_FORMS`` below)."""
    return tok.lemma_ in _FUT_LEMMAS or tok.lower_ in _FUT_FORMS


#: both kinds in one group-free pattern over a lowercased window (groups and ignoring case are slow);
#: a hit is classified by the set it belongs to
_FUT_CUE_WORDS = frozenset(
    _words("will shall upcoming forthcoming could might may should would must can 'll ’ll")
    + ["won't", "wo n't", "going to", "plan to", "plans to", "planning to", "intend to", "intends to"]
    + [f"{b} {w}" for b in ("is", "are") for w in _words("to due set scheduled expected slated poised planned")]
)


_PAST_CUE_WORDS = frozenset(_words("was were had did said told announced reported ago") + ["has been", "have been"])


_TENSE_CUE = re.compile(
    r"(?<![a-z])(?:" + _trie(set(_FUT_CUE_WORDS - {"'ll", "’ll"}) | _PAST_CUE_WORDS) + r")(?![a-z])|['’]ll(?![a-z])"
)


#: "since" right before the expression ("since March", "since last Friday")
_SINCE = re.compile(r"(?<![\w-])(?i:since)\s+$")


def _cue_tense(m: re.Match[str], window: str) -> Tense | None:
    w = " ".join(m.group().split())
    if w in _PAST_CUE_WORDS:
        return "past"
    if window.startswith(" have", m.end()):
        return "past"  # "could have done"
    return "future"


def _doc_token(doc: Doc, char: int) -> Any:
    """The token of ``doc`` starting at (or containing) character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _infer_tense(text: str, start: int, end: int, doc: Doc | None) -> Tense | None:
    """Past/future of the clause an expression sits in (None when unclear)."""
    if _SINCE.search(text, max(0, start - 8), start):
        return "past"  # "the best week since November": an interval runs from a past time, whatever the verb
    if doc is not None:
        try:
            t = _tense_from_doc(doc, start, end)
        except Exception:  # pragma: no cover - defensive: odd docs
            t = None
        if t is not None:
            return t
        return None
    # without a parse: the nearest tense cue in the sentence (within 100 characters either side)
    s = max(text.rfind(". ", start - 100, start), text.rfind("\n", start - 100, start), start - 100, -1) + 1
    e = min(x for x in (text.find(". ", end, end + 100), text.find("\n", end, end + 100), end + 100) if x != -1)
    best: tuple[int, Tense | None] | None = None
    left = text[s:start].lower()
    last = None
    for last in _TENSE_CUE.finditer(left):  # noqa: B007 - the last cue before the expression
        pass
    if last is not None:
        best = (len(left) - last.end(), _cue_tense(last, left))
    right = text[end:e].lower()
    m = _TENSE_CUE.search(right)
    if m is not None and (best is None or m.start() < best[0]):
        best = (m.start(), _cue_tense(m, right))
    return best[1] if best else None


def _moved_to(tok: Any) -> bool:
    """The expression is where a verb of moving in time puts something ("postponed to September",
    "pushed the launch back to August"): that time lies ahead of the move."""
    seen = 0
    while tok.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "DET") and tok.head is not tok and seen < 4:
        if tok.dep_ == "pobj":
            prep = tok.head
            if prep.lower_ not in _MOVED_TO_PREPS:
                return False
            verb = prep.head
            if verb.dep_ in ("prt", "advmod") and verb.lower_ in ("back", "forward", "out", "off"):
                verb = verb.head
            if verb.pos_ == "VERB" and verb.lemma_ in _MOVED_TO_LEMMAS:
                return True
            # the end of a "from X to Y" the parse hung on its "from" is a range's, left to the tense
            return verb.pos_ != "ADP" and _mover_before(prep)
        tok = tok.head
        seen += 1
    return False


#: how far before its preposition a moving verb the parser did not hang it on may stand ("pushes the
#: start of the night route to June": five words)
_MOVER_REACH = 6


def _inflections(lemma: str) -> set[str]:
    """A verb's present and past forms (extra spellings never matter: only a moving word is looked up)."""
    s = lemma + ("es" if lemma.endswith(("sh", "ch", "s", "x")) else "s")
    d = lemma + ("d" if lemma.endswith("e") else "ed")
    return {lemma, s, d, lemma + lemma[-1] + "ed"}


#: the forms of the moving verbs, for a headline's verb the tagger reads as a noun or an auxiliary with
#: its form as lemma ("Acme Corp pushes launch to May": "pushes" an AUX)
_MOVER_FORMS: frozenset[str] = frozenset(f for lemma in _MOVED_TO_LEMMAS for f in _inflections(lemma))

#: the forms of the verbs that look forward (``_forward``), with their -ing form ("hoping")
_FUT_FORMS: frozenset[str] = frozenset(
    f for lemma in _FUT_LEMMAS for f in (*_inflections(lemma), lemma.removesuffix("e") + "ing")
)


def _mover_before(prep: Any) -> bool:
    """A moving verb a few words before the preposition, in the same clause, that the parse did not
    make its head: headlines' "…, pushes start to September" ("pushes" a subject of "start"),
    "Regulator defers ruling until April" ("defers" a plural noun). The word must be a verb's present,
    past or participle, or a plural noun or auxiliary with no determiner or possessive before it (the
    headline's verb), never a singular noun ("the move to Leeds") nor a determined plural ("the
    delays to May flights")."""
    doc = prep.doc
    lo = max(prep.sent.start, prep.i - _MOVER_REACH)
    for i in range(prep.i - 1, lo - 1, -1):
        w = doc[i]
        if w.is_punct or w.pos_ in ("CCONJ", "SCONJ") or w.tag_ == "MD":
            return False
        if w.lower_ not in _MOVER_FORMS and w.lemma_.lower() not in _MOVED_TO_LEMMAS:
            if w.pos_ == "AUX" or w.tag_ in ("WDT", "WP") or (w.tag_ in ("VBD", "VBZ", "VBP") and w.pos_ == "VERB"):
                return False  # "delayed flights that ran to March": "ran" has a clause of its own
            continue
        if w.tag_ in ("VBZ", "VBD", "VBN", "VBP") and w.pos_ != "AUX":
            return True
        if w.tag_ == "NNS" or w.pos_ == "AUX":
            before = doc[w.i - 1] if w.i > prep.sent.start else None
            return before is None or before.tag_ not in ("DT", "PRP$", "POS", "WDT")
        return False
    return False


def _tense_from_doc(doc: Doc, start: int, end: int) -> Tense | None:
    tok = _doc_token(doc, start)
    if tok is None:
        return None
    # "said on Tuesday he will...": a past verb right before the expression governs it, whatever the parse
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ in ("on", "late", "early") and prev.i > 0:
        prev = doc[prev.i - 1]
    if prev is not None and prev.tag_ == "VBD":
        return "past"
    if _moved_to(tok):
        return "future"
    # "Thursday's report leaves ...": a possessive names a day already told, never a schedule ahead
    possessive = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "POS"
    # walk up to the governing verb
    seen = 0
    prep = ""
    outer = ""  # the preposition the phrase hangs on the verb by ("from 6am on Thursday": from)
    starts = False  # the time itself is what "from" names, on the verb or on no figure noun
    below = tok
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 8:
        if tok.dep_ == "prep":
            prep = prep or tok.lower_
            outer = tok.lower_
            if tok.lower_ == "from":
                # "from Sunday" / "from 1 May" name a start; "results from Sunday's vote" (the time a
                # possessor) and "profits from the third quarter" (a figure's period) name a source
                owner = tok.head
                figures = (
                    [owner] if owner.pos_ in ("NOUN", "PROPN") else [k for k in owner.children if k.dep_ == "dobj"]
                )
                starts = start <= below.idx < end and not any(f.lemma_.lower() in _REPORTED_NOUNS for f in figures)
        below = tok
        tok = tok.head
        seen += 1
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if outer == "from" and starts and tok.lemma_ in _FUT_LEMMAS:
        return "future"  # "ordered them back to work from Thursday", "announced price cuts from 1 May": what starts
    for _ in range(3):
        kids = list(tok.children)
        auxes = [k for k in kids if k.dep_ in ("aux", "auxpass")]
        low = {k.lower_ for k in auxes}
        if low & _FUT_WORDS:
            return "future"
        if low & _MODAL_WORDS and tok.tag_ == "VB" and not low & {"have", "'ve"}:
            return "future"
        if any(k.lower_ == "going" for k in auxes) and tok.tag_ == "VB":
            return "future"
        if tok.tag_ == "VBN" and "to" in low and low & {"have", "'ve"} and tok.head.lemma_ == "be":
            return None  # "which was to have started in September": the plan's time, nearest the report
        if prep == "for" and tok.lemma_ in _CONVENING_LEMMAS and any(k.dep_ == "dobj" for k in kids):
            return "future"  # "called an extraordinary meeting for Tuesday evening": the time the meeting is set for
        if tok.tag_ == "VBD" or any(k.tag_ == "VBD" for k in auxes):
            return "past"
        if tok.lemma_ == "be" and any(k.dep_ == "acomp" and k.pos_ == "ADJ" and k.lemma_ in _FUT_LEMMAS for k in kids):
            return "future"  # "the report is due Friday"
        if low & {"has", "have", "'ve"} and tok.tag_ == "VBN":
            return "past"
        if _slipped_past(tok, auxes):
            return "past"
        if outer in _CAUSE_PREPS and prep != outer and tok.tag_ in ("VBG", "VBZ", "VBP") and not low & _FUT_WORDS:
            return "past"  # "are missing after a flash flood ... on Sunday": the flood's Sunday is behind
        if tok.tag_ == "VBG" and low & {"is", "are", "am", "'s", "'re"}:
            return "future"
        # an infinitive, active or passive ("to present", "to be presented")
        infinitive = "to" in low and (tok.tag_ == "VB" or (tok.tag_ == "VBN" and "be" in low))
        if infinitive and tok.dep_ == "ROOT":
            return "future"  # headline infinitive: "Markets to reopen on Friday"
        if tok.tag_ == "VBN" and tok.lemma_ in _FUT_LEMMAS and prep in _SCHEDULED_PREPS:
            return "future"  # "an inspection scheduled for June 1", "a vote set for Monday": the time aimed at
        if tok.tag_ == "VBN" and not auxes and tok.dep_ in ("acl", "amod", "advcl"):
            root = tok.sent.root
            auxes_of_root = [a for a in root.children if a.dep_ in ("aux", "auxpass")]
            told_past = root.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes_of_root)
            if tok.lemma_ in _EXPECTING_LEMMAS and not told_past:
                return "future"  # "vote delayed, now expected by March"; not "the walkout, planned in August, began"
            return "past"  # "plans announced in January"
        if infinitive and tok.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl"):
            head = tok.head
            asked_by = head.lemma_ in _ASKING_LEMMAS and prep in _DEADLINE_PREPS  # "urged … to reopen by April"
            if (
                _forward(head) or asked_by or head.lemma_ == "be" or _forward_adjective(head)
            ) and not _plan_as_it_stood(head):
                return "future"
            tok = head
            continue
        if (
            tok.lemma_ in _EXPECTING_LEMMAS
            and tok.tag_ == "VBN"
            and (low & {"is", "are", "'s", "'re", "be", "being"} or tok.lemma_ in _BARE_EXPECTING_LEMMAS)
        ):
            return "future"  # "is planned for October", "scheduled for Monday"
        if not auxes and tok.dep_ in ("oprd", "xcomp", "acomp") and tok.tag_ in ("VBN", "JJ") and tok.head is not tok:
            tok = tok.head  # "keep the markets closed until Friday": the tense of "keep"
            continue
        if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and not auxes and tok.tag_ in ("VB", "VBN"):
            tok = tok.head
            continue
        if not possessive and _scheduled_present(tok, auxes):
            return "future"  # "the offer closes on Monday": a schedule
        if tok.tag_ == "VBG" and not auxes and tok.dep_ in ("acl", "advcl"):
            # a present participle on a noun or a clause has no tense of its own: a verb it hangs on told ahead
            # puts it ahead ("will hold a 24-hour strike starting on Friday"); a starting participle on what a
            # deciding verb decides too ("announced on Tuesday a 72-hour strike starting on Friday"); after a
            # past verb it may lie either way ("has announced cuts, resulting in closures during the fourth
            # quarter"): left to the default (review 18 Z3)
            verb = _verb_over(tok.head)
            if verb is not None and (
                any(k.dep_ == "aux" and k.lower_ in _FUT_WORDS for k in verb.children)
                or (tok.lemma_ in _START_PARTICIPLES and verb.lemma_ in _FUT_LEMMAS)
            ):
                return "future"
        break
    return None


def _verb_over(tok: Any) -> Any | None:
    """The verb a noun's phrase hangs on ("a strike" in "will hold a strike"), within a few steps; None if none."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _forward_adjective(tok: Any) -> bool:
    """An adjective of likelihood or readiness on "be" (``forward_adjectives``: "is likely to", "is poised to"; the
    tagger makes some a passive participle: "is poised")."""
    if tok.lower_ not in _FORWARD_ADJECTIVES:
        return False
    if tok.dep_ in ("acomp", "amod", "oprd"):
        return tok.head.lemma_ == "be"
    return any(k.dep_ in ("aux", "auxpass") and k.lemma_ == "be" for k in tok.children)


def _plan_as_it_stood(head: Any) -> bool:
    """A verb that looks forward told as a plan of the past: the pluperfect ("had hoped to reopen in September,
    but the repairs took longer", "had planned to be listed in June") and "was/were due to" ("was due to be
    reopened on Monday but stays closed"): what it aimed at is read as the past tense of the
    plan, not as a time ahead of the report (review 11, S28/S29)."""
    if any(k.dep_ in ("aux", "auxpass") and k.lower_ == "had" for k in head.children):
        return True
    # "was due to": the tense of "was" (not a bare "was to start in September": a plan told as it stands)
    be = head.head if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") else None
    return be is not None and be.lemma_ == "be" and be.tag_ == "VBD" and be.lower_ in ("was", "were")


def _slipped_past(tok: Any, auxes: list[Any]) -> bool:
    """A participle with a subject and no auxiliary that stands as a finite clause (the sentence's root, or the
    complement or conjunct of a finite verb) is the tagger's slip for a past tense ("A rocket carrying a
    satellite lifted off at 10:42 on Thursday, the agency said": review 10, R2). Not a small clause under an
    infinitive ("to hold all markets closed until Friday": what is kept so, ahead)."""
    if tok.tag_ != "VBN" or auxes or not any(k.dep_ == "nsubj" for k in tok.children):
        return False
    if _forward(tok):
        return False  # "launch set for 10:30 on Thursday": a schedule, not a past (review 11, S21)
    if tok.dep_ == "ROOT":
        return True
    return tok.dep_ in ("ccomp", "conj") and tok.head.tag_ in ("VBD", "VBZ", "VBP")


def _scheduled_present(tok: Any, auxes: list[Any]) -> bool:
    """A simple present of a scheduling verb (``schedule_lemmas``) in a sentence of the body ("The offer closes
    on Monday.") tells a schedule: what it dates lies ahead, also reported ("said the strike ends on Friday") and in
    a relative clause ("passengers on the line, which reopens on Tuesday, ..."). Not a headline (no full stop:
    "Talks end on Monday"), not a negated one."""
    if tok.tag_ not in ("VBZ", "VBP") or auxes or tok.lemma_ not in _SCHEDULE_LEMMAS:
        return False
    if tok.dep_ not in ("ROOT", "conj", "ccomp", "relcl") or any(c.dep_ == "neg" for c in tok.children):
        return False
    sent = tok.sent
    end = sent.end - 1
    while end > sent.start and tok.doc[end].is_space:
        end -= 1  # the line break after the sentence
    last = tok.doc[end]
    return last.text in (".", "!") or (last.is_punct and end > sent.start and tok.doc[end - 1].text == ".")
