"""Ingest parses the headlines of the articles it has read together (``claims.extract_many``, one
``nlp.pipe``): every article's extraction — its headline frames included — is the one it gets
extracted alone (``claims.extract``, its headline parsed on its own)."""

from __future__ import annotations

from pathlib import Path

from claimline.extraction import claims

SAMPLES = sorted((Path(__file__).resolve().parents[1] / "sample_articles").glob("*.txt"))


def test_headlines_parsed_together_give_the_frames_of_one_article_alone() -> None:
    texts = [p.read_text(encoding="utf-8") for p in SAMPLES]
    assert len(texts) >= 5
    together = [ex.model_dump_json() for ex in claims.extract_many((t, {}) for t in texts)]
    alone = [claims.extract(t).model_dump_json() for t in texts]
    assert together == alone
    assert any('"pos":"verb"' in j or '"pos":"noun"' in j for j in together)  # frames were found
