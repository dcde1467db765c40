"""Sums of money that no event word holds (issue 15, fifteenth sitting): "a 200-kroner credit", "a credit of 100
kroner", "the payload was insured for £4.2 million", "estimated the cost of the replacement at 80 million euros"
are figures of the thing they measure (events/measures.py ``sum_frames``), on short articles written for these
tests (places, firms and outlets are invented)."""

from __future__ import annotations

import pytest

from claimline.events import extract_events

from .test_quantities import DAY, conflicts_of


@pytest.fixture(scope="module")
def run(nlp):
    """Articles of up to four outlets published on one day -> (question, sorted side values) of their conflicts."""

    def go(*texts: str) -> list[tuple[str, list[str]]]:
        return [(c.question.split(" — ")[0], sorted(s.value for s in c.sides)) for c in conflicts_of(nlp, *texts)]

    return go


@pytest.fixture(scope="module")
def sums(nlp):
    """A text -> (measured word, value, currency) of each sum figure."""

    def go(text: str) -> list[tuple[str, float | None, str | None]]:
        _, frames = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [
            (f.trigger.lemma, q.value, q.unit)
            for f in frames
            if f.event_class == "measure"
            for q in f.quantities
            if q.kind == "money"
        ]

    return go


def test_a_sum_measures_the_thing_it_is_of(sums):
    """The noun it modifies or is "of", the object put "at" it, the cost of the thing costed, a passive verb of no
    event "for" it."""
    assert sums("The company's answer is a 200-kroner credit on the next bill.") == [("credit", 200.0, "KRONE")]
    assert sums("Every Lisk customer will receive a credit of 100 kroner.")[-1][0] == "credit"
    assert sums("The payload was insured for £4.2 million, the broker said.") == [("insure", 4200000.0, "GBP")]
    assert sums("The ministry estimated the cost of the Lisk bridge at 80 million euros.") == [
        ("cost of bridge", 80000000.0, "EUR")
    ]
    assert sums("A new Lisk bridge would cost around 130 million euros.") == [("cost of bridge", 130000000.0, "EUR")]
    # a range keeps its lower bound in its text
    assert sums("The ministry estimated the cost of the Lisk bridge at between 80 and 95 million euros.")[0][1] == 95e6


def test_no_sum_of_an_event_or_of_nothing_said(sums):
    """A sum an event holds stays the event's ("paid 5 million euros"); a cost whose text names nothing costed is
    "cost" alone, never a cost "of" the sum itself ("at a cost of about 250,000 euros")."""
    assert sums("Orlen paid 5 million euros to the city of Lisk on Monday.") == []
    assert ("cost of euro", 250000.0, "EUR") not in sums(
        "The cost of the new Lisk reservoir is a cost of 250,000 euros."
    )


def test_two_sums_of_one_thing_are_a_conflict(run):
    insured = "A rocket of Tarvo Space exploded after lift-off on Tuesday. Its payload was insured for £{} million."
    assert run(insured.format("4.2"), insured.format("2.4")) == [
        ("amount (GBP) of insure", ["2400000 GBP", "4200000 GBP"])
    ]
    credit = "Fjordnett will give every Lisk customer a credit of 100 kroner on the next bill, Fjordnett said."
    assert run(credit, "Fjordnett's answer is a 200-kroner credit on the next bill for Lisk customers.") == [
        ("amount (KRONE) of credit", ["100 KRONE", "200 KRONE"])
    ]


def test_sums_of_two_things_or_that_agree_are_no_conflict(run):
    new = "The Lisk ministry put the cost of the new bridge at 120 million euros, the ministry said."
    temporary = "A temporary Lisk bridge would cost 60 million euros, the ministry said."
    both = "A new Lisk bridge would cost 120 million euros and a temporary Lisk bridge 60 million euros, it said."
    assert run(new, temporary) == []
    assert run(both, new) == []
    insured = "A rocket of Tarvo Space exploded after lift-off on Tuesday. Its payload was insured for £4.2 million."
    assert run(insured, insured.replace("£4.2 million", "a combined £4.2 million")) == []


def test_the_sum_of_an_example_is_no_figure(sums, run):
    """ "a household with a loan of two million kronor", "on a loan of three million kronor": a thing a preposition
    brings in as "a" thing is an example of a calculation, no sum two outlets report."""
    assert sums("A household with a loan of two million kronor will save 400 kronor a month.") == []
    assert sums("A cut on a loan of three million kronor is 600 kronor a month, the banker said.") == []
    assert (
        run(
            "A household in Lisk with a loan of two million kronor will save 400 kronor a month, the Observer said.",
            "A cut on a loan of three million kronor in Lisk is 600 kronor a month, the banker said.",
        )
        == []
    )
