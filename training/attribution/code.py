"""Registered functions the training config needs (``spacy train ... --code code.py``)."""

from __future__ import annotations

import spacy
from spacy.util import registry

import claimline.extraction.cue_model  # noqa: F401  (registers claimline.ParsedTensor.v1)
import claimline.extraction.pipeline  # noqa: F401  (registers claimline_paragraphs)


@registry.misc("claimline.pipeline_lookups.v1")
def pipeline_lookups(name: str):
    """The lookups (``lexeme_norm``) of the pipeline claimline runs, so that the sourced
    tok2vec sees the same NORM features in training as at run time."""
    skip = ["tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "tok2vec"]
    return spacy.load(name, exclude=skip).vocab.lookups
