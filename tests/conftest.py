from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property and fuzz tests explore new examples on a developer's machine; under CI they replay the
# same derandomised examples on every run, so a red CI is always reproducible (and never a coin toss).
# Long exploratory runs live in benchmarks/fuzz_long.py.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from claimline.extraction import pipeline as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="module")
def frames_of(nlp, request):
    """The event frames claimline finds in a text: ``frames_of(text, published=...)``, published by default on the
    test module's ``PUB`` (the time tests each write their sentences for a publication date of their own)."""
    from claimline.events import extract_events

    default = request.module.PUB

    def run(text: str, published=default):
        return extract_events(text, published, nlp=nlp)[1]

    return run


@pytest.fixture(scope="session")
def extract(nlp):
    from claimline.extraction.claims import extract as _extract

    def run(text: str, published: str | None = "2026-03-05", **meta):
        return _extract(text, published=published, nlp=nlp, **meta)

    return run


@pytest.fixture(scope="session")
def story_conflicts(nlp):
    """Articles (outlet, publication date, text) -> their conflicts on events, as the store computes them."""
    from datetime import date

    from claimline.events import EventClusters, extract_events, members
    from claimline.reconcile.events import event_conflicts

    def go(*docs: tuple[str, date, str]):
        clusters = EventClusters()
        claims, articles = {}, {}
        for k, (outlet, published, text) in enumerate(docs):
            ex, frames = extract_events(text, published, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
            clusters.add(members(ex, frames))
            claims.update({c.id: c for c in ex.claims})
            articles[ex.article.id] = ex.article
        return [c for _, c in event_conflicts(clusters.clusters.values(), claims, articles)]

    return go


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


# ------------------------------------------------------------- store targets
PG_ENV = "CLAIMLINE_TEST_PG"
STORE_KINDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.postgres),
]


def pg_server() -> str:
    """The PostgreSQL server of CLAIMLINE_TEST_PG, or skip (scripts/test.sh starts one; CI always has one)."""
    import os

    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {PG_ENV}=postgresql://... (scripts/test.sh starts one)")
    return url


def pg_schema_url(url: str, name: str) -> str:
    """``url`` with every table in schema ``name`` (a fresh, empty namespace for one test)."""
    from urllib.parse import quote

    return url + ("&" if "?" in url else "?") + "options=" + quote(f"-csearch_path={name}")


@pytest.fixture()
def pg_schema():
    """A factory of empty PostgreSQL schemas on the test server, dropped after the test."""
    import uuid

    import psycopg

    url = pg_server()
    made: list[str] = []

    def make() -> str:
        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(url, autocommit=True) as con:
            con.execute(f"CREATE SCHEMA {name}")
        made.append(name)
        return pg_schema_url(url, name)

    yield make
    with psycopg.connect(url, autocommit=True) as con:
        for name in made:
            con.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")


@pytest.fixture(params=STORE_KINDS)
def new_store(request, tmp_path):
    """A factory of empty store targets of one kind: a SQLite file path, or a PostgreSQL URL."""
    kind = request.param
    if kind == "sqlite":
        n = iter(range(1000))
        return lambda: str(tmp_path / f"store{next(n)}.db")
    make = request.getfixturevalue("pg_schema")
    return make


def run_cli(*args: str) -> str:
    """``claimline ARGS`` through typer's runner at 140 columns, as a user would run it; the output
    (the command must succeed)."""
    from typer.testing import CliRunner

    from claimline.cli import app

    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.output
    return result.output


def story_store(folder: Path, name: str, text: str, published: str = "2026-06-05") -> str:
    """A store holding one invented article ``name`` (its text ``text``), ingested through the CLI with
    its publication date; the store's path."""
    story = folder / name
    story.write_text(text, encoding="utf-8")
    path = str(folder / f"{story.stem}.db")
    run_cli("ingest", "--db", path, "--published", published, str(story))
    return path
