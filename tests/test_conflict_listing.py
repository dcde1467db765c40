"""The plain `conflicts` listing from the blocks the store keeps (migration 18): built once per conflict by
the first query that lists it, for the code that built it; byte for byte what rendering the JSON gives."""

from __future__ import annotations

import shutil

import pytest
from typer.testing import CliRunner

from claimline import api
from claimline.cli import app
from claimline.store import open_store

from .test_query_imports import _copy_to_postgresql

COMMANDS = [
    ["conflicts"],
    ["conflicts", "--actor", "NATO"],
    ["conflicts", "--open"],
    ["conflicts", "--facet", "date"],
    ["conflicts", "--since", "2026-01-01"],
]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def sample_target(request, sample_db, tmp_path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "s.db"
        shutil.copy(sample_db, path)
        target = str(path)
    else:
        target = request.getfixturevalue("pg_schema")()
        _copy_to_postgresql(sample_db, target)
    with open_store(target, create=False) as store:  # (a query on the shared sample store may have kept some)
        store.db.execute("UPDATE conflicts SET listing = NULL, listed_by = NULL")
    return target


def _outputs(target: str) -> list[str]:
    runner = CliRunner()
    out = []
    for args in COMMANDS:
        res = runner.invoke(app, [*args, "--db", target])
        assert res.exit_code == 0, (args, res.output)
        out.append(res.output)
    return out


def _kept(target: str) -> dict[str, tuple[str | None, str | None]]:
    with open_store(target, create=False) as store:
        return {r[0]: (r[1], r[2]) for r in store.db.execute("SELECT id, listed_by, listing FROM conflicts")}


def test_kept_blocks_list_what_the_json_lists(sample_target, monkeypatch):
    with monkeypatch.context() as m:  # the listing rendered from the conflicts' JSON, nothing kept
        m.setattr(api, "conflict_listing", lambda *a, **k: None)
        want = _outputs(sample_target)
    assert all(v == (None, None) for v in _kept(sample_target).values())
    assert "Reason:" in want[0] and len(want[0]) > 2000
    assert _outputs(sample_target) == want  # built and kept
    stamp = api.listing_stamp()
    kept = _kept(sample_target)
    with open_store(sample_target, create=False) as store:
        shown = {c["id"] for c in store.conflicts(duplicate=False, raw=True)}
    assert shown and {cid for cid, (by, _) in kept.items() if by == stamp} >= shown
    assert _outputs(sample_target) == want  # read as kept
    with open_store(sample_target, create=False) as store:  # blocks another version built are not used
        store.db.execute("UPDATE conflicts SET listing = 'stale', listed_by = 'claimline 0.0/old'")
    assert _outputs(sample_target) == want
    assert {cid for cid, (by, _) in _kept(sample_target).items() if by == stamp} >= shown


def test_a_block_built_from_a_conflict_rewritten_meanwhile_is_not_kept(sample_target):
    with open_store(sample_target, create=False) as store:
        cid, data = next(iter(store.db.execute("SELECT id, data FROM conflicts ORDER BY id")))
        assert store.keep_listings([("block", "stamp", cid, data + " ")]) in (True, False)
        assert store.db.execute("SELECT listing FROM conflicts WHERE id = ?", (cid,)).fetchone()[0] is None
        assert store.keep_listings([("block", "stamp", cid, data)])
        assert store.db.execute("SELECT listing FROM conflicts WHERE id = ?", (cid,)).fetchone()[0] == "block"
