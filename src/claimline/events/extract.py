"""Frames for one article text: parse it once, extract its claims and its events."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from ..extraction import claims as extraction
from ..extraction import pipeline as nlp_mod
from ..schemas import Extraction
from .identity import Member, copy_key
from .model import EventFrame


def extract_events(
    text: str, published: Any = None, *, nlp: Language | None = None, **meta: Any
) -> tuple[Extraction, list[EventFrame]]:
    """The claims (:func:`claimline.extraction.extract`) and event frames of one text."""
    ex = extraction.extract(text, published, nlp=nlp or nlp_mod.load(None), **meta)
    return ex, list(ex.events)


def members(ex: Extraction, frames: list[EventFrame]) -> list[Member]:
    """Frames of one extraction as clustering members (with publication, outlet, fingerprint)."""
    a = ex.article
    return [
        Member(
            frame=f,
            published=a.published,
            publisher=a.publisher,
            fingerprint=a.fingerprint,
            copy_key=copy_key(f.trigger.lemma, ex.text[f.sentence.start : f.sentence.end]),
        )
        for f in frames
    ]
