"""A length in hours or minutes counted from another event ("72 hours after the derailment on Monday") moves
the day by the whole days the hours make (72 hours = three), and a part of a day that may cross midnight gives
the two days it may fall on, not the other event's day (review7 R7); on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.events import event_conflicts

PUB = date(2026, 3, 10)  # a Tuesday: "Monday" is 9 March


def _time(nlp, text: str, lemma: str):
    frames = extract_events(text, PUB, nlp=nlp)[1]
    found = [f for f in frames if f.trigger.lemma == lemma]
    assert found, [f.trigger.lemma for f in frames]
    t = found[0].time
    return None if t is None else (t.start, t.end)


@pytest.mark.parametrize(
    ("text", "lemma", "span"),
    [
        # whole days: the outer act three / two days on, not on the inner event's Monday
        (
            "Brenmoor Rail suspended its night trains 72 hours after the derailment of one of its carriages "
            "on Monday, the operator said.",
            "suspend",
            (date(2026, 3, 12), date(2026, 3, 12)),
        ),
        (
            "The mayor of Dunhallow resigned 48 hours after losing a council vote on Monday.",
            "resign",
            (date(2026, 3, 11), date(2026, 3, 11)),
        ),
        # a day and a part of one: the day after, or the one after that past midnight
        (
            "Brenmoor Rail suspended its night trains 30 hours after the derailment of one of its carriages "
            "on Monday, the operator said.",
            "suspend",
            (date(2026, 3, 10), date(2026, 3, 11)),
        ),
        # under a day: the same day or the next, never only the same one
        (
            "Brenmoor Rail suspended its night trains ten hours after the derailment of one of its carriages "
            "on Monday, the operator said.",
            "suspend",
            (date(2026, 3, 9), date(2026, 3, 10)),
        ),
        # counted back from the dated outer act: the day before or the same day
        (
            "The mayor of Dunhallow resigned on Friday, 12 hours after the council rejected her budget.",
            "reject",
            (date(2026, 3, 5), date(2026, 3, 6)),
        ),
        (
            "The mayor of Dunhallow resigned on Friday, 48 hours after the council rejected her budget.",
            "reject",
            (date(2026, 3, 4), date(2026, 3, 4)),
        ),
    ],
)
def test_a_shift_in_hours_counts_the_days_it_makes(nlp, text, lemma, span):
    assert _time(nlp, text, lemma) == span


def test_hours_that_make_days_agree_with_the_later_day_named(nlp):
    clusters = EventClusters()
    claims, articles = {}, {}
    texts = (
        "Brenmoor Rail suspended its night trains 72 hours after the derailment of one of its carriages on "
        "Monday, the operator said.",
        "Brenmoor Rail suspended its night trains on Thursday, the operator said.",
    )
    for k, text in enumerate(texts):
        # published on Friday 13 March: Monday is 9 March, Thursday 12 March
        ex, frames = extract_events(text, date(2026, 3, 13), nlp=nlp, publisher=f"outlet{k}", path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        claims.update({c.id: c for c in ex.claims})
        articles[ex.article.id] = ex.article
    found = [c for _, c in event_conflicts(clusters.clusters.values(), claims, articles)]
    assert [c for c in found if c.facet == "date"] == []
