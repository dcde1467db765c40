"""Dask ingest on a real 2-worker LocalCluster, and extract → JSONL → load: both give the local store.

"Identical" means every row of every table (articles, claims, actors,
scopes, conflicts, statuses) except the ingestion timestamp.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.errors import ClaimlineError
from claimline.jobs.ingest import ingest
from claimline.store.sqlite import Store

from .conftest import ROOT

distributed = pytest.importorskip("distributed", reason="dask[distributed] is not installed (claimline[dask])")

pytestmark = pytest.mark.slow

NAMES = [
    "01_meridian-wire.txt",
    "03_circuitline.txt",
    "04_atlantic-signal.html",
    "07_northern-security-monitor.md",
    "09_global-tech-daily.txt",
]
PATHS = [str(ROOT / "sample_articles" / n) for n in NAMES]
VOLATILE = {"ingested_at", "applied_at", "refresh_id"}
#: how a store was filled (one run or several), not what it holds (which of a family's links the store
#: keeps to hold it together depends on the order its clusters were linked: the families are compared;
#: truth discovery's stored evidence and reliabilities are where its learning stopped, within its
#: tolerance, which depends on the reconciliations run: the conflicts they weighed are compared)
HISTORY = ("migrations", "refreshes", "change_log", "event_family_links", "question_evidence", "learned_reliability")

runner = CliRunner()


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without timestamps of when they were written."""
    db = sqlite3.connect(path)
    try:
        tables = [
            r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'") if r[0] not in HISTORY
        ]
        out = {}
        for table in sorted(tables):
            cur = db.execute(f"SELECT * FROM {table}")
            keep = [i for i, d in enumerate(cur.description) if d[0] not in VOLATILE]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cur), key=repr)
        return out
    finally:
        db.close()


@pytest.fixture(scope="module")
def local_db(tmp_path_factory, nlp) -> tuple[Path, list[str]]:
    path = tmp_path_factory.mktemp("local") / "local.db"
    with Store(path) as store:
        report = ingest(store, PATHS)
    assert report.stored == len(PATHS) and report.failed == 0, report.failures
    return path, report.article_ids


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
        scheduler_kwargs={"dashboard_address": ":0"},
    ) as c:
        yield c


def test_dask_store_is_identical_to_local_ingest_and_idempotent(tmp_path, local_db, cluster):
    from claimline.jobs.distributed import ingest_dask

    local_path, local_ids = local_db
    path = tmp_path / "dask.db"
    seen: list[str] = []
    with Store(path) as store:
        # one article a partition, two in flight: results arrive out of order and must be stored in order
        report = ingest_dask(
            store,
            PATHS,
            address=cluster.scheduler_address,
            partition_size=1,
            max_in_flight=2,
            on_progress=lambda name, n: seen.append(name),
        )
        assert (report.stored, report.present, report.failed) == (len(PATHS), 0, 0), report.failures
        assert report.conflicts is not None
        assert report.article_ids == local_ids
        assert seen == PATHS
        assert [r[0] for r in store.db.execute("SELECT id FROM articles ORDER BY rowid")] == local_ids

        again = ingest_dask(store, PATHS, address=cluster.scheduler_address)
        assert (again.stored, again.present, again.failed, again.claims) == (0, len(PATHS), 0, 0)
        assert again.conflicts is None
    assert dump(path) == dump(local_path)


def test_dask_starts_its_own_local_cluster(tmp_path, local_db):
    """No address: a LocalCluster is started for the run (one worker here, to keep the test short) and closed."""
    from claimline.jobs.distributed import ingest_dask

    local_path, _ = local_db
    path = tmp_path / "own.db"
    with Store(path) as store:
        first = ingest(store, PATHS[:2])  # already there: skipped before anything is sent
        report = ingest_dask(store, PATHS, workers=1, partition_size=2)
    assert (report.stored, report.present, report.failed) == (3, 2, 0)
    assert report.claims == sum(1 for _ in dump(path)["claims"]) - first.claims
    assert dump(path) == dump(local_path)


def test_extract_jsonl_then_load_gives_the_same_store_and_rejects_a_bad_line(tmp_path, local_db):
    local_path, _ = local_db
    result = runner.invoke(app, ["extract", *PATHS, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == len(PATHS)
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text("\n".join([*lines[:2], '{"article": {"id": "x"}, "text": 3}', *lines[2:]]) + "\n")
    db = tmp_path / "loaded.db"

    result = runner.invoke(app, ["load", "--db", str(db), str(jsonl)])
    assert result.exit_code == 1
    assert f"{jsonl}:3: " in result.output
    assert f"{len(PATHS)} stored, 0 already present, 1 failed" in result.stdout
    assert dump(db) == dump(local_path)

    again = runner.invoke(app, ["load", "--db", str(db), str(jsonl)])
    assert f"0 stored, {len(PATHS)} already present, 1 failed" in again.stdout


def test_a_bad_article_fails_alone_in_its_partition(nlp):
    """Worker side, in-process: one article that cannot be extracted does not lose the others."""
    from claimline.jobs.distributed import _extract_partition
    from claimline.read import read_text

    good = read_text("NATO officials said on Tuesday that the network would be ready in March.")
    batch = [
        ("a.txt", good, {"path": "a.txt"}),
        ("b.txt", good, {"path": "b.txt", "published": "not a date"}),
        ("c.txt", good, {"path": "c.txt", "published": "2026-03-05"}),
    ]
    out = _extract_partition(batch, None)
    assert [err is None for err, _ in out] == [True, False, True]
    assert "not a date" in out[1][0]
    assert '"path":"c.txt"' in out[2][1]


def test_missing_dask_is_one_clear_error(tmp_path, monkeypatch):
    from claimline.jobs.distributed import ingest_dask

    monkeypatch.setitem(sys.modules, "distributed", None)
    with Store(tmp_path / "x.db") as store, pytest.raises(ClaimlineError, match=r"pip install 'claimline\[dask\]'"):
        ingest_dask(store, PATHS)


def test_unreachable_scheduler_is_one_clear_error(tmp_path, monkeypatch):
    import claimline.jobs.distributed as mod

    monkeypatch.setattr(mod, "CONNECT_TIMEOUT", "1s")
    with Store(tmp_path / "x.db") as store, pytest.raises(ClaimlineError, match="cannot reach the Dask scheduler"):
        mod.ingest_dask(store, PATHS[:1], address="tcp://127.0.0.1:9")


@pytest.mark.postgres
def test_dask_workers_write_a_postgresql_store_directly(local_db, cluster, pg_schema):
    """On PostgreSQL every worker stores its own articles; the store equals a local ingest's."""
    from claimline.jobs import distributed
    from claimline.store import open_store

    local_path, local_ids = local_db
    url = pg_schema()
    with open_store(url) as store:
        client_adds: list[str] = []
        original = store.add
        store.add = lambda ex, **kw: client_adds.append(ex.article.id) or original(ex, **kw)  # type: ignore[method-assign]
        report = distributed.ingest_dask(store, PATHS, address=cluster.scheduler_address, partition_size=2)
        assert (report.stored, report.present, report.failed) == (len(PATHS), 0, 0), report.failures
        assert report.article_ids == local_ids
        assert client_adds == []  # the client wrote no article
        again = distributed.ingest_dask(store, PATHS, address=cluster.scheduler_address)
        assert (again.stored, again.present) == (0, len(PATHS))
        with Store(local_path) as local:
            for sql in (
                "SELECT id, title, publisher, published, fingerprint, text FROM articles",
                "SELECT id, article_id, seq, data FROM claims",
                "SELECT claim_id, status FROM claim_status",
                "SELECT id, question, data FROM conflicts",
            ):
                got = sorted(tuple(r) for r in store.db.execute(sql))
                want = sorted(tuple(r) for r in local.db.execute(sql))
                assert got == want, sql
