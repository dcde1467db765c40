"""Finding attributed claims in a parsed article: source, cue and content spans.

Patterns, in the order they are tried (each token belongs to at most one
quotation; indirect claims may nest):

1. **Direct quotes** — text between curly or straight quotation marks of at
   least ``MIN_QUOTE_WORDS`` words (shorter ones are scare quotes), across
   sentences if need be; a paragraph opened by a quote mark and never closed
   continues into the next quoted paragraph. The cue is the nearest
   attribution verb outside the quote in the sentences it touches ("...,"
   she said, "..." gives two claims with one cue); else a short attribution
   sentence right after it; else the speaker of the previous quote in the
   same or preceding paragraph.
2. **Indirect speech** — a cue verb (``cues.toml``) with a clausal
   complement (``ccomp``): "X said (that) A", "Initial reports suggested A",
   "critics argue A"; or a cue verb attached to the clause it reports
   ("A, officials said"); or an expletive subject ("it is understood that
   A"; "reports emerged that A") giving a source-less report.
3. **According to** / **citing** — the prepositional phrase is the source,
   the rest of the sentence the content.
4. **Refusals and denials** — "declined to say whether A", "denied that A"
   (content negated).
5. **Author statements** — any other content sentence that mentions an actor
   gives a claim with no source.

Claims keep the whole proposition: a quotation inside reported content is part of
that content ('said the system was "ready ..." by June'; the quotation is the claim
only when no content word stands outside it); an aside inside the clause ("The
contract, the ministry said, will ...", "X, according to Y, is ...") leaves the
content whole, aside included; "X is expected / set / due to ..." is a report about
X, never X's claim, and an attitude inside an according-to content ("X plans to A,
according to Y") is Y's claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX as _AUX_POS
from spacy.symbols import VERB as _VERB_POS
from spacy.tokens import Doc, Span, Token

from .. import lexicons
from ..lexicons import CueEntry
from ..vocab import ATTITUDE, MODALITY_RANK, OUTLET_EVENT, QUOTE_CLOSING, QUOTE_OPENING
from . import cue_model
from .chunks import doc_text
from .mentions import Resolver, actor_words
from .phrases import PhraseIndex
from .tag_runs import object_fits
from .tagged import tagged_claims

MIN_QUOTE_WORDS = 4
_FIGURES = frozenset({"CARDINAL", "PERCENT", "MONEY", "QUANTITY"})  # entity labels of a figure
_CONTRASTS = frozenset({"but", "while", "whereas"})  # "X said A, but Y said 800"
#: most characters of narrative between a quotation and the next one that continues it (keeping its
#: speaker and cue); after a longer stretch (two sentences or so) the speaker may have changed, and on
#: PolNeAR train every continuation farther off was wrong (1200 -> 300: 24 wrong claims fewer, none right)
CONTINUATION_GAP = 300
_OPEN = QUOTE_OPENING
_CLOSE = QUOTE_CLOSING
# typewriter quotes as some wires and archives print them: ``A'' or ''A'' (two marks per side)
_QUOTE_RE = re.compile(r"''|``|[“”\"«»]")
_STRIP = " \t\r\n,.;:!?—–-\"“”'‘’"
_EXPLETIVE = frozenset({"it", "there"})
#: kinds of a cue under a raising verb that the raised subject holds ("appeared to suggest that A")
_RAISED_CUE_KINDS = frozenset({"speech", "belief", "stance", "evidence", "denial"})
_SUBJ = ("nsubj", "nsubjpass", "csubj")
#: cue kinds whose noun-phrase object or infinitive is the content ("backed the levy", "wants to run")
_ATTITUDES = frozenset({"stance", "intention", "perception", "belief"})
#: cue kinds that never report the clause around them ("A, he said" but not "A, he wanted")
_NOT_PARENTHETICAL = frozenset({"stance", "intention", "perception"})
_DASHES = (",", "—", "–", "-")
#: dependents that only say when, where or how something was said ("In a speech on Monday, ...")
_MODIFIERS = frozenset({"prep", "advcl", "npadvmod", "advmod", "cc", "punct", "mark", "aux", "auxpass", "neg"})
#: prepositions before a gerund that say how its subject acted ("responded by calling X a liar")
_MEANS = frozenset({"by", "after", "before", "while", "in"})
#: prepositions that give a stance's grounds after its object ("praised X for Y", "attacked X over Y", "accused X of Y")
_GROUNDS = frozenset({"for", "over", "of"})
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you"})
#: words that carry a proposition's content (a quotation beside one is a fragment of it)
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})


@dataclass
class RawClaim:
    start: int
    end: int
    sentence: Span
    content: Span  # token span covering the content
    source: Span | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue: CueEntry | None = None
    attribution: str = "author"
    negated_by_cue: bool = False
    confidence: float | None = None  # hook: set by ``tagged`` (an attitude claim's tagger probability)
    #: an attitude under a negated cue ("did not mention X", "has not called for X"): what the source did
    #: not say, negated, with no tier or scope of its own (nothing about them was asserted)
    withheld: bool = False
    #: a stance toward a thing its cue's bare noun-phrase object names ("Rival bidders challenged the award",
    #: not "criticised X for Y" nor "praised X as Y"): made an attitude beside the sentence's own claim
    #: once the tagger's claims are in (``ClaimFinder._toward_things``)
    toward_thing: bool = False
    #: the outlet's own statement of an event naming no actor (``author`` found it through ``_reports_event``
    #: alone); the claim's kind is then ``outlet_event`` (:data:`claimline.vocab.OUTLET_EVENT`), while the
    #: rules here go on treating it as the outlet's statement
    event_statement: bool = False
    #: the outlet's own main clause beside a side clause holding the sentence's claims ("X resigned on
    #: Thursday, citing health reasons"; ``ClaimFinder._main_clause``): kept beside the tagger's claims
    #: unless one of them overlaps it
    main_clause: bool = False

    @property
    def kind(self) -> str:
        """The claim's attribution kind as stored: ``outlet_event`` for an event statement naming no actor."""
        return OUTLET_EVENT if self.event_statement else self.attribution


@dataclass(frozen=True)
class _Cues:
    verbs: dict[str, CueEntry]
    nouns: dict[str, CueEntry]
    adjs: dict[str, CueEntry]
    phrases: PhraseIndex[CueEntry]
    marks: dict[str, CueEntry]
    light: frozenset[str]
    polls: frozenset[str]
    holders: frozenset[str]  # singular nouns that can hold a stance ("the union endorsed her")
    shares: frozenset[str]  # a share of a group holds what the group holds ("a majority of voters")
    seeming: frozenset[str]  # perception verbs with an empty subject ("it appears that A")
    pro_forms: frozenset[str]  # words standing for a proposition said before ("said so", "the same")
    in_poll: CueEntry
    in_view: CueEntry  # "To many voters, A": how things look to a holder
    publishing: frozenset[str] = frozenset()  # "issued a statement saying A": the subject says A
    undone: frozenset[str] = frozenset()  # "was unable to confirm that A": not done, no claim
    unrealised: frozenset[str] = frozenset()  # "was eager to say that A", "has a chance to show": hedged at most
    views: frozenset[str] = frozenset()  # "In Ruiz's view, A": a holder's view beside a clause


_IN = get_string_id("in")
_COMMA = get_string_id(",")
#: id(cues) -> (cues, lemma hash -> whether a token of that lemma may be a cue: :meth:`ClaimFinder.acting`)
_ACTING: dict[int, tuple[_Cues, dict[int, bool]]] = {}


def _acting_lemmas(c: _Cues) -> dict[int, bool]:
    found = _ACTING.get(id(c))
    if found is None or found[0] is not c:
        found = _ACTING[id(c)] = (c, {})
    return found[1]


@cache
def cues() -> _Cues:
    verbs: dict[str, CueEntry] = {}
    nouns: dict[str, CueEntry] = {}
    adjs: dict[str, CueEntry] = {}
    phrases: list[tuple[str, CueEntry]] = []
    marks: dict[str, CueEntry] = {}
    lex = lexicons.cues()
    for c in lex.cue:
        if c.pos == "verb":
            verbs.setdefault(c.lemma, c)
        elif c.pos == "noun":
            nouns.setdefault(c.lemma, c)
        elif c.pos == "adj":
            adjs.setdefault(c.lemma, c)
        elif c.pos == "punct":
            marks.setdefault(c.lemma, c)
        else:
            phrases.append((c.lemma, c))
    in_poll = CueEntry(lemma="in", certainty="reported", kind="report", pos="phrase")
    in_view = CueEntry(lemma="to", certainty="hedged", kind="belief", pos="phrase")
    words = actor_words()
    # (lexicons.cues() keeps report nouns out of holder_nouns; the actor nouns and polls may hold some)
    holders = frozenset(
        {*lex.holder_nouns, *words.noun_types, *words.spokes, *words.anonymous, *lex.poll_nouns} - words.reports
    )
    return _Cues(
        verbs,
        nouns,
        adjs,
        PhraseIndex(phrases),
        marks,
        frozenset(lex.light_verbs),
        frozenset(lex.poll_nouns),
        holders,
        frozenset(lex.share_nouns),
        frozenset(lex.seeming_verbs),
        frozenset(lex.pro_forms),
        in_poll,
        in_view,
        frozenset(lex.publishing_verbs),
        frozenset(lex.undone_words),
        frozenset(lex.unrealised_words),
        frozenset(lex.view_nouns),
    )


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _balance_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Keep the closing (or opening) quotation mark of a quotation the range opens (or closes):
    'the tool is "only for drafting"', not 'the tool is "only for drafting'."""
    inner = text[start:end]
    opens = inner.count("“") - inner.count("”")
    straight = inner.count('"') % 2 == 1
    after = text[end] if end < len(text) else ""
    before = text[start - 1] if start > 0 else ""
    if (opens > 0 and after == "”") or (straight and after == '"'):
        end += 1
    elif (opens < 0 and before == "“") or (straight and before == '"'):
        start -= 1
    return start, end


def _subtree_span(doc: Doc, tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Token range of ``tok``'s subtree (contiguous hull), optionally cutting ``exclude``'s subtree."""
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    if exclude is not None and lo <= exclude.i < hi:
        elo, ehi = exclude.left_edge.i, exclude.right_edge.i + 1
        if elo <= lo:
            lo = ehi
        elif ehi >= hi:
            hi = elo
        else:  # excluded part in the middle: keep the longer side
            hi, lo = (elo, lo) if elo - lo >= hi - ehi else (hi, ehi)
    return lo, hi


def _find_quotes(text: str, content: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Inner char ranges of direct quotations within the content ranges, each with whether it is a
    short utterance ('"No," she said.': fewer than ``MIN_QUOTE_WORDS`` words, kept only when a
    speaker follows it; see ``_utterance``)."""
    quotes: list[tuple[int, int]] = []
    carry_open = False
    for cstart, cend in content:
        block = text[cstart:cend]
        marks = [m for m in _QUOTE_RE.finditer(block)]
        opened: int | None = cstart if carry_open else None
        carry_open = False
        for m in marks:
            ch = m.group()
            pos = cstart + m.start()
            if ch in ("''", "``"):
                ch = '"' if ch == "''" else "“"
            if opened is None:
                if ch in _OPEN or ch == '"':
                    # a straight quote between two word characters is not a quote mark
                    opened = pos + len(m.group())
            elif ch in _CLOSE or ch == '"':
                quotes.append((opened, pos))
                opened = None
            elif ch in _OPEN:
                opened = pos + len(m.group())
        if opened is not None:
            # paragraph-long quote: runs to the end of the block, continues if next block opens one
            quotes.append((opened, cend))
            nxt = text[cend : cend + 400].lstrip()
            carry_open = False
            if nxt[:1] in _OPEN:
                carry_open = False  # the next block opens its own quote
    out = []
    for s, e in quotes:
        s2, e2 = _strip_span(text, s, e)
        if s2 >= e2:
            continue
        if len(text[s2:e2].split()) < MIN_QUOTE_WORDS:
            if _utterance(text, s, e):  # '"No," she said.' (a capitalised word is no title here)
                out.append((s2, e2, True))
        elif not _is_title(text[s2:e2]):
            out.append((s2, e2, False))
    return out


def _utterance(text: str, start: int, end: int) -> bool:
    """A short quotation between ``start`` and ``end`` (inside its marks) that is a whole utterance,
    not a scare quote: it opens its sentence and ends in its own punctuation ('"No," she said.',
    '"Really?" he asked.'), while a scare quote sits inside one ('the "reform," which ...')."""
    inner = text[start:end].rstrip()
    if not inner or inner[-1] not in ",!?.":
        return False
    before = text[max(0, start - 80) : start].rstrip(" \t" + _OPEN + "`'")
    # after a comma only with its speaker's verb before it ('Wallace asked, "With the ferry?"'):
    # ``ClaimFinder._said_before``
    return not before or before[-1] in "\n.!?:," or before.endswith(("\u201d", '"', "''"))


#: words a title leaves in lower case ("Bridge over the Water", "A Time for Change")
_TITLE_SMALL = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "with", "and", "or", "but", "nor"}
    | {"as", "is", "vs", "via", "into", "over"}
)


def _is_title(quoted: str) -> bool:
    """A quoted name of a work, show or campaign ("The Harbour Hour", "Rebuild the Port Now"):
    every word capitalised but small ones, no sentence inside, short; what is named, not what
    anyone said."""
    words = [w.strip("\"'“”‘’.,:;!?()") for w in quoted.split()]
    words = [w for w in words if w]
    if len(words) > 10 or any(ch in quoted[:-1] for ch in ".!?"):
        return False
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL or not w[:1].isalpha() for w in words)


class ClaimFinder:
    def __init__(
        self, doc: Doc, resolver: Resolver, content: Sequence[tuple[int, int]], text: str | None = None
    ) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # ``text``: the one ``doc`` was parsed from
        self.resolver = resolver
        self.content = content
        self.c = cues()
        self.quote_tokens: set[int] = set()
        # the trained tagger's tags (cue / source / content per token), None without its weights
        self.tags = cue_model.predict(doc)
        self._acting: list[int] | None = None
        self._acting_set: frozenset[int] | None = None
        self._sent_key: tuple[int, int] = (-1, -1)
        self._sent_tokens: tuple[list[Token], list[Token]] = ([], [])

    def tokens_of(self, sent: Span) -> tuple[list[Token], list[Token]]:
        """The tokens of ``sent``, and those that are no space, made once per sentence: :meth:`indirect`'s
        tests each read them (a Span builds every Token object anew at each pass). Not to be changed."""
        key = (sent.start, sent.end)
        if key != self._sent_key:
            toks = list(sent)
            self._sent_key, self._sent_tokens = key, (toks, [t for t in toks if not t.is_space])
        return self._sent_tokens

    def acting(self, start: int, end: int) -> list[int]:
        """Indices in ``[start, end)`` of the tokens :meth:`indirect`'s token loop may act on: a verb,
        noun or adjective cue's lemma (or the lemmatizer's clipped "hop" of "hoping"), a token the
        tagger marks as a cue, or "in". For any other token :meth:`cue_verb`, :meth:`noun_claim` and
        :meth:`adj_claim` return None (each looks its lemma up first), so the loop passes it by: it
        visits only these (found once per parse from its arrays, a lemma judged once per lexicon)."""
        if self._acting is None:
            memo = _acting_lemmas(self.c)
            strings = self.doc.vocab.strings
            cue_tags = self.tags
            found = []
            for i, (lemma, lower) in enumerate(self.doc.to_array([LEMMA, LOWER]).tolist()):
                may = memo.get(lemma)
                if may is None:
                    word = strings[lemma].lower()
                    c = self.c
                    may = memo[lemma] = word in c.verbs or word + "e" in c.verbs or word in c.nouns or word in c.adjs
                if may or lower == _IN or (cue_tags is not None and cue_tags[i] == "B-CUE"):
                    found.append(i)
            self._acting = found
        return self._acting[bisect_left(self._acting, start) : bisect_left(self._acting, end)]

    def may_cue(self, i: int) -> bool:
        """Whether :meth:`cue_verb` may find a cue at token ``i`` (it is one :meth:`acting` gives: for any
        other token it returns None, so a caller passes it by without asking)."""
        found = self._acting_set
        if found is None:
            found = self._acting_set = frozenset(self.acting(0, len(self.doc)))
        return i in found

    # ---------------------------------------------------------------- helpers
    def span(self, start_char: int, end_char: int) -> Span | None:
        return self.doc.char_span(start_char, end_char, alignment_mode="expand")

    def cue_verb(self, tok: Token) -> CueEntry | None:
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VBZ", "VBP", "VBG", "VB"):
            return None
        entry = self.c.verbs.get(tok.lemma_.lower())
        if entry is None and tok.lower_.startswith(tok.lemma_.lower()) and tok.lower_ != tok.lemma_.lower():
            entry = self.c.verbs.get(tok.lemma_.lower() + "e")  # the lemmatizer's "hoping" -> "hop"
        if entry is not None and entry.objects and not object_fits(tok, entry.objects):
            return None  # "offered 12 per cent" ("offered a defense of X" is one)
        if entry is None and self.tags is not None and self.tags[tok.i] == "B-CUE":
            return self.model_cue(tok)  # hook: a verb the trained tagger marks as a cue
        return entry

    def model_cue(self, tok: Token) -> CueEntry:
        """The cue entry of a token the tagger marks: the lexicon's if it has one, else a default."""
        return self.c.verbs.get(tok.lemma_.lower()) or cue_model.default_entry(tok.lemma_.lower())

    def subject_of(self, verb: Token) -> Token | None:
        subjects = [c for c in verb.children if c.dep_ in _SUBJ]
        if len(subjects) > 1 and any(c.dep_ != "csubj" for c in subjects):
            # "The alliance, backing Ruiz, called for A": a participle the parser made a clausal subject
            # beside a noun subject is the noun's aside, not the speaker
            subjects = [c for c in subjects if c.dep_ != "csubj"]
        if subjects:
            # "The drones, officials said, would ...": the parser may give the cue both subjects;
            # the speaker is the one next to it, the other belongs to what is said (_displaced)
            subj = subjects[-1] if all(c.i < verb.i for c in subjects) else subjects[0]
            if subj.tag_ == "WDT" and verb.dep_ == "relcl" and (issuer := self._publisher(verb.head)) is not None:
                return issuer  # "released a statement that said A": whoever put it out
            return subj
        if verb.dep_ == "conj":
            return self.subject_of(verb.head) if verb.head.i != verb.i else None
        rel = _misparsed_relative(verb)
        if rel is not None:
            # "Ruiz, who has no endorsements, said A": the parser made the relative clause the cue's
            # complement and hung the speaker in it
            return next(c for c in rel.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT"))
        for child in verb.children:  # passive "was told by X"
            if child.dep_ == "agent":
                for gc in child.children:
                    if gc.dep_ == "pobj":
                        return gc
        if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            # "..., saying it plans ...", "justified his choice by saying ..."
            if verb.head.pos_ in ("VERB", "AUX"):
                return self.subject_of(verb.head)
        head_cue = self.cue_verb(verb.head) if verb.dep_ == "xcomp" else None
        if (
            verb.dep_ == "xcomp"
            and verb.head.i != verb.i
            and verb.head.pos_ in ("VERB", "AUX")
            # "continued to deny": a speech verb that takes no infinitive of its own controls it too
            and (head_cue is None or (head_cue.kind == "speech" and not head_cue.object_content))
        ):
            # "continued to deny", "struggled to answer": the controlling verb's subject
            # ("asked him to explain": its object); not under a cue of its own ("declined to
            # comment", "plans to announce", "is expected to ask": that cue's claim holds it)
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            return obj if obj is not None else self.subject_of(verb.head)
        controller = _controlling_verb(verb)
        if controller is not None:
            return self.subject_of(controller)
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
            # "began by saying", "ended the speech by thanking"
            if verb.head.head.i != verb.i:
                if verb.head.lower_ == "as":  # "quoted the mayor as saying": the one quoted speaks
                    quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
                    if quoted is not None:
                        return quoted
                return self.subject_of(verb.head.head)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "reports stating that A": the report says it; "left with a message saying that A",
            # "replied with a statement saying A": the writer of the letter
            noun = verb.head
            holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with") else None
            if (issuer := self._publisher(noun)) is not None:
                return issuer  # "issued a statement saying A", "sent out a letter calling X Y"
            if (
                holder is not None
                and holder.pos_ in ("VERB", "AUX")
                and holder.i != noun.i
                # "with different agencies pointing to other causes": the agencies speak
                and not self._speaker_noun(noun)
            ):
                return self.subject_of(holder)
            return noun
        # inverted attribution after a quote or comma: '"...," said Chris Weafer'
        prev = verb.doc[verb.i - 1] if verb.i > 0 else None
        if prev is not None and (prev.is_punct or prev.is_quote):
            for child in verb.children:
                if (
                    child.i > verb.i
                    and child.dep_ in ("dobj", "attr", "npadvmod", "appos", "oprd")
                    and (child.pos_ in ("PROPN", "NOUN"))
                ):
                    return child
        return None

    def _publisher(self, noun: Token) -> Token | None:
        """Whoever put out the text ``noun`` names, when it is the object of a verb of ``publishing_verbs``
        ("The board issued a statement", "the union sent out a letter"): the text speaks for them."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.i == noun.i or verb.lemma_.lower() not in self.c.publishing:
            return None
        if self._speaker_noun(noun):
            return None  # "sent an aide saying A": the aide speaks
        issuer = self.subject_of(verb)
        if issuer is None or issuer.i == noun.i or _expletive(issuer) or issuer.tag_ == "WDT":
            return None
        return issuer

    def _holder_noun(self, subj: Token | None) -> bool:
        """A subject that may hold an attitude without a name: a group (``_people_like``) or a single
        person, body or text of the lexicon's holder nouns ("the union", "the candidate", "the ad"),
        not a thing or an event ("the price rise supported the ferry companies"); a share of holders
        holds what they hold ("a majority of voters", "a third of Republicans")."""
        if _people_like(subj):
            return True
        if subj is None or subj.tag_ != "NN":
            return False
        if subj.lemma_.lower() in self.c.holders:
            return True
        if subj.lemma_.lower() not in self.c.shares:
            return False  # "the closure of two offices", "the merger of the companies": things
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
        return (
            group is not None
            and group.tag_ in ("NNS", "NNPS")
            and (group.ent_type_ in ("NORP", "PERSON", "ORG") or group.lemma_.lower() in self.c.holders)
        )

    def _speaker_noun(self, noun: Token) -> bool:
        """People or an actor, not a document: "agencies", "Reuters", not "a statement"."""
        from .mentions import actor_words

        if noun.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or self.resolver.mention_at(noun) is not None:
            return True
        return noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() not in actor_words().reports

    def clause_conjunct(self, subj: Token) -> Token | None:
        """The speaker after ", and" when the parser coordinated a whole clause with it: "stated that
        the talks concern unclassified systems, and NATO officials said A" (``officials``; the first
        conjunct has a verb of its own, or names no one who could speak). Lists and appositions of
        speakers ("Mr. Trump, and others"; "Steve Bell, a director, and a Republican who ...") stay whole."""
        conj = [c for c in subj.children if c.dep_ == "conj" and c.i > subj.i]
        if len(conj) != 1:
            return None
        last = conj[0]
        cc = next((c for c in subj.children if c.dep_ == "cc" and subj.i < c.i < last.left_edge.i), None)
        if cc is None or cc.i == 0 or self.doc[cc.i - 1].text != ",":
            return None
        if any(c.dep_ == "conj" for c in last.children) or not _source_like(last, self.resolver):
            return None
        first = self.doc[subj.left_edge.i : cc.i - 1]
        inner = {t.i for c in subj.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree}
        verb = any(t.pos_ in ("VERB", "AUX") and t.i not in inner for t in first)
        return last if verb or not _source_like(subj, self.resolver) else None

    def source_span(self, subj: Token) -> Span:
        pronoun = None
        if subj.tag_ == "WDT" and subj.head.dep_ == "relcl" and subj.head.head.pos_ in ("NOUN", "PROPN"):
            # "a poll that showed A", "the union, which argued that A": the noun with its relative
            # pronoun ("who" stays alone: it names a person)
            pronoun, subj = subj, subj.head.head
        lo, hi = subj.left_edge.i, subj.right_edge.i + 1
        if pronoun is not None and subj.i < pronoun.i:
            hi = pronoun.i + 1
        if (speaker := self.clause_conjunct(subj)) is not None:
            lo = speaker.left_edge.i  # never a coordinated clause before the speaker
        # cut relative clauses and trailing appositive clauses after a comma that contain verbs
        for child in subj.children:
            if (
                child.dep_ in ("relcl", "acl")
                and child.i > subj.i
                and not (pronoun is not None and child == pronoun.head)
            ):
                hi = min(hi, child.left_edge.i)
        # a source never reaches across a line break (page furniture, another paragraph)
        for k in range(hi - 1, lo, -1):
            prev = self.doc[k - 1]
            if "\n" in prev.whitespace_ or "\r" in prev.whitespace_ or prev.is_space:
                lo = k
                break
        span = self.doc[lo:hi]
        while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        while len(span) > 1 and span[0].is_space:
            span = span[1:]
        return span

    # ---------------------------------------------------------------- quotes
    def _said_before(self, qspan: Span) -> bool:
        """A short quotation right after its speaker's verb and a comma or colon ('Wallace then asked,
        "With the ferry?"', 'the crowd chanted, "Lock her up!"'): an utterance, not a scare quote."""
        doc = self.doc
        i = qspan.start - 1
        while i >= 0 and doc[i].is_quote:
            i -= 1
        if i < 1 or doc[i].text not in (",", ":"):
            return False
        verb = doc[i - 1]
        entry = self.cue_verb(verb)
        if entry is None or entry.kind in _NOT_PARENTHETICAL or (subj := self.subject_of(verb)) is None:
            return False
        # someone who speaks, not a text ("The invitation reads, 'One more thing'": its wording, a title)
        return (
            subj.tag_ in ("PRP", "NNP", "NNPS", "NNS", "WP")
            or subj.ent_type_ in ("PERSON", "ORG", "NORP")
            or subj.lemma_.lower() in self.c.holders
        )

    def quotes(self) -> list[RawClaim]:
        out: list[RawClaim] = []
        last_speaker: tuple[Span | None, int, int, CueEntry | None, int] | None = None
        for qs, qe, short in _find_quotes(self.text, self.content):
            qspan = self.span(qs, qe)
            if qspan is None or not len(qspan):
                continue
            if short and self._speaker_after(qspan) is None and not self._said_before(qspan):
                continue  # a short quotation is an utterance only with its speaker after or just before it
            for t in qspan:
                self.quote_tokens.add(t.i)
            first_sent = self.doc[qspan.start].sent
            last_sent = self.doc[qspan.end - 1].sent
            cands: list[Token] = []
            stated: dict[int, CueEntry] = {}  # "issued the following statement:" -> the noun's entry
            for sent in {first_sent.start: first_sent, last_sent.start: last_sent}.values():
                for i in self.acting(sent.start, sent.end):  # (no other token is a cue: cue_verb says None)
                    t = self.doc[i]
                    entry = self.cue_verb(t)
                    if (qs <= t.idx < qe) or entry is None or entry.kind in _NOT_PARENTHETICAL:
                        continue  # "did not want to 'get ahead'": wanting does not quote anyone
                    cands.append(t)
            intro = first_sent
            if not cands and first_sent.start > 0:
                prev = self.doc[first_sent.start - 1].sent
                tail = self.text[prev.start_char : first_sent.start_char].rstrip()
                if tail.endswith((":", ",")):
                    intro = prev
                    cands = [
                        t
                        for t in prev
                        if self.cue_verb(t)
                        and self.subject_of(t) is not None
                        and not any(c.dep_ == "ccomp" for c in t.children)
                    ]
            if not cands:
                # "The mayor released the following statement: '...'": a verb whose object is a
                # statement, before a colon that opens the quotation
                for t in intro:
                    obj = next((c for c in t.children if c.dep_ == "dobj"), None)
                    noun = self.c.nouns.get(obj.lemma_.lower()) if obj is not None and t.pos_ == "VERB" else None
                    if (
                        noun is not None
                        and noun.kind in ("speech", "report")
                        and t.idx < qs
                        and self.text[obj.idx + len(obj.text) : qs].strip(" \n“\"'`") == ":"
                        and self.subject_of(t) is not None
                    ):
                        cands, stated[t.i] = [t], noun
            if not cands:
                nxt = last_sent.end
                if nxt < len(self.doc):
                    follow = self.doc[nxt].sent
                    if len(follow) <= 14 and "\n\n" not in self.text[last_sent.end_char : follow.start_char]:
                        # '"A." Ruiz said on Monday.': a cue with a clause of its own reports that clause
                        # ("The ferry company is expected to raise its fares": no speaker of the quotation)
                        cands = [
                            t
                            for t in follow
                            if self.cue_verb(t)
                            and self.subject_of(t) is not None
                            and not any(c.dep_ in ("ccomp", "xcomp") and c.i > t.i for c in t.children)
                        ]
                    elif self.text[qe : qe + 1] in ("!", "?") and not self.text[qe : follow.start_char].strip(
                        " !?\"”'’"
                    ):
                        # '"And I'm not being paid!" LeVell declared, a point he likes to make': the
                        # sentence after a quotation that ends in "!" or "?" opens with its speaker and cue
                        cands = [
                            t
                            for t in follow[:6]
                            if self.cue_verb(t)
                            and (subj := self.subject_of(t)) is not None
                            and follow.start in (subj.left_edge.i, t.i)
                        ]
            claim = RawClaim(qs, qe, first_sent, qspan, attribution="direct_quote")
            if cands:
                # the verb the quotation depends on ("called the deal "A" and said B": called),
                # else the nearest one
                above = {a.i for a in qspan.root.ancestors}  # Span.root walks the span: once, not per candidate
                # a verb of saying before a belief or a finding ("'...,' he said, finding it odd")
                speech = [t for t in cands if (e := self.cue_verb(t)) is not None and e.kind in ("speech", "report")]
                cands = speech or cands
                governing = [t for t in cands if t.i in above]
                cue_tok = min(governing or cands, key=lambda t: min(abs(t.idx - qs), abs(t.idx - qe)))
                subj = self.subject_of(cue_tok)
                claim.cue = self.cue_verb(cue_tok) or stated.get(cue_tok.i)
                claim.cue_start, claim.cue_end = cue_tok.idx, cue_tok.idx + len(cue_tok.text)
                if subj is not None and not (qs <= subj.idx < qe):
                    claim.source = self.source_span(subj)
                last_speaker = (claim.source, claim.cue_start, claim.cue_end, claim.cue, qe)
            elif (
                last_speaker is not None
                and qs - last_speaker[4] < CONTINUATION_GAP
                and _same_paragraph_or_open(self.text, last_speaker[4], qs)
            ):
                # a quotation continued after "X said" or in the next sentences is the same
                # attribution: it keeps the speaker and the cue
                claim.source, claim.cue_start, claim.cue_end, claim.cue = last_speaker[:4]
                last_speaker = (*last_speaker[:4], qe)
            if claim.cue is not None and claim.cue.negates:
                claim.negated_by_cue = True
            out.append(claim)
        return out

    def _speaker_after(self, qspan: Span) -> Token | None:
        """The cue right after a short quotation, with its speaker and nothing else to report
        ('"No," she said.', '"Absolutely," said the mayor.'), else None."""
        end = qspan.end
        while end < len(self.doc) and (self.doc[end].is_punct or self.doc[end].is_space):
            end += 1
        for t in self.doc[end : end + 3]:
            entry = self.cue_verb(t)
            if entry is None or entry.kind in _NOT_PARENTHETICAL:
                continue
            subj = self.subject_of(t)
            if subj is None or subj.lower_ in _EXPLETIVE or subj.i < qspan.end:
                return None
            # something else reported: a clause, or an object that is content ("said the words"); the
            # addressee of a verb whose object is no content is not ('"No," the mayor told reporters.')
            if any(
                (c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and entry.object_content)) and c.i > t.i
                for c in t.children
            ):
                return None
            return t
        return None

    # -------------------------------------------------------------- indirect
    def _parenthetical(self, sent: Span) -> Token | None:
        """A trailing attribution: "A will happen, two diplomats said." (cue last, no complement)."""
        toks = self.tokens_of(sent)[1]
        n = len(toks)
        while n and toks[n - 1].is_punct:
            n -= 1
        toks = toks[:n]
        if len(toks) < 5:
            return None
        for tok in reversed(toks[-12:]):
            if not self.may_cue(tok.i):
                continue  # (no cue: cue_verb would say None)
            entry = self.cue_verb(tok)
            if tok.i in self.quote_tokens or entry is None or entry.kind in _NOT_PARENTHETICAL:
                continue
            if any(a.dep_ == "relcl" for a in (tok, *tok.ancestors)):
                continue  # '"A," said an aide, who spoke on condition of anonymity': the relative clause says no A
            subj = self.subject_of(tok)
            if subj is None or subj.lower_ in _EXPLETIVE:
                continue
            if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > tok.i for c in tok.children):
                continue
            if tok.dep_ == "parataxis" and tok.head.i > tok.right_edge.i:
                continue  # "Two winters ago, the captain said, nobody ...": the clause goes on after it
            left = min(tok.i, subj.left_edge.i)
            if tok.head.i == tok.i and all(
                c.dep_ in _MODIFIERS or c.dep_ in _SUBJ for c in tok.children if c.i < tok.i and c.i < left
            ):
                # "In a 1963 speech, he declared", "But after talks, she pleaded guilty to X": what
                # comes before the speaker only says when or how; it is no clause the speaker reports
                continue
            # the attribution must follow a comma and the clause it reports
            k = left - 1
            while k > sent.start and self.doc[k].is_space:
                k -= 1
            if self.doc[k].text in (",", "—", "–", "-") and left - sent.start >= 4:
                return tok
        return None

    def _continues_after(self, cue: Token, sent: Span) -> bool:
        """The clause a parenthetical cue interrupts goes on after it without a clause of its own
        ("used only for translation, the agency said, and not for intelligence work"); a clause
        with its own subject ("..., though it gave no figures") is the writer's, not the source's."""
        head = cue.head
        if cue.dep_ != "parataxis" or head.i > cue.i or head.right_edge.i <= cue.right_edge.i:
            return False
        rest = [t for t in self.doc[cue.right_edge.i + 1 : head.right_edge.i + 1] if not t.is_punct]
        return any(t.is_alpha for t in rest) and not any(t.dep_ in _SUBJ or t.dep_ == "mark" for t in rest)

    def _under_cue(self, tok: Token) -> bool:
        """``tok`` sits inside the complement of another cue ("said the company expected to ...")."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "conj":  # "called the deal A and urged NATO to B": a sibling, not a complement
                node = node.head
                continue
            node = node.head
            if self.cue_verb(node) is not None:
                return True
        return False

    def _quoted_after(self, verb: Token, obj: Token) -> int | None:
        """The end of a quotation right after the object of a speech cue, which the parser did not
        link as what the object is called ('called the plan "a gift to the rich"'); None without."""
        if verb.pos_ == "NOUN" or self.cue_verb(verb) is None or self.cue_verb(verb).kind == "perception":
            return None
        end = verb.right_edge.i + 1
        opened: int | None = None
        for t in self.doc[obj.i + 1 : min(end, obj.right_edge.i + 12)]:
            if not t.is_quote:
                outside = t.i > obj.right_edge.i
                if opened is None and outside and (t.is_punct and t.text != "," or t.pos_ in ("VERB", "AUX")):
                    return None  # a clause of its own comes first
                continue
            if opened is None:
                opened = t.i
            elif t.i > opened + 1:
                return t.i + 1
        return None

    def _mostly_quoted(self, lo: int, hi: int) -> bool:
        """Fewer than three words of ``doc[lo:hi]`` stand outside quotation marks, none of them a
        content word: the quotation is the content ("said "A"", "said it "will A""), not a
        fragment of it ("called the deal "A"", "said the system was "A" by June")."""
        if not self._quoted(lo, hi):
            return False
        outside = [t for t in self.doc[lo:hi] if t.i not in self.quote_tokens and t.is_alpha]
        return len(outside) < 3 and not any(t.pos_ in _CONTENT_POS for t in outside)

    def _quoted(self, lo: int, hi: int) -> bool:
        return any(i in self.quote_tokens for i in range(lo, hi))

    def _in_noun_clause(self, tok: Token) -> bool:
        """``tok``'s clause hangs off a noun ("the bet that ...") or sits in a prepositional phrase."""
        node = tok
        while node.head.i != node.i:
            if node.dep_ == "pcomp" and node.head.lower_ in _MEANS and node.head.head.pos_ in ("VERB", "AUX"):
                return False  # "responded by calling X a liar": how the subject acted, its own stand
            if node.dep_ in ("pobj", "pcomp") or (
                node.dep_ in ("acl", "ccomp") and node.head.pos_ in ("NOUN", "PROPN")
            ):
                return True
            if node.dep_ in ("relcl",):
                return False
            node = node.head
        return False

    def _in_quotation(self, tok: Token, sent: Span) -> bool:
        """``tok`` sits between quotation marks (of any length) in its sentence."""
        before = self.text[sent.start_char : tok.idx]
        opened = sum(before.count(ch) for ch in "“«") - sum(before.count(ch) for ch in "”»")
        opened += before.count("``") - before.count("''") if "``" in before else 0
        return opened > 0 or (before.count('"') + before.count("''")) % 2 == 1

    def _identifiable(self, subj: Token | None) -> bool:
        """A source one can name: a person, organisation or place, a known actor, or a
        personal pronoun — not a description such as "investors" or "some allies"."""
        if subj is None:
            return False
        if subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
            subj = subj.head.head  # "voters who want ...": the relative pronoun stands for "voters"
        if subj.lower_ in _PERSONAL:
            return True
        if subj.ent_type_ == "PERCENT" or subj.like_num:
            return True  # a poll's share of respondents: "56 percent support the levy"
        # the head, or its appositive or compound ("the mayor, Dana Pike")
        heads = [subj, *(c for c in subj.children if c.dep_ in ("appos", "compound"))]
        if subj.dep_ == "appos":
            heads.append(subj.head)  # "Robert Mercer, a longtime donor who backs X"
        return any(
            t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or self.resolver.mention_at(t) is not None for t in heads
        )

    def identifiable(self, subj: Token | None) -> bool:
        """Public alias of ``_identifiable`` (hook: ``tagged`` holds the tagger's cues to it)."""
        return self._identifiable(subj)

    def _displaced(self, verb: Token, speaker: Token | None) -> Token | None:
        """The subject of the reported clause that the parser hung on the cue before its speaker,
        set off by a comma: "The first drones, officials said, would reach ..." (``drones``)."""
        if speaker is None:
            return None
        for child in verb.children:
            if child.dep_ in _SUBJ and child.i < speaker.left_edge.i:
                between = self.doc[child.right_edge.i + 1 : speaker.left_edge.i]
                if between and all(t.text in _DASHES for t in between):
                    return child
        return None

    def _raised(self, verb: Token, subj: Token | None) -> Token | None:
        """The complement of a raising perception verb ("seems ready", "appears to have won",
        "looks like a rout"), when its subject is what seems, not who perceives."""
        if subj is None or subj.dep_ != "nsubj" or _expletive(subj) or subj.lower_ in ("i", "we"):
            return None
        if any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
            return None  # "sees the vote as a test", "saw that A": a perceiver
        return next(
            (
                c
                for c in verb.children
                if c.i > verb.i
                and (
                    c.dep_ in ("acomp", "attr", "oprd")
                    or (c.dep_ == "xcomp" and _infinitive(c))
                    or (c.dep_ == "prep" and c.lower_ == "like")
                )
            ),
            None,
        )

    def _clause_on_prep_noun(self, verb: Token) -> Token | None:
        """A "that"-clause with a subject of its own under the object of a preposition after
        ``verb`` ("in a memo that he would step down"), when that noun is no cue of its own."""
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i < verb.i:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and noun.lemma_.lower() not in self.c.nouns:
                    clause = _that_clause(noun)
                    if (
                        clause is not None
                        and any(g.dep_ in ("nsubj", "nsubjpass") for g in clause.children)
                        # a quotation is the quotation's (as for a clause on the cue: ``indirect``)
                        and not self._mostly_quoted(clause.left_edge.i, clause.right_edge.i + 1)
                    ):
                        return clause
        return None

    def _raised_cue(self, raised: Token | None, subj: Token | None) -> tuple[int, int, CueEntry] | None:
        """The content of a cue under a raising verb ("appeared to suggest that A", "seemed to blame
        the workers"), held by the raised subject when one can name it or it is a holder noun; None
        for a verb of how one is ("appeared to be feeling better")."""
        inner = self.cue_verb(raised) if raised is not None and raised.dep_ == "xcomp" else None
        if raised is None or inner is None or inner.kind not in _RAISED_CUE_KINDS:
            return None
        if not (self._identifiable(subj) or self._holder_noun(subj)):
            return None
        comp = next((c for c in raised.children if c.dep_ == "ccomp" and c.i > raised.i), None)
        if comp is not None:
            return (*self._content_range(comp), inner)
        obj = next((c for c in raised.children if c.dep_ == "dobj" and c.i > raised.i), None)
        if obj is not None:
            return obj.left_edge.i, raised.right_edge.i + 1, inner
        return None

    def _question(self, sent: Span) -> bool:
        return self.text[sent.start_char : sent.end_char].rstrip().endswith("?")

    def _seeming(self, verb: Token, subj: Token | None) -> tuple[int, int] | None:
        """The token range of what seems, after a perception verb with an empty subject ("it
        appears that A", "it seems like A", "it seems a near certainty that A")."""
        subj = subj or next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ != "it" or subj.dep_ != "nsubj" or subj.i > verb.i:
            return None
        if any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None  # "it sees the vote as ...": a thing that perceives
        after = [
            c
            for c in verb.children
            if c.i > verb.i
            and (
                c.dep_ in ("ccomp", "acomp", "attr", "oprd", "xcomp")
                or (c.dep_ in ("prep", "advcl") and c.left_edge.lower_ in ("like", "as"))
            )
        ]
        if all(c.dep_ == "xcomp" and _infinitive(c) for c in after):
            return None  # "it seems to work": "it" is what seems
        return min(c.left_edge.i for c in after), max(c.right_edge.i for c in after) + 1

    def _agent(self, verb: Token) -> Token | None:
        """The ``by``-agent of a passive verb ("was praised by the mayor")."""
        for child in verb.children:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None

    def _bracketed(self, tok: Token, sent: Span) -> bool:
        """The cue's clause is set off by commas (or dashes) or closes the sentence after one."""
        lo = min(tok.left_edge.i, (self.subject_of(tok) or tok).left_edge.i)
        hi = tok.right_edge.i + 1
        before = self.doc[lo - 1] if lo > sent.start else None
        after = self.doc[hi] if hi < sent.end else None
        # the parser may hang the commas on the cue itself: "The contract, the ministry said, will ..."
        opened = (before is not None and before.text in _DASHES) or (lo > sent.start and self.doc[lo].text in _DASHES)
        closed = (
            after is None
            or after.text in (*_DASHES, ".", "!", ";")
            or after.is_space
            or (hi - 1 > tok.i and self.doc[hi - 1].text in _DASHES)
        )
        return opened and closed

    def _inf_or_object(self, inf: Token | None, obj: Token | None) -> tuple[int, int] | None:
        """The content of a cue that takes an infinitive ("eager to sell": without its "to") or, failing
        that, a prepositional object ("critical of the levy"); None without either."""
        if inf is not None:
            lo, hi = inf.left_edge.i, inf.right_edge.i + 1
            while lo < hi and self.doc[lo].lower_ == "to":
                lo += 1
            return lo, hi
        if obj is not None:
            return obj.left_edge.i, obj.right_edge.i + 1
        return None

    def _content_range(self, comp: Token) -> tuple[int, int]:
        """Token range of a complement clause, without its complementizer and without a
        coordinated attribution ("A, and officials said B") or a coordinated "that"-clause."""
        doc = self.doc
        lo, hi = _subtree_span(doc, comp)
        for far in self._far_that_conjuncts(comp):
            cut = far.left_edge.i
            for g in far.head.children:  # the "and" and comma before the conjunct
                if g.dep_ in ("cc", "punct") and far.head.i < g.i < cut:
                    cut = min(cut, g.i)
            hi = min(hi, cut)
        for child in comp.children:
            if child.i < comp.i:
                continue
            if child.dep_ == "advcl":
                # "said 40,000 marched, while police said 15,000": another speaker's answer, not part of it
                if not any(g.dep_ == "mark" and g.lower_ in _CONTRASTS for g in child.children):
                    continue
            elif child.dep_ != "conj":
                continue
            own_subj = self.subject_of(child) if self.cue_verb(child) else None
            own_that = child.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
            if (own_subj is not None and own_subj.head.i == child.i) or own_that:
                cut = child.left_edge.i
                for g in comp.children:  # the "but"/"and" and comma before the conjunct
                    if g.dep_ in ("cc", "punct") and comp.i < g.i < cut:
                        cut = min(cut, g.i)
                hi = min(hi, cut)
        subj = self.subject_of(comp) if self.cue_verb(comp) is not None else None
        speaker = self.clause_conjunct(subj) if subj is not None and subj.i > lo else None
        if speaker is not None:
            # "stated that the talks concern X, and NATO officials said B": the stated clause ends
            # where the next speaker's clause begins
            hi = min(hi, speaker.left_edge.i)
        elif subj is not None and subj.i > lo:
            # "The union said A; the company said 800": the parser hung the second speaker's clause, A
            # inside it, on the first cue; what the first said ends at the semicolon
            semi = next((c for c in comp.children if c.text == ";" and lo < c.i < subj.left_edge.i), None)
            if semi is not None:
                hi = min(hi, semi.i)
        while hi > lo and (doc[hi - 1].dep_ == "cc" or doc[hi - 1].is_punct and doc[hi - 1].text in _DASHES):
            hi -= 1  # "prices rose sharply, and": no dangling conjunction
        while lo < hi and doc[lo].dep_ == "mark" and doc[lo].lower_ == "that":
            lo += 1
        return lo, hi

    def _that_conjuncts(self, comp: Token) -> list[Token]:
        """Further "that"-clauses coordinated with ``comp``: "said A, but that B"."""
        return [
            c
            for c in comp.children
            if c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ] + self._far_that_conjuncts(comp)

    def _far_that_conjuncts(self, comp: Token) -> list[Token]:
        """A "that"-clause the parser coordinated with a verb inside ``comp`` that takes no "that"-clause of
        its own ("said the tool would help staff sort files and that B": B hangs on "sort"); it is the
        cue's second complement. Not under a cue with a clause or another "that"-clause inside ``comp`` ("said officials
        believed A and that B": B may be what they believed), nor inside a noun's clause."""
        found = []
        for c in comp.subtree:
            if c.dep_ != "conj" or c.head == comp or c.i < comp.i:
                continue
            if not any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
                continue
            up, ok = c.head, True
            while up != comp:
                if (
                    up.dep_ in ("acl", "relcl", "advcl", "csubj", "pcomp")
                    or up.pos_ in ("NOUN", "PROPN", "PRON")
                    or (self.cue_verb(up) is not None and any(g.dep_ == "ccomp" for g in up.children))
                    or any(g.dep_ == "mark" for g in up.children)
                ):
                    ok = False
                    break
                up = up.head
            if ok and self.cue_verb(comp) is not None and any(g.dep_ == "ccomp" for g in comp.children):
                ok = False  # the nested cue is the complement itself: "said officials believed A and that B"
            if ok:
                found.append(c)
        return found

    def noun_claim(self, sent: Span, tok: Token) -> RawClaim | None:
        """A noun cue with its holder and what it holds: "the senator's endorsement of Ann Lee",
        "his decision to run", "criticism of the plan by the union", "the claim that A".

        The holder is the possessor or a ``by``-agent; what is held is a "that"-clause (then no
        holder is needed: "reports that A"), an infinitive, or the object of one of the entry's
        prepositions."""
        if tok.pos_ != "NOUN" or (tok.dep_ == "attr" and _that_clause(tok) is None):
            # "the interview is her first comment on the talks": a description of it; not "the worst
            # blow was an allegation that A", "part of it is his insistence that A": what is held
            return None
        entry = self.c.nouns.get(tok.lemma_.lower())
        if entry is None or self._in_quotation(tok, sent):
            return None
        holder = next((c for c in tok.children if c.dep_ == "poss" and c.i < tok.i), None)
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i), None)
        if holder is None and by is not None:
            holder = next((g for g in by.children if g.dep_ == "pobj"), None)
        if (
            holder is not None
            and holder.tag_ == "PRP$"
            and tok.dep_ == "dobj"
            and (doer := self.subject_of(tok.head)) is not None
            and doer.tag_ not in ("PRP", "WP", "WDT")
            and doer.i < tok.head.i
        ):
            holder = doer  # "Trump stepped up his attacks on Rubio": "his" is the subject, named
        light = tok.head if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.c.light else None
        if light is not None and light.dep_ == "relcl":
            light = None  # "the lawmaker who raised concerns about X, said ...": who she is, not what she says
        if holder is None and light is not None:
            # "made the case that A", "has no plans to run": the noun is the cue, the verb's subject holds it
            holder = self.subject_of(light)
            if holder is not None and (_expletive(holder) or holder.i > light.i and holder.dep_ != "nsubj"):
                holder = None
        said = _that_clause(tok)
        end_tok: Token | None = None
        if said is None and (said := self._copula_clause(tok)) is not None:
            end_tok = tok.head  # "His view was that A", "the hope has been that A": the cue runs to the copula
        if said is not None:
            lo, hi = self._content_range(said)
            verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
            verb_cue = self.cue_verb(verb) if verb is not None and holder is None else None
            if verb is not None and verb_cue is not None and not self._mostly_quoted(lo, hi):
                # "said in a statement that A": the parser hung the clause on the noun; the verb is the cue
                return self._make(sent, lo, hi, verb, verb_cue, self.subject_of(verb), "indirect")
            if holder is None:
                # "a Harbour Times report that A", "an allegation from his former partner that A"
                holder = self._noun_holder(tok)
        else:
            # on the noun or, as the parser often hangs it, on the verb after the noun
            given = (
                next(
                    (
                        c
                        for c in (*tok.children, *tok.head.children)
                        if c.dep_ == "prep" and c.lower_ in ("from", "among") and c.i > tok.i
                    ),
                    None,
                )
                if holder is None and entry.kind == "stance" and tok.dep_ == "dobj"
                else None
            )
            giver = next((g for g in given.children if g.dep_ == "pobj"), None) if given is not None else None
            backed = self.subject_of(tok.head) if giver is not None else None
            if giver is not None and backed is not None and not _expletive(backed) and backed.i < tok.i:
                # "Ruiz received support from the unions", "draws support among dock workers":
                # the unions back Ruiz
                lo, hi = backed.left_edge.i, backed.right_edge.i + 1
                return self._make(sent, lo, hi, tok, entry, giver, "indirect", cue_end_tok=given)
            if holder is None or holder.lower_ in ("its", "their") and entry.kind in _NOT_PARENTHETICAL:
                return None
            inf = next(
                (c for c in tok.children if c.dep_ in ("acl", "relcl") and c.i > tok.i and _infinitive(c)),
                None,
            )
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.preps and c.i > tok.i), None)
            if prep is None and light is not None:
                # "took aim at X", "took issue with X": the parser hangs the preposition on the light verb
                prep = next(
                    (c for c in light.children if c.dep_ == "prep" and c.lower_ in entry.preps and c.i > tok.i), None
                )
            obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            span = self._inf_or_object(inf, obj)
            if span is None:
                return None
            lo, hi = span
            if inf is None:
                end_tok = prep
        if by is not None and lo <= by.i < hi:
            hi = by.i
        if self._mostly_quoted(lo, hi):
            return None
        return self._make(sent, lo, hi, tok, entry, holder, "indirect", cue_end_tok=end_tok)

    def _copula_clause(self, noun: Token) -> Token | None:
        """The "that"-clause a noun cue is the subject of, through a copula ("His view was that A",
        "Beck's contention is that A"); not under another cue ("X suggests that Y's best argument is
        that A": part of what X suggests)."""
        cop = noun.head
        if noun.dep_ != "nsubj" or cop.lemma_.lower() != "be" or cop.i < noun.i:
            return None
        clause = next(
            (
                c
                for c in cop.children
                if c.dep_ in ("ccomp", "attr")
                and c.i > cop.i
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        if clause is None or self._under_cue(cop):
            return None
        return clause

    def _noun_holder(self, noun: Token) -> Token | None:
        """Who holds a noun cue's "that"-clause when no possessor or agent names them: a name compounded
        with the noun ("a Harbour Times report that A") or the object of "from" ("an allegation from his
        former partner that A"), a person or an actor, not a thing ("a tax report", "warnings from the
        data")."""
        named = next(
            (
                c
                for c in noun.children
                if c.dep_ == "compound"
                and c.i < noun.i
                and c.pos_ == "PROPN"
                and c.ent_type_ in ("PERSON", "ORG", "NORP")
            ),
            None,
        )
        if named is not None:
            return named
        frm = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i), None)
        who = next((g for g in frm.children if g.dep_ == "pobj"), None) if frm is not None else None
        if who is not None and (
            self._speaker_noun(who)
            or who.lemma_.lower() in self.c.holders
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in who.children)
        ):
            return who
        return None

    def adj_claim(self, sent: Span, tok: Token) -> RawClaim | None:
        """An adjective cue after a copula with its holder and what it holds: "the union is
        confident that A", "Ruiz was critical of the levy", "the board seems eager to sell"."""
        if tok.pos_ != "ADJ" or tok.head.i == tok.i:
            return None
        head = tok.head
        # "made (it) clear that A": the parser makes the adjective a clause of "made"
        made = tok.dep_ in ("ccomp", "oprd") and head.lemma_.lower() in self.c.light
        if tok.dep_ not in ("acomp", "oprd") and not made:
            return None
        entry = self.c.adjs.get(tok.lemma_.lower())
        if entry is None or self._in_quotation(tok, sent):
            return None
        subj = self.subject_of(head)
        if subj is None or subj.i > tok.i or _expletive(subj):
            return None  # "it is clear that A": no one holds it
        if not (self._identifiable(subj) or _people_like(subj)):
            return None  # "the outlook is uncertain": a thing's state, no one's view
        end_tok: Token | None = None
        comp = next((c for c in (*tok.children, *head.children) if c.dep_ == "ccomp" and c.i > tok.i), None)
        if made:
            comp = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("ccomp", "advcl", "csubj")
                    and c.i > tok.i
                    and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
                ),
                None,
            )
        inf = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and _infinitive(c)), None)
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.preps and c.i > tok.i), None)
        obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
        if comp is not None:
            lo, hi = self._content_range(comp)
        elif (span := self._inf_or_object(inf, obj)) is not None:
            lo, hi = span
            if inf is None:
                end_tok = prep
        else:
            return None
        if self._mostly_quoted(lo, hi):
            return None
        return self._make(sent, lo, hi, tok, entry, subj, "indirect", cue_end_tok=end_tok)

    def _holder_participle(self, sent: Span, tok: Token, cue: CueEntry) -> RawClaim | None:
        """A stance participle on the noun that holds it, with its object: "unions backing Ruiz",
        "pastors supporting the mayor" (the noun is the source; one that names no one holds an
        attitude, as a holder noun's subject does); not "a fund backing start-ups" (money: a stance
        held only by a source one can name, or toward someone named: "a group backing Mayor Pike") nor
        "the flag supporting the pole" (a thing)."""
        holder = tok.head
        if tok.tag_ != "VBG" or holder.pos_ not in ("NOUN", "PROPN") or holder.i > tok.i:
            return None
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        # a name, a holder noun or a person's text ("a Pike tweet attacking X") names someone; "the Nord
        # Stream pipeline supporting industry" names a thing, whatever its compound
        named = self._identifiable(holder) and (
            holder.pos_ == "PROPN"
            or _people_like(holder)
            or holder.lemma_.lower() in self.c.holders
            or any(c.dep_ in ("compound", "poss") and c.ent_type_ == "PERSON" for c in holder.children)
        )
        if not named and not self._holder_noun(holder):
            return None
        if not named and cue.named_source and (obj.pos_ == "PRON" or not self._identifiable(obj)):
            return None  # "a fund backing start-ups": money; "a group backing Mayor Pike": a stand toward someone
        if not named and any(c.dep_ == "nummod" for c in obj.children):
            return None  # "a company supporting 3,000 jobs": a count of things is no stance's object
        lo, hi = obj.left_edge.i, obj.right_edge.i + 1
        if self._mostly_quoted(lo, hi):
            return None
        claim = self._make(sent, lo, hi, tok, cue, holder, "indirect")
        return _held(claim, not named) if claim else None

    def speaker_mark(self, sent: Span) -> RawClaim | None:
        """ "Speaker: what they said" — a short name-bearing phrase, a colon, and the content
        (headlines, transcripts): the colon is the cue."""
        toks = self.tokens_of(sent)[1]
        k = next((j for j, t in enumerate(toks[:8]) if t.text in self.c.marks), None)
        said = sent
        if k is not None and k == len(toks) - 1 and sent.end < len(self.doc):
            # the parser ends the sentence at the colon ("TAPPER: Well, ..."): the next one is said
            said = self.doc[sent.end].sent
            if "\n" in self.text[toks[k].idx : said.start_char]:
                return None
        elif k is None or k == 0 or len(toks) - k - 1 < 4:
            return None
        if k is None or k == 0:
            return None
        left = toks[:k]
        if len(left) == 1 and len(left[0].text) == 1:
            return None  # an interview's "Q:" or "A:" marks a turn, it names no one
        # a transcript's speaker label at the start of a line: "TAPPER:", "Matthews:"
        label = (left[0].i == 0 or "\n" in self.text[max(0, left[0].idx - 2) : left[0].idx]) and (
            all(t.is_upper and t.is_alpha and len(t) > 1 for t in left) or all(t.pos_ == "PROPN" for t in left)
        )
        # a title-case headline's speaker the parser takes for a common noun ("Sanders: A", "Poll: A"):
        # a poll, or a name the article gives a person or organisation elsewhere
        headline = (
            (left[0].i == 0 or "\n" in self.text[max(0, left[0].idx - 2) : left[0].idx])
            and len(left) <= 3
            and all(t.is_title for t in left)
            and (
                (len(left) == 1 and left[0].lemma_.lower() in self.c.polls)
                or self._named_elsewhere(" ".join(t.text for t in left))
                # "Insiders: A", "Economists: A", "Newspaper: A": a noun of those who can hold a view
                or (len(left) <= 2 and _singular(left[-1]) in self.c.holders)
            )
        )
        if (any(t.pos_ in ("VERB", "AUX") for t in left) and not headline) or not (
            label
            or headline
            or any(t.ent_type_ in ("PERSON", "ORG", "NORP") or self.resolver.mention_at(t) is not None for t in left)
        ):
            return None
        mark = toks[k]
        lo, hi = (mark.i + 1, sent.end) if said is sent else (said.start, said.end)
        quoted = self._mostly_quoted(lo, hi)
        claim = self._make(
            said,
            lo,
            hi,
            None,
            self.c.marks[mark.text],
            None,
            "direct_quote" if quoted else "indirect",
            cue_span=(mark.i, mark.i + 1),
        )
        if claim is not None:
            claim.source = self.doc[left[0].i : left[-1].i + 1]
        return claim

    def _named_elsewhere(self, name: str) -> bool:
        """``name`` is (the end of) a person's or organisation's name somewhere in the document."""
        return any(
            e.label_ in ("PERSON", "ORG") and (e.text == name or e.text.endswith(" " + name)) for e in self.doc.ents
        )

    def indirect(self, sent: Span) -> list[RawClaim]:
        out: list[RawClaim] = []
        doc = self.doc
        marked = self.speaker_mark(sent)
        if marked is not None:
            return [marked]
        paren = self._parenthetical(sent)
        done = -1
        ins: list[Token] = []
        silenced: set[int] = set()
        if paren is not None:
            subj = self.subject_of(paren)
            cue = self.cue_verb(paren)
            assert cue is not None and subj is not None
            left = min(paren.i, subj.left_edge.i)
            hi = left
            if self._continues_after(paren, sent):
                hi = paren.head.right_edge.i + 1  # "A, the agency said, and not B": A and not B
            claim = self._make(sent, sent.start, hi, paren, cue, subj, "indirect")
            if claim and not self._mostly_quoted(sent.start, left):
                out.append(claim)
                done = paren.i  # only what follows may hold more ("..., NATO said, adding that B")
        for i in self.acting(sent.start, sent.end):
            tok = doc[i]
            held = False  # this cue's claims are held by a holder noun only: attitudes (set below)
            if tok.i in self.quote_tokens or tok.i <= done:
                continue
            cue = self.cue_verb(tok)
            if cue is None:
                if tok.lower_ == "in":
                    ins.append(tok)  # a poll's finding ("In a new poll, A"), read after the loop
                noun = self.noun_claim(sent, tok) if tok.pos_ == "NOUN" else self.adj_claim(sent, tok)
                if noun is not None:
                    out.append(noun)
                continue
            if tok.i in silenced:
                continue  # the inner cue of a negated raising verb ("did not appear to deny that A")
            word = _infinitive_word(tok)
            subj = self.subject_of(tok)
            if word is not None and self.cue_verb(word) is None:
                # ("declined to criticize X", "refused to confirm that A": the refusal is a cue of its own)
                lemmas = {word.lower_, word.lemma_.lower()}
                undone, unrealised = bool(lemmas & self.c.undone), bool(lemmas & self.c.unrealised)
                negated_word = _negated_word(word)
                if (undone and not negated_word) or (unrealised and negated_word):
                    # "was / proved unable to confirm that A", "failed to confirm", "is unlikely to confirm",
                    # "is not ready to say that A": not done, a refusal as "declined to confirm that A" is
                    # (the sentence, negated by its cue), never the subject confirming A; its cue span
                    # ("unable to confirm") keeps the tagger from taking "confirm" at its own certainty.
                    # ("were not unable to confirm": the negation cancels, the cue stands as it is)
                    if word.dep_ == "amod" or self._under_cue(word):
                        # "donors reluctant to back X": the noun's description; "officials said they were
                        # unable to confirm that A": part of what they said
                        continue
                    lo, hi = sent.start, sent.end
                    if word.dep_ == "advcl":
                        # "Unable to confirm that A, the coastguard widened its search": the side clause is
                        # the refusal, the main clause the writer's (``_main_clause``)
                        lo, hi = word.left_edge.i, word.right_edge.i + 1
                    if subj is None and word.dep_ in ("advcl", "oprd", "acomp"):
                        subj = self.subject_of(word.head)  # "proved unable to show", "Unable to ..., X did B"
                    refusal = CueEntry(lemma=word.lemma_.lower(), certainty="reported", kind="refusal", pos="adj")
                    claim = self._make(sent, lo, hi, word, refusal, subj, "indirect")
                    if claim:
                        out.append(claim)
                    continue
                if unrealised:
                    cue = _capped(cue, "hedged")  # "was eager to say that A", "was set to announce that A"
            if (asked := self._put_to_subject(sent, tok, cue)) is not None:
                out.append(asked)
                continue
            if any(c.dep_ in ("mark", "advmod") and c.lower_ == "as" for c in tok.children) and not (
                # "as a new poll showed Ruiz pulling ahead", "as the union vowed to strike": a source
                # with what it says after the cue is an attribution, not a comparison
                subj is not None
                and subj.i < tok.i
                and not _expletive(subj)
                and any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > tok.i for c in tok.children)
            ):
                aside = self._as_aside(sent, tok, cue, subj)
                if aside is not None:
                    out.append(aside)
                continue  # "as first reported", "as expected", "as dawn broke": a comparison or a time
            if subj is not None and subj.lower_ == "you" and self._question(sent):
                continue  # "Do you support X?", "Would you vote for her?": a question to someone asserts nothing
            if cue.kind == "refusal":
                # "declined to comment (on X)": the whole sentence is the claim
                if any(c.dep_ == "xcomp" for c in tok.children):
                    claim = self._make(sent, sent.start, sent.end, tok, cue, subj, "indirect")
                    if claim:
                        out.append(_held(claim, held))
                continue
            if (negator := _not_said(tok, cue)) is not None:
                # "has not confirmed that A", "has yet to say that A", "never said that A": the source has said
                # nothing, so A is no claim of its (review 23 D5) — as "was unable to confirm that A" (the
                # ``undone_words``): the sentence is the claim, negated by its cue ("yet to confirm"); inside
                # what another cue says ("officials said the board had not confirmed that A"), part of that
                if not self._under_cue(tok):
                    unsaid = CueEntry(lemma=tok.lemma_.lower(), certainty="reported", kind="refusal")
                    claim = self._make(sent, sent.start, sent.end, tok, unsaid, subj, "indirect")
                    if claim:
                        claim.negated_by_cue = True
                        if claim.cue_start is not None and negator.idx < claim.cue_start:
                            claim.cue_start = negator.idx
                        out.append(claim)
                continue
            seeming = self._seeming(tok, subj) if tok.lemma_.lower() in self.c.seeming else None
            if seeming is not None:
                # "it appears that A", "it seems like A", "it may seem unfair to A": how things look,
                # said by no one in particular
                lo, hi = seeming
                if not self._mostly_quoted(lo, hi):
                    claim = self._make(sent, lo, hi, tok, cue, None, "report")
                    if claim:
                        out.append(_held(claim, held))
                continue
            attitude = cue.kind in _ATTITUDES
            # "NATO leaders agreed to speed up A": the decision is the writer's statement (an event);
            # what was agreed is the leaders' aim beside it
            held = cue.decision and _to_infinitive(tok) is not None
            if (
                (cue.kind == "stance" or cue.stance is not None)
                and tok.dep_ == "acl"
                and subj is not None
                and subj.i == tok.head.i
            ):
                # "unions backing Ruiz", "a super PAC supporting the mayor": the noun holds the stance
                claim = self._holder_participle(sent, tok, cue)
                if claim is not None:
                    out.append(claim)
                continue
            if attitude and (subj is None or _expletive(subj)):
                continue  # "seeking the presidency": no one holds the attitude
            raised = self._raised(tok, subj) if cue.kind == "perception" else None
            inner = self._raised_cue(raised, subj)
            if inner is not None:
                # "the mayor appeared to suggest that A", "Pike seemed to blame the workers": a cue under
                # the raising verb is the subject's, hedged by it (its certainty caps the inner cue's)
                lo, hi, inner_cue = inner
                if any(c.dep_ == "neg" for c in tok.children):
                    # "did not appear to deny that A": no denial, not even a hedged one; the sentence is
                    # the writer's
                    if raised is not None:
                        silenced.add(raised.i)
                    continue
                inner_cue = _capped(inner_cue, cue.certainty)
                if not self._mostly_quoted(lo, hi):
                    claim = self._make(sent, lo, hi, tok, inner_cue, subj, "indirect", cue_end_tok=raised)
                    if claim:
                        out.append(_held(claim, held))
                continue
            if raised is not None:
                # "the plan seems unlikely to pass", "she appears ready to run": how something looks,
                # said by no one in particular; the subject is part of what seems, not a perceiver
                lo, hi = subj.left_edge.i, raised.right_edge.i + 1
                if not self._mostly_quoted(lo, hi):
                    claim = self._make(sent, lo, hi, tok, cue, None, "report")
                    if claim:
                        out.append(_held(claim, held))
                continue
            if (
                cue.kind in ("intention", "perception")
                and not (subj is not None and subj.dep_ == "nsubjpass")
                and not self._identifiable(subj)
                # "the ferry operator is aiming to add ...", "most residents want to keep ...": an aim
                # with its infinitive is held by whoever the subject is
                and not (cue.kind == "intention" and _to_infinitive(tok) is not None)
                and not (subj is not None and not _expletive(subj) and _sees_as(tok))
            ):
                if not self._holder_noun(subj):
                    continue  # "the bill seeks a ban", "the storm wanted ...": no one to attribute to
                # "the committee demanded a second vote", "most voters want X", "the firm wanted a new
                # contract": held by a group or a body one cannot name, an attitude beside the sentence's
                # own claim (as the tagger's)
                held = True
            if (
                (cue.kind == "stance" or cue.stance is not None)
                and tok.dep_ == "acl"
                and tok.tag_ == "VBN"
                and tok.head.pos_ in ("NOUN", "PROPN", "PRON")
                and tok.head.i < tok.i
                and (agent := self._agent(tok)) is not None
            ):
                # "a sentiment endorsed by the crowd", "the levy, backed by the mayor, ...": the
                # agent's stance toward the noun
                lo, hi = tok.head.left_edge.i, tok.i
                while hi > lo and doc[hi - 1].is_punct:
                    hi -= 1  # "the levy," / "some ("
                if not self._mostly_quoted(lo, hi):
                    claim = self._make(sent, lo, hi, tok, cue, agent, "indirect")
                    if claim:
                        out.append(_held(claim, held))
                continue
            if (relative := self._relative_object(sent, tok, cue)) is not None:
                out.append(relative)
                continue
            if attitude and self._in_noun_clause(tok):
                continue  # "on the bet that armies will want ...": part of what the noun says
            if attitude and self._in_quotation(tok, sent):
                continue  # a quoted 'supports' is the speaker's word, part of what is quoted
            comp = None
            for child in sorted(tok.children, key=lambda c: c.i < tok.i and not _quote_marked(c)):
                # a clause whose verb is quoted but whose subject is not ('said the alliance was
                # "exploring A"') is reported content with a quotation inside, not a quotation
                # (a clause after the cue comes first: "X - a firm pitched as Y - noted that A",
                # "He was so fired up he said B": the parser hangs a clause of the subject on the cue;
                # not '"A," she said of the race, in which she was sure B': a quotation before stays first)
                if (
                    child.dep_ == "ccomp"
                    and (
                        child.i not in self.quote_tokens
                        or not self._mostly_quoted(child.left_edge.i, child.right_edge.i + 1)
                    )
                    # "He proposes A; she backs B": a clause before a semicolon is a sentence of its own
                    and not (child.i < tok.i and any(t.text == ";" for t in doc[child.right_edge.i + 1 : tok.i]))
                    # "The rule is simple: voters prefer to back a winner": nor one before a colon, when
                    # the cue has a complement of its own after it
                    and not (
                        child.i < tok.i
                        and any(t.text == ":" for t in doc[child.right_edge.i + 1 : tok.i])
                        and any(c.dep_ in ("xcomp", "ccomp", "dobj") and c.i > tok.i for c in tok.children)
                    )
                    # "Prices rose, and union leaders said B": a clause before "and" is the writer's own
                    and not (child.i < tok.i and _after_conjunction(subj, child))
                    and child.i != getattr(_misparsed_relative(tok), "i", -1)
                ):
                    comp = child
                    break
            if comp is None and cue.questions:
                # "asked the senator if she would run": the parser makes the question an adverbial clause
                comp = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ == "advcl"
                        and c.i > tok.i
                        and any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in c.children)
                        and any(o.dep_ == "dobj" and o.i < c.i for o in tok.children)
                    ),
                    None,
                )
            if comp is None and cue.kind in ("speech", "belief"):
                # "have said cutting that output must be a priority", "say taxing consumption encourages
                # saving": the parser makes the clause's gerund subject the cue's complement
                comp = next((c for c in tok.children if self._gerund_clause(tok, c)), None)
            if comp is None:
                # "reported, citing people, that A": the clause hangs off the participle
                for child in tok.children:
                    if (
                        child.dep_ in ("advcl", "xcomp")
                        and child.i > tok.i
                        and child.tag_ == "VBG"
                        and self.cue_verb(child) is None
                    ):
                        comp = next((g for g in child.children if g.dep_ == "ccomp" and g.i > child.i), None)
                        if comp is not None and any(g.dep_ == "mark" and g.lower_ == "that" for g in comp.children):
                            break
                        comp = None
            if comp is None and cue.kind in ("speech", "report"):
                # "announced in a memo that A", "wrote on its website that A": the parser hung the
                # cue's clause on the noun of a preposition (a noun cue's own: ``noun_claim``); not
                # an attitude's ("backed the firm on the bet that A": what the bet holds)
                comp = self._clause_on_prep_noun(tok)
            if comp is None and cue.kind == "speech" and subj is not None and not _expletive(subj):
                # "75 percent of voters said yes": the answer is what was said
                answer = next(
                    (
                        c
                        for c in tok.children
                        if c.i > tok.i
                        and c.lower_ in ("yes", "no")
                        and c.dep_ in ("intj", "dobj", "npadvmod", "advmod")
                    ),
                    None,
                )
                answer_hi = answer.i + 1 if answer is not None else None
                if answer is None and (answer := self._figure_answer(sent, tok, subj)) is not None:
                    answer_hi = answer.right_edge.i + 1
                    answer = answer.left_edge
                if answer is not None and answer_hi is not None:
                    claim = self._make(sent, answer.i, answer_hi, tok, cue, subj, "indirect")
                    if claim:
                        out.append(_held(claim, held))
                    continue
            if comp is None and cue.kind == "report" and subj is not None:
                # "reports emerged that ..." : the clause hangs off the subject noun
                for child in subj.children:
                    if child.dep_ in ("acl", "ccomp", "relcl") and any(
                        g.lower_ == "that" and g.dep_ == "mark" for g in child.children
                    ):
                        comp = child
                        break
            if comp is None and (attitude or cue.stance is not None) and subj is not None and subj.dep_ == "nsubjpass":
                # "the levy was backed by the mayor", "the plan was rejected by 60 percent of voters":
                # the subject is the content, the agent the source
                agent = self._agent(tok)
                # "was accused of hiding X", "has been criticised for the delay": a stance whose
                # holder goes unnamed; what it holds is the subject with its grounds
                grounds = next(
                    (c for c in tok.children if c.dep_ == "prep" and c.lower_ in _GROUNDS and c.i > tok.i), None
                )
                if (
                    (cue.kind == "stance" and (agent or grounds) is not None)
                    or (cue.stance is not None and agent is not None)
                ) and subj.lower_ not in _EXPLETIVE:
                    lo, hi = subj.left_edge.i, subj.right_edge.i + 1
                    if agent is None and grounds is not None:
                        hi = grounds.right_edge.i + 1
                    claim = self._make(sent, lo, hi, tok, cue, agent, "indirect" if agent else "report")
                    if claim and not self._mostly_quoted(lo, hi):
                        out.append(_held(claim, held))
                    continue
            pro = (
                next(
                    (
                        c
                        for c in tok.children
                        if c.i == tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
                        and c.dep_ in ("dobj", "advmod", "ccomp", "oprd")
                        and c.lower_ in self.c.pro_forms
                    ),
                    None,
                )
                if comp is None and cue.kind in ("speech", "belief") and subj is not None and tok.i + 1 < len(doc)
                else None
            )
            if pro is not None:
                # "three in four said the same of her", "he thinks so": a word standing for what was
                # said before is what this source says (with what it is said of)
                lo = pro.left_edge.i
                about = [  # "the same of her rival", not "so on Monday" (when it was said)
                    c.right_edge.i
                    for c in tok.children
                    if c.dep_ == "prep"
                    and c.i == pro.right_edge.i + 1
                    and not any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree)
                ]
                hi = max([pro.right_edge.i, *about]) + 1
                claim = self._make(sent, lo, hi, tok, cue, subj, "indirect")
                if claim:
                    out.append(_held(claim, held))
                continue
            # "told the mayor to resign", "asked voters to wait": an object and what it is told to do
            # "called him an opportunist": an object and what it is called
            # "described the platform as ready": an object and what it is said to be
            directive = (
                subj is not None and not self._under_cue(tok) and any(c.dep_ == "dobj" for c in tok.children)
            ) and any(
                (c.dep_ in ("xcomp", "ccomp") and c.i > tok.i and _infinitive(c))
                or (c.dep_ in ("oprd", "xcomp", "ccomp") and c.i > tok.i and cue.object_content)
                or (c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i and not attitude)
                for c in tok.children
            )
            called: int | None = None
            if comp is None and (cue.object_content or cue.kind == "denial" or attitude or directive):
                # "ruled out its use for targeting", "announced 10,000 job cuts", "backed the levy"
                obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
                negated_cue = any(c.dep_ == "neg" for c in tok.children)
                if obj is not None and cue.kind != "denial" and not attitude:
                    # "the paper, which reported the talks" (a thing's relative clause; "who announced
                    # his candidacy" is a person's); "with both sides describing a first phase" (a
                    # circumstance) ("The council, calling it a waste, rejected A": a participle set off
                    # by a comma is what the subject did, not part of a noun's content)
                    aside = tok.dep_ == "acl" and tok.tag_ == "VBG" and doc[tok.i - 1].text == ","
                    if (subj is not None and subj.tag_ == "WDT") or (self._in_noun_clause(tok) and not aside):
                        obj = None
                    elif negated_cue and cue.kind != "evidence" and not _asked(obj):
                        # "did not mention X": the writer's statement stays (the sample gold's reading);
                        # what the subject left unsaid is an attitude beside it (PolNeAR's attribution);
                        # not "did not show restraint" (a finding) nor "did not answer the questions"
                        held = True
                    elif negated_cue:
                        obj = None
                if (
                    obj is not None
                    and attitude
                    and not cue.object_content
                    and (cue.kind != "stance" or cue.named_source or not _people_like(subj))
                    and not self._identifiable(subj)
                    # "the board saw her as the right leader", "analysts see a chance that A": a view
                    # someone holds, whoever the subject
                    and not (cue.kind == "perception" and (_sees_as(tok) or _proposition(obj)))
                ):
                    # "voters who oppose the deal" hold a stance; "investors backed the firm" is
                    # money, and "the platform supported the format" no one's view; "the union
                    # endorsed her", "the firm wanted a new contract", "the petition accuses X of Y":
                    # a body or a text named by a common noun holds an attitude beside the
                    # sentence's own claim (as the tagger's attitudes)
                    if cue.kind in ("stance", "intention") and not cue.named_source and self._holder_noun(subj):
                        held = True
                    else:
                        obj = None
                if (
                    obj is not None
                    # "called a referendum", "pushed an offensive": a cue taken with a preposition
                    # ("called for", "pushed for") holds a bare object only with what it is called
                    # ("called the plan a mistake"), unless it is a stance the lexicon gives one
                    # ("advocates tax cuts")
                    and (cue.kind == "perception" or (cue.preps and not (cue.kind == "stance" and cue.object_content)))
                    and not any(
                        c.i > obj.i and (c.dep_ in ("oprd", "ccomp", "xcomp") or c.lower_ == "as") for c in tok.children
                    )
                    and (called := self._quoted_after(tok, obj)) is None
                    and not _proposition(obj)
                ):
                    obj = None  # "saw a turbulent day" is no view; "sees the vote as a test" is
                if obj is not None and (
                    attitude
                    or directive
                    # "announced his candidacy", "discussed the budget": not "mentioned it"
                    or (cue.object_content and obj.pos_ in ("NOUN", "PROPN"))
                    # "calling it a disgrace": what the object is called
                    or (cue.object_content and any(c.dep_ == "oprd" and c.i > obj.i for c in tok.children))
                    or obj.right_edge.i - obj.left_edge.i >= 2
                    or any(t.like_num for t in obj.subtree)
                ):
                    lo, hi = obj.left_edge.i, obj.right_edge.i + 1
                    governed = False
                    # "announced plans on Friday to shut down ...", "wants the city to act",
                    # "called the plan a mistake", "sees the vote as a test": keep what the object governs
                    for child in tok.children:
                        if child.i <= obj.i:
                            continue
                        if (
                            (child.dep_ in ("xcomp", "advcl") and _infinitive(child))
                            or child.dep_ in ("oprd", "ccomp", "xcomp")
                            or (child.dep_ == "prep" and child.lower_ == "as")
                            # "criticised the council for the delay", "blamed him over the leak"
                            or (child.dep_ == "prep" and child.lower_ in _GROUNDS and cue.kind == "stance")
                        ):
                            governed = True
                            hi = max(hi, child.right_edge.i + 1)
                    if called is not None:
                        hi = max(hi, called)  # 'called the plan "a gift to the rich"'
                    if hi < sent.end - 1 and doc[hi].text == ":" and obj.i < hi:
                        hi = sent.end  # "described a bold step: A": what follows the colon spells it out
                    said = _that_clause(obj) if cue.kind == "denial" else None
                    if said is not None:  # "rejected reports that A": A is what is denied
                        lo, hi = self._content_range(said)
                    if not self._mostly_quoted(lo, hi):
                        claim = self._make(sent, lo, hi, tok, cue, subj, "indirect")
                        if claim:
                            # "Rival bidders challenged the award": a stance toward a thing, no proposition
                            claim.toward_thing = cue.kind == "stance" and not governed and not _proposition(obj)
                            out.append(_held(claim, held))
                    continue
            negated = any(c.dep_ == "neg" for c in tok.children)
            preps = cue.preps or (cue.negated_preps if negated else [])
            if (
                comp is None
                and preps
                # "called for a recount", "campaigned against the levy", "the initiative calls for a
                # ban", "supporters have long called for her ouster": a stand taken or a topic
                # spoken of, whoever the subject is; "the auditors asked for more time" is a
                # request, an attribution only with a source one can name (``named_source``)
                and (
                    self._identifiable(subj)
                    or (
                        subj is not None
                        and subj.dep_ != "nsubjpass"  # "was called a fraud by X for Y": X's view
                        and not _expletive(subj)
                        and not cue.named_source
                    )
                )
            ):
                # "called for a recount", "talked about the economy" (not "In her letters, she referred
                # to X": a preposition before the cue says where or when); "has not called for X",
                # "did not talk about X": the writer's statement, with what the subject left unsaid
                # as an attitude beside it (as "did not mention X")
                if negated:
                    held = True
                prep = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ == "prep"
                        and c.lower_ in preps
                        and c.i > tok.i
                        # "agreed on Monday to A": a preposition of time says when, not what
                        and not any(g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in c.children)
                    ),
                    None,
                )
                pobj = (
                    next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
                )
                if prep is None:
                    # "called for the senator to resign": the parser makes "for" the mark of a clause
                    clause = next(
                        (
                            c
                            for c in tok.children
                            if c.dep_ in ("advcl", "ccomp")
                            and c.i > tok.i
                            and c.left_edge.dep_ == "mark"
                            and c.left_edge.lower_ in preps
                        ),
                        None,
                    )
                    if clause is not None:
                        prep, pobj = clause.left_edge, clause
                if pobj is not None and pobj.dep_ in ("advcl", "ccomp"):
                    lo, hi = pobj.left_edge.i + 1, pobj.right_edge.i + 1
                    if not self._mostly_quoted(lo, hi):
                        claim = self._make(sent, lo, hi, tok, cue, subj, "indirect", cue_end_tok=prep)
                        if claim:
                            out.append(_held(claim, held))
                    continue
                if pobj is not None:
                    lo, hi = pobj.left_edge.i, pobj.right_edge.i + 1
                    for child in tok.children:  # "called on the council to act"
                        if child.dep_ in ("xcomp", "advcl") and child.i > prep.i and _infinitive(child):
                            hi = max(hi, child.right_edge.i + 1)
                    if not self._mostly_quoted(lo, hi):
                        claim = self._make(sent, lo, hi, tok, cue, subj, "indirect", cue_end_tok=prep)
                        if claim:
                            out.append(_held(claim, held))
                    continue
            if (
                comp is None
                and subj is not None
                and subj.dep_ == "nsubjpass"
                and (cue.kind not in _NOT_PARENTHETICAL or cue.kind == "perception")
            ):
                # "the jets are said to be faster", "is thought to hold 40 berths", "X is
                # expected to win": a report about X (by the agent, if any), never a claim by X;
                # "the vote is seen as a test", "was viewed as a rebuke"
                xcomp = next(
                    (
                        c
                        for c in tok.children
                        if c.i > tok.i and (c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ == "as"))
                    ),
                    None,
                )
                # "It is expected to reach 3,000 staff": before an infinitive, "it" is the thing expected
                if xcomp is not None and not _expletive(subj):
                    lo, hi = subj.left_edge.i, xcomp.right_edge.i + 1
                    if not self._mostly_quoted(lo, hi):
                        agent = self._agent(tok)
                        claim = self._make(sent, lo, hi, tok, cue, agent, "indirect" if agent else "report")
                        if claim:
                            out.append(_held(claim, held))
                    continue
            if comp is None and (attitude or cue.kind == "denial") and not self._under_cue(tok):
                # "expects to continue ...", "hopes to sign ...", "wants to run", "seems to doubt",
                # "denied signing any agreement"
                xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
                if xcomp is not None:
                    comp = xcomp
            if (
                comp is None
                and cue.kind == "speech"
                and cue.object_content  # "agreed to speed up" is a decision, not something said
                and subj is not None
                and subj.dep_ == "nsubj"
                and not self._under_cue(tok)
                and not any(c.dep_ == "dobj" for c in tok.children)
            ):
                # "vowed to press on", "promised to veto it": what the speaker commits to
                comp = next(
                    (c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and _infinitive(c)),
                    None,
                )
            if (
                comp is None
                and cue.kind in ("speech", "report")
                and cue.object_content
                and subj is not None
                and not self._under_cue(tok)
            ):
                # "reported losing $4 million", "admitted taking the money": a gerund that is what is said
                nxt = tok.i + 1 + (tok.i + 1 < sent.end and doc[tok.i + 1].dep_ == "prt")  # "owned up taking"
                comp = next(
                    (c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG" and c.i == nxt), None
                )
            displaced = self._displaced(tok, subj)
            if comp is None and displaced is not None and cue.kind not in _NOT_PARENTHETICAL:
                # "The contract, the agency said, covers ...": the predicate hung on the cue as a conjunct
                comp = next(
                    (
                        c
                        for c in tok.children
                        if c.dep_ in ("conj", "parataxis") and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                    ),
                    None,
                )
                if comp is None and any(
                    c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > displaced.i for c in displaced.children
                ):
                    # "The Aurel-2 rocket launched from Kestane on Thursday, the space agency said": a
                    # past tense the parser read as a participle of the subject; the subject's phrase
                    # is the whole proposition
                    lo, hi = displaced.left_edge.i, displaced.right_edge.i + 1
                    if not self._mostly_quoted(lo, hi):
                        claim = self._make(sent, lo, hi, tok, cue, subj, "indirect")
                        if claim:
                            out.append(_held(claim, held))
                    continue
            if comp is not None:
                if (
                    _is_indirect_question(comp)
                    and not cue.questions
                    and _asks_nothing(tok, cue)
                    and tok.dep_ != "relcl"
                    # "on what he said were failures": a free relative before the cue, no question
                    and not (comp.left_edge.i < tok.i and comp.left_edge.lower_ in ("what", "which"))
                ):
                    # "asked the board to explain how A", "the episode shows how A" are no claim of their
                    # own ("a bill which critics said was unfair": a relative pronoun, no question);
                    # "explained how A", "questioned whether A", "recalled what A" are (PolNeAR
                    # annotates them); "did not say how much A" is the writer's statement (the sample
                    # gold's reading) with the question the subject left open beside it, an attitude
                    # (PolNeAR and MEANTIME annotate it as an attribution)
                    if not _withholds(tok, cue):
                        continue
                    held = True
                for part in [comp, *self._that_conjuncts(comp)]:
                    lo, hi = self._content_range(part)
                    if part is comp and lo < tok.i < comp.i:
                        lo = tok.i + 1  # "which critics said was unfair": the clause after the cue
                    if displaced is not None and part is comp and comp.i > tok.i:
                        lo = displaced.left_edge.i  # the proposition's subject before the aside
                    if self._mostly_quoted(lo, hi):
                        continue  # the quotation is the claim, with this cue
                    claim = self._make(sent, lo, hi, tok, cue, subj, "indirect")
                    if claim:
                        out.append(_held(claim, held))
                continue
            # "A, officials said." / "His plan, he stated, was A" — a parenthetical cue
            if (
                tok.dep_ in ("parataxis", "ccomp")
                and subj is not None
                and cue.kind not in _NOT_PARENTHETICAL
                and self._bracketed(tok, sent)
            ):
                head = tok.head
                if head.i in self.quote_tokens or (self.cue_verb(head) is not None and head.i < tok.i):
                    continue  # "A, officials said, adding B"; not "Overall, she said, voters are finding A"
                lo, hi = _subtree_span(doc, head, exclude=tok)
                if head.left_edge.i < tok.left_edge.i and tok.right_edge.i < head.right_edge.i:
                    # "The contract, the ministry said, will be signed in April": the proposition
                    # is on both sides, so the content is all of it (one span holds the aside)
                    lo, hi = head.left_edge.i, head.right_edge.i + 1
                if hi - lo >= 3:
                    claim = self._make(sent, lo, hi, tok, cue, subj, "indirect")
                    if claim:
                        out.append(_held(claim, held))
        polls = self.in_poll(sent, ins)
        accorded = self.according_to(sent)
        for extra in [*accorded, *polls, *self.in_view_of(sent)]:
            # "X reported, citing people, that A": the verb's claim already holds A; but a
            # source-less report ("is expected to ..., according to X") yields to the named source,
            # and so does an attitude inside what X says ("the firm plans to A, according to X":
            # X says that the firm plans to A; the firm is no speaker)
            overlapping = [c for c in out if c.start < extra.end and extra.start < c.end]
            if extra in accorded and extra.cue_start is not None and extra.end <= extra.cue_start:
                # "Trump said A, according to the Times", "X declined to renew the offer, according to
                # people briefed": the phrase after A tells who reported the saying or the refusal; it is
                # no part of what was said, and the two attributions stand one inside the other
                for c in overlapping:
                    self._cut_before(c, extra)
            if all(
                (c.source is None and c.attribution == "report")
                or (
                    c.cue is not None
                    and c.cue.kind in _ATTITUDES
                    and c.cue_start is not None
                    and extra.start <= c.cue_start < extra.end
                )
                for c in overlapping
            ):
                if extra in polls and any(c.source is not None for c in overlapping):
                    continue  # a poll's share keeps its own stance: "In a new poll, 56 percent back the levy"
                out = [c for c in out if c not in overlapping]
                out.append(extra)
            elif all(
                c.source is not None and c.cue_start is not None and extra.start <= c.cue_start and c.end <= extra.end
                for c in overlapping
            ):
                # "According to the report, the witness said A": the report tells what the witness
                # said; both attributions stand, one inside the other
                out.append(extra)
        return out

    def _cut_before(self, c: RawClaim, extra: RawClaim) -> None:
        """Ends ``c`` before the according-to phrase of ``extra`` when ``c``'s source and cue are inside
        ``extra``'s content and its own content runs on into the phrase."""
        if (
            c.source is None
            or c.cue_start is None
            or extra.cue_start is None
            or not (extra.start <= c.cue_start < extra.end < c.end)
            or not (c.start < extra.cue_start < c.end)
        ):
            return
        content = self.span(c.start, extra.end)
        if content is not None:
            c.end, c.content = extra.end, content

    def _gerund_clause(self, tok: Token, c: Token) -> bool:
        """``c`` is a gerund opening a clause right after the cue ``tok``, with no comma between ("said
        cutting that output must be a priority"; not "said, adding that A" nor "kept saying A")."""
        if c.dep_ != "xcomp" or c.tag_ != "VBG" or c.i <= tok.i or c.left_edge.i != c.i:
            return False
        if any(t.is_punct for t in self.doc[tok.i + 1 : c.i]) or self.cue_verb(c) is not None:
            return False
        # a clause of its own under the gerund ("admitted taking the money" is an act: 3 of 5 such right on q2)
        return any(g.dep_ == "ccomp" and g.i > c.i for g in c.children)

    def _figure_answer(self, sent: Span, tok: Token, subj: Token) -> Token | None:
        """ "The union said 2,000 walked out; the company said 800", "police said 15,000": a figure as the
        whole object of a speech cue whose sentence gave another speaker's statement before a semicolon,
        "but", "while" or "whereas" is this speaker's answer to the same question (the figure's phrase;
        "said Tuesday" is when it was said)."""
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if (
            obj is None
            or obj.ent_type_ in ("DATE", "TIME")
            or not (obj.pos_ == "NUM" or obj.ent_type_ in _FIGURES or obj.lower_ == "none")
        ):
            return None
        if any(c.dep_ in ("ccomp", "xcomp", "oprd", "dative") and c.i > tok.i for c in tok.children):
            return None  # "said 800 times that A" (a clause before the turn is the first speaker's)
        doc = self.doc
        first = min(subj.left_edge.i, tok.i)
        turn = next(
            (j for j in range(first - 1, sent.start, -1) if doc[j].text == ";" or doc[j].lower_ in _CONTRASTS), None
        )
        if turn is None:
            return None
        if not any((c := self.cue_verb(doc[j])) is not None and c.kind == "speech" for j in range(sent.start, turn)):
            return None
        return obj

    def _relative_object(self, sent: Span, tok: Token, cue: CueEntry) -> RawClaim | None:
        """A cue in a relative clause whose pronoun is what it holds: "the levy, which the mayor
        opposes", "a rule that was backed by the unions": the noun with its pronoun is the content, the
        clause's subject (or agent) the source; an attitude beside the sentence's own claim (a thing, no
        proposition to compare). Not "what he called X" (an indirect question or a name: 11 of 44 right
        on PolNeAR train and dev)."""
        if tok.dep_ != "relcl" or tok.i in self.quote_tokens or cue.kind == "refusal":
            return None
        rel = next(
            (c for c in tok.children if c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "nsubjpass") and c.i < tok.i),
            None,
        )
        if rel is None or any(c.dep_ in ("ccomp", "xcomp") for c in tok.children):
            return None
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i < rel.i:
            lo = tok.head.left_edge.i  # "the levy, which ..."
        else:
            return None
        holder = (
            self._agent(tok) if rel.dep_ == "nsubjpass" else next((c for c in tok.children if c.dep_ == "nsubj"), None)
        )
        if holder is None or _expletive(holder) or not (self._identifiable(holder) or self._holder_noun(holder)):
            return None
        claim = self._make(sent, lo, rel.i + 1, tok, cue, holder, "indirect")
        if claim is not None:
            claim.attribution = ATTITUDE
        return claim

    def _put_to_subject(self, sent: Span, tok: Token, cue: CueEntry) -> RawClaim | None:
        """ "Asked whether A, the mayor said no", "When asked about X, Ruiz smiled": a question put to
        the main clause's subject by someone unnamed; what was asked is the content, with no source
        (the subject answers, they did not ask) unless a ``by``-agent names who asked. An attitude
        claim: a question asserts nothing to compare, the sentence keeps its own claim."""
        if not cue.questions or tok.tag_ != "VBN" or tok.dep_ != "advcl" or tok.i > tok.head.i:
            return None
        if any(c.dep_ in (*_SUBJ, "auxpass", "aux") for c in tok.children):
            return None
        asked = next(
            (
                c
                for c in tok.children
                if c.i > tok.i
                and (
                    c.dep_ in ("ccomp", "xcomp")
                    # "Asked if he was ever bullied, X laughed": the parser makes the question a clause
                    # of condition
                    or (
                        c.dep_ == "advcl"
                        and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
                    )
                )
            ),
            None,
        )
        if asked is not None:
            lo, hi = (
                self._content_range(asked) if asked.dep_ == "ccomp" else (asked.left_edge.i, asked.right_edge.i + 1)
            )
        else:
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in cue.preps and c.i > tok.i), None)
            obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
            if obj is None:
                return None
            lo, hi = obj.left_edge.i, obj.right_edge.i + 1
        hi = min(hi, tok.right_edge.i + 1)
        while hi > lo and self.doc[hi - 1].is_punct:
            hi -= 1
        agent = self._agent(tok)  # "Asked by the host to respond, X said": the host asked
        claim = self._make(sent, lo, hi, tok, cue, agent, "indirect")
        if claim is not None:
            claim.attribution = ATTITUDE  # a question asserts nothing: beside the sentence's own claim
        return claim

    def _as_aside(self, sent: Span, tok: Token, cue: CueEntry, subj: Token | None) -> RawClaim | None:
        """ "As the agency reported, A", "A, as Ruiz noted", "B, as she points out, is C": a speaker
        who says nothing of their own beside the clause their "as" aside is hung on says that clause."""
        head = tok.head
        if (
            tok.dep_ != "advcl"
            or head.i == tok.i
            or cue.kind in _ATTITUDES
            or cue.kind in ("refusal", "denial")
            # "as the minister spoke", "as they talked": a time, not a report ("as Ruiz pointed out" is)
            or (cue.preps and not any(c.dep_ == "prt" for c in tok.children))
            or subj is None
            or subj.i > tok.i
            or subj.dep_ != "nsubj"
            or subj.lower_ in _EXPLETIVE
            or subj.tag_ in ("WDT", "WP")
            or any(c.dep_ in ("ccomp", "xcomp", "dobj", "oprd") and c.i > tok.i for c in tok.children)
        ):
            return None
        doc = self.doc
        a_lo, a_hi = tok.left_edge.i, tok.right_edge.i + 1
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        if a_hi <= head.i and not any(t.dep_ in _SUBJ and t.head == head for t in doc[lo:a_lo]):
            # "As the agency reported, A", "But, as Ruiz noted, A": what follows the aside
            lo = a_hi
            while lo < hi and doc[lo].is_punct:
                lo += 1
        elif a_hi >= hi or doc[a_hi:hi].text.strip(" .!?") == "":  # "A, as Ruiz noted."
            hi = a_lo
        if hi - lo < 3 or self._mostly_quoted(lo, hi):
            return None
        return self._make(sent, lo, hi, tok, cue, subj, "indirect")

    def according_to(self, sent: Span) -> list[RawClaim]:
        out: list[RawClaim] = []
        tokens = self.tokens_of(sent)[0]
        for m in self.c.phrases.find(tokens):
            entry = m.value
            first = self.doc[m.start]
            if first.i in self.quote_tokens:
                continue
            if entry.lemma.startswith("it is") or entry.lemma == "reports emerged":
                if m.end < sent.end and self.doc[m.end].lower_ == "to":
                    continue  # "It is expected to reach ...": "it" names a thing (see the passive cue)
                # expletive report: content is the clause after the phrase
                lo, hi = m.end, sent.end
                that = next((k for k in range(m.end, min(hi, m.end + 8)) if self.doc[k].lower_ == "that"), None)
                if that is not None:
                    lo = that + 1
                while lo < hi and self.doc[lo].is_punct:
                    lo += 1
                if m.start > sent.start:  # "A, it is understood." -> content before
                    lo, hi = sent.start, m.start
                claim = self._make(sent, lo, hi, None, entry, None, "report", cue_span=(m.start, m.end))
                if claim:
                    out.append(claim)
                continue
            # according to X / citing X / as reported by X / in the words of X
            last = self.doc[m.end - 1]
            pobj = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)
            if pobj is None and m.end < sent.end:
                pobj = self.doc[m.end]
            if pobj is None:
                continue
            if entry.lemma == "citing" and not _source_like(pobj, self.resolver):
                continue  # "citing major flaws": evidence, not a source
            shi = pobj.right_edge.i + 1
            shi = max(shi, m.end + 1)
            source = self.doc[m.end : shi]
            # content: the sentence without the according-to phrase
            plo, phi = m.start, shi
            left = (sent.start, plo)
            right = (phi, sent.end)
            lo, hi = right if right[1] - right[0] > left[1] - left[0] else left
            if self._clause_split(left, right):
                # "The tool, according to the spokesperson, is only for translation": the
                # proposition is on both sides, so the content is all of it
                lo, hi = sent.start, sent.end
            while lo < hi and (self.doc[lo].is_punct or self.doc[lo].lower_ == "that"):
                lo += 1
            claim = self._make(sent, lo, hi, None, entry, None, "according_to", cue_span=(m.start, m.end))
            if claim:
                claim.source = source
                out.append(claim)
        return out

    def in_poll(self, sent: Span, ins: Sequence[Token]) -> list[RawClaim]:
        """A clause reporting a poll's finding: "In a new poll, Ruiz leads by nine points" (``ins``:
        the sentence's tokens "in")."""
        out: list[RawClaim] = []
        for tok in ins:
            if tok.dep_ != "prep":
                continue
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or not self._poll(pobj):
                continue
            if tok.head.dep_ != "ROOT":
                continue
            lo, hi = (tok.right_edge.i + 1, sent.end) if tok.i < tok.head.i else (sent.start, tok.left_edge.i)
            claim = self._make(sent, lo, hi, None, self.c.in_poll, None, "according_to", cue_span=(tok.i, tok.i + 1))
            if claim:
                claim.source = self.source_span(pobj)
                out.append(claim)
        return out

    def in_views(self, sent: Span, tok: Token) -> RawClaim | None:
        """ "In Ruiz's view, the levy is fair", "The levy, in my opinion, is fair": "in" with a view noun
        (``view_nouns``) its possessor holds, set off by commas in a clause with its own subject: the
        clause is the possessor's (cue the noun); "burst into public view" has no possessor."""
        head, pobj = tok.head, next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in self.c.views or head.pos_ not in ("VERB", "AUX"):
            return None
        holder = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if holder is None or not any(c.dep_ in _SUBJ for c in head.children):
            return None
        doc = self.doc
        lo, hi = head.left_edge.i, head.right_edge.i + 1
        after = tok.right_edge.i + 1
        if tok.i == lo or (tok.i == lo + 1 and doc[lo].dep_ in ("cc", "advmod")):
            if after >= hi or doc[after].text != ",":
                return None
            lo = after + 1  # fronted: the clause after the comma
        elif not (doc[tok.i - 1].text in _DASHES and after < hi and doc[after].text in _DASHES):
            if after != hi - 1 or doc[tok.i - 1].text != ",":
                return None  # neither set off by commas nor closing the clause
            hi = tok.i - 1  # "A, in my view."
        if hi - lo < 3 or any(i in self.quote_tokens for i in range(lo, hi)):
            return None
        claim = self._make(sent, lo, hi, None, self.c.in_view, None, "indirect", cue_span=(pobj.i, pobj.i + 1))
        if claim:
            claim.source = self.source_span(holder)
        return claim

    def in_view_of(self, sent: Span) -> list[RawClaim]:
        """ "To many voters, the mayor is a hero", "But to her, A": a fronted "to" whose object is a
        person or a group, a comma, then a clause with its own subject: the clause is how things
        look to them (cue "to"); "To date", "To the north" and "Compared to X" are no holders.
        And "In Ruiz's view, A" (:meth:`in_views`)."""
        out: list[RawClaim] = []
        for tok in self.tokens_of(sent)[0]:
            if tok.lower_ == "in" and tok.dep_ == "prep" and self.c.views and tok.i not in self.quote_tokens:
                if (held := self.in_views(sent, tok)) is not None:
                    out.append(held)
                continue
            if tok.lower_ != "to" or tok.dep_ != "prep" or tok.i in self.quote_tokens:
                continue
            head, pobj = tok.head, next((c for c in tok.children if c.dep_ == "pobj"), None)
            comma = tok.right_edge.i + 1
            if pobj is None or head.pos_ not in ("VERB", "AUX") or comma >= head.i or self.doc[comma].text != ",":
                continue
            if any(c.i < tok.i and c.dep_ not in ("cc", "mark", "punct", "advmod") for c in head.children):
                continue  # not the clause's first phrase
            if not any(c.dep_ in _SUBJ and c.i > comma for c in head.children):
                continue
            if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.children):
                continue  # "To a person, they agreed": every one of them
            if not (
                pobj.lower_ in _VIEW_HOLDERS
                or pobj.lower_ in _QUANTIFIERS
                or pobj.ent_type_ in ("PERSON", "NORP")
                or self.resolver.mention_at(pobj) is not None
                or pobj.lemma_.lower() in self.c.holders
            ):
                continue  # "To varying degrees, A"
            claim = self._make(
                sent,
                comma + 1,
                head.right_edge.i + 1,
                None,
                self.c.in_view,
                None,
                "indirect",
                cue_span=(tok.i, tok.i + 1),
            )
            if claim:
                claim.source = self.source_span(pobj)
                out.append(claim)
        return out

    def _poll(self, noun: Token) -> bool:
        """A poll, or a measure made of polls ("the average of New Hampshire surveys")."""
        if noun.lemma_.lower() in self.c.polls:
            return True
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return of is not None and any(g.dep_ == "pobj" and g.lemma_.lower() in self.c.polls for g in of.children)

    def _clause_split(self, left: tuple[int, int], right: tuple[int, int]) -> bool:
        """An aside cuts one clause in two: a verbless subject on the left, its predicate on the right."""
        lhs = self.doc[left[0] : left[1]]
        if not any(t.is_alpha for t in lhs) or lhs[-1].text not in _DASHES:
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in lhs):
            return False
        return any(t.dep_ in _SUBJ and right[0] <= t.head.i < right[1] for t in lhs)

    def claim(self, *args, **kwargs) -> RawClaim | None:
        """A claim from a token range, a cue and a subject (see ``_make``), for ``tagged``."""
        return self._make(*args, **kwargs)

    def _make(
        self,
        sent: Span,
        lo: int,
        hi: int,
        cue_tok: Token | None,
        cue: CueEntry,
        subj: Token | None,
        attribution: str,
        cue_span: tuple[int, int] | None = None,
        cue_end_tok: Token | None = None,
    ) -> RawClaim | None:
        doc = self.doc
        if cue.prep_only and cue_end_tok is None:
            return None  # "spoke before the committee that A": the act of speaking, not its topic
        lo, hi = max(lo, sent.start), min(hi, sent.end)
        if hi <= lo:
            return None
        s, e = _strip_span(self.text, doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text))
        s, e = _balance_quotes(self.text, s, e)
        if e - s < 3 and not self.text[s:e].isdigit():
            return None  # (a figure is an answer: "organisers said 12")
        content = self.span(s, e)
        if content is None:
            return None
        claim = RawClaim(s, e, sent, content, attribution=attribution, cue=cue)
        if cue_tok is not None:
            claim.cue_start, claim.cue_end = cue_tok.idx, cue_tok.idx + len(cue_tok.text)
            # phrasal cues: "pointed out", "ruled out", "declined to comment"
            for child in cue_tok.children:
                if child.dep_ == "prt":
                    claim.cue_end = max(claim.cue_end, child.idx + len(child.text))
            if cue_end_tok is not None:  # "called for", "talked about"
                claim.cue_end = max(claim.cue_end, cue_end_tok.idx + len(cue_end_tok.text))
            if cue.kind == "refusal":
                for child in cue_tok.children:
                    if child.dep_ == "xcomp":
                        claim.cue_end = max(claim.cue_end, child.idx + len(child.text))
                        claim.negated_by_cue = True
        elif cue_span is not None:
            a, b = cue_span
            claim.cue_start, claim.cue_end = doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)
        if subj is not None and (
            subj.lower_ not in _EXPLETIVE
            # not inside what another cue says ("saying it shows A": part of what is said)
            or (_referential_it(subj, cue_tok, cue) and cue_tok is not None and not self._under_cue(cue_tok))
        ):
            claim.source = self.source_span(subj)
        elif subj is not None:
            claim.attribution = "report"
        if cue.negates or (
            cue.negating_particles
            and cue_tok is not None
            and any(c.dep_ == "prt" and c.lower_ in cue.negating_particles for c in cue_tok.children)
        ):
            claim.negated_by_cue = True  # ("ruled out that a worker had caught bird flu": review 16 X2)
        return claim

    # ----------------------------------------------------------------- author
    def author(self, sent: Span, end: int | None = None, start: int | None = None) -> RawClaim | None:
        """The writer's own statement: the sentence, or its part from ``start`` and before ``end``."""
        s, e = _strip_span(
            self.text, sent.start_char if start is None else start, sent.end_char if end is None else end
        )
        span = self.span(s, e) if e > s else None
        if span is None or len(span) < 4:
            return None
        if self.text[sent.start_char : sent.end_char].rstrip().endswith("?"):
            return None
        if not any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        named = self.resolver.in_span(span) or _has_description(span)
        if not named and not _reports_event(span):
            return None
        return RawClaim(s, e, sent, span, attribution="author", event_statement=not named)

    # ------------------------------------------------------------------- all
    def find(self, sentences: Sequence[Span]) -> list[RawClaim]:
        claims = self.quotes()
        quote_ranges = [(c.start, c.end) for c in claims]
        # "Ann Lee, who chairs the board, said:" in a paragraph of its own before the quotation: the
        # line is the quotation's attribution, not the writer's statement
        quote_cues = [c.cue_start for c in claims if c.cue_start is not None]
        for sent in sentences:
            found = self.indirect(sent)
            claims.extend(found)
            if any(c.attribution != ATTITUDE for c in found):
                main = self._main_clause(sent, found)
                if main is not None and (a := self.author(sent, main[1], start=main[0])) is not None:
                    a.main_clause = True
                    claims.append(a)
                continue  # attitudes are additional: the sentence keeps its own claim
            if any(qs <= sent.start_char < qe or sent.start_char <= qs < sent.end_char for qs, qe in quote_ranges):
                continue
            end = None
            cue_here = next((q for q in quote_cues if sent.start_char <= q < sent.end_char), None)
            if cue_here is not None:
                end = self._before_speaker(sent, cue_here)
                if end is None:
                    continue
            a = self.author(sent, end)
            if a:
                claims.append(a)
        if self.tags is not None:
            # hook: cues the tagger found and no rule used; they replace the outlet's own statement.
            # The rules' attitudes (a stance held by a common noun) yield to the tagger's on the same
            # cue, which carry its probability; the tagger judges their cues as its own
            rule_attitudes = [c for c in claims if c.attribution == ATTITUDE]
            claims = [c for c in claims if c.attribution != ATTITUDE]
            extra = tagged_claims(self, sentences, claims, self.tags)
            tagged_cues = [(c.cue_start, c.cue_end) for c in extra if c.cue_start is not None and c.cue_end is not None]
            rule_attitudes = [
                c
                for c in rule_attitudes
                if c.cue_start is None
                or c.cue_end is None
                or not any(s < c.cue_end and c.cue_start < e for s, e in tagged_cues)
            ]
            taken = {c.sentence.start for c in extra if c.attribution != "attitude"}  # attitudes: additional
            claims = [
                c
                for c in claims
                if c.attribution != "author"
                or c.sentence.start not in taken
                or (c.main_clause and not any(_overlaps(c, x) for x in extra))
            ]
            claims += rule_attitudes + extra
        claims = self._toward_things(sentences, self._poll_answers(claims), quote_ranges)
        claims.sort(key=lambda c: (c.start, c.end))
        return _dedupe(_unnest(_absorb_fragments(claims)))

    def _poll_answers(self, claims: list[RawClaim]) -> list[RawClaim]:
        """Respondents' answers inside a poll's finding are the finding, not claims of their own: "In a
        new poll, 56 percent of voters said they back the levy", "A survey found that a majority said A",
        "Six in 10 say A, the poll showed": the poll reports what its share of respondents said
        (PolNeAR annotates the poll only: 27 of 27 such answers on its train split were false)."""
        polled = [
            (c.start, c.end, c.cue_start)
            for c in claims
            if c.source is not None and c.cue_start is not None and self._poll(c.source.root)
        ]
        if not polled:
            return claims
        return [
            c
            for c in claims
            if c.source is None
            or c.cue_start is None
            or not self._respondents(c.source.root)
            or not any(s <= c.cue_start < e and k != c.cue_start for s, e, k in polled)
        ]

    def _respondents(self, root: Token) -> bool:
        """A share of a poll's respondents: "56 percent", "42%", "a majority of voters", "six in 10",
        "those who said"."""
        return root.lemma_.lower() in self.c.shares or root.text == "%" or root.tag_ in ("CD", "WP")

    def _main_clause(self, sent: Span, found: Sequence[RawClaim]) -> tuple[int, int] | None:
        """The main clause's characters when every claim ``found`` in ``sent`` hangs on one side clause
        set off by a comma: a sentence-final participial cue ("Lena Maris resigned on Thursday, citing
        health reasons", "The mayor closed the bridge, saying that A") or a fronted adverbial clause
        ("Unable to confirm that A, the coastguard widened its search"). The main clause is no cue's,
        the outlet's own statement; the side clause reports only what it holds. None otherwise."""
        doc = self.doc
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words:
            return None
        side: Token | None = None
        for c in found:
            if c.attribution == ATTITUDE:
                continue
            tok = next((t for t in sent if c.cue_start is not None and t.idx == c.cue_start), None)
            if (
                tok is None
                or tok.head.i == tok.i
                or tok.head.dep_ != "ROOT"
                or tok.head.pos_ not in ("VERB", "AUX")
                or self.cue_verb(tok.head) is not None
                or (side is not None and side.i != tok.i)
            ):
                return None
            final = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.i < tok.i
            fronted = tok.dep_ == "advcl" and tok.head.i > tok.i
            if not (final and tok.right_edge.i >= words[-1].i) and not (fronted and tok.left_edge.i <= words[0].i):
                return None
            side = tok
        if side is None:
            return None
        if side.i > side.head.i:  # final: the main clause ends before the comma
            comma = side.left_edge.i - 1
            if comma <= sent.start or doc[comma].text != "," or side.head.left_edge.i > words[0].i:
                return None
            return sent.start_char, doc[comma - 1].idx + len(doc[comma - 1].text)
        comma = side.right_edge.i + 1  # fronted: it starts after the comma
        if comma >= sent.end - 1 or doc[comma].text != ",":
            return None
        return doc[comma + 1].idx, sent.end_char

    def _before_speaker(self, sent: Span, cue_char: int) -> int | None:
        """Where the writer's own statement ends in a sentence holding a quotation's speaker cue: None
        when the speaker clause is the whole sentence up to its colon ("Ann Lee, who chairs the board,
        said:"); before the speaker clause coordinated after the statement ("The board approved the
        budget, and Ann Lee said:"); else the sentence's end."""
        cue = next((t for t in sent if t.idx <= cue_char < t.idx + len(t.text)), None)
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        if cue is None or first is None or cue.left_edge.i <= first.i:
            return None
        lo = cue.left_edge.i
        clause = {t.i for t in cue.subtree}
        simple = cue.dep_ in ("conj", "parataxis") and all(
            t.i in clause or t.is_punct or t.is_space for t in sent if t.i >= lo
        )
        if not simple:
            return sent.end_char
        doc = sent.doc
        hi = lo
        while hi > sent.start and (doc[hi - 1].dep_ == "cc" or doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
        return doc[hi - 1].idx + len(doc[hi - 1].text) if hi > sent.start else None

    def _toward_things(
        self, sentences: Sequence[Span], claims: list[RawClaim], quote_ranges: list[tuple[int, int]]
    ) -> list[RawClaim]:
        """A stance toward a thing ("Rival bidders challenged the award") is an attitude, not a proposition to
        compare: MEANTIME links no such verb to its object (2 of its false claims), and the sample gold
        keeps the writer's statement of the act. The sentence gets that statement back when no other claim
        is its own. Done after the tagger's claims are merged, so the rules' claim (its span, its source)
        stays what PolNeAR scores, as before."""
        turned = set()
        for c in claims:
            if c.toward_thing and c.attribution != ATTITUDE:
                c.attribution = ATTITUDE
                turned.add(c.sentence.start)
        if not turned:
            return claims
        own = {c.sentence.start for c in claims if c.attribution != ATTITUDE}
        for sent in sentences:
            if sent.start not in turned or sent.start in own:
                continue
            if any(qs <= sent.start_char < qe or sent.start_char <= qs < sent.end_char for qs, qe in quote_ranges):
                continue
            statement = self.author(sent)
            if statement:
                claims.append(statement)
        return claims


def _overlaps(a: RawClaim, b: RawClaim) -> bool:
    """``b``'s content or cue overlaps ``a``'s content."""
    if b.start < a.end and a.start < b.end:
        return True
    return b.cue_start is not None and b.cue_end is not None and b.cue_start < a.end and a.start < b.cue_end


def _same_paragraph_or_open(text: str, prev_end: int, start: int) -> bool:
    """A quotation at ``start`` may continue the one that ended at ``prev_end``: no line break between
    them, or the earlier one ran to the end of its paragraph unclosed (a quotation over several
    paragraphs opens each with a quote mark). A new paragraph's quotation otherwise has a speaker of
    its own, named where it is (on PolNeAR train a continuation from an earlier paragraph was right
    about one time in six)."""
    between = text[prev_end:start]
    if "\n" not in between:
        return True
    rest = between[: between.index("\n")]
    return not rest.strip(" .,;:!?\t")  # the earlier quotation ran to its paragraph's end, unclosed


def _misparsed_relative(verb: Token) -> Token | None:
    """A clause before a subjectless ``verb`` that holds both a noun subject and a relative "who" after
    it: "Ruiz, meanwhile, who has no endorsements, said A", parsed as if "Ruiz who has" were said."""
    if any(c.dep_ in _SUBJ for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > verb.i:
            continue
        subjects = [g for g in c.children if g.dep_ == "nsubj"]
        who = next((g for g in subjects if g.tag_ in ("WP", "WDT")), None)
        if who is not None and any(
            g.i < who.i and g.tag_ not in ("WP", "WDT") and g.pos_ in ("PROPN", "NOUN", "PRON") for g in subjects
        ):
            return c
    return None


def _quote_marked(clause: Token) -> bool:
    """``clause`` stands between quotation marks ('"It is over," she said')."""
    doc = clause.doc
    lo, hi = clause.left_edge.i, clause.right_edge.i
    return lo > 0 and doc[lo - 1].is_quote and any(t.is_quote for t in doc[hi + 1 : hi + 3])


def _after_conjunction(subj: Token | None, clause: Token) -> bool:
    """A coordinating conjunction (and, but) stands between ``clause`` and the speaker ``subj`` after
    it: "Prices rose, and union leaders said B" (the parser may hang the conjunction on either)."""
    if subj is None or subj.i < clause.i:
        return False
    doc = subj.doc
    k = subj.left_edge.i - 1
    while k > clause.i and doc[k].is_punct:
        k -= 1
    return k > clause.i and doc[k].pos_ == "CCONJ"


def _hedge_verb(tok: Token) -> bool:
    """Verbs that hedge ("is expected to") rather than attribute; see modality.toml."""
    return tok.lemma_.lower() in set(lexicons.modality().hedged_verbs)


def _source_like(tok: Token, resolver: Resolver) -> bool:
    """A noun phrase that can be a source: an actor, or people / documents that speak."""
    from .mentions import actor_words

    if resolver.mention_at(tok) is not None or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lex = actor_words()
    w = tok.lemma_.lower()
    return w in lex.anonymous or w in lex.spokes or w in lex.reports or w in ("source", "people", "person")


_WH = frozenset({"how", "what", "whether", "where", "why", "who", "which", "when", "whom"})


def _expletive(subj: Token) -> bool:
    """An empty subject ("it is expected that ...", "there is"), not "it" before a raised infinitive
    ("It is expected to reach 3,000 staff": "it" is the thing expected)."""
    if subj.lower_ not in _EXPLETIVE:
        return False
    head = subj.head
    return not (
        subj.lower_ == "it"
        and subj.dep_ == "nsubjpass"
        and any(c.dep_ == "xcomp" and c.i > head.i and _infinitive(c) for c in head.children)
    )


#: objects of a fronted "to" that hold a view ("To him, A", "To many, A", "To anyone who follows X, A")
_VIEW_HOLDERS = frozenset({"him", "her", "them", "me", "us", "anyone", "everyone", "anybody", "everybody"})
_QUANTIFIERS = frozenset(
    {"most", "both", "all", "several", "many", "some", "few", "others", "those", "none", "each", "either", "neither"}
)


def _proposition(noun: Token) -> bool:
    """``noun`` holds a that-clause, a proposition of its own: "sees a chance that the port
    closes", "saw signs that A" (a view, not a thing seen)."""
    return any(
        c.dep_ in ("acl", "ccomp") and c.i > noun.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in noun.children
    )


def _held(claim: RawClaim, held: bool) -> RawClaim:
    """``claim`` as an attitude when its cue's holder is a holder noun only ("the union endorsed her")."""
    if held:
        claim.attribution = ATTITUDE
        if claim.cue_start is not None:
            cue = next((t for t in claim.sentence if t.idx == claim.cue_start), None)
            if cue is not None and any(c.dep_ == "neg" for c in cue.children):
                claim.negated_by_cue = claim.withheld = True
    return claim


def _people_like(subj: Token | None) -> bool:
    """A subject that may hold a stance without being named: a group ("voters", "both of them",
    "those who ..."), a relative "who", or a thing's relative pronoun standing for such a group;
    not a single thing ("the crisis supported banks", "the car pushed rivals to follow suit")."""
    if subj is None:
        return False
    if subj.tag_ == "WDT" and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
        subj = subj.head.head  # "groups that backed X": the groups
    return subj.tag_ in ("NNS", "NNPS", "WP") or subj.lower_ in _QUANTIFIERS


def _infinitive(tok: Token) -> bool:
    """``tok``'s phrase is a to-infinitive, negated or not ("to run", "not to run", "never to return")."""
    first = tok.left_edge
    if first.lower_ in ("not", "never") and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]
    return first.lower_ == "to"


def _referential_it(subj: Token, cue_tok: Token | None, cue: CueEntry) -> bool:
    """The word "it" as the active subject of a verb of saying or showing stands for what speaks, a report, a
    complaint or an ad named before ("It says A", "It also points out that A"); an empty "it" takes a
    passive or a verb of how things are ("it is said that A", "it emerged that A", "it seems")."""
    return (
        subj.lower_ == "it"
        and subj.dep_ == "nsubj"
        and cue_tok is not None
        and subj.head.i == cue_tok.i
        and cue_tok.pos_ == "VERB"
        and cue.kind in ("speech", "evidence")
        and not any(c.dep_ in ("auxpass", "neg") for c in cue_tok.children)
    )


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject does what the infinitive ``verb`` says, when the parser gives it no
    subject of its own: a purpose ("met the workers on Friday to discuss A", "went on to explain
    that A"), an infinitive after an adjective ("was quick to point out that A", "were reluctant to
    reveal A") or after the object of "have" ("has a chance to show that A"). Not the subject of a
    passive ("the rule was changed to allow A": whoever changed it)."""
    if not _infinitive(verb) or verb.head.i == verb.i:
        return None
    head = verb.head
    if verb.dep_ == "advcl":
        governor = head
    elif (verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp") or (
        verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() == "have"
    ):
        governor = head.head
    else:
        return None
    if governor.i == verb.i or governor.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in governor.children):
        return None
    return governor


def _infinitive_word(verb: Token) -> Token | None:
    """The word a cue's infinitive hangs on, whatever its place: "unable" in "was / proved unable to
    confirm that A" and in a fronted "Unable to confirm that A, ...", "failed" in "failed to confirm",
    "set" in "was set to announce", "chance" in "has a chance to show" (read against ``undone_words``
    and ``unrealised_words``)."""
    if not _infinitive(verb) or verb.head.i == verb.i or verb.dep_ not in ("xcomp", "advcl", "acl"):
        return None
    return verb.head


#: cue kinds whose negated verb says nothing ("has not confirmed that A", "never said that A"): not a belief ("does
#: not think that A" holds a view) nor a denial, a refusal or an evidence ("tests did not show that A" is a finding)
_SAYING = frozenset({"speech", "report"})


def _not_said(tok: Token, cue: CueEntry) -> Token | None:
    """The negator of a verb of saying that has not said its that-clause ("has not confirmed that A", "has yet to
    confirm that A", "never said that A": :func:`claimline.extraction.negation.negates`), else None; not a cue that
    negates itself ("did not deny that A" concedes), nor one with an object only ("did not confirm the report") or
    a question ("has yet to say when A": an indirect question, read as before)."""
    from .negation import negates, restricts

    if cue.kind not in _SAYING or cue.negates or tok.pos_ not in ("VERB", "AUX"):
        return None
    near = list(tok.children)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("have", "be"):
        near += tok.head.children  # ("has yet to confirm": "yet" hangs on "has")
    negator = next((c for c in near if negates(c) and not restricts(c)), None)
    if negator is None:
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if clause is None or any(
        c.tag_ in ("WDT", "WP", "WP$", "WRB") or (c.dep_ == "mark" and c.lower_ in ("whether", "if"))
        for c in clause.children
    ):
        return None  # (an object, or a question: "has yet to say when A", "did not say how many")
    return negator


def _negated_word(word: Token) -> bool:
    """A negation on ``word`` or on the verb it completes: "is not ready", "were not unable", "did not fail"."""
    if any(c.dep_ == "neg" for c in word.children):
        return True
    return word.dep_ in ("acomp", "oprd") and any(c.dep_ == "neg" for c in word.head.children)


def _capped(cue: CueEntry, most: str) -> CueEntry:
    """``cue`` with its certainty lowered to ``most`` when it says more ("appeared to deny": hedged)."""
    if MODALITY_RANK[cue.certainty] <= MODALITY_RANK[most]:
        return cue
    return cue.model_copy(update={"certainty": most})


def _sees_as(verb: Token) -> bool:
    """``verb`` takes an object and what the object is taken for: "saw the vote as a test"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    return obj is not None and any(c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in verb.children)


def _to_infinitive(verb: Token) -> Token | None:
    """The verb's infinitive complement after it ("wants to run")."""
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.i > verb.i and _infinitive(c)), None)


def _that_clause(noun: Token) -> Token | None:
    """The "that"-clause a noun governs: "reports that A", "claims that A" (not a relative clause
    with a stranded preposition: "questions that the rules were not written for"). The parser may
    call it a relative clause while it marks "that" as a complementizer and the clause has a subject
    of its own ("concerns that the ferries could be delayed"): a relative "that" is the subject or
    object it stands for."""
    return next(
        (
            c
            for c in noun.children
            if (
                (c.dep_ in ("acl", "ccomp") and not _gapped_predicate(noun, c))
                or (c.dep_ == "relcl" and _content_relcl(noun, c))
            )
            and c.i > noun.i
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            and not any(
                g.dep_ == "prep" and g.i > c.i and not any(o.dep_ in ("pobj", "pcomp") for o in g.children)
                for g in c.children
            )
        ),
        None,
    )


def _content_relcl(noun: Token, clause: Token) -> bool:
    """A clause the parser calls relative that has what a content clause has: a subject of its own,
    and no object gap while it holds the sentence's own predicate. spaCy may mark an object-relative
    "that" on the main verb ("The report that the board released in May warned A": "warned" under
    "report", "released" under "board"): the noun then governs no verb, and a verb under the
    clause's subject lacks its object; that clause is the sentence's predicate, not what the noun holds."""
    if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children):
        return False
    return not _gapped_predicate(noun, clause)


def _gapped_predicate(noun: Token, clause: Token) -> bool:
    """``clause`` under ``noun`` is the sentence's predicate with a relative verb's gap inside (see
    :func:`_content_relcl`): the noun is the root (nothing governs it), and a verb on the clause's
    subject lacks its object."""
    if noun.dep_ != "ROOT":
        return False
    return any(
        t.pos_ == "VERB"
        and t.dep_ in ("acl", "relcl")
        and t.i < clause.i
        and t.head.head == clause
        and t.head.dep_ in ("nsubj", "nsubjpass")
        and not any(g.dep_ in ("dobj", "ccomp", "xcomp", "nsubj", "nsubjpass", "attr", "oprd") for g in t.children)
        for t in clause.subtree
    )


def _is_indirect_question(comp: Token) -> bool:
    """A complement that is a question ("how quickly ...", "whether ...", "what NATO would pay")."""
    first = comp.left_edge
    return first.lower_ in _WH or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in comp.children)


def _asks_nothing(tok: Token, cue: CueEntry) -> bool:
    """A cue whose wh-clause is no proposition of its source's: not said ("did not say how much"),
    asked of someone ("asked the ministry to explain how"), or a finding ("the episode shows how")."""
    if cue.kind == "evidence" or any(c.dep_ == "neg" for c in tok.children):
        return True
    return _asked_of_someone(tok)


def _asked_of_someone(tok: Token) -> bool:
    """An infinitive cue put to someone: "asked the ministry to explain how"."""
    return _infinitive(tok) and any(c.dep_ in ("dobj", "iobj") for c in tok.head.children)


def _asked(obj: Token) -> bool:
    """The object names a question put to someone ("the questions", "many of the questions about
    X"): what was asked, not what the subject says."""
    return any(t.lemma_.lower() == "question" for t in obj.subtree if t.i <= obj.i + 3)


def _withholds(tok: Token, cue: CueEntry) -> bool:
    """A negated cue of something said, not a finding nor a question put to someone: "did not say
    how much A", "would not say whether A"."""
    return cue.kind != "evidence" and any(c.dep_ == "neg" for c in tok.children) and not _asked_of_someone(tok)


#: entity labels of a date or an amount: what outlets' own statements of an event disagree on
_COMPARABLE_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _reports_event(span: Span) -> bool:
    """The outlet's own statement of an event with something to compare: the sentence's main verb, or
    its subject noun, is a word of the event lexicon (a verb, or a noun not only a light verb's object;
    no speech act or opinion), and the sentence gives a date, an amount or a negation ("The strike began on
    Tuesday", "Its signing, planned for 1 June, is on hold", "The deal is worth 48 million euros"). It is
    a claim with no actor named, so the event's reports agree or disagree with it."""
    from ..events.lexicon import SPEECH, lexicon  # local: no import cycle, one cached lexicon

    if not any(t.ent_type_ in _COMPARABLE_ENTS or t.dep_ == "neg" for t in span):
        return False
    lex = lexicon()
    root = span.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.pos_ == "PRON" for c in subjects):
        return False  # "They did not name the providers": who "they" are is in another sentence
    if root.lemma_ == "be" and any(c.dep_ == "attr" for c in root.children):
        return False  # "The delay is the second revision in a month" classifies; "is worth X", "is on hold" state
    heads = [root, *subjects]
    for t in heads:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB":
            particle = next((c.lower_ for c in t.children if c.dep_ == "prt"), None)
            cls = lex.verbs.get(f"{lemma} {particle}") if particle else None
            cls = cls or lex.verbs.get(lemma)
        elif t.pos_ == "NOUN" and lemma not in lex.light_only:
            cls = lex.nouns.get(lemma)
        else:
            continue
        if cls is not None and not lex.is_commentary(cls) and lex.root(cls) != SPEECH:
            return True
    return False


def _has_description(span: Span) -> bool:
    from .mentions import actor_words  # local: shared lexicon cache

    lex = actor_words()
    for t in span:
        if t.pos_ in ("NOUN",) and t.lemma_.lower() in lex.noun_types:
            if any(c.lower_ in ("the", "this") for c in t.children):
                return True
    return False


def _absorb_fragments(claims: list[RawClaim]) -> list[RawClaim]:
    """A quoted fragment inside reported speech ("said he is 'proud of the campaign'") is part
    of that claim's content, not a quotation claim of its own."""
    reported = [(c.start, c.end) for c in claims if c.attribution != "direct_quote" and c.cue_start is not None]
    return [
        c
        for c in claims
        if c.attribution != "direct_quote" or not any(s <= c.start and c.end <= e for s, e in reported)
    ]


def _unnest(claims: list[RawClaim]) -> list[RawClaim]:
    """One attribution per stretch of text: an intention, perception or stance inside the
    content of another attributed claim ("she said he wants to run") belongs to that
    content, not to a claim of its own; so does a source-less report ("said the pilot is
    expected to ..."). A nested belief with a source of its own ("said the company expects")
    stays; one held by a personal pronoun ("told reporters he thinks A") is the speaker's
    own, part of what was said."""
    outer = [(c.start, c.end, c.cue_start) for c in claims if c.cue_start is not None]
    sourced = [(c.start, c.end, c.cue_start) for c in claims if c.cue_start is not None and c.source is not None]
    return [
        c
        for c in claims
        if c.cue_start is None
        or c.cue is None
        or (
            c.cue.kind not in _NOT_PARENTHETICAL
            and c.source is not None
            # "told reporters he thinks A": the speaker's own belief is part of what was said
            and not (c.cue.kind == "belief" and c.source.text.lower() in _PERSONAL)
            # "said they would vote for X", "says progressives agree with X": an act or a stance
            # taken with a preposition inside what someone said is part of it
            and not (_with_prep(c) and any(s <= c.cue_start < e and k != c.cue_start for s, e, k in sourced))
            # "said the audit shows A", "wrote that a study found A": evidence a thing gives is what
            # the speaker reports, part of what was said ("said, citing the audit, that A", "who
            # cited her record": a person's own act, a claim of its own, as PolNeAR has it)
            and not (
                c.cue.kind == "evidence"
                and not _person(c.source)
                and any(s <= c.cue_start < e and k != c.cue_start for s, e, k in sourced)
            )
        )
        or not any(s <= c.cue_start < e and k != c.cue_start for s, e, k in outer)
    ]


def _singular(tok: Token) -> str:
    """The singular of a noun the tagger may take for a plural name ("Insiders" as NNPS)."""
    low = tok.lemma_.lower()
    return low[:-1] if tok.tag_ == "NNPS" and low.endswith("s") else low


def _person(span: Span) -> bool:
    """``span`` names a person or stands for one (a personal or relative pronoun)."""
    root = span.root
    return root.ent_type_ == "PERSON" or root.tag_ in ("PRP", "WP")


def _with_prep(c: RawClaim) -> bool:
    """The claim's cue is a verb taken with one of its prepositions ("voted for", "agreed with")."""
    if c.cue is None or not c.cue.preps or c.cue_start is None or c.cue_end is None:
        return False
    words = doc_text(c.sentence.doc)[c.cue_start : c.cue_end].lower().split()
    return len(words) > 1 and words[-1] in c.cue.preps


def _dedupe(claims: list[RawClaim]) -> list[RawClaim]:
    """One claim per content span: the first, unless it has neither cue nor source and a later one
    does ('Ann Lee: "A"': the quotation as quoted, and as said by the name before the colon)."""
    seen: dict[tuple[int, int], int] = {}
    out: list[RawClaim] = []
    for c in claims:
        key = (c.start, c.end)
        k = seen.get(key)
        if k is None:
            seen[key] = len(out)
            out.append(c)
        elif out[k].cue_start is None and out[k].source is None and (c.cue_start is not None or c.source is not None):
            out[k] = c
    return out


#: cue kinds whose verb closes a sentence with its speaker after a comma ("A, the fire chief, Jan Pell, said")
_CLOSING_KINDS = frozenset({"speech", "report", "denial", "evidence"})
#: entity types a speaker's name in an apposition carries
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def _after_a_comma(doc: Doc) -> list[int]:
    """The indices from 3 on of the verbs and auxiliaries right after a comma, read from the parse's arrays
    (the tokens :func:`mend_trailing_speakers` looks at, without a Token made per token of the parse)."""
    if len(doc) < 4:
        return []
    arr = doc.to_array([POS, ORTH])
    pos = arr[:, 0]
    at = (pos[3:] == _VERB_POS) | (pos[3:] == _AUX_POS)
    at &= arr[2:-1, 1] == _COMMA
    return (numpy.flatnonzero(at) + 3).tolist()


def mend_trailing_speakers(doc: Doc) -> int:
    """Give a subjectless cue verb its speaker back when the parser hung the speaker's appositive phrase
    on the last noun of what was said: "An explosion killed three workers, the regional fire chief, Jan
    Pell, said." is parsed as if the chief were the workers' apposition and "said" had no subject; "Police
    arrested two men, a spokesman, Jan Novak, said." hangs both phrases on "men". The phrases between the
    comma after that noun and the comma before the verb become the verb's subject (the first phrase
    its head, the others its appositions), when one of them is a name (a person, an organisation) and the
    verb reports a clause before them. Changes the parse in place (attribution, frames and facets then read
    the same tree); returns how many speakers it moved."""
    c = cues()
    moved = 0
    for i in _after_a_comma(doc):  # (the mending changes heads and labels, never a word or its part of speech)
        verb = doc[i]
        entry = c.verbs.get(verb.lemma_.lower())
        if entry is None or entry.kind not in _CLOSING_KINDS:
            continue
        if any(ch.dep_ in (*_SUBJ, "expl") for ch in verb.children):
            continue
        last = doc[verb.i - 2]
        if last.pos_ not in ("PROPN", "NOUN") or last.head.i > verb.i:
            continue
        # the appositions the last word belongs to, up to the noun they hang on ("workers")
        chain: list[Token] = []
        t = last
        while t.dep_ == "appos" and t.head.i != t.i:
            chain.append(t)
            t = t.head
        if not chain or t.i > chain[-1].i:
            continue
        host = t
        # "two men, a spokesman, Jan Novak, said": both phrases hang on "men"; the speaker starts at the first
        first = min((a for a in host.children if a.dep_ == "appos" and host.i < a.i <= chain[-1].i), key=lambda a: a.i)
        edge = host.left_edge.i
        if (
            host.pos_ in ("NOUN", "PROPN")
            and host.dep_ in ("dobj", "pobj", "npadvmod", "attr", "conj")
            and edge > 1
            and doc[edge - 1].text == ","
            and host.head.i < edge
        ):
            # "behind the laundry, the service's spokeswoman, Martina Kral, said": the noun the name hangs on
            # is set off by a comma itself, the speaker's own head
            first = host
        lo = first.left_edge.i
        if lo < 1 or doc[lo - 1].text != "," or (first is not host and host.i >= lo):
            continue  # the phrase opens after a comma that closes what was said
        said = next(
            (
                ch
                for ch in verb.children
                if ch.dep_ in ("ccomp", "parataxis") and ch.left_edge.i <= host.i <= ch.right_edge.i
            ),
            None,
        )
        # "Norrak will cut 200 jobs, a union official, Petr Hora, said on Monday": the parser made the verb a
        # conjunct of what was said (no "and" between them)
        coordinated = (
            said is None
            and verb.dep_ == "conj"
            and verb.head.pos_ in ("VERB", "AUX")
            and verb.head.dep_ == "ROOT"
            and verb.head.i < lo
            and verb.head.left_edge.i <= host.i
            and not any(ch.dep_ == "cc" and ch.i > host.i for ch in verb.head.children)
        )
        if said is None and not coordinated:
            continue  # the phrases are inside the clause the verb reports
        if not any(tok.ent_type_ in _SPEAKER_ENTS for tok in doc[lo : verb.i - 1]):
            continue  # "killing three workers, all of them miners, said": a name marks the speaker
        if any(tok.pos_ in ("VERB", "AUX") for tok in doc[lo : verb.i - 1]):
            continue  # a clause of its own, not a noun phrase
        # the other phrases hang on the first; the commas around them on the verb
        if first is not host:
            for a in [a for a in host.children if a.dep_ == "appos" and first.i < a.i < verb.i]:
                a.head = first
        for p in [
            p for p in (host.children if first is not host else ()) if p.dep_ == "punct" and lo - 1 <= p.i < verb.i
        ]:
            p.head = verb
        if first is host and doc[verb.i - 1].head.i == host.i:
            doc[verb.i - 1].head = verb
        if coordinated:
            content = verb.head
            verb.head = verb
            verb.dep_ = "ROOT"
            content.head = verb
            content.dep_ = "ccomp"
            for p in [p for p in content.children if p.dep_ == "punct" and p.i > verb.i]:
                p.head = verb  # the full stop closes the sentence, not what was said
        first.head = verb
        first.dep_ = "nsubj"
        moved += 1
    return moved
