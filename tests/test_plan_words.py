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


REQUESTS = [
    "prosecutors asked the court on monday to jail him for six years",
    "the union demanded a 9 percent pay rise",
    "the inspectors recommended that the operator be fined",
    "the residents called on monday for the care home to be closed",
    "following a request from police the council closed the car park",
    "at the request of residents the town banned lorries",
    "the court jailed him for six years",
    "the firm called off the strike",
    "the mayor asks for calm",
]


def _requested(words: list[str]) -> bool:
    """``readings.requested`` as it read every entry at every word (before perf15's memo)."""
    from claimline.events.objects import DETERMINERS

    for k, w in enumerate(words):
        if k and words[k - 1] in DETERMINERS:
            continue
        for entry in comparison().requests:
            verb, *rest = entry.split()
            if (form_of(w, verb) or w == verb) and (not rest or rest[0] in words[k + 1 : k + 5]):
                return True
    return False


def test_request_words_judged_once_answer_as_judged_each_time():
    """``requested`` looks each word's request entries up once per word and lexicon (perf15): the same answers as
    testing every entry at every word, for clauses and for words alone, judged afresh or from the memo."""
    verbs = {e.split()[0] for e in comparison().requests}
    words = sorted({w for c in REQUESTS for w in c.split()} | verbs | {v + "ed" for v in verbs})
    for _ in range(2):  # judged, then from the memo
        assert [readings.requested(c.split()) for c in REQUESTS] == [_requested(c.split()) for c in REQUESTS]
        assert [readings.requested([w]) for w in words] == [_requested([w]) for w in words]
    answers = [readings.requested(c.split()) for c in REQUESTS]
    assert answers[:6] == [True, True, True, True, False, False] and not any(answers[6:8])
    readings._REQUEST_FORMS.clear()
    assert [readings.requested(c.split()) for c in REQUESTS] == answers
