"""From article text to an :class:`~claimline.schemas.Extraction` — the pure step.

``extract`` handles one text; ``extract_many`` streams many through
``nlp.pipe`` in batches. Neither touches the store. The work per article:

1. read: furniture, metadata and content ranges (:mod:`claimline.reader`);
2. parse the text with furniture blanked out (same length, so offsets hold);
3. actor mentions (:mod:`claimline.mentions`), times (:mod:`claimline.timex`);
4. claims (:mod:`claimline.attribution`), then per claim: source resolution,
   modality, negation, actors, subject, predicate, tier and scopes
   (:mod:`claimline.facets`), the event's time and revision markers.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import numpy
from spacy.attrs import HEAD, LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .. import lexicons, timex
from ..errors import ClaimlineError
from ..read import ReadResult, read_text
from ..schemas import (
    MODALITY_RANK,
    ActorMention,
    Article,
    Claim,
    ClaimTime,
    EventFrame,
    Extraction,
    Offsets,
    Source,
    TimeExpr,
)
from ..schemas import (
    Span as SpanModel,
)
from . import actors as actors_mod
from . import chunks, facets
from . import pipeline as nlp_mod
from .attribution import ClaimFinder, RawClaim, mend_trailing_speakers
from .fingerprint import simhash
from .mentions import Resolver, find_mentions
from .negation import clause_negated
from .phrases import PhraseIndex

_LIGHT = frozenset({"be", "have", "remain", "become", "appear", "seem", "get"})
_PRON_SUBJ = frozenset({"it", "they", "we", "he", "she", "its", "their"})


def article_id(text: str) -> str:
    """Identity of an article: a hash of its text as stored."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ClaimlineError(f"not a date: {value!r} (use YYYY-MM-DD)") from exc


@dataclass
class Prepared:
    read: ReadResult
    masked: str
    overrides: dict[str, Any]


def prepare(source: str | ReadResult, *, html: bool | None = None, **overrides: Any) -> Prepared:
    """Read an article (unless already read) and blank its furniture for parsing."""
    read = source if isinstance(source, ReadResult) else read_text(source, html=html)
    body = read.text
    ranges = [(o.start, o.end) for o in read.content] or [(0, len(body))]
    chars = [" " if ch not in "\n\r" else ch for ch in body]
    for s, e in ranges:
        chars[s:e] = body[s:e]
    return Prepared(read, "".join(chars), {k: v for k, v in overrides.items() if v is not None})


@dataclass(frozen=True)
class _Markers:
    reporting: frozenset[str]
    hedging: frozenset[str]
    modals: frozenset[str]
    author_modals: frozenset[str]
    spec_modals: frozenset[str]
    frames: PhraseIndex[str]
    conditionals: frozenset[str]
    hedged_verbs: frozenset[str]
    hedged_states: frozenset[str]
    report_nouns: frozenset[str]
    revision: PhraseIndex[str]
    token_words: frozenset[str]  # every word the token loop of modality_of looks at


@cache
def _own_version(text: str) -> bool:
    """A source phrase naming the outlet's own earlier text ("an earlier version", ``own_versions`` of
    models/revision.toml)."""
    words = " ".join(text.lower().split())
    return any(re.search(rf"\b{re.escape(v)}\b", words) for v in lexicons.revision().own_versions)


@cache
def _markers() -> _Markers:
    m = lexicons.modality()
    r = lexicons.revision()
    return _Markers(
        reporting=frozenset(m.reporting_adverbs),
        hedging=frozenset(w for w in m.hedging_adverbs if " " not in w),
        modals=frozenset(m.hedged_modals),
        author_modals=frozenset(m.author_hedged_modals),
        spec_modals=frozenset(m.speculative_modals),
        frames=PhraseIndex((f, "speculative") for f in m.speculative_frames),
        conditionals=frozenset(m.conditionals),
        hedged_verbs=frozenset(m.hedged_verbs),
        hedged_states=frozenset(m.hedged_states),
        report_nouns=frozenset(lexicons.actors().reports),
        revision=PhraseIndex(
            [(p, "correction") for p in r.correction]
            + [(p, "initial") for p in r.initial]
            + [(p, "rescheduled") for p in r.rescheduled]
        ),
        token_words=frozenset(m.reporting_adverbs)
        | frozenset(m.hedged_modals)
        | frozenset(m.author_hedged_modals)
        | frozenset(m.speculative_modals)
        | frozenset(w for w in m.hedging_adverbs if " " not in w)
        | frozenset(m.conditionals),
    )


@cache
def _facet_words() -> frozenset[str]:
    """The words a tier or scope phrase of ``facets`` starts with (a content without one has none)."""
    c = facets.compiled()
    return c.tiers.first_words() | c.scopes.first_words()


class _Starts:
    """Which tokens of a parse may start a phrase of a :class:`PhraseIndex` (their word or lemma is
    a first word), with range counts: a claim whose regions hold none needs no phrase look-up."""

    def __init__(self, count: list[int]) -> None:
        self._count = count  # tokens before index i that may start one (len(doc) + 1 entries)

    def any(self, lo: int, hi: int) -> bool:
        """Whether a token in ``[lo, hi)`` may start a phrase."""
        return hi > lo and self._count[hi] > self._count[lo]

    def positions(self) -> list[int]:
        """The indices of the tokens that may start one, ascending."""
        return numpy.flatnonzero(numpy.diff(self._count)).tolist()


#: (the word sets, vocabulary) -> per string id: the bits of the sets its lower-cased string is in
_FIRST_BITS: dict[int, tuple[tuple[frozenset[str], ...], object, dict[int, int]]] = {}


def _starts(doc: Doc, firsts: tuple[frozenset[str], ...]) -> list[_Starts]:
    """A :class:`_Starts` of ``doc`` per word set of ``firsts``, read from the parse's arrays in one
    pass (a token starts a phrase of set k when its lower-case form or its lemma, lower-cased, is in
    it): each distinct word and lemma of the parse is looked up once, no Token made per token."""
    if not len(doc):
        return [_Starts([0]) for _ in firsts]
    strings = doc.vocab.strings
    memo = _FIRST_BITS.get(id(doc.vocab))
    if memo is None or memo[0] != firsts or memo[1] is not doc.vocab:
        memo = _FIRST_BITS[id(doc.vocab)] = (firsts, doc.vocab, {})
    bits_of = memo[2]
    # (LOWER ids are of lower-case strings already; a LEMMA id's string is lower-cased here)
    ids, at = numpy.unique(doc.to_array([LOWER, LEMMA]), return_inverse=True)
    table = []
    for h in ids.tolist():
        b = bits_of.get(h)
        if b is None:
            word = strings[h].lower()
            b = bits_of[h] = sum(1 << k for k, first in enumerate(firsts) if word in first)
        table.append(b)
    bits = numpy.array(table, dtype="int64")[at.reshape(-1, 2)]
    bits = bits[:, 0] | bits[:, 1]
    out = []
    for k in range(len(firsts)):
        count = numpy.zeros(len(doc) + 1, dtype="int64")
        numpy.cumsum((bits >> k) & 1, out=count[1:])
        out.append(_Starts(count.tolist()))
    return out


#: the determiners that make a described actor ("the alliance", "this company": ``_named_in``)
_DETERMINERS = frozenset(("the", "this"))


class _PerDoc:
    """What ``finish`` looks up once per parse for the per-claim markers (same results as the
    look-ups per claim, without walking every claim's sentence for them)."""

    def __init__(self, doc: Doc) -> None:
        mk = _markers()
        self.doc = doc
        self.revision, self.frames, self.facets, words, determiners = _starts(
            doc, (mk.revision.first_words(), mk.frames.first_words(), _facet_words(), mk.token_words, _DETERMINERS)
        )
        self._frame_in: dict[int, bool] = {}
        # the tokens modality_of's loop may look at (word or lemma a marker word: a superset of its test)
        self.marker_at = words.positions()
        # the tokens that may have a "the"/"this" child (_named_in's descriptions): the heads of those words
        at = determiners.positions()
        heads = doc.to_array(HEAD).astype("int64")[at].tolist() if at else []  # (offsets: uint64 as read)
        self.determined = sorted({i + h for i, h in zip(at, heads, strict=True) if h})

    def modality_tokens(self, span: Span) -> list[Token]:
        """The tokens of ``span`` whose word may be one of ``_Markers.token_words``, in order."""
        at = self.marker_at
        return [self.doc[i] for i in at[bisect_left(at, span.start) : bisect_left(at, span.end)]]

    def determined_tokens(self, span: Span) -> list[Token]:
        """The tokens of ``span`` that may have a child "the" or "this", in order."""
        at = self.determined
        return [self.doc[i] for i in at[bisect_left(at, span.start) : bisect_left(at, span.end)]]

    def facets_of(self, raw: RawClaim) -> facets.Facets:
        """``facets.detect`` for a claim's content: no tier or scope phrase starts in it, no facets."""
        if raw.withheld or not self.facets.any(raw.content.start, raw.content.end):
            return facets.Facets()
        return facets.detect(raw.content, denied=bool(raw.cue and raw.cue.negates))

    def frame_in(self, sentence: Span) -> bool:
        """``_markers().frames.contains`` for a sentence (once per sentence)."""
        if not self.frames.any(sentence.start, sentence.end):
            return False
        if sentence.start not in self._frame_in:
            self._frame_in[sentence.start] = _markers().frames.contains(list(sentence))
        return self._frame_in[sentence.start]


def _lower(a: str, b: str) -> str:
    return a if MODALITY_RANK[a] <= MODALITY_RANK[b] else b


def modality_of(raw: RawClaim, cue_tok: Token | None, per_doc: _PerDoc | None = None) -> str:
    mk = _markers()
    level = raw.cue.certainty if raw.cue is not None else "confirmed"
    if raw.attribution == "direct_quote" and raw.cue is None and raw.source is None:
        level = "reported"
    for t in raw.content if per_doc is None else per_doc.modality_tokens(raw.content):
        w = t.lower_
        if w not in mk.token_words:
            continue  # every test below needs one of these words
        if w in mk.reporting:
            level = _lower(level, "reported")
        if (t.tag_ == "MD" or t.pos_ == "AUX") and (
            w in mk.modals or (raw.attribution == "author" and w in mk.author_modals)
        ):
            level = _lower(level, "hedged")
        elif t.tag_ == "MD" and w in mk.spec_modals:
            level = _lower(level, "speculative")
        if w in mk.hedging and t.pos_ in ("ADV", "ADJ"):
            level = _lower(level, "hedged")
        if w in mk.conditionals and t.dep_ == "mark" and t.head.dep_ == "advcl" and t.head.head.i == raw.content.root.i:
            level = _lower(level, "speculative")
    if cue_tok is not None:
        for child in cue_tok.children:
            if child.lower_ in mk.reporting:
                level = _lower(level, "reported")
            if child.lower_ in mk.modals and child.tag_ == "MD":
                level = _lower(level, "hedged")
    if per_doc.frame_in(raw.sentence) if per_doc is not None else mk.frames.contains(list(raw.sentence)):
        level = _lower(level, "speculative")
    root = raw.content.root
    pred = predicate_of(raw.content)
    completed = root.tag_ in ("VBD", "VBN") and not any(c.tag_ == "MD" for c in root.children)
    light = root.lemma_.lower() in _LIGHT
    if (
        root.lemma_.lower() in mk.hedged_verbs or pred in mk.hedged_verbs or (light and pred in mk.hedged_states)
    ) and not completed:
        level = _lower(level, "hedged")
    if raw.attribution == "author":
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lemma_.lower() in mk.report_nouns:
            level = _lower(level, "reported")
    return level


def negated_of(raw: RawClaim) -> bool:
    """The claim's proposition is negated: by its cue (denied, declined), or by the shared clause test
    (:func:`claimline.extraction.negation.clause_negated`: a ``neg`` on its main verb, a negative
    argument such as "No decision has been taken", "Nothing ... involves", "face no constraints")."""
    return raw.negated_by_cue or clause_negated(raw.content)


def predicate_of(span: Span) -> str | None:
    root = span.root
    if root.lemma_.lower() in _LIGHT:
        for child in sorted(root.children, key=lambda c: (c.i < root.i, c.i)):
            if child.dep_ in ("attr", "acomp", "oprd") and child.pos_ in ("NOUN", "ADJ", "VERB"):
                return child.lemma_.lower()
            if child.dep_ == "prep":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ == "NOUN":
                    return pobj.lemma_.lower()
        for child in root.children:
            if child.dep_ in ("xcomp", "ccomp") and child.pos_ == "VERB":
                return child.lemma_.lower()
    if root.pos_ in ("VERB", "NOUN", "AUX", "ADJ"):
        return root.lemma_.lower()
    return None


def _named_in(raw: RawClaim, resolver: Resolver, per_doc: _PerDoc | None = None) -> list[str]:
    """The actors the content names or describes ("the alliance"), in order, repeats kept."""
    span = raw.content
    found: list[str] = [m.actor for m in resolver.in_span(span)]
    for t in span if per_doc is None else per_doc.determined_tokens(span):
        if t.pos_ == "NOUN" and any(c.lower_ in _DETERMINERS for c in t.children) and _is_description(t):
            a = resolver.described_token(t)
            if a:
                found.append(a)
    return found


def _content_actors(
    raw: RawClaim, resolver: Resolver, source_actor: str | None, named: list[str] | None = None
) -> tuple[list[str], str | None]:
    """Canonical actors the content names, and the one it is about (its subject).

    ``actors`` holds names and definite descriptions ("the alliance"); the
    subject may also come from a pronoun or possessive ("it will", "its
    models" → the speaker or the last fitting actor), which is useful for
    comparing claims but is not a mention. ``named``: :func:`_named_in`, when already found.
    """
    span = raw.content
    found = _named_in(raw, resolver) if named is None else named
    subject: str | None = None
    root = span.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and root.dep_ in ("xcomp", "ccomp") and root.head.i != root.i:
        subj = next((c for c in root.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None:
        m = resolver.mention_at(subj)
        if m is None:
            for t in subj.subtree:
                m = resolver.mention_at(t)
                if m:
                    break
        if m is not None:
            subject = m.actor
        elif subj.lower_ in _PRON_SUBJ:
            # "we" is the speaker's organisation; "it"/"they" the last fitting actor
            subject = source_actor if subj.lower_ == "we" else None
            subject = subject or resolver.pronoun(subj.lower_, subj.idx)
        elif _is_description(subj) and any(c.lower_ in ("the", "this") for c in subj.children):
            subject = resolver.described_token(subj)
        else:
            poss = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            if poss is not None:
                subject = source_actor or resolver.pronoun(poss.lower_, poss.idx)
    if subject is None and subj is None and found:
        subject = found[0]
    seen: dict[str, None] = {}
    for a in found:
        seen.setdefault(a, None)
    return list(seen), subject


def _is_description(t: Token) -> bool:
    from .mentions import actor_words, own_description

    w = t.lemma_.lower()
    return w in actor_words().noun_types or own_description(w)


def _revision(
    raw: RawClaim, others_in_sentence: int, tokens_of_cue: list[Token], per_doc: _PerDoc | None = None
) -> str | None:
    """``correction`` or ``initial`` from the markers in revision.toml.

    A correction marker counts anywhere in the claim's source, cue or content
    (or its sentence when it holds one claim). An "initial report" marker
    counts in the source ("Initial reports suggested ...") or before the
    content's main verb ("The first reports described ..."), not after it
    ("... rather than the systems described in initial reports" corrects).
    """
    mk = _markers()
    if raw.cue is not None and raw.cue.kind == "correction":
        return "correction"
    if per_doc is not None and not _may_revise(raw, others_in_sentence, tokens_of_cue, per_doc.revision):
        return None  # no marker can start in any region
    regions: list[list[Token]] = [list(raw.source) if raw.source is not None else [], tokens_of_cue, list(raw.content)]
    if others_in_sentence == 1:
        regions.append([t for t in raw.sentence if not (raw.content.start <= t.i < raw.content.end)])
    root_i = raw.content.root.i
    doc = raw.content.doc
    found: set[str] = set()
    for k, region in enumerate(regions):
        for m in mk.revision.find(region):
            if m.value == "initial" and k == 2 and m.start > root_i:
                continue
            if not _about_a_report(list(doc[m.start : m.end])):
                continue
            if m.value == "rescheduled":
                if _moves_to_a_time(list(doc[m.start : m.end])):
                    found.add("correction")
                continue
            found.add(m.value)
    if raw.source is not None:
        source_marks = [
            m
            for m in mk.revision.find(list(raw.source))
            if m.value != "rescheduled" and _about_a_report(list(doc[m.start : m.end]))
        ]
        if source_marks:
            return source_marks[0].value
    if "correction" in found:
        return "correction"
    if "initial" in found:
        return "initial"
    return None


def _may_revise(raw: RawClaim, others_in_sentence: int, tokens_of_cue: list[Token], starts: _Starts) -> bool:
    """Whether a revision marker may start in a region :func:`_revision` reads."""
    if raw.source is not None and starts.any(raw.source.start, raw.source.end):
        return True
    if any(starts.any(t.i, t.i + 1) for t in tokens_of_cue) or starts.any(raw.content.start, raw.content.end):
        return True
    return others_in_sentence == 1 and starts.any(raw.sentence.start, raw.sentence.end)


#: prepositions that move an event in time: "postponed to September", "delayed by two months"
_MOVE_PREPS = frozenset({"to", "until", "till", "into", "by", "beyond"})


def _moves_to_a_time(marker: list[Token]) -> bool:
    """A schedule change ("postponed", "pushed back") that moves its event to a time: a date or
    duration under one of ``_MOVE_PREPS`` in the verb's phrase ("pushed back the start to January",
    "delayed by two months"); not "pushed back against the criticism on Tuesday"."""
    verb = next((t for t in marker if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ in ("amod", "compound"):
        return False  # "the delayed pilot"
    for t in verb.subtree:
        if t.ent_type_ not in ("DATE", "TIME"):
            continue
        path = []
        node = t
        while node.i != verb.i and node.head.i != node.i:
            path.append(node)
            node = node.head
        if any(n.dep_ in _OWN_CLAUSE for n in path):
            continue  # "the pilot, which was to have started by May, is postponed": not moved to May
        if any(n.dep_ in ("prep", "agent") and n.lower_ in _MOVE_PREPS for n in path):
            return True
    return False


#: a time reached through one of these is in a clause or an argument of its own, not the verb's phrase
_OWN_CLAUSE = frozenset({"relcl", "acl", "ccomp", "advcl", "csubj", "nsubj", "nsubjpass", "parataxis"})


def _about_a_report(marker: list[Token]) -> bool:
    """A revision marker that is only an adverb ("initially", "originally", "at first") revises
    a report when it modifies a verb of saying, reporting, expecting or planning ("had initially
    said", "initially expected to begin in October", "originally planned"); on any other verb it
    orders events ("had initially bid for the contract, pulled out in February"). Markers with a
    word of their own ("initial reports", "first reported", "corrected") always count."""
    if any(t.pos_ in ("VERB", "NOUN", "PROPN", "ADJ") for t in marker):
        return True
    inside = {t.i for t in marker}
    head = next((t.head for t in marker if t.head.i not in inside), None)
    if head is None:
        return True
    from .attribution import cues

    lemma = head.lemma_.lower()
    return lemma in cues().verbs or lemma in cues().nouns or lemma in _markers().hedged_verbs


_SET_ASIDE = re.compile(
    r"\b(?:rather than|instead of|not|initially|originally|previously|first|earlier|once)\b[\w\s,'’-]{0,30}$",
    re.IGNORECASE,
)


class _Times:
    """The dated times of an article, sorted by offset, for range look-ups in O(log n)."""

    def __init__(self, times: list[TimeExpr]) -> None:
        self.times = sorted(
            (t for t in times if t.interval is not None and t.type in ("DATE", "TIME")), key=lambda t: t.start
        )
        self.starts = [t.start for t in self.times]

    def within(self, lo: int, hi: int) -> list[TimeExpr]:
        out = []
        for k in range(bisect_left(self.starts, lo), bisect_left(self.starts, hi)):
            if self.times[k].end <= hi:
                out.append(self.times[k])
        return out


def _claim_time(
    raw: RawClaim,
    times: _Times,
    text: str,
    revision: str | None = None,
    cue: Sequence[Token] = (),
    doc_text: str | None = None,
) -> ClaimTime | None:
    """The time of the reported event: the first date in the content, else one elsewhere in
    the sentence. A date the sentence sets aside ("initially expected in October",
    "rather than in October") gives way to another one ("now expected in January"); so does a
    date of the cue ("said on Wednesday it will sign no earlier than 15 July": when it was said),
    which is the claim's time only when the content gives none. ``doc_text``: the text the cue's
    parse was made from, when at hand (else ``doc.text`` is rebuilt from every token)."""
    said = _cue_times(cue, doc_text)

    def pick(lo: int, hi: int) -> TimeExpr | None:
        found = [t for t in times.within(lo, hi) if not _in_relative_clause(t, raw.content)]
        if not found:
            return None
        own = [t for t in found if not said(t)]
        kept = [t for t in own if not _SET_ASIDE.search(text[max(lo, t.start - 40) : t.start])]
        best = kept or own or found
        return next((t for t in best if not _on_a_participle(t, raw.content)), best[0])

    t = pick(raw.start, raw.end) or pick(raw.sentence.start_char, raw.sentence.end_char)
    if t is None:
        return None
    return ClaimTime(
        text=t.text,
        value=t.value,
        start=t.interval.start if t.interval else None,
        end=t.interval.end if t.interval else None,
        granularity=t.granularity,
        mod=t.mod,
        char_start=t.start,
        char_end=t.end,
    )


_AHEAD = frozenset({"will", "would", "shall", "'ll", "wo"})


def _on_a_participle(t: TimeExpr, content: Span) -> bool:
    """A time on a past participle that describes a noun ("the landscape stolen three years ago was recovered on
    Tuesday", "the bridge built in 1920 was closed on Friday") dates that participle's act, not the claim's verb:
    another time of the claim comes first (review 18 Z7)."""
    span = content.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or t.text not in span.text:
        return False  # (offsets of another parse)
    tok, root = span.root, content.root
    for _ in range(12):
        if tok.i == root.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            return True
        tok = tok.head
    return False


def _in_relative_clause(t: TimeExpr, content: Span) -> bool:
    """A time inside a relative clause dates the noun the clause describes, not a claim told ahead ("will",
    "would"): "the depot would be rebuilt at the quay, where a fire destroyed two sheds last year" (review 4,
    P4); "the bridge, which opened in 2019, will close". A claim in the present or past keeps it ("the talks
    follow the agreement the firm reached in late February" is about that agreement); so does a claim told
    ahead whose relative clause is not past ("a referendum, which will take place on 12 May", "a line that
    reopens on 1 June": the clause's time is the claim's, review 5 C9)."""
    if not any(c.dep_ == "aux" and c.lower_ in _AHEAD for c in content.root.children):
        return False
    span = content.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or t.text not in span.text:
        return False  # (offsets of another parse)
    tok = span.root
    for _ in range(12):
        if tok.dep_ == "relcl":
            aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
            if any(c.lower_ in _AHEAD for c in aux):
                return False
            return tok.tag_ == "VBD" or (
                tok.tag_ == "VBN" and any(c.tag_ == "VBD" or c.lemma_.lower() == "have" for c in aux)
            )
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_SAID_AT = re.compile(r"\s*(?:(?:on|in|at|during|late|early|earlier|later)\s+){0,2}", re.IGNORECASE)


def _cue_times(cue: Sequence[Token], doc_text: str | None = None) -> Callable[[TimeExpr], bool]:
    """A test: is a time expression when the cue verb was said — attached to it in the parse, or
    right after it with at most a preposition between ("said on Wednesday it will sign",
    "announced Tuesday that"; not "said that on Wednesday it will sign")?"""
    verbs = [c for c in cue if c.pos_ in ("VERB", "AUX")]
    if not verbs:
        return lambda t: False
    doc = verbs[0].doc
    heads = {c.i for c in cue}
    end = max(c.idx + len(c) for c in cue)
    text = doc.text if doc_text is None else doc_text

    def said(t: TimeExpr) -> bool:
        if t.start >= end and _SAID_AT.fullmatch(text[end : t.start]):
            return True
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        head = root.head
        if head.dep_ == "prep" and head.i not in heads:
            head = head.head
        return head.i in heads and root.i not in heads

    return said


def _confidence(raw: RawClaim, source: Source | None) -> float:
    if raw.confidence is not None:  # hook: an attitude claim's tagger probability (``tagged``)
        return raw.confidence
    base = {"direct_quote": 0.8, "indirect": 0.75, "according_to": 0.75, "report": 0.6, "author": 0.6}
    score = base.get(raw.attribution, 0.5)
    if source is not None:
        if source.actor:
            score += 0.1
        elif source.resolution == "unresolved":
            score -= 0.15
    elif raw.attribution == "direct_quote":
        score -= 0.2
    return round(max(0.05, min(0.95, score)), 2)


def _trimmed_end(sent: Span, masked: str) -> int:
    """Where a sentence's words end: spaCy hangs the blanks after it on it — furniture blanked
    after an article's last sentence too, which a timeline label would then print."""
    return sent.start_char + len(masked[sent.start_char : sent.end_char].rstrip())


def finish(prep: Prepared, doc: Doc, *, path: str | None = None, headline: Doc | None = None) -> Extraction:
    """The extraction of a prepared article from its parse ``doc`` (``headline``: the parse of its
    headline line, :func:`claimline.events.headline.parse_headlines`, when already made)."""
    read = prep.read
    text = read.text
    meta = read.meta.model_dump()
    meta.update({k: v for k, v in prep.overrides.items() if k in ("title", "publisher", "url", "author")})
    if "published" in prep.overrides:
        meta["published"] = parse_date(prep.overrides["published"])
    aid = article_id(text)
    body = " ".join(text[o.start : o.end] for o in read.content) or text
    article = Article(id=aid, path=path, fingerprint=simhash(body), chars=len(text), **meta)
    anchor = article.published

    mend_trailing_speakers(doc)  # "A, the fire chief, Jan Pell, said": the speaker back on its verb
    mentions = find_mentions(doc)
    resolver = Resolver(mentions)
    times = timex.find_times(prep.masked, anchor, doc=doc)
    content = [(o.start, o.end) for o in read.content] or [(0, len(text))]
    title = (article.title or "").strip()
    masked = prep.masked  # = doc.text (spaCy rebuilds that string, and a span's, from its tokens)
    chunks.parsed_from(doc, masked)
    spans = ((s, masked[s.start_char : s.end_char]) for s in doc.sents)
    sentences = [s for s, st in spans if any(ch.isalpha() for ch in st) and st.strip() != title]
    finder = ClaimFinder(doc, resolver, content, text=masked)
    raws = finder.find(sentences)
    dated = _Times(times)
    per_doc = _PerDoc(doc)
    per_sentence: dict[int, int] = {}
    for r in raws:
        per_sentence[r.sentence.start] = per_sentence.get(r.sentence.start, 0) + 1

    claims: list[Claim] = []
    previous = None
    for n, raw in enumerate(raws, start=1):
        cue_tok = None
        cue_tokens: list[Token] = []
        if raw.cue_start is not None and raw.cue_end is not None:
            cspan = doc.char_span(raw.cue_start, raw.cue_end, alignment_mode="expand")
            if cspan is not None:
                cue_tokens = list(cspan)
                cue_tok = cspan[0]
        named = _named_in(raw, resolver, per_doc)
        source = None
        if raw.source is not None and len(raw.source):
            res = resolver.remember(raw.source, resolver.resolve(raw.source, set(named), previous))
            previous = res
            source = Source(
                text=text[raw.source.start_char : raw.source.end_char],
                start=raw.source.start_char,
                end=raw.source.end_char,
                actor=res.actor,
                kind=res.kind,  # type: ignore[arg-type]
                resolution=res.resolution,  # type: ignore[arg-type]
            )
            if raw.attribution == "indirect" and res.kind == "report" and raw.cue and raw.cue.kind == "report":
                raw.attribution = "report"
        elif raw.attribution == "report":
            source = None
        actors_list, subject = _content_actors(raw, resolver, source.actor if source else None, named)
        if source is not None and source.actor and source.kind == "named" and _speaks_for(source.actor, actors_list):
            source = source.model_copy(update={"kind": "official"})
        f = per_doc.facets_of(raw)
        cue = None
        if raw.cue_start is not None and raw.cue_end is not None:
            cue = SpanModel(text=text[raw.cue_start : raw.cue_end], start=raw.cue_start, end=raw.cue_end)
        revision = _revision(raw, per_sentence.get(raw.sentence.start, 1), cue_tokens, per_doc)
        if source is not None and revision == "initial" and _own_version(source.text):
            source = None  # "an earlier version said ...": the outlet's own superseded text (review 18 Z10)
        claim = Claim(
            id=f"{aid}-{n:03d}",
            article_id=aid,
            text=text[raw.start : raw.end],
            start=raw.start,
            end=raw.end,
            # a quotation may run over several sentences: the sentence range covers it all
            sentence=Offsets(
                start=min(raw.sentence.start_char, raw.start), end=max(_trimmed_end(raw.sentence, masked), raw.end)
            ),
            source=source,
            cue=cue,
            attribution=raw.kind,  # type: ignore[arg-type]
            modality=modality_of(raw, cue_tok, per_doc),  # type: ignore[arg-type]
            negated=negated_of(raw),
            actors=actors_list,
            subject=subject,
            predicate=predicate_of(raw.content),
            time=_claim_time(raw, dated, text, revision, cue_tokens, masked),
            network_tier=f.network_tier,  # type: ignore[arg-type]
            use_scopes=f.use_scopes,
            excluded_scopes=f.excluded_scopes,
            revision=revision,  # type: ignore[arg-type]
            stance=raw.cue.stance if raw.cue is not None else None,
            confidence=_confidence(raw, source),
        )
        claims.append(claim)
    _inherit_context(claims, raws, text)
    from ..events.frames import find_frames

    head: list[EventFrame] = []
    if read.title_span is not None:  # the headline reports events too (parsed on its own: no claim)
        from ..events.headline import headline_frames

        head = headline_frames(
            nlp_mod.load(None), text, read.title_span, article_id=aid, published=anchor, doc=headline
        )
    events = find_frames(
        doc,
        article_id=aid,
        text=text,
        published=anchor,
        times=times,
        mentions=mentions,
        claims=claims,
        resolver=Resolver(mentions),
        doc_text=masked,
        first=len(head) + 1,  # numbered after the headline's (which comes first: with_headline checks)
    )
    if read.title_span is not None:
        from ..events.headline import with_headline

        events = with_headline(events, head, doc)
    return Extraction(
        article=article,
        text=text,
        claims=claims,
        times=times,
        mentions=[
            ActorMention(text=text[m.start : m.end], start=m.start, end=m.end, actor=m.actor, type=m.type)
            for m in mentions
        ],
        content=[Offsets(start=s, end=e) for s, e in content],
        events=events,
    )


def _speaks_for(source_actor: str, about: list[str]) -> bool:
    """An official statement: the actor speaks about itself, or a government body or armed
    force about another one of the same country (a ministry about its armed forces)."""
    if source_actor in about:
        return True
    g = actors_mod.gazetteer()
    country = g.countries.get(source_actor)
    state = ("government_body", "armed_force")
    return (
        bool(country)
        and g.types.get(source_actor) in state
        and any(g.countries.get(a) == country and g.types.get(a) in state for a in about)
    )


@cache
def _topic_nouns() -> frozenset[str]:
    return frozenset(lexicons.actors().topic_nouns)


def _involved(claim: Claim) -> set[str]:
    """The actors a claim involves: its source's, the ones it names, its subject."""
    out = set(claim.actors)
    if claim.source is not None and claim.source.actor:
        out.add(claim.source.actor)
    if claim.subject:
        out.add(claim.subject)
    return out


def _inherit_context(claims: list[Claim], raws: list[RawClaim], text: str) -> None:
    """Give a claim that names no actor but speaks of "the tool" / "the pilot" the
    actors of the closest preceding claim that names some (see ``topic_nouns``)."""
    nouns = _topic_nouns()
    last: list[str] = []
    correcting_paragraph: int | None = None
    correcting_actors: set[str] = set()
    for k, (claim, raw) in enumerate(zip(claims, raws, strict=True)):
        # "The ministry corrected the start date. The rollout will begin in the summer, ..." —
        # but not "... Anthropic pulled out, and Helsing stepped in": events of other actors
        para = text.rfind("\n\n", 0, raw.sentence.start_char)
        if (
            claim.revision == "correction"
            and not claim.network_tier
            and not claim.use_scopes
            and not claim.excluded_scopes
        ):
            correcting_paragraph = para
            correcting_actors = _involved(claim)
        elif (
            correcting_paragraph == para
            and claim.revision is None
            and (not _involved(claim) or _involved(claim) & correcting_actors)
        ):
            claims[k] = claim = claim.model_copy(update={"revision": "correction"})
        if claim.actors:
            last = claim.actors
            continue
        if not last:
            continue
        root = raw.content.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and (
            subj.lower_ in ("it", "they")
            or (
                subj.lemma_.lower() in nouns
                and any(c.lower_ in ("the", "this", "that", "its", "their") for c in subj.children)
            )
        ):
            update: dict[str, Any] = {"context_actors": list(last)}
            if (
                claim.source
                and claim.source.actor
                and claim.source.kind == "named"
                and _speaks_for(claim.source.actor, last)
            ):
                update["source"] = claim.source.model_copy(update={"kind": "official"})
            claims[k] = claim.model_copy(update=update)


def extract(
    text: str,
    published: Any = None,
    *,
    nlp: Language | None = None,
    pipeline: str | None = None,
    html: bool | None = None,
    path: str | None = None,
    **meta: Any,
) -> Extraction:
    """Extract claims from one article text (see module docstring)."""
    prep = prepare(text, html=html, published=published, **meta)
    model = nlp or nlp_mod.load(pipeline)
    if chunks.needs_parts(prep.masked):  # long, or CRLF line ends: in parts (offsets mapped back)
        return chunks.finish_parts(model, prep, finish, aid=article_id(prep.read.text), path=path)
    return finish(prep, model(prep.masked), path=path)


def extract_many(
    items: Iterable[tuple[str | ReadResult, dict[str, Any]]],
    *,
    nlp: Language | None = None,
    pipeline: str | None = None,
    batch_size: int = 32,
) -> Iterator[Extraction]:
    """Stream extractions for ``(text or ReadResult, meta)`` pairs through ``nlp.pipe``.

    ``meta`` may hold ``published``, ``title``, ``publisher``, ``url``,
    ``path`` and ``html``. Order is preserved.
    """
    model = nlp or nlp_mod.load(pipeline)
    read_ahead: list[Prepared] = []  # handed to parse_many, headline not parsed yet
    headlines: dict[int, Doc] = {}  # id(prep) -> the parse of its headline

    def prepared() -> Iterator[tuple[str, tuple[Prepared, str | None]]]:
        for text, meta in items:
            meta = dict(meta)
            path = meta.pop("path", None)
            html = meta.pop("html", None)
            prep = prepare(text, html=html, **meta)
            read_ahead.append(prep)
            yield prep.masked, (prep, path)

    for doc, (prep, path) in chunks.parse_many(model, prepared(), batch_size=batch_size, parts=True):
        if read_ahead:  # the headlines of the articles parse_many has read: one nlp.pipe, not one nlp() each
            headlines.update(_parse_headlines(read_ahead))
            read_ahead.clear()
        headline = headlines.pop(id(prep), None)
        if doc is None:  # long, or CRLF line ends: in parts
            yield chunks.finish_parts(model, prep, finish, aid=article_id(prep.read.text), path=path)
        else:
            yield finish(prep, doc, path=path, headline=headline)


def _parse_headlines(preps: Sequence[Prepared]) -> dict[int, Doc]:
    """id(prep) -> the parse of its headline line (by the default pipeline, as ``finish`` parses
    one), for the articles that have one."""
    from ..events.headline import headline_text, parse_headlines

    texts = [(t, id(p)) for p in preps if (t := headline_text(p.read.text, p.read.title_span)) is not None]
    return {k: d for d, k in parse_headlines(nlp_mod.load(None), texts)} if texts else {}
