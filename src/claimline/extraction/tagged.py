"""Claims from the trained tagger's cues (``cue_model``), for the cues the rules leave unused.

The rules in ``attribution.py`` take a tagged verb as a cue like a lexicon verb (see
``ClaimFinder.cue_verb``) and find its source and content in the parse. A tagged cue that no
rule used — a noun ("his endorsement of"), an adjective, a phrase, a colon, a verb whose
content the parse does not reach — becomes a claim here: its content is the run of tokens the
tagger marks as content next to it in the same sentence (after the cue, else before it), its
source the nearest run marked as source, or the cue's subject in the parse.

Nothing here imports ``attribution`` (it calls back the finder it is given), so the two modules
stay one way round.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.tokens import Span

from ..lexicons import CueEntry
from ..vocab import ATTITUDE
from . import claim_acceptor, cue_model
from .tag_runs import cue_head, object_fits, runs

#: fewest tokens of a tagged content
MIN_CONTENT = 2


def _join(pieces: list[tuple[int, int]], doc: Any, gap: int = 3) -> list[tuple[int, int]]:
    """Content pieces separated only by punctuation or a short parenthetical are one content."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and s - out[-1][1] <= gap and all(doc[k].is_punct or doc[k].is_space for k in range(out[-1][1], s)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "acl", "oprd", "attr", "advcl"})
_CONTENT_PREPS = frozenset({"of", "about", "on", "over", "for", "against", "that", "to", "with"})
_RELATIVE = frozenset({"WDT", "WP"})
#: cue kinds whose infinitive is content ("wants to run", "denied signing"), as in the rules
_INFINITIVE_KINDS = frozenset({"stance", "intention", "perception", "belief", "denial"})
#: what a cue the lexicon lacks may take as content: a clause, an infinitive, the tagger's own span
_UNLISTED_CONTENT = frozenset({"ccomp", "xcomp", "tagged"})
#: cue kinds that need a holder one can name (a person, organisation, place, known actor, pronoun)
_HOLDER_KINDS = frozenset({"intention", "perception", "stance"})
_WH = frozenset({"how", "what", "whether", "where", "why", "who", "which", "when", "whom", "if"})


def dependency_content(doc: Any, head: Any, ce: int, hi_limit: int) -> tuple[int, int, str] | None:
    """What the cue governs after it: a clause, an object, an infinitive, a prepositional object
    (with the dependency that reaches it)."""
    tokens = [head, *(doc[k] for k in range(head.i + 1, ce))]
    for tok in tokens:
        for child in tok.children:
            if child.i < ce:
                continue
            if child.dep_ in _CONTENT_DEPS or (child.dep_ == "prep" and child.lower_ in _CONTENT_PREPS):
                lo, hi = child.left_edge.i, min(child.right_edge.i + 1, hi_limit)
                if child.dep_ == "prep":
                    lo = child.i + 1
                while lo < hi and (doc[lo].is_punct or doc[lo].lower_ == "that"):
                    lo += 1
                if hi - lo >= MIN_CONTENT:
                    return lo, hi, child.dep_
    return None


def tag_content(tags: Sequence[str], doc: Any, sent: Span, cs: int, ce: int) -> tuple[int, int, str] | None:
    """The content the tagger marks next to the cue: every content token after it up to the next
    cue (one hull), else the last content run before it."""
    nxt = next((k for k in range(ce, sent.end) if tags[k] == "B-CUE"), sent.end)
    after = runs(tags, "CNT", ce, nxt)
    if after and after[-1][1] - after[0][0] >= MIN_CONTENT:
        return after[0][0], after[-1][1], "tagged"
    before = [r for r in _join(runs(tags, "CNT", sent.start, cs), doc) if r[1] - r[0] >= MIN_CONTENT]
    return (*before[-1], "tagged") if before else None


def tagged_source(finder: Any, tags: Sequence[str], sent: Span, head: Any, cs: int, ce: int) -> Any:
    """The source of a tagged cue: its subject in the parse (a relative pronoun's antecedent,
    a noun's possessor), else the nearest run the tagger marks as source."""
    return source_found(finder, tags, sent, head, cs, ce)[0]


def source_found(finder: Any, tags: Sequence[str], sent: Span, head: Any, cs: int, ce: int) -> tuple[Any, str]:
    """:func:`tagged_source` and how it was found: ``parse`` (the cue's subject or possessor),
    ``tagged`` (the tagger's run) or ``none``."""
    doc = finder.doc
    subj = None
    if head.pos_ in ("VERB", "AUX", "ADJ"):
        subj = finder.subject_of(head)
    if head.pos_ in ("NOUN", "PROPN"):
        subj = next((c for c in head.children if c.dep_ == "poss"), None)
    if subj is None:
        subj = _governor_subject(finder, head)
    if subj is not None and subj.tag_ in _RELATIVE:
        rel = subj.head
        while rel.dep_ not in ("relcl", "acl") and rel.head.i != rel.i:
            rel = rel.head
        subj = rel.head if rel.dep_ in ("relcl", "acl") else None
    if subj is not None and subj.lower_ not in ("it", "there"):
        return finder.source_span(subj), "parse"
    sources = runs(tags, "SRC", sent.start, sent.end)
    if sources:
        s, e = min(sources, key=lambda r: min(abs(r[0] - ce), abs(r[1] - cs)))
        return doc[s:e], "tagged"
    return None, "none"


#: how a cue word with no subject of its own hangs on the verb whose subject holds it: a predicate
#: adjective or participle ("they are convinced", "he was proud of"), a light verb's noun ("has
#: mixed feelings about", "voiced support for", "is the best advocate for")
_GOVERNED = frozenset({"acomp", "dobj", "attr", "oprd"})


def _governor_subject(finder: Any, head: Any) -> Any:
    """The holder of a cue word that has no subject of its own: the subject of the verb it
    completes (:data:`_GOVERNED`), or ``None``."""
    gov = head.head
    if gov.i == head.i or head.dep_ not in _GOVERNED or gov.pos_ not in ("AUX", "VERB"):
        return None
    return finder.subject_of(gov)


def lexicon_entry(finder: Any, head: Any) -> Any:
    """The lexicon's entry for a cue head (a verb or a noun ``cues.toml`` lists), else ``None``."""
    lemma = head.lemma_.lower()
    if head.pos_ in ("VERB", "AUX"):
        entry = finder.c.verbs.get(lemma)
        if entry is not None and entry.objects and not object_fits(head, entry.objects):
            return None  # "offered 12 per cent": not the lexicon's cue
        return entry
    if head.pos_ in ("NOUN", "PROPN"):
        return finder.c.nouns.get(lemma)
    return None


def rules_accept(entry: Any, dep: str, prep: str) -> bool:
    """Whether the rules take a content reached by ``dep`` for a lexicon cue: the tagger may find
    what the parse hides from them, not overrule what they decline for the word ("expects more
    contracts", "asked not to be named", "reported the talks" are no claims)."""
    if dep == "tagged":
        return False  # a lexicon word whose content the parse does not reach: the rules looked
    if dep == "dobj":
        return entry.object_content
    if dep == "xcomp":
        return entry.kind in _INFINITIVE_KINDS
    if dep == "prep":
        return prep in entry.preps
    return True


#: what a content reached through these names: a thing, a person, a policy (not a proposition)
_OBJECT_DEPS = frozenset({"dobj", "prep", "attr", "oprd"})
#: least tagger probability of a cue for an attitude claim (tuned on the held-out tenth of PolNeAR
#: train, ``training/attribution/tune.py``)
MIN_ATTITUDE_PROB = 0.6
#: least share of a word's occurrences that PolNeAR train makes cues (``cue_lemmas.json``, smoothed
#: as ``cue_model`` smooths it) for an attitude claim from a cue word the lexicon does not list: the
#: same lemma prior as a tagged cue's (``cue_model.MIN_CUE_RATE``), which an attitude claim, taken
#: from the tagger's raw tags, would otherwise skip. "signed a contract" (0.18), "took the vote"
#: (0.07) are acts, not stances. The held-out tenth of train is flat from 0 to 0.3 (71.16 / 71.15 /
#: 71.10 at 0 / 0.1 / 0.3, precision 81.0 / 82.2 / 83.5); models/MODEL_CARD.md, tagger section.
MIN_ATTITUDE_RATE = 0.3


_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
#: entity labels of names (a proper noun inside one is never a cue)
_NAMES = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "EVENT"})
_WHEN = frozenset({"DATE", "TIME"})


def is_object(doc: Any, lo: int, hi: int, dep: str) -> bool:
    """Whether a content is an object or entity ("the bill", "the plan to close the depot")
    rather than a reported proposition: reached as an object (or the tagger's own span) and
    headed by a noun or pronoun."""
    return (dep in _OBJECT_DEPS or dep == "tagged") and doc[lo:hi].root.pos_ in _NOMINAL


def attitude_entry(lemma: str, listed: Any) -> Any:
    """The cue entry of an attitude claim: the lexicon's terms for the word (its stance, its
    certainty) with its object as content, else a stance of no known direction."""
    if listed is not None:
        return listed.model_copy(update={"object_content": True})
    return CueEntry(lemma=lemma or "?", certainty="reported", kind="stance", object_content=True)


def _accepted(finder: Any, listed: Any, dep: str, prep: str, head: Any) -> bool:
    """Whether a tagged cue with this content makes a claim of the usual kinds (see
    :func:`tagged_claims`): the lexicon's terms for its word, or a clause for a word it lacks."""
    if listed is not None and not rules_accept(listed, dep, prep):
        return False
    if listed is None and dep not in _UNLISTED_CONTENT:
        return False  # "named Mary Barra", "signed an agreement": an act, not a reported claim
    if listed is not None and listed.kind in _INFINITIVE_KINDS:
        # an attitude needs a subject ("..., seeking to cut jobs" has none) and, for an
        # intention, perception or stance, one that can be named ("investors backed the
        # company" is the outlet's statement): as the rules decide
        subj = finder.subject_of(head)
        if subj is None or (listed.kind in _HOLDER_KINDS and not finder.identifiable(subj)):
            return False
    return True


def tagged_claims(finder: Any, sentences: Sequence[Span], claims: list[Any], tags: Sequence[str]) -> list[Any]:
    """Claims for tagged cues that no claim in ``claims`` uses as its cue.

    Every tagged cue (``tags.raw``: the tagger's own tags, no lemma gate) that no claim uses and
    that governs a content (:func:`dependency_content`, else the tagger's content run) is a
    *candidate*. With the learned acceptor (``claim_acceptor``: weights beside the tagger's) a
    candidate is taken when its score reaches the acceptor's threshold; without it, by the gates:

    A cue word the lexicon lists keeps the lexicon's terms (:func:`rules_accept`; an intention,
    perception or stance needs a holder one can name, as in the rules); a word it lacks (the
    tagger's own, kept by ``cue_model`` only when PolNeAR makes it a cue often enough) takes no
    bare object as content ("signed an agreement" is an act, not a claim). The cue is the head
    word, as the rules mark cues ("said", not "said in a statement").

    What those terms decline when the content is an object or entity — a stance or attitude
    toward a thing ("Republicans oppose the bill", "she praised the deal", "investors backed the
    company"), an act taken as a stance ("vetoed the bill") — becomes an **attitude** claim, from
    every cue the tagger gives (``tags.raw``: no lemma gate): its source, cue, object as content,
    the lexicon's stance for the word, the tagger's probability as confidence. Attitude claims
    are additional: the sentence keeps its own claim (the outlet's statement or a report), which
    the event layer, the conflicts and the timeline use; they leave attitude claims out."""
    doc = finder.doc
    raw_tags: Sequence[str] = getattr(tags, "raw", tags)
    cue_prob = getattr(tags, "cue_prob", None)
    path = getattr(tags, "path", None)
    acceptor = claim_acceptor.load(path) if path is not None else None
    used = [(c.cue_start, c.cue_end) for c in claims if c.cue_start is not None]
    out: list[Any] = []
    quick = acceptor is not None and RECORD is None  # skip what the acceptor may not take, early
    ungated = MIN_UNGATED_SCORE <= 1  # candidates the gates do not allow may be taken
    likely_at = _likely_tokens(tags, raw_tags, doc) if acceptor is not None or RECORD is not None else None
    is_cue = getattr(tags, "raw_cue", None)
    if is_cue is None:
        is_cue = numpy.array([t == "B-CUE" or t == "I-CUE" for t in raw_tags], dtype=bool)
    cues_before = [0, *numpy.cumsum(is_cue).tolist()]  # tokens tagged as (part of) a cue before each token
    for sent in sentences:
        spans = runs(raw_tags, "CUE", sent.start, sent.end) if cues_before[sent.end] > cues_before[sent.start] else []
        if likely_at is not None:
            lo_k, hi_k = bisect_left(likely_at, sent.start), bisect_left(likely_at, sent.end)
            if lo_k < hi_k:
                spans = sorted([*spans, *((i, i + 1) for i in likely_at[lo_k:hi_k])])
        for cs, ce in spans:
            cue_lo, cue_hi = doc[cs].idx, doc[ce - 1].idx + len(doc[ce - 1].text)
            if any(u_s < cue_hi and cue_lo < u_e for u_s, u_e in used):
                continue
            head = cue_head(doc, cs, ce)
            if head.ent_type_ in _WHEN or head.pos_ == "PROPN" and head.ent_type_ in _NAMES:
                continue  # a name or a time is no cue: "told Fox News: A", "told reporters last week, A"
            likely = not raw_tags[cs].endswith("CUE")  # a word the tagger thinks may be a cue
            in_quote = any(i in finder.quote_tokens for i in range(cs, ce))
            negated = any(c.dep_ == "neg" for c in head.children)
            comparison = any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in head.children)
            if quick and (in_quote or negated or comparison or head.pos_ == "AUX"):
                continue
            # kept by cue_model's lemma gate (a likely cue: would be kept)
            gated = tags[cs] in ("B-CUE", "I-CUE") or (likely and cue_model.lemma_kept(tags, head))
            rng = dependency_content(doc, head, ce, sent.end) or tag_content(
                tags if gated else raw_tags, doc, sent, cs, ce
            )
            if rng is None:
                continue
            lo, hi, dep = rng
            if head.is_punct and _said_already(claims, doc, lo, hi):
                continue  # "told reporters: A": the verb before the colon is A's cue, a rule has it
            obj = is_object(doc, lo, hi, dep)
            if quick and likely and not obj and not ungated:
                continue  # a likely cue gives attitude claims only
            nested = any(c.start <= cue_lo < c.end and c.attribution != "author" for c in [*claims, *out])
            question = doc[lo].lower_ in _WH
            if quick and (nested or question):
                continue
            listed = lexicon_entry(finder, head)
            k = _before(doc, lo)
            prep = doc[k].lower_ if k >= 0 else ""
            # the lexicon's prepositions are the cue word's: "called a referendum on the levy" is
            # about the referendum (a cue span "called a referendum" holds the noun "on" hangs on)
            if dep == "prep" and k >= 0 and doc[k].head.i != head.i:
                dep = "prep_other"
            terms = dep != "prep_other" and _accepted(finder, listed, dep, prep, head)
            outside = bool(obj and off_terms(finder, listed, *_terms_dep(doc, cs, ce, dep, prep), head))
            if quick and (outside or not (obj or (gated and terms and not likely) or ungated)):
                continue  # ruled out, or neither a proposition on the gates' terms nor an object (allowed)
            cand = Candidate(
                cs=cs,
                ce=ce,
                lo=lo,
                hi=hi,
                dep=dep,
                prep=prep,
                head=head,
                listed=listed,
                gated=gated,
                in_quote=in_quote,
                negated=negated,
                comparison=comparison,
                nested=nested,
                question=question,
                terms=terms,
                is_object=obj,
                likely=likely,
            )
            cand.source, cand.source_how = source_found(finder, tags, sent, head, cs, ce)
            if cand.source is not None and lo <= cand.source.start < hi:
                cand.source, cand.source_how = None, "inside"
            # the lexicon keeps some stances to sources one can name ("back": "investors backed
            # the firm" is money, not a stand): an attitude toward an object keeps to it too
            cand.unnamed = bool(
                obj
                and listed is not None
                and listed.named_source
                and (cand.source is None or not finder.identifiable(cand.source.root))
            )
            cand.off_terms = outside
            cand.weak_holder = bool(
                cand.source is not None
                and cand.source_how == "parse"
                and _source_prob(tags, cand.source) < MIN_HOLDER_PROB
                and not finder.identifiable(cand.source.root)
            )
            proposition = cand.accepted
            if acceptor is None:
                take = _gates(cand, cue_prob) and not likely  # likely cues: recorded (RECORD) only
            else:
                take, proposition = _accept(cand, acceptor, finder, tags, sent)
            if RECORD is not None:
                RECORD.append((finder, sent, cand, take))
            if not take:
                continue
            attitude = not proposition and cand.is_object
            if attitude and listed is None and not _often_a_cue(tags, head):
                continue  # a word of the tagger's own that PolNeAR seldom makes a cue
            if attitude:
                entry = attitude_entry(head.lemma_.lower(), listed)
            else:
                entry = listed or finder.model_cue(head)
            claim = finder.claim(sent, lo, hi, head, entry, None, "report")
            if claim is None:
                continue
            claim.source = cand.source
            claim.attribution = ATTITUDE if attitude else "indirect"
            if attitude and cue_prob is not None:
                claim.confidence = round(min(0.95, max(0.05, float(cue_prob[cs]))), 2)
            out.append(claim)
    return out


def _said_already(claims: Sequence[Any], doc: Any, lo: int, hi: int) -> bool:
    """A claim with a cue holds the content ``doc[lo:hi]`` ("The mayor told reporters: A": the
    rules' claim of A with the cue "told"; a colon the tagger marks there is no second cue)."""
    s, e = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    return any(c.cue_start is not None and c.attribution != "author" and c.start < e and s < c.end for c in claims)


#: when a list, :func:`tagged_claims` appends ``(finder, sentence, candidate, taken)`` for every
#: candidate (``training/attribution/acceptor.py`` reads them; nothing else sets it)
RECORD: list[Any] | None = None


@dataclass
class Candidate:
    """A tagged cue no claim uses, with its content and what the gates look at."""

    cs: int
    ce: int
    lo: int
    hi: int
    dep: str  # how the content was reached: a dependency label, or ``tagged`` (the tagger's run)
    prep: str  # the word before the content (the preposition of a ``prep`` content)
    head: Any
    listed: Any  # the lexicon's entry for the cue word, or None
    gated: bool  # kept by cue_model's lemma gate
    in_quote: bool
    negated: bool
    comparison: bool
    nested: bool
    question: bool
    terms: bool  # the lexicon's terms (or a clause for a word it lacks) take this content
    is_object: bool
    likely: bool = False  # not tagged as a cue, but likely one (:func:`_likely_tokens`)
    source: Any = None
    source_how: str = "none"
    unnamed: bool = False  # an object of a cue the lexicon keeps to named sources, held by no name
    off_terms: bool = False  # an object the lexicon's terms for the word rule out (:func:`off_terms`)
    weak_holder: bool = False  # a holder in the parse the tagger hardly takes for a source (MIN_HOLDER_PROB)
    score: float | None = None

    @property
    def accepted(self) -> bool:
        """Taken as a claim of the usual kinds by the gates: the lexicon's terms and the lemma gate."""
        return self.gated and self.terms


#: least probability of a cue (``B-CUE`` + ``I-CUE``) for a word the tagger did not tag as one to
#: be a candidate for the acceptor (tuned on the held-out tenth)
LIKELY_CUE = 0.2
_CONTENT_WORDS = frozenset({"VERB", "NOUN", "ADJ"})


def _likely_tokens(tags: Any, raw_tags: Sequence[str], doc: Any) -> list[int]:
    """Tokens of ``doc`` (in order) the tagger did not tag as cues but gives a cue probability of
    at least :data:`LIKELY_CUE` (verbs, nouns, adjectives): more candidates for the acceptor to
    weigh, each a one-word cue span."""
    scores = getattr(tags, "scores", None)
    if scores is None:
        return []
    labels = tags.labels
    prob = scores[:, labels.index("B-CUE")] + scores[:, labels.index("I-CUE")]
    return [
        i
        for i in (prob >= LIKELY_CUE).nonzero()[0].tolist()
        if not raw_tags[i].endswith("CUE") and doc[i].pos_ in _CONTENT_WORDS
    ]


def _often_a_cue(tags: Any, head: Any) -> bool:
    """Whether PolNeAR train makes the word of ``head`` a cue at least :data:`MIN_ATTITUDE_RATE` of
    the time (``True`` without a lemma table: nothing to gate on)."""
    if getattr(tags, "path", None) is None:
        return True
    rate = cue_model.cue_rate(tags, head)
    return rate is None or rate >= MIN_ATTITUDE_RATE


def _before(doc: Any, lo: int) -> int:
    """The word before a content, past punctuation (the preposition of ``appeared on "The Show"``),
    or -1."""
    k = lo - 1
    while k > 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    return k


def _terms_dep(doc: Any, cs: int, ce: int, dep: str, prep: str) -> tuple[str, str]:
    """How the lexicon's terms see a content: the tagger's own run after a cue span that ends
    in a preposition ("appeared on" + a title) is that preposition's object."""
    if dep == "tagged" and ce - cs > 1 and doc[ce - 1].pos_ == "ADP":
        return "prep", doc[ce - 1].lower_
    return dep, prep


#: least mean source probability (``B-SRC`` + ``I-SRC``) the tagger gives the holder of an attitude
#: claim found in the parse, unless one can name it: "the price rise supported the ferries" has no
#: one who takes a stand, "the dockworkers union welcomed the contract" has (the held-out tenth of
#: PolNeAR train scores 70.0 from 0.15 to 0.45)
MIN_HOLDER_PROB = 0.3


def _source_prob(tags: Any, source: Any) -> float:
    scores = getattr(tags, "scores", None)
    if scores is None or not len(source):
        return 1.0
    labels = tags.labels
    cols = [labels.index("B-SRC"), labels.index("I-SRC")]
    rows = numpy.add.reduce(scores[source.start : source.end, cols], axis=1)
    return float(numpy.add.reduce(rows) / len(rows))  # ``.sum(axis=1).mean()`` without numpy's wrappers


def off_terms(finder: Any, listed: Any, dep: str, prep: str, head: Any) -> bool:
    """Whether the lexicon rules out an object as what the cue word is about, as the rules read
    it: a preposition the entry does not list ("appeared on a show"), a bare object of a
    perception ("saw a busy week") or of a cue taken with a preposition ("called a referendum";
    "called for a referendum" is one), and a light verb the lexicon lists as no cue of its own
    ("unveiled the new terminal": its noun may be the cue, not the verb)."""
    if dep == "prep_other":
        return True  # "called a referendum on the levy": the preposition is the referendum's
    if listed is None:
        return head.lemma_.lower() in finder.c.light
    if listed.object_content:
        return False
    if dep == "prep":
        return prep not in listed.preps
    if dep == "dobj":
        return listed.kind == "perception" or bool(listed.preps)
    return False


def _ruled_out(cand: Candidate) -> bool:
    """A candidate no claim is taken from: a quoted word, "did not mention", "was", "as expected",
    part of another claim, an indirect question ("has not said how much"), no holder, a holder
    without a name for a cue the lexicon keeps to named sources ("investors backed the firm")."""
    if cand.in_quote or cand.negated or cand.head.pos_ == "AUX" or cand.comparison or cand.nested:
        return True
    if cand.unnamed or cand.off_terms or (cand.weak_holder and cand.is_object and not proposes(cand)):
        return True
    return cand.question or cand.source is None


def allowed(cand: Candidate) -> bool:
    """What the acceptor weighs: a candidate not ruled out whose content makes a proposition on
    the gates' terms (a cue the tagger tagged, the lemma gate keeps and the lexicon's terms take
    with this content), or an object (an attitude claim). Propositions of words the lemma gate
    drops or the tagger did not tag are left out: on MEANTIME and the sample corpus they are
    acts ("filed for", "attempted to", "allow X to"), not reports."""
    return not _ruled_out(cand) and (proposes(cand) or cand.is_object)


def proposes(cand: Candidate) -> bool:
    """Whether a taken candidate is a proposition (an indirect claim) rather than an attitude."""
    return cand.accepted and not cand.likely


#: least acceptor score for a candidate the gates make neither a proposition nor an object (a word
#: the lemma gate drops or the tagger did not tag, a content the lexicon's terms do not take) to be
#: taken as a proposition all the same; above 1, never
MIN_UNGATED_SCORE = 0.7


def _accept(cand: Candidate, acceptor: Any, finder: Any, tags: Any, sent: Span) -> tuple[bool, bool]:
    """Whether the acceptor takes a candidate (:func:`allowed`, scored at least its threshold; one
    the gates do not allow, scored at least :data:`MIN_UNGATED_SCORE`), and whether as a
    proposition (else an attitude)."""
    if _ruled_out(cand):
        return False, False
    if allowed(cand):
        cand.score = acceptor.score(finder, tags, sent, cand)
        return cand.score >= acceptor.threshold, proposes(cand)
    if MIN_UNGATED_SCORE > 1 or not cand.terms or (cand.listed is None and cand.dep == "xcomp"):
        # not what the lexicon declines for its word (the rules decided: "agreed to A" is an aim),
        # nor an infinitive of a word it lacks, an act ("attempted to", "tries to"): the rules take
        # infinitives only for the lexicon's attitude kinds (_INFINITIVE_KINDS)
        return False, False
    cand.score = acceptor.score(finder, tags, sent, cand)
    return cand.score >= MIN_UNGATED_SCORE, True


def _gates(cand: Candidate, cue_prob: Any) -> bool:
    """The hand-set gates (without the acceptor's weights): see :func:`tagged_claims`."""
    if _ruled_out(cand):
        return False
    if cand.accepted:
        return True
    if not cand.is_object:
        return False  # a proposition the lexicon's terms or the lemma gate decline
    return cue_prob is None or cue_prob[cand.cs] >= MIN_ATTITUDE_PROB
