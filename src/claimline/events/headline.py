"""Event frames of an article's headline.

A headline is furniture for claims (it never joins the next sentence, it is no claim), but it
reports events like any sentence does: "Nordvault unveils coastal radar" is the unveiling the
body tells again. The headline line is parsed on its own — at its offsets in the article text,
everything before it blank — so its frames point into the article like the body's, and it gets
the body's frame numbering after the body's last frame.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.language import Language

from .. import timex
from ..extraction.mentions import Resolver, find_mentions
from ..schemas import EventFrame, Offsets


def headline_frames(
    nlp: Language,
    text: str,
    title_span: Offsets | None,
    *,
    article_id: str,
    published: date | None,
    after: Sequence[EventFrame] = (),
) -> list[EventFrame]:
    """The frames of the headline line ``title_span`` of ``text`` (none without one), numbered
    after the frames in ``after``."""
    if title_span is None or title_span.end <= title_span.start:
        return []
    title = text[title_span.start : title_span.end]
    if not any(ch.isalpha() for ch in title):
        return []
    from .frames import find_frames

    masked = " " * title_span.start + title
    doc = nlp(masked)
    mentions = find_mentions(doc)
    times = timex.find_times(masked, published, doc=doc)
    sentences = [s for s in doc.sents if any(ch.isalpha() for ch in s.text)]
    frames = find_frames(
        doc,
        article_id=article_id,
        text=text,
        published=published,
        times=times,
        mentions=mentions,
        resolver=Resolver(mentions),
        sentences=sentences,
    )
    n = len(after)
    return [f.model_copy(update={"id": f"{article_id}-e{n + k:03d}"}) for k, f in enumerate(frames, start=1)]
