"""Registered functions the training config needs (``spacy train ... --code code.py``)."""

from __future__ import annotations

import pickle

from spacy.util import registry

import claimline.extraction.cue_model  # noqa: F401  (registers claimline.ParsedTensor.v1)

#: every HOLDOUT-th text of PolNeAR train (name order, counting from 1) is held out of training:
#: spaCy's model selection and claimline's thresholds are tuned on it, never on PolNeAR dev
HOLDOUT = 10


def in_fold(n: int, fold: str) -> bool:
    """Whether text ``n`` (0-based, name order) of PolNeAR train is in ``fold`` (train / heldout / all)."""
    held = n % HOLDOUT == HOLDOUT - 1
    return fold == "all" or (fold == "heldout") == held


@registry.readers("claimline.parsed_corpus.v1")
def parsed_corpus(gold: str, parsed: str, limit: int = 0, fold: str = "all"):
    """Examples whose predicted side is claimline's parse of the text (from ``prepare.py``:
    tokens, tags, dependencies and ``doc.tensor``) and whose reference side holds the gold tags;
    ``fold`` keeps the training texts of PolNeAR train, its held-out texts, or all."""
    from pathlib import Path

    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    def read(nlp):
        refs = DocBin().from_disk(Path(gold)).get_docs(nlp.vocab)
        with Path(parsed).open("rb") as fh:
            kept = 0
            for n, ref in enumerate(refs):
                if limit and kept >= limit:
                    break
                pred = Doc(nlp.vocab).from_bytes(pickle.load(fh))
                if not in_fold(n, fold):
                    continue
                kept += 1
                if [t.text for t in pred] != [t.text for t in ref]:
                    raise ValueError(f"text {n}: the parse and the gold tags are not tokenised alike")
                yield Example(pred, ref)

    return read
