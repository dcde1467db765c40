"""The plan words of :mod:`claimline.reconcile.readings`: ``planning`` judged once per word and vocabulary and
``plan_in_past`` looking for a verb only before "to" or "for" give the answers of judging every word against
the vocabularies each time."""

from __future__ import annotations

from claimline.events.lexicon import lexicon
from claimline.reconcile import readings
from claimline.reconcile.readings import form_of, plan_in_past, planning
from claimline.reconcile.vocab import comparison

CLAUSES = [
    "the ministry had planned to sign the deal on friday",
    "it is expected to open in may",
    "the firm hoped to close the plant",
    "officials will sign it on monday",
    "the union said it would strike",
    "the bank was due to report its results",
    "the council plans for a vote next week",
    "the plant closed on tuesday",
    "the planned merger was completed",
    "the expected to go ahead",
]


def _planning(words: list[str]) -> bool:
    lex, later = lexicon(), comparison().future_in_past
    return any(
        w in lex.future_auxiliaries or w in later or any(form_of(w, v) for v in lex.expectation_verbs) for w in words
    )


def test_plan_words_judged_once_answer_as_judged_each_time():
    words = sorted({w for c in CLAUSES for w in c.split()} | set(lexicon().expectation_verbs))
    for _ in range(2):  # judged, then from the memo
        assert [planning([w]) for w in words] == [_planning([w]) for w in words]
        assert [planning(c.split()) for c in CLAUSES] == [_planning(c.split()) for c in CLAUSES]
        assert any(planning([w]) for w in words) and not all(planning([w]) for w in words)
    answers = [plan_in_past(c.split()) for c in CLAUSES]
    assert answers[:4] == [True, False, True, None]  # had planned to, is expected to, hoped to, will (no verb)
    readings._PLAN_WORDS.clear()  # judged afresh
    assert [plan_in_past(c.split()) for c in CLAUSES] == answers
