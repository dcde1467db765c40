"""Copy the trained tagger (only it: the parse it reads is claimline's own) and the lemma prior
(``corpus/cue_lemmas.json`` from ``lemmas.py``) into ``models/attribution``.

Usage::

    .venv/bin/python training/attribution/export.py training/attribution/output/model-best models/attribution
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import spacy

import claimline.extraction.cue_model as cue_model
import claimline.extraction.pipeline  # noqa: F401  (the training pipeline names claimline_paragraphs)


def export(src: Path, dest: Path) -> None:
    nlp = spacy.load(src)
    for name in list(nlp.pipe_names):
        if name != cue_model.COMPONENT:
            nlp.remove_pipe(name)
    # the tagger reads doc.tensor and the parse: it needs no vocabulary of its own
    nlp.vocab.lookups.remove_table("lexeme_norm") if nlp.vocab.lookups.has_table("lexeme_norm") else None
    nlp.meta["name"] = "claimline_attribution"
    nlp.meta["description"] = "Cue/source/content tagger over claimline's parse; trained on PolNeAR train"
    nlp.meta["license"] = "MIT (weights); PolNeAR texts belong to their publishers and are not included"
    if dest.exists():
        shutil.rmtree(dest)
    nlp.to_disk(dest, exclude=["tokenizer", "vocab"])
    table = Path(__file__).resolve().parent / "corpus" / cue_model.LEMMA_TABLE
    if table.is_file():  # the lemma prior (lemmas.py): counts of words, no text
        shutil.copy(table, dest / cue_model.LEMMA_TABLE)
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    print(f"{dest}: {size / 1e6:.2f} MB, labels {list(nlp.get_pipe(cue_model.COMPONENT).labels)}")


if __name__ == "__main__":
    export(Path(sys.argv[1]), Path(sys.argv[2]))
