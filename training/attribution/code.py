"""Registered functions the training config needs (``spacy train ... --code code.py``)."""

from __future__ import annotations

import pickle

from spacy.util import registry

import claimline.extraction.cue_model  # noqa: F401  (registers claimline.ParsedTensor.v1)


@registry.readers("claimline.parsed_corpus.v1")
def parsed_corpus(gold: str, parsed: str, limit: int = 0):
    """Examples whose predicted side is claimline's parse of the text (from ``prepare.py``:
    tokens, tags, dependencies and ``doc.tensor``) and whose reference side holds the gold tags."""
    from pathlib import Path

    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    def read(nlp):
        refs = DocBin().from_disk(Path(gold)).get_docs(nlp.vocab)
        with Path(parsed).open("rb") as fh:
            for n, ref in enumerate(refs):
                if limit and n >= limit:
                    break
                pred = Doc(nlp.vocab).from_bytes(pickle.load(fh))
                if [t.text for t in pred] != [t.text for t in ref]:
                    raise ValueError(f"text {n}: the parse and the gold tags are not tokenised alike")
                yield Example(pred, ref)

    return read
