"""What an incremental refresh weighs again beyond the questions it recomputes (``jobs.refresh.StoredLearning``):
truth discovery re-votes a question only when one of its sources has evidence in another question, so a stored
question whose source gets its first evidence elsewhere (or loses its last) is voted otherwise now, and is
recomputed with the new article's questions (the mine story of the fifteenth sitting's held-out set: a factuality
conflict left disputed one article at a time, resolved by a whole refresh)."""

from __future__ import annotations

from types import SimpleNamespace

from claimline.jobs.refresh import StoredLearning
from claimline.store import open_store


def _q(family: str) -> str:
    return f"event\x1ffactuality\x1f{family}\x1f{family}:Authority"


def test_a_source_first_weighed_elsewhere_unsettles_its_only_other_question(new_store):
    with open_store(new_store()) as store, store.transaction():
        store.record_evidence(
            "events",
            [
                (_q("ev-a"), "ev-a", "Alone Wire", 0.5),  # its only question
                (_q("ev-b"), "ev-b", "Busy Post", 0.5),  # two questions: weighed through each other already
                (_q("ev-c"), "ev-c", "Busy Post", 0.4),
                (_q("ev-d"), "ev-d", "Gone Daily", 0.7),  # its other question is recomputed and asks it no more
                (_q("ev-e"), "ev-e", "Gone Daily", 0.3),
            ],
        )
        learned = StoredLearning(store, "events", questions={_q("ev-e")}, families={"ev-e", "ev-new"})
        new = SimpleNamespace(qid=_q("ev-new"))
        learned.record([new], [{"Alone Wire": (0.6, 1), "Busy Post": (0.6, 1)}], {})
        assert learned.unsettled() == {(_q("ev-a"), "ev-a"), (_q("ev-d"), "ev-d")}


def test_evidence_that_only_grows_unsettles_nothing(new_store):
    with open_store(new_store()) as store, store.transaction():
        store.record_evidence("claims", [("date\x1fopening\x1fMuseum", "", "Alone Wire", 0.5)])
        learned = StoredLearning(store, "claims", questions={"date\x1fopening\x1fMuseum"})
        again = SimpleNamespace(qid="date\x1fopening\x1fMuseum")
        learned.record([again], [{"Alone Wire": (0.55, 1)}], {})
        assert learned.unsettled() == set()
        whole = StoredLearning(store, "claims", whole=True)
        assert whole.unsettled() == set()
