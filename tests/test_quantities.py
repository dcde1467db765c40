"""Quantities of events compared across outlets (issue 15): counts of the dead and the injured, arrests,
amounts — on short articles written for these tests (places, outlets and companies are invented)."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.reconcile.amounts import interval
from claimline.reconcile.events import event_conflicts, interval_sides
from claimline.schemas import Quantity

DAY = date(2026, 3, 9)


@pytest.fixture(scope="module")
def run(nlp):
    """Articles (text, ...) of two outlets published on one day -> their conflicts on events."""

    def go(*texts: str):
        clusters = EventClusters()
        claims, articles = {}, {}
        for k, text in enumerate(texts):
            outlet = ("Harbour Wire", "Baltic Ledger", "North Post", "Fjord Post")[k]
            ex, frames = extract_events(text, DAY, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
            clusters.add(members(ex, frames))
            claims.update({c.id: c for c in ex.claims})
            articles[ex.article.id] = ex.article
        return [c for _, c in event_conflicts(clusters.clusters.values(), claims, articles)]

    return go


def _quantities(conflicts):
    return [(c.question.split(" — ")[0], sorted(s.value for s in c.sides)) for c in conflicts if c.facet == "quantity"]


# ------------------------------------------------------------------ R2: adjacent counts are two answers
def _q(text: str, value: float) -> Quantity:
    return Quantity(kind="count", text=text, start=0, end=len(text), value=value)


def _info(n: int) -> SimpleNamespace:
    return SimpleNamespace(id=f"c{n}", article_id=f"a{n}")


def test_adjacent_ranges_are_two_sides_equal_ones_one():
    """ "Four" (3.5-4.5) and "five" (4.5-5.5) touch at the half step: two answers, not one side; equal
    counts, and a rounded figure around an exact one ("about 4,000" / "4,150"), stay one side."""

    def sides(*qs: Quantity) -> int:
        return len(interval_sides([(_info(k), interval(q), q.text) for k, q in enumerate(qs)], half_open=True))

    assert sides(_q("four", 4), _q("five", 5)) == 2
    assert sides(_q("40", 40), _q("50", 50)) == 2
    assert sides(_q("four", 4), _q("4", 4)) == 0
    assert sides(_q("about 4,000", 4000), _q("4,150", 4150)) == 0
    assert sides(_q("4,000", 4000), _q("4,150", 4150)) == 0


def test_one_death_more_is_a_conflict(run):
    a = "Four people died in a house fire in Dunmore on Sunday, fire officials said."
    b = "Five people died in a house fire in Dunmore on Sunday, fire officials said."
    assert _quantities(run(a, b)) == [("number of die", ["4", "5"])]
    same = "Four people died in a house fire in Dunmore on Sunday, the fire service said."
    assert _quantities(run(a, same)) == []


def test_forty_and_fifty_arrests_are_a_conflict(run):
    a = "Police arrested 40 protesters outside the Dunmore town hall on Sunday."
    b = "Police arrested 50 protesters outside the Dunmore town hall on Sunday."
    assert [v for _, v in _quantities(run(a, b))] == [["40", "50"]]
    about = "Police arrested about 45 protesters outside the Dunmore town hall on Sunday."
    assert _quantities(run(a, about)) == []  # "about 45": 36 to 54, both inside


# ------------------------------------------------------------------ R8: the count of one harm, whatever the verb
def test_died_and_were_killed_count_one_thing(run):
    died = "Three people died in a bus crash near Dunmore on Sunday, police said."
    killed = "Five people were killed in a bus crash near Dunmore on Sunday, police said."
    assert [v for _, v in _quantities(run(died, killed))] == [["3", "5"]]
    # the crash frame's copy of the victims' count is no second question
    died_5 = "Five people died in a bus crash near Dunmore on Sunday, police said."
    assert [v for _, v in _quantities(run(died, died_5))] == [["3", "5"]]
    deaths = "There were five deaths in the bus crash near Dunmore on Sunday, police said."
    assert [v for _, v in _quantities(run(died, deaths))] == [["3", "5"]]


def test_the_dead_and_the_injured_are_two_counts(run):
    both = "Three people died and five were injured in a bus crash near Dunmore on Sunday, police said."
    killed = "Three people were killed in a bus crash near Dunmore on Sunday, police said."
    assert _quantities(run(both, killed)) == []
    injured = "Five people were injured in a bus crash near Dunmore on Sunday, police said."
    assert _quantities(run(killed, injured)) == []
