"""Query commands start light (issue 12): no pydantic, rich, spaCy or dateparser when the output is not a
terminal (on a PostgreSQL store they read through libpq itself, not psycopg: store.libpq), the same bytes as
with models (the event timeline's views and models compared field for field) and on PostgreSQL as on SQLite;
and the cached ``--actor`` aliases equal the gazetteer's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import claimline
from claimline.jobs.refresh import refresh_conflicts
from claimline.store import open_store

from .test_store import _article_set

HEAVY = ("pydantic", "rich", "spacy", "dateparser", "psycopg")
#: the claimline under test (a worktree's src/ too, not only the installed one)
SRC = str(Path(claimline.__file__).resolve().parents[1])

PROBE = """
import json, sys
from claimline.cli import main
sys.argv = ["claimline", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules} & set(json.loads(sys.stdin.read())))
sys.stderr.write("HEAVY:" + ",".join(heavy) + "\\n")
sys.stderr.write("METADATA:" + str("importlib.metadata" in sys.modules) + "\\n")
"""


@pytest.fixture()
def small_db(new_store):
    """A small store of each kind."""
    path = new_store()
    with open_store(path) as store:
        for ex in _article_set(4):  # two outlets disagree on the network tier
            store.add(ex)
        refresh_conflicts(store)
        claim = store.claims()[0]
        conflict = store.conflicts()[0].id
    return str(path), claim.id, conflict, claim.article_id


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--claims", "--actor", "NATO"],
        ["timeline", "--actor", "NATO"],  # the event timeline (small_db has no frames: see below)
        ["timeline", "--format", "json"],
        ["conflicts"],
        ["conflicts", "--actor", "nato"],
        ["claims", "--actor", "NATO"],
        ["claims", "--format", "json"],
        ["claims", "--attribution", "attitude"],
        ["claims", "--stance", "supports", "--actor", "NATO"],
        ["articles"],
        ["show", "CLAIM"],
        ["show", "CONFLICT"],
        ["show", "ARTICLE"],
        ["timeline", "--actor", "NATO", "--claims", "--format", "json"],
        ["claims", "--actor", "NATO", "--limit", "5"],
        ["conflicts", "--format", "json"],
        ["conflicts", "--format", "md"],
    ],
)
def test_query_commands_import_nothing_heavy(small_db, args, tmp_path):
    db, claim, conflict, article = small_db
    args = [{"CLAIM": claim, "CONFLICT": conflict, "ARTICLE": article}.get(a, a) for a in args]
    env = {"CLAIMLINE_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "PYTHONPATH": SRC}
    for _ in range(2):  # the first run fills the alias cache (and may load the lexicons); the second must not
        res = subprocess.run(
            [sys.executable, "-c", PROBE, *args, "--db", db],
            input=json.dumps(HEAVY),
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    assert res.returncode == 0, res.stderr
    # a PostgreSQL store is read through libpq itself (store.libpq), not psycopg (~0.1 s CPU of import)
    assert "HEAVY:\n" in res.stderr, res.stderr
    assert "METADATA:False\n" in res.stderr, res.stderr
    assert res.stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--actor", "NATO"],
        ["timeline", "--all"],
        ["timeline", "--actor", "NATO", "--format", "json"],
        ["timeline", "--actor", "Pentagon", "--format", "jsonl", "--group-by", "month"],
        # a name the gazetteer does not know, matched against the stored participants (review 9, W22)
        ["timeline", "--actor", "Brackenfold"],
        ["conflicts", "--facet", "quantity"],
        # review 9 W22 rest: what the last run changed, and the actors with their aliases
        ["changes"],
        ["changes", "--format", "json"],
        ["actors"],
        ["actors", "--format", "json"],
    ],
)
def test_the_event_timeline_imports_nothing_heavy(sample_db, args, tmp_path):
    """On a store with event frames (the sample articles): the entries are built from views."""
    env = {"CLAIMLINE_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin", "PYTHONPATH": SRC}
    for _ in range(2):
        res = subprocess.run(
            [sys.executable, "-c", PROBE, *args, "--db", str(sample_db)],
            input=json.dumps(HEAVY),
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    assert res.returncode == 0, res.stderr
    assert "HEAVY:\n" in res.stderr, res.stderr
    assert len(res.stdout) > 1000


@pytest.mark.slow
@pytest.mark.parametrize(
    "kwargs",
    [
        {"actor": "NATO"},
        {"include_commentary": True},
        {"actor": "NATO", "include_parts": True, "since": "2026-03"},
        {"actor": "Pentagon"},
        {"tier": "classified"},
    ],
)
def test_event_timeline_views_are_the_models(sample_db, kwargs):
    """``api.timeline(light=True)`` gives the entries of the models, field for field, in JSON."""
    from claimline import api
    from claimline.present.render import to_json, to_jsonl

    with open_store(sample_db, create=False) as store:
        models = api.timeline(store, **kwargs).entries
        views = api.timeline(store, light=True, **kwargs).entries
    assert len(models) >= 1
    assert to_json(views) == to_json(models)
    assert to_jsonl(views) == to_jsonl(models)
    keys = [(e.start, e.end, e.event.cluster_id) for e in views]
    assert keys == [(e.start, e.end, e.event.cluster_id) for e in models]


@pytest.mark.slow
@pytest.mark.parametrize("kwargs", [{}, {"actor": "NATO"}, {"actor": "Pentagon"}, {"include_commentary": True}])
def test_the_event_timeline_reads_every_conflict_that_can_mark_its_entries(sample_db, kwargs):
    """The event timeline reads only the open conflicts on its entries' clusters or claims
    (``store.event_views.conflicts_on_entries``, from ``event_conflict_clusters`` and ``conflict_claims``),
    not every conflict's JSON: those are all the open conflicts whose JSON names one of the clusters or
    claims (both routes find some), and the entries read disputed as with every conflict."""
    import copy

    from claimline import api
    from claimline.events.timeline import mark_disputed
    from claimline.store.event_views import conflicts_on_entries

    with open_store(sample_db, create=False) as store:
        entries = api.timeline(store, light=True, **kwargs).entries
        every = store.conflicts(open_only=True, raw=True)
        clusters = {e.event.cluster_id for e in entries}
        claims = {c for e in entries for c in e.claim_ids}
        read = conflicts_on_entries(store.db, clusters, claims)
        by_cluster = conflicts_on_entries(store.db, clusters, ())
        by_claim = conflicts_on_entries(store.db, (), claims)
    on_cluster = {c["id"] for c in every if clusters & set((c.get("event") or {}).get("cluster_ids") or ())}
    on_claim = {c["id"] for c in every if any(claims & set(s.get("claim_ids") or ()) for s in c["sides"])}
    assert {c["id"] for c in read} == on_cluster | on_claim
    assert {c["id"] for c in by_cluster} >= on_cluster and {c["id"] for c in by_claim} >= on_claim
    if not kwargs:  # the whole timeline: some conflict only its claims reach, and some its clusters do
        assert on_claim - {c["id"] for c in by_cluster} and on_cluster
    with_all = copy.deepcopy(entries)
    for e in with_all + entries:
        e["status"] = "confirmed" if e["status"] == "disputed" else e["status"]
    mark_disputed(with_all, every)
    mark_disputed(entries, read)
    assert [e["status"] for e in entries] == [e["status"] for e in with_all]
    assert "disputed" in [e["status"] for e in entries] or kwargs


@pytest.mark.slow
def test_cached_timeline_entries_are_the_built_ones(sample_db, tmp_path):
    """The event timeline caches the entries it builds (migration 9) and reads them next time; an
    entry whose cluster has grown since is built again. Every answer equals the models' one."""
    import shutil

    from claimline import api
    from claimline.present.render import to_json

    db = tmp_path / "s.db"
    shutil.copy(sample_db, db)
    kinds = [{"actor": "NATO"}, {"include_commentary": True}, {"since": "2026-03", "publisher": "a"}]
    with open_store(db, create=False) as store:
        count = store.db.execute
        count("DELETE FROM event_entries")
        want = [to_json(api.timeline(store, **k).entries) for k in kinds]  # models, built
        assert [to_json(api.timeline(store, light=True, **k).entries) for k in kinds] == want
        n = count("SELECT count(*) FROM event_entries").fetchone()[0]
        # (a cluster of figures, class "measure", is no entry: events/measures.py; nor a denial the entry of the
        # event it denies tells: review 10, R16)
        told = count(
            "SELECT count(*) FROM event_clusters WHERE class = 'deny'"
            " AND id NOT IN (SELECT cluster_id FROM event_entries)"
        ).fetchone()[0]
        assert n == count("SELECT count(*) FROM event_clusters WHERE class != 'measure'").fetchone()[0] - told
        assert n > 20
        assert [to_json(api.timeline(store, light=True, **k).entries) for k in kinds] == want  # from the cache
        count("UPDATE event_entries SET data = '{}' WHERE rowid % 2 = 0")  # as if their clusters had grown:
        count(
            "UPDATE event_clusters SET size = size + 1"
            " WHERE id IN (SELECT cluster_id FROM event_entries WHERE data = '{}')"
        )
        assert [to_json(api.timeline(store, light=True, **k).entries) for k in kinds] == want
        count("UPDATE event_entries SET data = '{}', built_by = 'claimline 0.0.1/older code'")  # an upgrade
        assert [to_json(api.timeline(store, light=True, **k).entries) for k in kinds] == want
        assert count("SELECT DISTINCT built_by FROM event_entries").fetchall() == [(api.entry_stamp(),)]
    assert len(want[1]) > len(want[0]) > 1000


def _copy_to_postgresql(sqlite_path: object, url: str) -> None:
    """Every row of a SQLite store into an empty PostgreSQL store (same schema), tables in creation order."""
    import sqlite3

    with open_store(url):  # migrated
        pass
    src = sqlite3.connect(str(sqlite_path))
    tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    with open_store(url) as dst, dst.transaction() as tx:
        for table in tables:
            if table == "migrations":
                continue
            rows = src.execute(f"SELECT * FROM {table}").fetchall()
            if rows:
                cols = [d[0] for d in src.execute(f"SELECT * FROM {table} LIMIT 1").description]
                tx.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
    src.close()


@pytest.mark.slow
@pytest.mark.postgres
def test_query_commands_answer_the_same_on_postgresql_as_on_sqlite(sample_db, pg_schema):
    """The sample store copied row for row to PostgreSQL: every query command's output, byte for byte,
    is the SQLite store's (psycopg reads what sqlite3 reads; the same SQL, translated)."""
    from typer.testing import CliRunner

    from claimline.cli import app

    url = pg_schema()
    _copy_to_postgresql(sample_db, url)
    with open_store(sample_db, create=False) as store:
        claim = store.claims(actors={"NATO"}, limit=1)[0].id
        conflict = store.conflicts()[0].id
    commands = [
        ["timeline", "--actor", "NATO"],
        ["timeline", "--all", "--format", "json"],
        ["timeline", "--actor", "NATO", "--claims", "--format", "json"],
        ["conflicts", "--format", "json"],
        ["conflicts"],  # (the blocks each store keeps: built by this first listing)
        ["conflicts", "--actor", "NATO", "--open"],
        ["conflicts", "--summary"],
        ["claims", "--actor", "NATO", "--format", "json"],
        ["articles", "--format", "json"],
        ["actors"],
        ["show", claim],
        ["show", conflict],
    ]
    runner = CliRunner()
    on_pg = [runner.invoke(app, [*args, "--db", url]) for args in commands]
    on_sqlite = [runner.invoke(app, [*args, "--db", str(sample_db)]) for args in commands]
    for args, a, b in zip(commands, on_pg, on_sqlite, strict=True):
        assert a.exit_code == 0, (args, a.output)
        assert a.output == b.output, args
    assert len(on_pg[0].output) > 1000


def test_cached_actor_aliases_match_the_gazetteer(tmp_path, monkeypatch):
    from claimline import actor_index
    from claimline.extraction import actors

    monkeypatch.setenv("CLAIMLINE_CACHE_DIR", str(tmp_path))
    known = {"NATO", "OpenAI", "Nato Review", "U.S. Department of Defense"}
    for query in ["NATO", "nato", "pentagon", "The Pentagon", "OpenAI's", "DoD", "nobody at all", "  openai "]:
        assert actor_index.matching(query, known) == actors.matching(query, known), query
    assert len(list(tmp_path.glob("actor-aliases-*.json"))) == 1


def test_an_edited_lexicon_is_read_again(tmp_path, monkeypatch):
    from claimline import actor_index

    monkeypatch.setenv("CLAIMLINE_CACHE_DIR", str(tmp_path / "cache"))
    extra = tmp_path / "lex"
    extra.mkdir()
    monkeypatch.setenv("CLAIMLINE_LEXICONS", str(extra))
    assert actor_index.matching("Zorblax Defence", set()) == set()
    (extra / "actors.toml").write_text(
        '[[actor]]\nname = "Zorblax Defence Systems"\ntype = "company"\naliases = ["Zorblax Defence"]\n'
    )
    from claimline import lexicons
    from claimline.extraction import actors

    lexicons.load.cache_clear()
    actors.gazetteer.cache_clear()
    assert actor_index.matching("zorblax defence", set()) == {"Zorblax Defence Systems"}
