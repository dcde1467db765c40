"""Query commands start light (issue 12): no pydantic, rich, spaCy or dateparser when the output is not a
terminal, the same bytes as with models (the event timeline's views and models compared field for field);
and the cached ``--actor`` aliases equal the gazetteer's."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from claimline.jobs.refresh import refresh_conflicts
from claimline.store import open_store

from .test_store import _article_set

HEAVY = ("pydantic", "rich", "spacy", "dateparser", "psycopg")

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
"""


@pytest.fixture()
def small_db(tmp_path):
    path = tmp_path / "q.db"
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
    env = {"CLAIMLINE_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
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
    assert "HEAVY:\n" in res.stderr, res.stderr
    assert res.stdout.strip()


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ["timeline", "--actor", "NATO"],
        ["timeline", "--all"],
        ["timeline", "--actor", "NATO", "--format", "json"],
        ["timeline", "--actor", "Pentagon", "--format", "jsonl", "--group-by", "month"],
    ],
)
def test_the_event_timeline_imports_nothing_heavy(sample_db, args, tmp_path):
    """On a store with event frames (the sample articles): the entries are built from views."""
    env = {"CLAIMLINE_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
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
