"""How often each word is the head of an annotated cue in PolNeAR train: the tagger's lemma prior.

Usage (from the repository root, after ``prepare.py``)::

    .venv/bin/python training/attribution/lemmas.py [--corpus training/attribution/corpus]

Reads ``train.spacy`` (gold tags) and ``train.parsed`` (claimline's parse) of the training texts
(the held-out tenth of ``code.py`` is left out, it tunes the thresholds) and writes
``cue_lemmas.json``: for every lemma and coarse part of speech (``say/VERB``) that heads a gold
cue at least twice, how many times it occurs and how many of those it heads a cue. ``export.py``
ships it beside the weights: counts of words, no text. ``cue_model.predict`` keeps a tagged cue
only when its word is a cue often enough in PolNeAR (``MIN_CUE_RATE``): the tagger learned the
context, the counts say which words PolNeAR's annotators take as cues at all.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

from claimline.extraction import pipeline
from claimline.extraction.cue_model import lemma_key
from claimline.extraction.tagged import cue_head, runs

HERE = Path(__file__).resolve().parent
#: fewest times a word must head a gold cue to be listed
MIN_CUES = 2


def _code():
    spec = importlib.util.spec_from_file_location("attribution_training_code", HERE / "code.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def count(corpus: Path) -> dict[str, list[int]]:
    nlp = pipeline.load()
    lemmatizer = nlp.get_pipe("lemmatizer")
    in_fold = _code().in_fold
    seen: Counter[str] = Counter()
    cues: Counter[str] = Counter()
    refs = DocBin().from_disk(corpus / "train.spacy").get_docs(nlp.vocab)
    with (corpus / "train.parsed").open("rb") as fh:
        for n, ref in enumerate(refs):
            doc = Doc(nlp.vocab).from_bytes(pickle.load(fh))
            if not in_fold(n, "train"):
                continue
            doc = lemmatizer(doc)
            tags = [t.tag_ for t in ref]
            for tok in doc:
                seen[lemma_key(tok)] += 1
            for cs, ce in runs(tags, "CUE", 0, len(doc)):
                cues[lemma_key(cue_head(doc, cs, ce))] += 1
    return {k: [seen[k], c] for k, c in sorted(cues.items()) if c >= MIN_CUES}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(HERE / "corpus"))
    args = ap.parse_args()
    corpus = Path(args.corpus)
    table = count(corpus)
    lines = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(table.items()))
    (corpus / "cue_lemmas.json").write_text("{\n" + lines + "\n}\n")  # one word a line
    print(f"{corpus / 'cue_lemmas.json'}: {len(table)} words that head a cue at least {MIN_CUES} times")


if __name__ == "__main__":
    main()
