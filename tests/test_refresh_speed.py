"""Speed cuts of the store side that must change nothing a user sees.

* A whole refresh indexes every stored cluster by the identity keys its frames were stored with (``event_keys``,
  ``store.events.cluster_keys``) instead of computing them again from the frames
  (``reconcile.events.families(stored_keys=...)``): the families, conflicts and statuses are those the computed
  keys give.
* ``reconcile.agents.sets_aside`` looks for a name in a claim's lower-case text before searching it with a
  pattern (plain ASCII text): the same answers, in any case, for names in and out of ASCII.
* A store's connection keeps a larger page cache (``store.sqlite.CACHE_KIB``): an ingest reads back what it wrote
  a few articles before without asking the operating system again.
"""

from __future__ import annotations

import shutil
from types import SimpleNamespace

from claimline.jobs.refresh import refresh_conflicts
from claimline.reconcile import agents
from claimline.reconcile import events as reconcile_events
from claimline.store import events as stored
from claimline.store.sqlite import CACHE_KIB, Store


def _reconciled(store: Store) -> tuple[list[tuple], list[tuple], list[tuple]]:
    db = store.db
    return (
        sorted(db.execute("SELECT cluster_id, family FROM event_families")),
        sorted(db.execute("SELECT id, facet, data FROM conflicts")),
        sorted(db.execute("SELECT claim_id, status FROM claim_status")),
    )


def test_a_whole_refresh_reads_the_stored_keys_and_finds_the_same_families(sample_db, tmp_path, monkeypatch):
    computed = tmp_path / "computed.db"
    read = tmp_path / "read.db"
    shutil.copy(sample_db, computed)
    shutil.copy(sample_db, read)
    calls: list[int] = []
    real = reconcile_events.family_keys

    def counted(frames, lex=None):
        calls.append(1)
        return real(frames, lex)

    monkeypatch.setattr(reconcile_events, "family_keys", counted)
    with Store(computed) as store, monkeypatch.context() as m:
        m.setattr(stored, "cluster_keys", lambda db, ids: {})  # (nothing stored: every cluster's keys computed)
        refresh_conflicts(store)
        by_frames = _reconciled(store)
    computed_calls = len(calls)
    calls.clear()
    with Store(read) as store:
        refresh_conflicts(store)
        assert _reconciled(store) == by_frames
    assert by_frames[0] and by_frames[1]  # (the sample stories have families and conflicts on events)
    assert len(calls) < computed_calls // 2, (len(calls), computed_calls)  # only a family's parts compute them now


def test_a_store_keeps_a_page_cache_of_its_own_size(tmp_path):
    with Store(tmp_path / "s.db") as store:
        assert store.db.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB


def test_a_correction_sets_an_agent_aside_whatever_the_case_of_its_name():
    def aside(text: str, name: str, said: str | None = None) -> bool:
        return agents.sets_aside(SimpleNamespace(text=text), SimpleNamespace(name=name, text=said or name))

    assert aside("The search was led by the Tarnel Harbour Board, not by the Vell Coast Guard.", "Vell Coast Guard")
    assert aside("The search was led by the harbour board, not by the vell coast guard.", "Vell Coast Guard")
    assert aside("The search was led by the harbour board, not by Æsir Rescue.", "Æsir Rescue", "æsir rescue")
    assert aside("Signed by the director rather than the minister.", "Minister Oda Varn", "the minister")
    assert not aside("The search was led by the Vell Coast Guard.", "Vell Coast Guard")
    assert not aside("The search was led by the harbour board, not by the Vell Coast Guards.", "Vell Coast Guard")
    assert not aside("The harbour board led the search.", "Vell Coast Guard")
