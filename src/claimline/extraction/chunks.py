"""Long texts parsed in pieces: no spaCy length error, memory bounded, offsets exact.

spaCy refuses a text over ``nlp.max_length`` (E088), and its parser's memory grows with the
length of one Doc (a 920 KB text as one Doc takes about 2.8 GB). A text longer than
:data:`CHUNK_CHARS` is cut into pieces at the last paragraph break before the limit, else at
the last sentence end, else at the last space, else (a single 100,000-character "word") at the
limit itself. The pieces are parsed as separate Docs and joined with ``Doc.from_docs`` without
adding whitespace, so the joined Doc's text is exactly the input and every character offset
holds. Each piece starts a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

import numpy
from spacy.language import Language
from spacy.tokens import Doc

#: Longest piece parsed as one Doc (characters); well below spaCy's 1,000,000 limit.
CHUNK_CHARS = 100_000
#: About the most characters parsed in one batch of short texts.
BATCH_CHARS = 200_000

_PARAGRAPH = re.compile(r"\n[^\S\n]*\r?\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*\s+")
_SPACE = re.compile(r"\s+")

C = TypeVar("C")


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
) -> Iterator[tuple[Doc, C]]:
    """``nlp.pipe(items, as_tuples=True)`` in batches of at most ``batch_size`` texts and about
    ``batch_chars`` characters (the parser's memory grows with a batch's length); a long text
    goes through in pieces, one at a time. Order kept, one Doc per item, streamed."""
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
