"""The trained attribution tagger: which tokens are cues (and sources, contents) of an attribution.

A small tagger trained on PolNeAR train with spaCy's own training (``training/attribution/``).
It reads what the parse already computed — ``doc.tensor`` (the output of the pipeline's own
``tok2vec``) and a few dependency features of each token — through one projection and a
two-layer window encoder, so it costs one small layer on top of the parse. The weights live in
``models/attribution/``; it runs by default (:data:`DEFAULT`; ``CLAIMLINE_CUE_MODEL=off``
switches it off: see :func:`model_path`); switched off, or without the weights, :func:`predict`
returns ``None`` and claimline runs on the rules alone. Inference is plain numpy
(:class:`_Net`), one pass over the whole document; thinc only builds the model for training.
The rules take each predicted cue as a cue and find its source and content by the dependency
patterns in ``attribution.py``.

Tags: ``B-CUE``/``I-CUE``, ``B-SRC``/``I-SRC``, ``B-CNT``/``I-CNT``, ``O``.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import numpy
from spacy.attrs import DEP, HEAD, LOWER, ORTH, POS, SENT_START
from spacy.ml.models.tok2vec import MaxoutWindowEncoder
from spacy.tokens import Doc, Token
from spacy.util import registry
from thinc.api import Maxout, Model, chain, with_array

from ..lexicon_files import models_dir
from ..lexicons import CueEntry
from ..vocab import DOUBLE_QUOTES
from .tag_runs import cue_head, runs

MODEL_ENV = "CLAIMLINE_CUE_MODEL"
#: what an unset ``CLAIMLINE_CUE_MODEL`` means: ``"on"`` (the shipped weights, claimline's default
#: since PolNeAR dev 72.3 -> 74.0 with them at no measurable ingest cost; models/MODEL_CARD.md) or
#: ``"off"`` (rules alone). See :func:`model_path`.
DEFAULT = "on"
COMPONENT = "cue_tagger"
#: width of ``doc.tensor`` in en_core_web_sm
TENSOR_WIDTH = 96
#: least probability of a cue start for the rules to take it (precision over recall, on PolNeAR dev)
CUE_THRESHOLD = 0.5
#: beside the weights: how often each word heads a cue in PolNeAR train (``training/attribution/lemmas.py``)
LEMMA_TABLE = "cue_lemmas.json"
#: least share of a word's occurrences in PolNeAR train that are cues, for a tagged cue the lexicon lacks
MIN_CUE_RATE = 0.3
#: added to a word's occurrences before the share is taken (a word seen twice, once as a cue, is no 0.5)
RATE_SMOOTHING = 5

_DEPS = [
    "ROOT",
    "ccomp",
    "xcomp",
    "dobj",
    "nsubj",
    "nsubjpass",
    "csubj",
    "advcl",
    "parataxis",
    "conj",
    "prep",
    "pobj",
    "pcomp",
    "acl",
    "relcl",
    "amod",
    "compound",
    "poss",
    "agent",
    "attr",
    "punct",
    "acomp",
    "advmod",
    "aux",
    "auxpass",
    "det",
    "appos",
    "npadvmod",
    "oprd",
    "dative",
    "mark",
    "neg",
    "prt",
]
_DEP_INDEX = {d: i for i, d in enumerate(_DEPS)}
_CHILD_DEPS = ("ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "prep", "dative", "oprd", "acl", "advcl")
_CHILD_INDEX = {d: i for i, d in enumerate(_CHILD_DEPS)}
_POS = ("VERB", "NOUN", "PROPN", "ADP", "PUNCT", "PRON", "ADJ", "AUX")
_POS_INDEX = {p: i for i, p in enumerate(_POS)}
_QUOTES = DOUBLE_QUOTES
#: one-hot dependency label (+ other), head's label, child labels, part of speech, local marks
N_FEATURES = (len(_DEPS) + 1) * 2 + len(_CHILD_DEPS) + 1 + len(_POS) + 6


class _Keys:
    """The string store's keys of the labels the features read, as sorted arrays (one ``searchsorted``
    maps a column of ``doc.to_array`` to feature indices, without a look-up per token)."""

    def __init__(self, strings) -> None:
        nd = len(_DEPS) + 1
        deps = {strings[d]: (i, _CHILD_INDEX.get(d, -1)) for i, d in enumerate(_DEPS)}
        for d, k in _CHILD_INDEX.items():  # a child label that is no _DEPS label ("other" as a label)
            deps.setdefault(strings[d], (nd - 1, k))
        order = sorted(deps)
        self.dep_keys = numpy.array(order, dtype="uint64")
        self.dep_index = numpy.array([deps[k][0] for k in order] + [nd - 1], dtype="int64")
        self.child_index = numpy.array([deps[k][1] for k in order] + [-1], dtype="int64")
        pos = {strings[p]: i for i, p in enumerate(_POS)}
        order = sorted(pos)
        self.pos_keys = numpy.array(order, dtype="uint64")
        self.pos_index = numpy.array([pos[k] for k in order] + [-1], dtype="int64")
        self.quotes = numpy.array(sorted(strings[q] for q in _QUOTES), dtype="uint64")
        self.mark, self.that, self.colon, self.comma = (strings[w] for w in ("mark", "that", ":", ","))


@cache
def _keys(strings) -> _Keys:
    return _Keys(strings)


def _at(keys: numpy.ndarray, values: numpy.ndarray) -> numpy.ndarray:
    """The position of each value in the sorted ``keys``, or ``len(keys)`` when absent."""
    pos = numpy.searchsorted(keys, values)
    hit = pos < len(keys)
    hit[hit] = keys[pos[hit]] == values[hit]
    return numpy.where(hit, pos, len(keys))


def parse_features(doc: Doc, out: numpy.ndarray | None = None) -> numpy.ndarray:
    """Dependency and punctuation features per token (0/1), from the parse of ``doc`` (written
    into ``out``, tokens x :data:`N_FEATURES`, when given).

    Vectorised over ``doc.to_array`` (the same values as :func:`_parse_features_loop`, which
    reads them token by token: about a tenth of the time)."""
    n = len(doc)
    if out is None:
        out = numpy.zeros((n, N_FEATURES), dtype="float32")
    else:
        out[:] = 0.0
    if not n or not doc.has_annotation("DEP"):
        return out  # no parse (spaCy's initialisation samples): tensor only
    nd = len(_DEPS) + 1
    base_child = 2 * nd
    base_pos = base_child + len(_CHILD_DEPS) + 1
    base_mark = base_pos + len(_POS)
    keys = _keys(doc.vocab.strings)
    arr = doc.to_array([DEP, HEAD, POS, ORTH, LOWER, SENT_START])
    rows = numpy.arange(n)
    head = rows + arr[:, 1].astype("int64")  # HEAD is relative
    at = _at(keys.dep_keys, arr[:, 0])
    dep = keys.dep_index[at]
    child = keys.child_index[at]
    out[rows, dep] = 1.0
    out[rows, nd + dep[head]] = 1.0
    has_head = head != rows
    sel = has_head & (child >= 0)
    out[head[sel], base_child + child[sel]] = 1.0
    sel = has_head & (arr[:, 0] == keys.mark) & (arr[:, 4] == keys.that)
    out[head[sel], base_child + len(_CHILD_DEPS)] = 1.0
    pos = keys.pos_index[_at(keys.pos_keys, arr[:, 2])]
    sel = pos >= 0
    out[rows[sel], base_pos + pos[sel]] = 1.0
    starts = arr[:, 5].astype("int64") == 1
    starts[0] = True
    orth = arr[:, 3]
    quote = _at(keys.quotes, orth) < len(keys.quotes)
    count = numpy.cumsum(quote)
    sent_id = numpy.cumsum(starts) - 1
    before = (count - quote)[starts]  # quotation marks before each sentence
    out[:, base_mark] = (count - before[sent_id]) % 2
    out[:, base_mark + 1] = starts
    out[:-1, base_mark + 2] = orth[1:] == keys.colon
    out[1:, base_mark + 3] = orth[:-1] == keys.comma
    out[:-1, base_mark + 4] = quote[1:]
    out[:, base_mark + 5] = has_head & (head < rows)
    return out


def _parse_features_loop(doc: Doc) -> numpy.ndarray:
    """:func:`parse_features` token by token (the definition; the tests check the two agree)."""
    n = len(doc)
    out = numpy.zeros((n, N_FEATURES), dtype="float32")
    nd = len(_DEPS) + 1
    base_child = 2 * nd
    base_pos = base_child + len(_CHILD_DEPS) + 1
    base_mark = base_pos + len(_POS)
    if not n or not doc.has_annotation("DEP"):
        return out  # no parse (spaCy's initialisation samples): tensor only
    quote_open = False
    for tok in doc:
        i = tok.i
        out[i, _DEP_INDEX.get(tok.dep_, nd - 1)] = 1.0
        out[i, nd + _DEP_INDEX.get(tok.head.dep_, nd - 1)] = 1.0
        for child in tok.children:
            k = _CHILD_INDEX.get(child.dep_)
            if k is not None:
                out[i, base_child + k] = 1.0
            if child.dep_ == "mark" and child.lower_ == "that":
                out[i, base_child + len(_CHILD_DEPS)] = 1.0
        p = _POS_INDEX.get(tok.pos_)
        if p is not None:
            out[i, base_pos + p] = 1.0
        if tok.is_sent_start:
            quote_open = False
        if tok.text in _QUOTES:
            quote_open = not quote_open
        out[i, base_mark] = float(quote_open)
        out[i, base_mark + 1] = float(bool(tok.is_sent_start))
        out[i, base_mark + 2] = float(i + 1 < n and doc[i + 1].text == ":")
        out[i, base_mark + 3] = float(i > 0 and doc[i - 1].text == ",")
        out[i, base_mark + 4] = float(i + 1 < n and doc[i + 1].text in _QUOTES)
        out[i, base_mark + 5] = float(tok.head.i != i and tok.head.i < i)
    return out


def _features_forward(model: Model, docs: list[Doc], is_train: bool):
    arrays = []
    for doc in docs:
        tensor = doc.tensor
        if tensor is None or tensor.ndim != 2 or tensor.shape != (len(doc), TENSOR_WIDTH):
            tensor = numpy.zeros((len(doc), TENSOR_WIDTH), dtype="float32")
        feats = numpy.hstack([numpy.asarray(tensor, dtype="float32"), parse_features(doc)])
        arrays.append(model.ops.asarray2f(feats))
    return arrays, lambda d_arrays: []


@registry.architectures("claimline.ParsedTensor.v1")
def parsed_tensor(width: int, depth: int, window_size: int, maxout_pieces: int) -> Model:
    """Token vectors from the parse: the pipeline's ``doc.tensor`` and dependency features
    (no trainable input layer: the pipeline's tok2vec stays as it is), projected to ``width``
    and encoded by ``depth`` window layers."""
    n_in = TENSOR_WIDTH + N_FEATURES
    features: Model = Model("claimline_parsed_tensor", _features_forward, dims={"nO": n_in})
    encode = chain(
        Maxout(width, n_in, nP=maxout_pieces, normalize=True),
        MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=maxout_pieces, depth=depth),
    )
    model = chain(features, with_array(encode))
    model.set_dim("nO", width)
    return model


_COARSE = {"AUX": "VERB", "PROPN": "NOUN"}


def lemma_key(tok: Token) -> str:
    """A word as the lemma table counts it: lemma and coarse part of speech (``say/VERB``)."""
    return f"{(tok.lemma_ or tok.lower_).lower()}/{_COARSE.get(tok.pos_, tok.pos_)}"


def model_path() -> Path | None:
    """Directory of the trained tagger: the shipped weights (``models/attribution``) when
    ``CLAIMLINE_CUE_MODEL`` is ``on`` or unset (:data:`DEFAULT`), another directory when it names
    one; ``None`` (rules alone) when it is ``off`` and when the weights are absent.

    It was opt-in for its cost (ingest 1.38x raw spaCy CPU with it through thinc, 1.29x without);
    the numpy pass costs about 3 % of the parse, within the noise of a quiet 300-article
    measurement (models/MODEL_CARD.md, tagger section)."""
    raw = os.environ.get(MODEL_ENV, "").strip() or DEFAULT
    if raw.lower() in ("off", "0", "no", "false", "none", "rules"):
        return None
    if raw.lower() in ("on", "1", "yes", "true"):
        return _shipped()
    path = Path(raw)
    return path if (path / "config.cfg").is_file() else None


@cache
def _shipped() -> Path | None:
    """The shipped weights (``models/attribution``), or ``None`` when absent (looked up once: a
    file-system look-up per article is a measurable share of the tagger's cost)."""
    path = models_dir() / "attribution"
    return path if (path / "config.cfg").is_file() else None


class Tags(list):
    """One tag per token, as :func:`predict` gives them to the rules: the tagger's tags with the
    cues of words PolNeAR seldom makes cues dropped (:func:`_gate`). ``raw`` keeps every tag the
    tagger gave (``tagged`` takes attitude claims from them, ungated), ``cue_prob`` the probability
    of ``B-CUE`` per token (an attitude claim's confidence), ``scores`` every label's probability
    per token (tokens x ``labels``; the acceptor reads them)."""

    raw: list[str]
    raw_cue: numpy.ndarray  # per token: is ``raw`` a cue tag (``B-CUE``, ``I-CUE``)
    cue_prob: numpy.ndarray
    scores: numpy.ndarray
    labels: list[str]
    path: Path  # the weights that gave them


class _Net:
    """The tagger's forward pass in plain numpy float32 over a whole document at once: the same
    arithmetic as the thinc model it is read from (``Maxout`` + ``LayerNorm``, then ``depth``
    residual window layers, then the linear output), without thinc's per-call machinery."""

    def __init__(self, model: Model) -> None:
        kinds = ("maxout", "layernorm", "softmax", "expand_window")
        layers = [n for n in model.walk(order="dfs_pre") if n.name in kinds]
        f32 = "float32"
        self.maxouts = []
        for n in (n for n in layers if n.name == "maxout"):
            # W is (width, pieces, inputs): as (inputs, pieces * width), piece-major, the maxout is
            # the elementwise maximum of ``pieces`` column blocks (a max over a short axis is slow)
            w, b = numpy.asarray(n.get_param("W"), dtype=f32), numpy.asarray(n.get_param("b"), dtype=f32)
            width, pieces, n_in = w.shape
            self.maxouts.append(
                (numpy.ascontiguousarray(w.transpose(1, 0, 2).reshape(-1, n_in).T), b.T.reshape(-1).copy(), pieces)
            )
        self.norms = [
            (numpy.asarray(n.get_param("G"), dtype=f32), numpy.asarray(n.get_param("b"), dtype=f32))
            for n in layers
            if n.name == "layernorm"
        ]
        windows = [n.attrs["window_size"] for n in layers if n.name == "expand_window"]
        self.window = windows[0] if windows else 0
        out = next(n for n in layers if n.name == "softmax")
        self.out_w = numpy.ascontiguousarray(numpy.asarray(out.get_param("W"), dtype=f32).T)
        self.out_b = numpy.asarray(out.get_param("b"), dtype=f32)

    @staticmethod
    def _maxout_norm(x: numpy.ndarray, w, b, pieces: int, g, gb) -> numpy.ndarray:
        y = x @ w
        y += b
        width = y.shape[1] // pieces
        out = y[:, :width].copy()
        for k in range(1, pieces):
            numpy.maximum(out, y[:, k * width : (k + 1) * width], out=out)
        y = out
        # ``y.mean(axis=1)`` as numpy computes it (a sum, then a division), without its wrapper
        y -= numpy.add.reduce(y, axis=1, keepdims=True) / width
        y /= numpy.sqrt(numpy.add.reduce(y * y, axis=1, keepdims=True) / width + 1e-08)
        y *= g
        y += gb
        return y

    def _window(self, x: numpy.ndarray) -> numpy.ndarray:
        """Each row with its ``window`` neighbours on either side (zeros past the ends), as thinc's
        ``expand_window``: ``[x[i-1], x[i], x[i+1]]``."""
        n, d = x.shape
        k = self.window
        out = numpy.zeros((n, d * (2 * k + 1)), dtype=x.dtype)
        for j in range(-k, k + 1):
            col = (j + k) * d
            if j < 0:
                out[-j:, col : col + d] = x[: n + j]
            elif j > 0:
                out[: n - j, col : col + d] = x[j:]
            else:
                out[:, col : col + d] = x
        return out

    def __call__(self, x: numpy.ndarray) -> numpy.ndarray:
        """Scores (logits) per token and label of the features ``x`` (tokens x inputs)."""
        (w, b, p), *rest = self.maxouts
        g, gb = self.norms[0]
        h = self._maxout_norm(x, w, b, p, g, gb)
        for (w, b, p), (g, gb) in zip(rest, self.norms[1:], strict=True):
            h = h + self._maxout_norm(self._window(h), w, b, p, g, gb)
        out = h @ self.out_w
        out += self.out_b
        return out


@cache
def _blas_threads():
    """OpenBLAS's per-thread setter in the library numpy loaded (``openblas_set_num_threads_local``),
    or ``None`` (another BLAS, an older OpenBLAS): the tagger's products are small, and OpenBLAS
    spreading them over every core costs several times their CPU time in waiting threads."""
    import ctypes
    import re

    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return None
    for lib in dict.fromkeys(re.findall(r"(/\S*openblas\S*\.so\S*)", maps)):
        try:
            fn = ctypes.CDLL(lib).openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
        return fn
    return None


def _one_thread(net: _Net, x: numpy.ndarray) -> numpy.ndarray:
    """``net(x)`` with BLAS on this thread alone (as before, after)."""
    setter = _blas_threads()
    if setter is None:
        return net(x)
    before = setter(1)
    try:
        return net(x)
    finally:
        setter(before)


@cache
def _tagger(path: Path):
    import spacy

    nlp = spacy.load(path, exclude=["tokenizer", "vocab"])
    pipe = nlp.get_pipe(COMPONENT)
    table = path / LEMMA_TABLE
    rates = None
    if table.is_file():  # seen, heads a cue: smoothed rate
        rates = {k: c / (n + RATE_SMOOTHING) for k, (n, c) in json.loads(table.read_text()).items()}
    return _Net(pipe.model), list(pipe.labels), rates


def available() -> bool:
    return model_path() is not None


def features(doc: Doc) -> numpy.ndarray:
    """What the tagger reads per token: ``doc.tensor`` and :func:`parse_features`, side by side."""
    out = numpy.empty((len(doc), TENSOR_WIDTH + N_FEATURES), dtype="float32")
    out[:, :TENSOR_WIDTH] = doc.tensor
    parse_features(doc, out[:, TENSOR_WIDTH:])
    return out


def predict(doc: Doc) -> Tags | None:
    """One tag per token of ``doc`` (parsed by claimline's pipeline), or ``None`` without weights."""
    path = model_path()
    if path is None or not len(doc):
        return None
    tensor = doc.tensor
    if tensor is None or getattr(tensor, "shape", None) != (len(doc), TENSOR_WIDTH):
        return None  # a Doc without its tok2vec output (pieces joined by chunks.join): rules alone
    net, labels, rates = _tagger(path)
    logits = _one_thread(net, features(doc))  # Tagger.v2, normalize=false: the softmax is taken here
    logits -= logits.max(axis=1, keepdims=True)
    scores = numpy.exp(logits, out=logits)
    scores /= scores.sum(axis=1, keepdims=True)
    ids = scores.argmax(axis=1)
    cue = labels.index("B-CUE")
    doubtful = (ids == cue) & (scores[:, cue] < CUE_THRESHOLD)
    if doubtful.any():  # a cue the tagger is unsure of: its next guess
        second = scores.copy()
        second[:, cue] = -1.0
        ids = numpy.where(doubtful, second.argmax(axis=1), ids)
    raw = _label_array(tuple(labels))[ids].tolist()
    is_cue = (ids == cue) | (ids == labels.index("I-CUE"))
    tags = Tags(_gate(doc, list(raw), rates))
    tags.raw = raw
    tags.raw_cue = is_cue
    tags.cue_prob = scores[:, cue]
    tags.scores = scores
    tags.labels = labels
    tags.path = path
    return tags


@cache
def _label_array(labels: tuple[str, ...]) -> numpy.ndarray:
    return numpy.array(labels, dtype=object)


def _gate(doc: Doc, tags: list[str], rates: dict[str, float] | None) -> list[str]:
    """Drop the tagged cues whose head word is seldom a cue in PolNeAR (``cue_lemmas.json``)."""
    if rates is None:
        return tags
    for cs, ce in runs(tags, "CUE", 0, len(doc)):
        if not _kept(cue_head(doc, cs, ce), rates):
            for k in range(cs, ce):
                tags[k] = "O"
    return tags


def _kept(head: Token, rates: dict[str, float]) -> bool:
    """Whether the lemma gate keeps a cue headed by ``head``: a lexicon word (the rules decide),
    or a word PolNeAR makes a cue often enough."""
    key = lemma_key(head)
    return key in _listed() or rates.get(key, 0.0) >= MIN_CUE_RATE


def cue_rate(tags: Tags, head: Token) -> float | None:
    """How often PolNeAR train makes the word of ``head`` a cue (smoothed share of its occurrences,
    ``cue_lemmas.json`` beside the weights that gave ``tags``), or ``None`` without a lemma table."""
    rates = _tagger(tags.path)[2]
    return None if rates is None else rates.get(lemma_key(head), 0.0)


def lemma_kept(tags: Tags, head: Token) -> bool:
    """Whether the lemma gate of the weights that gave ``tags`` keeps a cue headed by ``head``
    (``True`` without a lemma table)."""
    rates = _tagger(tags.path)[2]
    return rates is None or _kept(head, rates)


@cache
def _listed() -> frozenset[str]:
    """The lexicon's cue words, keyed as the lemma table keys them."""
    from .. import lexicons

    pos = {"verb": "VERB", "noun": "NOUN", "adj": "ADJ"}
    return frozenset(f"{c.lemma}/{pos[c.pos]}" for c in lexicons.cues().cue if c.pos in pos)


def _score_cues(examples, **kwargs) -> dict[str, float]:
    """Tag accuracy, and precision / recall / F1 of cue tokens (what the rules are fed)."""
    tp = fp = fn = right = total = 0
    for eg in examples:
        gold = {t.i: t.tag_ for t in eg.reference}
        for tok, ref in zip(eg.predicted, eg.reference, strict=False):
            pred_cue = tok.tag_.endswith("CUE")
            gold_cue = gold.get(ref.i, "O").endswith("CUE")
            tp += pred_cue and gold_cue
            fp += pred_cue and not gold_cue
            fn += gold_cue and not pred_cue
            right += tok.tag_ == ref.tag_
            total += 1
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "tag_acc": right / total if total else 0.0,
        "cue_p": p,
        "cue_r": r,
        "cue_f": 2 * p * r / (p + r) if p + r else 0.0,
    }


@registry.scorers("claimline.cue_scorer.v1")
def make_cue_scorer():
    return _score_cues


@cache
def default_entry(lemma: str) -> CueEntry:
    """The cue entry of a word the tagger marks as a cue and the lexicon does not list: a report
    whose clause is its content, held by its subject (kind ``speech``, no ``object_content``): the
    rules take no bare object for it ("named Mary Barra", "signed an agreement" are acts, not
    claims), ``tagged`` a clause or an infinitive."""
    return CueEntry(lemma=lemma or "?", certainty="reported", kind="speech", object_content=False)
