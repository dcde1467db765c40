"""``benchmarks/bench.py``'s ingest ratio in processes of their own (``--method processes``): each side
of a round in a fresh process, reporting the CPU of its work and what it parsed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_each_side_runs_in_a_process_of_its_own_and_ingest_parses_the_raw_texts(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench
    from claimline.extraction.claims import prepare
    from claimline.read import read_path

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    files = sorted(p for p in (ROOT / "sample_articles").iterdir() if p.suffix == ".txt")[:3]
    for p in files:
        (corpus / p.name).write_text(p.read_text())
    paths = sorted(corpus.iterdir())
    masked = [prepare(read_path(p)).masked for p in paths]
    (tmp_path / "masked.json").write_text(__import__("json").dumps(masked))
    common = {"texts": str(tmp_path / "masked.json"), "batch_size": 2}
    raw = bench.run_child(tmp_path, "raw", {**common, "kind": "raw"})
    ingest = bench.run_child(
        tmp_path,
        "ingest",
        {**common, "kind": "ingest", "corpus": str(corpus), "db": str(tmp_path / "s.db"),
         "warm_paths": [str(p) for p in paths[:1]]},
    )  # fmt: skip
    assert raw["tokens"] > 0 and 0 < raw["cpu_seconds"] < raw["process_cpu_seconds"]
    assert ingest["stored"] == 3 and ingest["claims"] > 0
    assert 0 < ingest["cpu_seconds"] < ingest["process_cpu_seconds"] and ingest["parse_cpu"] < ingest["cpu_seconds"]
    assert ingest["parsed_key"] == bench._texts_key(masked) and ingest["batches"] == [2, 1]
    assert raw["peak"] > 0 and ingest["peak"] > 0
