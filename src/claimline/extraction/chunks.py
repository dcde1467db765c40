"""Long texts and CRLF texts parsed in parts: no spaCy length error, memory bounded, offsets exact.

spaCy refuses a text over ``nlp.max_length`` (E088), and its parser's memory grows with the
length of one Doc (a 920 KB text as one Doc takes about 2.8 GB). A text longer than
:data:`CHUNK_CHARS` is cut into pieces at the last paragraph break before the limit, else at
the last sentence end, else at the last space, else (a single 100,000-character "word") at the
limit itself. Each piece starts a sentence.

:func:`finish_parts` extracts such a text piece by piece: a piece is parsed, its claims, times,
mentions and event frames are extracted (``claims.finish``) and its Doc is dropped before the
next piece is parsed, so one piece's Doc is alive at a time. The pieces' results are merged
with their offsets shifted into the whole text, claim and frame IDs numbered through the
article and token indices counted from the article's start.

A text with CRLF line ends is parsed as its LF view (spaCy makes a whitespace token of each
``"\r\n"``, so the same article parsed differently with CRLF and LF); every offset is mapped
back to the original text, which is what is stored, and span texts are sliced from it.

:func:`parse` (the pieces joined with ``Doc.from_docs``, text exactly the input) stays for
callers that want one Doc.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

import numpy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

if TYPE_CHECKING:
    from ..schemas import Extraction

#: Longest piece parsed as one Doc (characters); well below spaCy's 1,000,000 limit.
CHUNK_CHARS = 100_000
#: About the most characters parsed in one batch of short texts.
BATCH_CHARS = 200_000

_PARAGRAPH = re.compile(r"\n[^\S\n]*\r?\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")

C = TypeVar("C")
M = TypeVar("M", bound=BaseModel)


#: [the parse :func:`doc_text` was last asked for, its text, the parse asked before it, its text]
_LAST_TEXT: list[Any] = [None, "", None, ""]


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from every token at each access (~0.3 ms a story), kept for
    the last two parses asked (an article's body and its headline, which ``finish`` reads in turn; held
    here, so an equal id is the same parse; its text cannot change)."""
    last = _LAST_TEXT
    if last[0] is doc:
        return last[1]  # type: ignore[no-any-return]
    if last[2] is doc:
        last[:] = [doc, last[3], last[0], last[1]]
    else:
        last[:] = [doc, doc.text, last[0], last[1]]
    return last[1]  # type: ignore[no-any-return]


def parsed_from(doc: Doc, text: str) -> None:
    """Tell :func:`doc_text` that ``doc`` is the parse of ``text`` (spaCy's ``doc.text`` is the text it
    was given, character for character), so that it does not rebuild that string."""
    last = _LAST_TEXT
    if last[0] is not doc:
        last[:] = [doc, text, last[0], last[1]]


def cut_points(text: str, limit: int | None = None) -> list[int]:
    """Offsets where ``text`` is cut (not including 0 and ``len(text)``); each piece is at most
    ``limit`` characters and ends after a paragraph break, a sentence end or a space when the
    piece has one in its second half."""
    limit = limit or CHUNK_CHARS
    cuts: list[int] = []
    pos = 0
    n = len(text)
    while n - pos > limit:
        end = pos + limit
        cut = None
        for pattern in (_PARAGRAPH, _SENTENCE, _SPACE):
            last = None
            for m in pattern.finditer(text, pos + limit // 2, end):
                last = m
            if last is not None and last.end() <= end:
                cut = last.end()
                break
        if cut is None or cut <= pos:
            cut = end
        if text[cut - 1 : cut + 1] == "\r\n" and cut - 1 > pos:  # keep a CRLF line end whole
            cut -= 1
        cuts.append(cut)
        pos = cut
    return cuts


def pieces(text: str, limit: int | None = None) -> list[str]:
    bounds = [0, *cut_points(text, limit), len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def parse(nlp: Language, text: str, *, limit: int | None = None) -> Doc:
    """``nlp(text)``, in pieces when the text is long (see module docstring)."""
    limit = limit or CHUNK_CHARS
    if len(text) <= limit:
        return nlp(text)
    return join([_lean(nlp(part)) for part in pieces(text, limit)], text)


def parse_many(
    nlp: Language,
    items: Iterable[tuple[str, C]],
    *,
    batch_size: int = 32,
    limit: int | None = None,
    batch_chars: int | None = None,
    parts: bool = False,
) -> Iterator[tuple[Doc | None, C]]:
    """``nlp.pipe(items, as_tuples=True)`` in batches of at most ``batch_size`` texts and about
    ``batch_chars`` characters (the parser's memory grows with a batch's length); a long text
    goes through in pieces, one at a time. Order kept, one Doc per item, streamed.

    With ``parts``, a text that :func:`needs_parts` is not parsed here: it comes out as
    ``(None, ctx)``, for :func:`finish_parts`."""
    limit = limit or CHUNK_CHARS
    batch_chars = batch_chars or BATCH_CHARS
    batch: list[tuple[str, C]] = []
    chars = 0

    def flush() -> Iterator[tuple[Doc, C]]:
        nonlocal batch, chars
        if batch:
            yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))
        batch, chars = [], 0

    for text, ctx in items:
        if parts and needs_parts(text, limit):
            yield from flush()
            yield None, ctx
            continue
        if len(text) > limit:
            yield from flush()
            yield parse(nlp, text, limit=limit), ctx
            continue
        if batch and (len(batch) >= batch_size or chars + len(text) > batch_chars):
            yield from flush()
        batch.append((text, ctx))
        chars += len(text)
    yield from flush()


def _lean(doc: Doc) -> Doc:
    doc.tensor = numpy.zeros((0,), dtype="float32")
    return doc


def join(docs: list[Doc], text: str) -> Doc:
    """The pieces' Docs as one Doc whose text is exactly ``text``.

    Their tensors (the tok2vec output, 384 bytes a token, which claimline does not read) are
    dropped first, or a 5 MB text would hold 350 MB of them, twice while joining."""
    doc = Doc.from_docs([_lean(d) for d in docs], ensure_whitespace=False)
    if doc.text != text:  # never expected: the pieces are slices of the text
        raise AssertionError("joined pieces differ from the text")
    return doc


# ------------------------------------------------------------ extraction in parts
def needs_parts(text: str, limit: int | None = None) -> bool:
    """A text extracted by :func:`finish_parts`: longer than the limit, or with CRLF line ends."""
    return len(text) > (limit or CHUNK_CHARS) or "\r\n" in text


class _View:
    """The LF view of a text (every ``"\r\n"`` as ``"\n"``) and the map of its characters back."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.keep: numpy.ndarray | None = None  # original index of each view character (None: identity)
        self.view = text
        if "\r\n" in text:
            codes = numpy.frombuffer(text.encode("utf-32-le"), dtype=numpy.uint32)
            dropped = (codes[:-1] == 13) & (codes[1:] == 10)
            self.keep = numpy.flatnonzero(~numpy.append(dropped, False))
            self.view = text.replace("\r\n", "\n")

    def to_view(self, offset: int) -> int:
        return offset if self.keep is None else int(numpy.searchsorted(self.keep, offset))

    def start(self, offset: int) -> int:
        if self.keep is None:
            return offset
        return int(self.keep[offset]) if offset < len(self.keep) else len(self.text)

    def end(self, start: int, end: int) -> int:
        """The original end of the view range ``start:end`` (after the last character it holds)."""
        if self.keep is None:
            return end
        return int(self.keep[end - 1]) + 1 if end > start else self.start(start)


def finish_parts(
    nlp: Language,
    prep: Any,
    finish: Callable[..., Extraction],
    *,
    aid: str,
    path: str | None = None,
    limit: int | None = None,
) -> Extraction:
    """``finish(prep, parse(prep.masked))`` for a text that :func:`needs_parts`, one piece of its LF
    view at a time (see the module docstring). ``prep`` is a ``claims.Prepared``; ``aid`` the
    article's ID (of the whole text as stored)."""
    from ..schemas import ActorMention as MentionModel
    from ..schemas import Claim, EventFrame, Extraction, Offsets, TimeExpr
    from .fingerprint import simhash

    limit = limit or CHUNK_CHARS
    read = prep.read
    text = read.text
    view = _View(text)
    masked = prep.masked.replace("\r\n", "\n") if view.keep is not None else prep.masked
    bounds = [0, *cut_points(masked, limit), len(masked)]
    content = [(view.to_view(o.start), view.to_view(o.end)) for o in read.content]
    claims: list[Claim] = []
    times: list[TimeExpr] = []
    mentions: list[MentionModel] = []
    events: list[EventFrame] = []
    article = None
    tokens = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        part_text = view.view[a:b]
        part_read = read.model_construct(
            text=part_text,
            meta=read.meta,
            content=[Offsets(start=max(s, a) - a, end=min(e, b) - a) for s, e in content if s < b and e > a],
            furniture=[],
            title_span=_title_in(read.title_span, view, a, b),
            warnings=[],
        )
        doc = nlp(masked[a:b])  # with its tensor: the cue tagger reads it (dropped with the doc below)
        part = finish(dataclasses.replace(prep, read=part_read, masked=masked[a:b]), doc, path=path)
        n_tokens = len(doc)
        del doc
        article = article or part.article
        shift = _Shift(view, a, part_text, tokens)
        ids: dict[str, str] = {}
        for c in part.claims:
            ids[c.id] = f"{aid}-{len(claims) + 1:03d}"
            claims.append(_shared(Claim.model_validate(shift.dump(c, id=ids[c.id], article_id=aid))))
        frame_ids = {f.id: f"{aid}-e{len(events) + k:03d}" for k, f in enumerate(part.events, start=1)}
        for f in part.events:
            d = shift.dump(f, id=frame_ids[f.id], article_id=aid, claim_id=ids.get(f.claim_id or ""))
            if d.get("time") and d["time"].get("anchor"):
                d["time"]["anchor"] = frame_ids.get(d["time"]["anchor"], d["time"]["anchor"])
            events.append(_shared(EventFrame.model_validate(d)))
        times.extend(_shared(TimeExpr.model_validate(shift.dump(t))) for t in part.times)
        mentions.extend(_shared(MentionModel.model_validate(shift.dump(m))) for m in part.mentions)
        tokens += n_tokens
        del part
    assert article is not None
    body = " ".join(text[o.start : o.end] for o in read.content) or text
    article = article.model_copy(update={"id": aid, "fingerprint": simhash(body), "chars": len(text)})
    return Extraction(
        article=article,
        text=text,
        claims=claims,
        times=times,
        mentions=mentions,
        content=[Offsets(start=o.start, end=o.end) for o in read.content] or [Offsets(start=0, end=len(text))],
        events=events,
    )


def _title_in(span: Any, view: _View, a: int, b: int) -> Any:
    """The headline's range (original offsets) within the part ``[a, b)`` of the LF view, else None."""
    from ..schemas import Offsets

    if span is None:
        return None
    start, end = view.to_view(span.start), view.to_view(span.end)
    return Offsets(start=start - a, end=end - a) if a <= start and end <= b else None


class _Shift:
    """One part's offsets into the original text: ``start``/``end`` and ``char_start``/``char_end``
    pairs (integers; dates are left alone) are shifted by the part's start and mapped through the
    LF view; a span's ``text`` that was the part's slice becomes the original's slice; a
    ``token`` index is counted from the article's start."""

    def __init__(self, view: _View, base: int, part: str, tokens: int) -> None:
        self.view, self.base, self.part, self.tokens = view, base, part, tokens

    def dump(self, model: BaseModel, **update: Any) -> dict[str, Any]:
        d = model.model_dump()
        d.update(update)
        self._walk(d)
        return d

    def _walk(self, d: dict[str, Any]) -> None:
        for lo, hi in (("start", "end"), ("char_start", "char_end")):
            s, e = d.get(lo), d.get(hi)
            if type(s) is int and type(e) is int:
                ms = self.view.start(s + self.base)
                me = self.view.end(s + self.base, e + self.base)
                if d.get("text") == self.part[s:e]:
                    d["text"] = self.view.text[ms:me]
                d[lo], d[hi] = ms, me
        if type(d.get("token")) is int:
            d["token"] += self.tokens
        for v in d.values():
            if isinstance(v, dict):
                self._walk(v)
            elif isinstance(v, list):
                for x in v:
                    if isinstance(x, dict):
                        self._walk(x)


_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def _shared(model: M) -> M:
    """``model`` and the models in it with one shared ``model_fields_set`` per distinct set of names.

    pydantic gives every instance a set of the fields it was given; for the small models of an
    extraction these sets are over half of its memory (a 5 MB article: ~60,000 claims and
    ~110,000 event frames). claimline never reads them nor sets attributes on extracted models,
    so instances with equal sets share one."""
    fs = model.__pydantic_fields_set__
    key = frozenset(fs)
    shared = _FIELD_SETS.setdefault(key, set(key))
    object.__setattr__(model, "__pydantic_fields_set__", shared)
    for v in model.__dict__.values():
        if isinstance(v, BaseModel):
            _shared(v)
        elif isinstance(v, list) and v and isinstance(v[0], BaseModel):
            for x in v:
                _shared(x)
    return model
