"""Actor mentions in a parsed article, and resolution of who a phrase refers to.

Mentions come from entities: those of the gazetteer's EntityRuler carry the
canonical name in ``ent_id_``; other ORG / PERSON / GPE entities of the
statistical NER become actors under their cleaned surface form ("OpenAI's"
→ OpenAI), unless listed in ``not_actors``. A surname alone ("Doe") links to
the full name mentioned earlier in the article ("Jane Doe"), an initial ("J.
Doe") and a transliteration ("Joerg" / "Jörg") to the full name written in the
article (``_one_name_each``); so does a surname the NER tags as an organisation ("chaired by Hollis"
after "Anita Hollis").

Resolution of a source phrase (``resolve``):

* a name inside the phrase → that actor (``direct``);
* a pronoun (it, he, they, its ...) or definite description ("the company",
  "the alliance", "alliance officials", "its leadership") → the most recent
  earlier mention of an actor whose type fits (``coreference``); a singular
  pronoun prefers a named subject of its sentence before it ("X denied A, its
  chief executive said" → X; "it": else the previous sentence's), and a
  description that spoke before keeps its referent against a body of its kind
  first named after it and silent since (``Resolver._kept``);
* a description naming a kind of company ("the bank", "the airline": ``kinds`` of actors.toml) → the
  actor whose name holds the word ("Tresk Bank"), else its sentence's only company, as subject
  ("Castellan Air grounded 12 jets, the airline said"), else unresolved; a subject the NER did not
  name ("Trelane bought Fosco, its chief executive said") is still the sentence's subject: "its"
  never reaches past it to an earlier speaker;
* a bare spokes noun ("officials") or a description with no fitting earlier
  mention → ``unresolved``, actor null — never a guess;
* generic people ("critics", "people familiar") → kind ``anonymous``;
  reports and documents ("initial reports", "data") → kind ``report``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

import numpy
from spacy.attrs import POS
from spacy.symbols import PROPN as _PROPN
from spacy.tokens import Doc, Span, Token

from .. import lexicons
from . import actors
from .pipeline import verb_lemmas

_PRONOUN_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
_PRONOUN_THING = frozenset({"it", "its"})
_PRONOUN_PLURAL = frozenset({"they", "them", "their"})
_LABEL_TYPE = {"PERSON": "person", "GPE": "country"}
_KEEP_LABELS = frozenset({"ORG", "PERSON", "GPE"})
WINDOW = 1500  # characters back in which a description looks for its referent


@dataclass(frozen=True)
class Mention:
    start: int  # char offsets
    end: int
    text: str
    actor: str
    type: str
    token_start: int
    token_end: int


@dataclass(frozen=True)
class Resolved:
    actor: str | None
    resolution: str  # direct | coreference | unresolved | none
    kind: str  # official | named | outlet | anonymous | report
    role: str = ""  # head lemma of the source phrase ("official", "spokesperson")
    start: int = 0


@dataclass(frozen=True)
class ActorWords:
    type_nouns: dict[str, frozenset[str]]  # type -> description nouns
    noun_types: dict[str, frozenset[str]]  # noun -> types
    spokes: dict[str, frozenset[str]]  # spokes noun -> types
    anonymous: frozenset[str]
    reports: frozenset[str]
    kinds: dict[str, frozenset[str]]  # kind noun ("bank", "airline") -> types


@cache
def actor_words() -> ActorWords:
    lex = lexicons.actors()
    type_nouns = {t: frozenset(n.lower() for n in e.nouns) for t, e in lex.types.items()}
    noun_types: dict[str, set[str]] = {}
    for t, nouns in type_nouns.items():
        for n in nouns:
            noun_types.setdefault(n, set()).add(t)
    spokes: dict[str, set[str]] = {}
    for t, e in lex.types.items():
        for n in e.spokes:
            spokes.setdefault(n.lower(), set()).add(t)
    kinds: dict[str, set[str]] = {}
    for t, e in lex.types.items():
        for n in e.kinds:
            kinds.setdefault(n.lower(), set()).add(t)
    return ActorWords(
        kinds={k: frozenset(v) for k, v in kinds.items()},
        type_nouns=type_nouns,
        noun_types={k: frozenset(v) for k, v in noun_types.items()},
        spokes={k: frozenset(v) for k, v in spokes.items()},
        anonymous=frozenset(a.lower() for a in lex.anonymous),
        reports=frozenset(r.lower() for r in lex.reports),
    )


def infer_type(name: str, label: str) -> str:
    """Type of an actor outside the gazetteer, from its NER label and name words."""
    if label in _LABEL_TYPE:
        return _LABEL_TYPE[label]
    words = {w.lower().strip(".,") for w in name.split()}
    for t, nouns in actor_words().type_nouns.items():
        if t in ("company", "organisation", "media"):
            continue
        if words & nouns:
            return t
    return "company"


def _gerund_opening(ent: Span) -> bool:
    """A one-word "entity" opening its sentence that is a verb's -ing form ("Signing is planned for
    1 June", "Testing began in May"): capitalised by its place, not a name. Verbs are the lemmatizer's."""
    if len(ent) != 1 or not ent[0].is_sent_start:
        return False
    w = ent[0].lower_
    if len(w) < 6 or not w.endswith("ing"):
        return False
    stem = w[:-3]
    verbs = verb_lemmas(ent.doc.vocab)
    return stem in verbs or stem + "e" in verbs or (stem[-1] == stem[-2] and stem[:-1] in verbs)


def _left_part(tok: Token, start: int, end: int) -> bool:
    """``tok``, just before a name's span, is an untagged capitalised proper noun compounding into it."""
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and not tok.ent_type_
        and start <= tok.head.i < end
        and tok.text[:1].isupper()
        and tok.text.isalpha()
    )


def unnamed_country(name: str, text: str, doc: Doc) -> bool:
    """``text`` names the national body ``name`` by its head alone ("the Navy", "the navy" of "U.S. Navy":
    :func:`actors.head_alias`), and the article names neither the body's country (``country`` in
    ``models/actors.toml``) nor its people: every country has a navy, so it is that country's only when the story
    says so (review 17 Y11)."""
    g = actors.gazetteer()
    country = g.countries.get(name)
    if not country or not actors.head_alias(name, actors.clean_name(text), g.types.get(name, "")):
        return False
    return not _names_country(country, doc)


def _names_country(country: str, doc: Doc) -> bool:
    """The article names ``country``: its name, an alias or a demonym (asked once per country and article)."""
    cache = doc.user_data.setdefault("claimline_countries_named", {})
    found = cache.get(country)
    if found is None:
        g = actors.gazetteer()
        forms = {f for f, c in g.by_alias.items() if c == country} | {d for d, c in g.demonyms.items() if c == country}
        found = cache[country] = any(re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", doc.text) for f in forms if f)
    return found


def find_mentions(doc: Doc) -> list[Mention]:
    g = actors.gazetteer()
    out: list[Mention] = []
    people: dict[str, str] = {}  # surname -> full name
    for ent in doc.ents:
        if ent.label_ not in _KEEP_LABELS or "\n" in ent.text or "\r" in ent.text:
            continue  # a name never spans a line break (blanked furniture, another paragraph)
        start, end = ent.start, ent.end
        # an organisation's name the NER cut short on the left: "Pallas Bank" tagged "Bank" (review 12 T22):
        # untagged proper nouns compounding into it belong to it (a person's title stays out: "Judge Marta …")
        while ent.label_ == "ORG" and start > 0 and _left_part(doc[start - 1], start, end):
            start -= 1
        # an amount the NER ran into the name: "fined Ulmar Steel 7 million euros" (the number belongs
        # to a noun after the name; "Boeing 737" is the head of its own phrase)
        while end > start + 1 and doc[end - 1].tag_ == "CD" and doc[end - 1].head.i >= end:
            end -= 1
        etext = ent.text if (start, end) == (ent.start, ent.end) else doc[start:end].text
        if ent.ent_id_ and not unnamed_country(ent.ent_id_, etext, doc):
            name = ent.ent_id_
            typ = g.types.get(name, "organisation")
        elif ent.ent_id_:
            name, typ = actors.clean_name(etext), g.types.get(ent.ent_id_, "organisation")
        else:
            if actors.is_not_actor(etext) or _gerund_opening(ent):
                continue
            known = actors.canonical(etext)
            cleaned = actors.clean_name(etext)
            if not cleaned or not any(ch.isalpha() for ch in cleaned):
                continue
            one = cleaned.split()
            if known and not unnamed_country(known, etext, doc):
                name, typ = known, g.types.get(known, "organisation")
            elif known:
                name, typ = cleaned, g.types.get(known, "organisation")  # "the navy" of a story naming no country
            elif len(one) == 1 and ent.label_ != "GPE" and one[0] in people:
                name, typ = people[one[0]], "person"  # "chaired by Hollis" (tagged ORG) after "Anita Hollis"
            elif ent.label_ == "PERSON":
                parts = cleaned.split()
                if len(parts) == 1 and parts[0] in people:
                    name = people[parts[0]]
                else:
                    name = cleaned
                    if len(parts) >= 2:
                        people.setdefault(parts[-1], cleaned)
                typ = "person"
            else:
                name, typ = cleaned, infer_type(cleaned, ent.label_)
        if ent.label_ == "GPE" and end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ == "based":
            continue  # "Munich-based Helsing": a place of business, not an actor in the story
        # keep the possessive out of the mention span
        while end > start and doc[end - 1].tag_ == "POS":
            end -= 1
        if end == start:
            continue
        span = doc[start:end]
        out.append(Mention(span.start_char, span.end_char, span.text, name, typ, start, end))
    if people:
        # a surname the NER missed ("..., Okafor said") still names the person
        covered = {i for m in out for i in range(m.token_start, m.token_end)}
        for i in _proper_nouns(doc):  # (a Token made only for those)
            if i in covered:
                continue
            tok = doc[i]
            if tok.text in people:
                full = people[tok.text]
                if out and any(m.actor == full and m.start < tok.idx for m in out):
                    out.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, full, "person", tok.i, tok.i + 1))
        out.sort(key=lambda m: m.start)
    return _one_name_each(out, g.types)


def _proper_nouns(doc: Doc) -> list[int]:
    """The indices of the tokens tagged PROPN (read from the parse's POS column)."""
    return numpy.flatnonzero(doc.to_array(POS) == _PROPN).tolist() if len(doc) else []


_INITIAL = re.compile(r"^[A-Z]\.?$")


def _one_name_each(out: list[Mention], canonical: dict[str, str]) -> list[Mention]:
    """Variants of one name in one article name one actor, the first written in full: a person's
    initial ("J. Novak" after or before "Jan Novak"), a transliteration ("Joerg" / "Jörg"). The
    gazetteer's actors keep their own names (it knows their aliases). An abbreviation keeps its own
    ("NRC" beside "Northern Railway Company"): the event layer reads the two, side by side, as an alias
    it carries to other articles (``events.identity.acronyms``), and ``--actor`` matches initials."""
    if len(out) < 2:
        return out
    names: dict[str, str] = {}  # actor -> the actor it is a variant of
    first: dict[str, str] = {}  # folded name -> first actor so written
    full: dict[tuple[str, str], str] = {}  # (initial, folded surname) -> first person written with a first name
    for m in out:
        a = m.actor
        if a in canonical or a in names:
            continue
        key = actors.folded(a)
        if key in first and first[key] != a:
            names[a] = first[key]
            continue
        first.setdefault(key, a)
        parts = a.split()
        if m.type == "person" and len(parts) >= 2 and not _INITIAL.match(parts[0]):
            full.setdefault((parts[0][0], actors.folded(parts[-1])), a)
    for m in out:
        a = m.actor
        if a in canonical or a in names:
            continue
        parts = a.split()
        if m.type == "person" and len(parts) == 2 and _INITIAL.match(parts[0]):
            whole = full.get((parts[0][0], actors.folded(parts[1])))
            if whole:
                names[a] = whole
    if not names:
        return out
    types = {m.actor: m.type for m in out}
    return [replace(m, actor=names[m.actor], type=types[names[m.actor]]) if m.actor in names else m for m in out]


class Resolver:
    """Resolves phrases to actors using the mentions before them."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._starts = [m.start for m in mentions]
        self._longest = max((m.end - m.start for m in mentions), default=0)
        self._fits: dict[str, tuple[list[int], dict[str, list[int]]]] = {}
        self.sources: list[Resolved] = []
        self._by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.token_start, m.token_end):
                self._by_token[i] = m

    def mention_at(self, tok: Token) -> Mention | None:
        return self._by_token.get(tok.i)

    def in_span(self, span: Span) -> list[Mention]:
        lo = bisect.bisect_left(self._starts, span.start_char)
        hi = bisect.bisect_left(self._starts, span.end_char)
        return [m for m in self.mentions[lo:hi] if m.end <= span.end_char]

    def before(self, char: int, types: frozenset[str] | None = None, exclude_person: bool = False) -> str | None:
        """Most recent actor mentioned before ``char`` (optionally of one of ``types``)."""
        hi = bisect.bisect_left(self._starts, char)
        for k in range(hi - 1, -1, -1):  # no copy of the list: a long article has many mentions
            m = self.mentions[k]
            if types is not None and m.type not in types:
                continue
            if exclude_person and m.type == "person":
                continue
            return m.actor
        return None

    def _fitting(self, noun: str) -> tuple[list[int], dict[str, list[int]]]:
        """Indices of the mentions a description with head ``noun`` may refer to, in order, and the
        same per actor (computed once per noun)."""
        if noun not in self._fits:
            g = actors.gazetteer()
            types = actor_words().noun_types.get(noun, frozenset())
            fitting = [
                k for k, m in enumerate(self.mentions) if noun in g.descriptions.get(m.actor, ()) or m.type in types
            ]
            by_actor: dict[str, list[int]] = {}
            for k in fitting:
                by_actor.setdefault(self.mentions[k].actor, []).append(k)
            self._fits[noun] = (fitting, by_actor)
        return self._fits[noun]

    def described(self, noun: str, char: int) -> str | None:
        """The actor a definite description with head ``noun`` refers to, if one fits.

        Among fitting actors mentioned in the preceding ``WINDOW`` characters
        (else anywhere before), the most salient wins: the one mentioned most
        often so far, ties going to the most recent. "the company" after
        "OpenAI ... rivals like Palantir and Anduril" is OpenAI.
        """
        hi = bisect.bisect_left(self._starts, char)
        # only mentions that can end within WINDOW are looked at (bisection, not a scan of all before)
        lo = bisect.bisect_left(self._starts, char - WINDOW - self._longest)
        named = [m for m in self.mentions[lo:hi] if char - m.end <= WINDOW and noun in m.text.lower().split()]
        if named:  # "the agency" after "the NATO Communications and Information Agency"
            return named[-1].actor
        fitting, by_actor = self._fitting(noun)
        j = bisect.bisect_left(fitting, hi)  # the fitting mentions before: fitting[:j]
        if not j:
            return None
        recent = [self.mentions[i] for i in fitting[bisect.bisect_left(fitting, lo) : j]]
        recent = [m for m in recent if char - m.end <= WINDOW] or [self.mentions[fitting[j - 1]]]
        counts = {a: bisect.bisect_left(by_actor[a], hi) for a in {m.actor for m in recent}}
        last: dict[str, int] = {m.actor: k for k, m in enumerate(recent)}
        return max(last, key=lambda a: (counts[a], last[a]))

    def described_token(self, tok: Token) -> str | None:
        """:meth:`described` for a description in the text: one qualified by nouns of its own ("the food safety
        agency", "the transport ministry") is only an actor whose name holds those nouns, never another body of
        the kind ("the food safety agency" after "the health ministry" is no ministry; review 18 Z5)."""
        noun = tok.lemma_.lower()
        qualifiers = [
            t.lower_
            for t in tok.subtree
            if t.i < tok.i and t.pos_ == "NOUN" and t.dep_ == "compound" and t.is_lower and self.mention_at(t) is None
        ]
        if not qualifiers:
            return self.described(noun, tok.idx)
        hi = bisect.bisect_left(self._starts, tok.idx)
        for m in reversed(self.mentions[:hi]):
            words = m.text.lower().split()
            if noun in words and all(q in words for q in qualifiers):
                return m.actor
        return None

    def pronoun(self, word: str, char: int) -> str | None:
        if word in _PRONOUN_PERSON:
            return self.before(char, frozenset({"person"}))
        if word in _PRONOUN_THING:
            return self.before(char, exclude_person=True)
        if word in _PRONOUN_PLURAL:
            return self.before(char, exclude_person=True)
        return None

    def sentence_subject(self, span: Span, pronoun: str) -> tuple[bool, str | None]:
        """The actor a source's singular pronoun refers to when a sentence names it as a subject: the
        subject before the source in its own sentence ("Tevra Motors denied that it had bought shares in
        Volta Cells, its chief executive said" is Tevra Motors' chief executive, not Volta Cells'), else,
        for "it", the previous sentence's ("Volta Cells opened a plant in Lisk. On Monday it said ...").
        Among the named subjects of the pronoun's type, not inside a quotation, the one nearest its
        sentence's root; ties to the first. ``(found, actor)``: found False when there is none ("they"
        follows the previous source). For "it"/"its" a subject that names no actor as a whole but is a
        body ("The Brenwick regulator fined X, it said": Brenwick; "The ministry banned X, it said": the
        ministry, unresolved when no earlier name fits) is found too, so the pronoun never reaches past it
        to an object or to another paragraph; and a one-word name the NER took for a person ("Kelmar
        agreed to buy X, its chief executive said") is the company "its" needs.
        ("he"/"she" do not look back a sentence yet: right on the dev stories' two '"...," he said' after
        a speaker's sentence, but the right speaker there pairs a union official with the employer and a
        labour "strike" read as a targeting scope becomes a false conflict.)"""
        if pronoun in _PRONOUN_PERSON:
            person = True
        elif pronoun in _PRONOUN_THING:
            person = False
        else:
            return False, None
        sent = span.sent
        found = self._subject_in(sent.doc[sent.start : span.start], person)
        if not found[0] and not person and sent.start > 0:
            found = self._subject_in(sent.doc[sent.start - 1].sent, person)
        return found

    def _subject_in(self, toks: Span, person: bool) -> tuple[bool, str | None]:
        best: int | None = None
        actor = None
        quoted = False
        for tok in toks:
            if tok.is_quote and tok.tag_ != "POS":
                quoted = not quoted
                continue
            if quoted or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            m = self._by_token.get(tok.i)
            if m is not None and (m.type == "person") != person:
                if person or m.token_end - m.token_start != 1 or " " in m.actor:
                    continue  # "it" is no person; a one-word "person" the NER guessed may be a company
                name: str | None = m.actor
            elif m is not None:
                name = m.actor
            elif not person and tok.pos_ == "NOUN" and self._body_noun(tok):
                name = self._body(tok)
            elif not person and tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME", "GPE"):
                # a name the NER missed ("Trelane bought Fosco, its chief executive said"): its own, no one else's
                name = _unnamed(tok)
            else:
                continue
            depth, up = 0, tok
            while up.head.i != up.i:
                depth, up = depth + 1, up.head
            if best is None or depth < best:
                best, actor = depth, name
        return best is not None, actor

    @staticmethod
    def _body_noun(tok: Token) -> bool:
        """A subject noun that names a body able to speak ("the regulator", "the ministry"), not a thing
        ("the plant will open in May, it said": "it" is the company)."""
        lex = actor_words()
        hl = tok.lemma_.lower()
        return hl in lex.noun_types or own_description(hl) or hl in lex.spokes

    def _body(self, tok: Token) -> str | None:
        """The actor of a body noun: a name inside its phrase ("The Brenwick regulator"), else the body
        an earlier name fits ("the ministry" after "the Transport Ministry"), else none."""
        for child in tok.children:
            if child.dep_ in ("compound", "nmod", "poss", "amod") and child.i < tok.i:
                m = self._by_token.get(child.i)
                if m is not None:
                    return m.actor
        return self.described(tok.lemma_.lower(), tok.idx)

    def _named_kind(self, noun: str, span: Span) -> str | None:
        """The actor of a description naming a kind ("the bank", "the airline"; ``kinds`` of actors.toml):
        the last actor within ``WINDOW`` whose name holds the noun ("Tresk Bank"), else the named subject
        of the description's own sentence if it is of the kind's type ("Castellan Air grounded 12 jets,
        the airline said"); never any other company."""
        char = span.start_char
        hi = bisect.bisect_left(self._starts, char)
        lo = bisect.bisect_left(self._starts, char - WINDOW - self._longest)
        named = [m for m in self.mentions[lo:hi] if char - m.end <= WINDOW and noun in m.text.lower().split()]
        if named:
            return named[-1].actor
        types = actor_words().kinds.get(noun, frozenset())
        sent = span.sent
        before = span.doc[sent.start : span.start]
        others = {m.actor for m in self.in_span(before) if m.type in types and _heads_phrase(m, span.doc)}
        if not others:
            return self._unnamed_subject(before)
        if len(others) != 1:
            return None  # "Marwick Motors sued Osk Air, the airline said": which of the two is the airline?
        return self._fitting_subject(span, noun, types)

    def _unnamed_subject(self, toks: Span) -> str | None:
        """A kind's company the NER did not name: the sentence's subject, a proper noun it left untagged
        ("Arvel Motors recalled 8,000 Corsa vans, the carmaker said"), when no other name heads a phrase
        before the description ("Marwick Motors sued Osk Air, the airline said": no guess)."""
        found: list[tuple[Token, str | None]] = []
        quoted = False
        for tok in toks:
            if tok.is_quote and tok.tag_ != "POS":
                quoted = not quoted
                continue
            if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ in ("DATE", "TIME", "GPE"):
                continue
            m = self._by_token.get(tok.i)
            if m is not None and tok.i != m.token_end - 1:
                continue  # inside a name: its last word stands for it
            if m is not None or any(c.dep_ == "appos" for c in tok.children):
                # a company of another kind, a person, a body ("Karin Lund, the central bank governor, did not
                # resign, the bank said"; a name the NER took for a person's is not told from one): no guess
                return None
            found.append((tok, _unnamed(tok)))
            if quoted or len(found) > 1:
                return None
        if len(found) != 1:
            return None
        tok, name = found[0]
        return name if tok.dep_ in ("nsubj", "nsubjpass") else None

    def _unnamed_before(self, span: Span, noun: str) -> bool:
        """Whether the source's sentence, before it, holds a body of that noun the NER did not name ("The food
        safety agency closed the plant on Tuesday, a spokesman for the agency said": that agency, not the
        ministry the previous sentence quoted; review 18 Z5) — the description's referent, unresolved."""
        quoted = False
        for tok in span.doc[span.sent.start : span.start]:
            if tok.is_quote and tok.tag_ != "POS":
                quoted = not quoted
                continue
            if quoted or tok.pos_ != "NOUN" or tok.lemma_.lower() != noun or tok.dep_ == "compound":
                continue
            if self.mention_at(tok) is None and any(c.dep_ in ("amod", "compound") for c in tok.children):
                return True
        return False

    def _fitting_subject(self, span: Span, noun: str, types: frozenset[str] | None = None) -> str | None:
        """A named subject before a description's source in its own sentence that the description fits:
        "Veltra won a contract from Ostrava, the company said" is Veltra, not the place after it."""
        g = actors.gazetteer()
        if types is None:
            types = actor_words().noun_types.get(noun, frozenset())
        best: int | None = None
        actor = None
        quoted = False
        for tok in span.doc[span.sent.start : span.start]:
            if tok.is_quote and tok.tag_ != "POS":
                quoted = not quoted
                continue
            if quoted or tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            m = self._by_token.get(tok.i)
            if m is None or not (noun in g.descriptions.get(m.actor, ()) or m.type in types):
                continue
            depth, up = 0, tok
            while up.head.i != up.i:
                depth, up = depth + 1, up.head
            if best is None or depth < best:
                best, actor = depth, m.actor
        return actor

    def _kept(self, role: str, actor: str | None, char: int) -> Resolved | None:
        """An earlier source described by the same noun keeps the description's referent ("the ministry
        said" twice) against an actor first named after that source and silent since: "the transport
        ministry", named in passing after the first statement of "the ministry", takes none. None when
        the description may resolve as it does."""
        if actor is None:
            return None
        earlier = next((s for s in reversed(self.sources) if s.role == role and s.start < char), None)
        if (
            earlier is None
            or earlier.actor == actor
            or earlier.resolution not in ("direct", "coreference", "unresolved")
        ):
            return None
        if any(s.actor == actor for s in self.sources):
            return None  # it has spoken: it may be the one meant now
        first = next(s for s in self.sources if s.role == role)
        k = bisect.bisect_left(self._starts, first.start)
        if any(m.actor == actor for m in self.mentions[:k]):
            return None  # named before the description's first statement: salience decides, as it did then
        return Resolved(earlier.actor, "coreference" if earlier.actor else "unresolved", earlier.kind)

    def resolve(self, span: Span, subject_actors: set[str] | None = None, previous: Resolved | None = None) -> Resolved:
        """Who the source phrase ``span`` refers to (see module docstring).

        ``previous`` is the resolution of the source of the claim before this
        one: plural pronouns ("they say") follow it.
        """
        lex = actor_words()
        named = self.in_span(span)
        head = span.root
        hl = head.lemma_.lower()
        hw = head.lower_
        generic = hl in lex.anonymous or hw in lex.anonymous
        if named:
            at_head = self.mention_at(head)
            person = next((m for m in named if m.type == "person"), None)
            if at_head is None and generic:
                # "critics of the Pentagon deal", "a diplomat from one NATO state"
                return Resolved(None, "none", "anonymous")
            m = at_head or person or named[0]
            return Resolved(m.actor, "direct", _kind_for(m.actor, m.type, subject_actors))
        if head.pos_ == "PRON" or hw in _PRONOUN_PERSON | _PRONOUN_THING | _PRONOUN_PLURAL:
            if hw in _PRONOUN_PLURAL and previous is not None:
                return previous
            found, actor = self.sentence_subject(span, hw)
            if not found:
                actor = self.pronoun(hw, span.start_char)
            if actor:
                return Resolved(actor, "coreference", _kind_for(actor, None, subject_actors))
            return Resolved(None, "unresolved", "anonymous")
        determined = any(t.lower_ in ("the", "this", "that", "these", "those") for t in head.children)
        # definite description: "the company", "the alliance"
        if (
            determined
            and not any(t.lower_ == "news" and t.dep_ == "compound" for t in head.children)
            and (hl in lex.noun_types or hw in lex.noun_types or own_description(hl))
        ):
            noun = hl if hl in lex.noun_types or own_description(hl) else hw
            actor = self._fitting_subject(span, noun) or self.described(noun, span.start_char)
            kept = self._kept(hl, actor, span.start_char)
            if kept is not None:
                return kept
            if actor:
                return Resolved(actor, "coreference", _kind_for(actor, None, subject_actors))
            return Resolved(None, "unresolved", "anonymous")
        if determined and (hl in lex.kinds or hw in lex.kinds):
            actor = self._named_kind(hl if hl in lex.kinds else hw, span)
            if actor:
                return Resolved(actor, "coreference", _kind_for(actor, None, subject_actors))
            return Resolved(None, "unresolved", "anonymous")
        if hl in lex.spokes or hw in lex.spokes:
            demonyms = actors.gazetteer().demonyms
            for child in head.children:
                cl = child.lemma_.lower()
                if child.dep_ == "poss" and child.lower_ in _PRONOUN_THING | _PRONOUN_PLURAL:
                    found, actor = self.sentence_subject(span, child.lower_)
                    if not found:
                        actor = self.pronoun(child.lower_, span.start_char)
                    if actor:
                        return Resolved(actor, "coreference", _kind_for(actor, None, subject_actors))
                if child.dep_ in ("compound", "amod", "nmod") and child.text in demonyms:
                    actor = demonyms[child.text]
                    return Resolved(actor, "direct", _kind_for(actor, None, subject_actors))
                if child.dep_ in ("compound", "amod", "nmod") and (cl in lex.noun_types or own_description(cl)):
                    actor = self.described(cl, span.start_char)
                    if actor:
                        return Resolved(actor, "coreference", _kind_for(actor, None, subject_actors))
                if child.dep_ == "prep":  # "officials at the agency"
                    pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    if pobj is not None:
                        pl = pobj.lemma_.lower()
                        if (pl in lex.noun_types or own_description(pl)) and self._unnamed_before(span, pl):
                            return Resolved(None, "unresolved", "anonymous")
                        if pl in lex.noun_types or own_description(pl):
                            actor = self.described(pl, span.start_char)
                            if actor:
                                return Resolved(actor, "coreference", _kind_for(actor, None, subject_actors))
            if determined and previous is not None and previous.actor and previous.role == hl:
                # "the official" after "a NATO official said ..."
                return Resolved(previous.actor, "coreference", previous.kind)
            if determined:
                for earlier in reversed(self.sources):
                    if earlier.role == hl and earlier.actor and earlier.start < span.start_char:
                        return Resolved(earlier.actor, "coreference", earlier.kind)
            return Resolved(None, "unresolved", "anonymous")
        media = lex.type_nouns.get("media", frozenset())
        if any(t.lemma_.lower() in media or (t.lower_ == "news" and t.dep_ == "compound") for t in span):
            return Resolved(None, "none", "outlet")  # "a news agency reported", "one newspaper said"
        if generic:
            return Resolved(None, "none", "anonymous")
        if hl in lex.reports or hw in lex.reports:
            return Resolved(None, "none", "report")
        return Resolved(None, "none", "anonymous")

    def remember(self, span: Span, resolved: Resolved) -> Resolved:
        """Record a resolved source so that later "the official" can refer back to it."""
        role = span.root.lemma_.lower()
        out = Resolved(resolved.actor, resolved.resolution, resolved.kind, role, span.start_char)
        self.sources.append(out)
        return out


def _unnamed(tok: Token) -> str | None:
    """The name a proper noun the NER did not tag heads with the proper nouns compounding into it
    ("Arvel Motors"), cleaned; None when it is no more than a word of a known phrase."""
    lo = tok.i
    doc = tok.doc
    while lo > 0 and doc[lo - 1].pos_ == "PROPN" and doc[lo - 1].dep_ == "compound" and doc[lo - 1].head.i > lo - 1:
        lo -= 1
    text = actors.clean_name(doc[lo : tok.i + 1].text)
    if not text or not text[:1].isupper():
        return None
    return actors.canonical(text) or text


def _heads_phrase(m: Mention, doc: Doc) -> bool:
    """A mention that is a party in its sentence, not a modifier of another noun ("Corsa vans")."""
    return doc[m.token_end - 1].dep_ != "compound"


@cache
def _all_descriptions() -> frozenset[str]:
    return frozenset(d for ds in actors.gazetteer().descriptions.values() for d in ds)


def own_description(noun: str) -> bool:
    return noun in _all_descriptions()


def _kind_for(actor: str, typ: str | None, subject_actors: set[str] | None) -> str:
    typ = typ or actors.actor_type(actor) or "organisation"
    if typ == "media":
        return "outlet"
    if subject_actors and actor in subject_actors:
        return "official"
    return "named"
