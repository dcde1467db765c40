"""An incremental refresh after a new article's first "no": older "yes" answers of other articles join.

A "yes" answer (a claim naming a use the system is put to) is filed under a question only where a
"no" could meet it; the first article saying "not for targeting" of anyone makes the other
articles' "yes, for targeting" comparable, under questions the new article does not itself answer.
"""

from __future__ import annotations

import pytest

from claimline.jobs.refresh import refresh_conflicts
from claimline.store import open_store

from .test_incremental import _event_state, _with_events


@pytest.mark.slow
def test_a_first_no_files_the_yes_answers_of_articles_stored_before(sample_db, new_store, monkeypatch):
    from claimline.reconcile import conflicts, events

    # truth discovery relearns reliabilities from the questions recomputed (see test_incremental)
    monkeypatch.setattr(conflicts, "discover", lambda *a, **k: None)
    monkeypatch.setattr(events, "discover", lambda *a, **k: None)
    exs = {(ex.article.path or "").rsplit("/", 1)[-1]: ex for ex in _with_events(sample_db)}
    before = [exs["11_the-rhine-courier.txt"], exs["06_hansa-tech-journal.txt"]]
    new = exs["12_defence-insider-weekly.txt"]
    with open_store(new_store()) as store:
        for ex in before:
            assert store.add(ex)
        refresh_conflicts(store)
        assert store.add(new)
        refresh_conflicts(store, [new.article.id])
        got = _event_state(store)
    with open_store(new_store()) as other:
        for ex in [*before, new]:
            assert other.add(ex)
        refresh_conflicts(other)
        assert got == _event_state(other)
    # the older articles' "yes, for targeting" answers are on a side of a conflict
    older = {c.id for ex in before for c in ex.claims if "targeting" in c.use_scopes}
    assert older and older & {cid for _, cid in got["conflict_claims"]}
