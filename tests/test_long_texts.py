"""Long texts (issue 11, item 1): cut below spaCy's limit at paragraph, then sentence, then space
boundaries; the joined parse keeps every offset; a batch with a text over 1,000,000 characters is
stored whole, with or without ``--jobs``. Figures for 2 MB, 5 MB and a 920 KB single line are
measured in ``benchmarks/bench_robust.py``, not here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from claimline.cli import app
from claimline.extraction import chunks

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
runner = CliRunner()


# ---------------------------------------------------------------- cutting
def test_cuts_prefer_paragraphs_then_sentences_then_spaces():
    para = "One sentence here. Another one there.\n\n"
    text = para * 10
    cuts = chunks.cut_points(text, limit=100)
    assert cuts and all(text[c - 2 : c] == "\n\n" for c in cuts)
    line = "One sentence here. Another one there. " * 10
    cuts = chunks.cut_points(line, limit=100)
    assert cuts and all(line[c - 2 : c] == ". " for c in cuts)
    words = "word " * 100
    assert all(words[c - 1] == " " for c in chunks.cut_points(words, limit=64))
    blob = "x" * 250
    assert chunks.cut_points(blob, limit=100) == [100, 200]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .!?\n\r\t”'"), max_size=600), st.integers(min_value=2, max_value=80))
def test_pieces_rebuild_the_text_and_respect_the_limit(text, limit):
    parts = chunks.pieces(text, limit)
    assert "".join(parts) == text
    assert all(0 < len(p) <= limit for p in parts) or text == ""
    assert not any(a.endswith("\r") and b.startswith("\n") for a, b in zip(parts, parts[1:], strict=False))


@pytest.mark.slow
def test_chunked_parse_keeps_offsets_and_claims(nlp, monkeypatch):
    from claimline.extraction.claims import extract

    text = (SAMPLES / "01_meridian-wire.txt").read_text(encoding="utf-8")
    whole = extract(text, nlp=nlp)
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 500)
    assert len(chunks.cut_points(text)) >= 4
    cut = extract(text, nlp=nlp)
    for c in cut.claims:
        assert cut.text[c.start : c.end] == c.text
        if c.source:
            assert cut.text[c.source.start : c.source.end] == c.source.text
    for m in cut.mentions:
        assert cut.text[m.start : m.end] == m.text
    same = {(c.start, c.end, c.modality) for c in whole.claims} & {(c.start, c.end, c.modality) for c in cut.claims}
    assert len(same) >= 0.9 * len(whole.claims), (len(same), len(whole.claims))


def test_extraction_in_parts_numbers_ids_and_maps_offsets(extract, monkeypatch):
    """Each piece is extracted and dropped before the next is parsed; the merged result has claim
    and frame IDs numbered through the article, references between them kept, token indices
    counted from the article's start and every span slicing the original (CRLF) text."""
    text = (SAMPLES / "02_brussels-defence-review.txt").read_text(encoding="utf-8").replace("\n", "\r\n")
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 700)
    assert len(chunks.cut_points(text.replace("\r\n", "\n"))) >= 3
    ex = extract(text)
    aid = ex.article.id
    assert ex.text == text and ex.article.chars == len(text)
    assert [c.id for c in ex.claims] == [f"{aid}-{n:03d}" for n in range(1, len(ex.claims) + 1)]
    assert [f.id for f in ex.events] == [f"{aid}-e{n:03d}" for n in range(1, len(ex.events) + 1)]
    claim_ids, frame_ids = {c.id for c in ex.claims}, {f.id for f in ex.events}
    assert all(c.article_id == aid for c in ex.claims) and all(f.article_id == aid for f in ex.events)
    assert all(f.claim_id in claim_ids for f in ex.events if f.claim_id)
    assert all(f.time.anchor in frame_ids for f in ex.events if f.time and f.time.anchor)
    tokens = [f.trigger.token for f in ex.events]
    assert tokens == sorted(tokens) and len(set(tokens)) > len(tokens) // 2
    for c in ex.claims:
        assert text[c.start : c.end] == c.text
        assert c.sentence.start <= c.start < c.end <= c.sentence.end
    for f in ex.events:
        assert text[f.trigger.start : f.trigger.end] == f.trigger.text
    for t in ex.times:
        assert text[t.start : t.end] == t.text
    assert len(ex.claims) >= 10


# -------------------------------------------------------- through the CLI
def _batch(tmp_path: Path) -> Path:
    """Two ordinary articles, one over spaCy's 1,000,000-character limit and an empty file."""
    corpus = tmp_path / "batch"
    corpus.mkdir()
    for name in ("01_meridian-wire.txt", "03_circuitline.txt"):
        (corpus / name).write_text((SAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    # a long export: the article with a million characters of blank lines in its middle
    # (cheap to parse, so that the test is about the limit and not about speed)
    paras = (SAMPLES / "02_brussels-defence-review.txt").read_text(encoding="utf-8").split("\n\n")
    half = len(paras) // 2
    padding = "\n" * 600_000 + " \n" * 250_000
    text = "\n\n".join(paras[:half]) + padding + "\n\n".join(paras[half:])
    (corpus / "02_long.txt").write_text(text, encoding="utf-8")
    (corpus / "04_empty.txt").write_bytes(b"")
    return corpus


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_batch_with_a_text_over_a_million_characters(tmp_path, jobs):
    corpus = _batch(tmp_path)
    assert len((corpus / "02_long.txt").read_text(encoding="utf-8")) > 1_000_000
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), "--jobs", jobs, "--format", "json", str(corpus)])
    assert result.exit_code == 1, result.output
    assert result.stderr == f"Error: {corpus / '04_empty.txt'} is empty\n"
    report = json.loads(result.stdout)
    assert (report["stored"], report["failed"]) == (3, 1), report
    claims = json.loads(runner.invoke(app, ["claims", "--db", str(db), "--format", "json"]).stdout)
    after = [c for c in claims if c["start"] > 1_000_000]
    assert len(after) >= 3, "the paragraphs after the million blank characters are extracted"
    text = (corpus / "02_long.txt").read_text(encoding="utf-8")
    for c in after:
        assert text[c["start"] : c["end"]] == c["text"]
