"""What an incremental refresh weighs again beyond the questions it recomputes (``jobs.refresh.StoredLearning``):
truth discovery re-votes a question only when one of its sources has evidence in another question, with the
reliabilities the other questions teach, so a stored question whose source gets its first evidence elsewhere (or
loses its last) is voted otherwise now (the mine story of the fifteenth sitting's held-out set: a factuality
conflict left disputed one article at a time, resolved by a whole refresh), and so is one whose sources'
reliabilities moved enough to turn its vote (migration 27: each question keeps how it was weighed; an event
question of the twenty-sixth sitting's blind stories left resolved at margin 0.34 where a whole refresh gave 0.26).
Those are recomputed with the new article's questions; the others keep their decimals."""

from __future__ import annotations

import json
from types import SimpleNamespace

from claimline.jobs.refresh import StoredLearning
from claimline.store import open_store


def _q(family: str) -> str:
    return f"event\x1ffactuality\x1f{family}\x1f{family}:Authority"


def _weighed(store, kind: str, question: str, family: str, sides: list, sources: dict) -> None:
    """Store ``question`` as weighed: ``sides`` (total, sources) in the vote's order, every side counting, and
    per source (the reliability the other questions taught it, None: none had evidence on it; its own p)."""
    top, second = sides[0][0], sides[1][0]
    margin = (top - second) / sum(t for t, _ in sides)
    store.record_weighings(
        kind,
        [(question, family, margin, "resolved", json.dumps([[t, 2, list(ks), False] for t, ks in sides]))],
        [(question, family, k, r, own) for k, (r, own) in sources.items()],
    )


def test_a_source_first_weighed_elsewhere_unsettles_its_question(new_store):
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
        # (ev-b's vote is far from the thresholds: 1.0 against 0.2, margin 0.67)
        _weighed(
            store, "events", _q("ev-a"), "ev-a", [(1.0, ["Alone Wire"]), (0.6, ["Rival"])], {"Alone Wire": (None, 0.5)}
        )
        _weighed(
            store, "events", _q("ev-b"), "ev-b", [(1.0, ["Busy Post"]), (0.2, ["Rival"])], {"Busy Post": (2 / 3, 0.5)}
        )
        _weighed(
            store, "events", _q("ev-d"), "ev-d", [(1.0, ["Gone Daily"]), (0.3, ["Rival"])], {"Gone Daily": (0.55, 0.7)}
        )
        learned = StoredLearning(store, "events", questions={_q("ev-e")}, families={"ev-e", "ev-new"})
        new = SimpleNamespace(qid=_q("ev-new"))
        learned.record([new], [{"Alone Wire": (0.6, 1), "Busy Post": (0.6, 1)}], {})
        assert learned.unsettled() == {(_q("ev-a"), "ev-a"), (_q("ev-d"), "ev-d")}


def test_a_reliability_that_moves_a_vote_past_its_threshold_unsettles_it(new_store):
    """Busy Post's reliability for ev-b falls from 2/3 to 0.65 (a third question of it, p 0.6): a vote of
    0.655 against 0.345 (margin 0.31, resolved) may now fall under 0.30; one of 1.0 against 0.2 cannot."""
    with open_store(new_store()) as store, store.transaction():
        store.record_evidence(
            "claims",
            [("date\x1fopening\x1fMuseum", "", "Busy Post", 0.5), ("date\x1fclosing\x1fMuseum", "", "Busy Post", 0.4)],
        )
        rel = {"Busy Post": (2 / 3, 0.5)}
        _weighed(store, "claims", "date\x1fopening\x1fMuseum", "", [(0.655, ["Busy Post"]), (0.345, ["Rival"])], rel)
        learned = StoredLearning(store, "claims", questions={"date\x1fvisit\x1fMuseum"})
        learned.record([SimpleNamespace(qid="date\x1fvisit\x1fMuseum")], [{"Busy Post": (0.6, 1)}], {})
        assert learned.unsettled() == {("date\x1fopening\x1fMuseum", "")}
    with open_store(new_store()) as store, store.transaction():
        store.record_evidence(
            "claims",
            [("date\x1fopening\x1fMuseum", "", "Busy Post", 0.5), ("date\x1fclosing\x1fMuseum", "", "Busy Post", 0.4)],
        )
        _weighed(store, "claims", "date\x1fopening\x1fMuseum", "", [(1.0, ["Busy Post"]), (0.2, ["Rival"])], rel)
        learned = StoredLearning(store, "claims", questions={"date\x1fvisit\x1fMuseum"})
        learned.record([SimpleNamespace(qid="date\x1fvisit\x1fMuseum")], [{"Busy Post": (0.6, 1)}], {})
        assert learned.unsettled() == set()


def test_evidence_that_only_grows_unsettles_nothing(new_store):
    with open_store(new_store()) as store, store.transaction():
        store.record_evidence("claims", [("date\x1fopening\x1fMuseum", "", "Alone Wire", 0.5)])
        learned = StoredLearning(store, "claims", questions={"date\x1fopening\x1fMuseum"})
        again = SimpleNamespace(qid="date\x1fopening\x1fMuseum")
        learned.record([again], [{"Alone Wire": (0.55, 1)}], {})
        assert learned.unsettled() == set()
        whole = StoredLearning(store, "claims", whole=True)
        assert whole.unsettled() == set()
