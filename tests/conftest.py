from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from claimline.extraction import pipeline as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def extract(nlp):
    from claimline.extraction.claims import extract as _extract

    def run(text: str, published: str | None = "2026-03-05", **meta):
        return _extract(text, published=published, nlp=nlp, **meta)

    return run


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, nlp) -> Path:
    """A store with every sample article ingested once per test session."""
    from claimline.jobs.ingest import ingest
    from claimline.store.sqlite import Store

    path = tmp_path_factory.mktemp("store") / "sample.db"
    with Store(path) as store:
        report = ingest(store, [str(ROOT / "sample_articles")])
    assert report.failed == 0, report.failures
    return path
