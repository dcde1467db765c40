"""How long a thing lasts, told with no event word to hold it (issue 15, fifteenth sitting): "a state of emergency
that will last 30 days", "the emergency runs for three months", "the three-month state of emergency", "recapture
fishing is permitted for two weeks" are figures of the lasting noun (events/measures.py ``duration_frames``), on
short articles written for these tests (places and outlets are invented)."""

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
def lengths(nlp):
    """A text -> (measured word, value, unit) of each duration figure, and the durations its event frames hold."""

    def go(text: str) -> tuple[list[tuple[str, float | None, str | None]], list[str]]:
        _, frames = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        figures = [
            (f.trigger.lemma, q.value, q.unit)
            for f in frames
            if f.event_class == "measure"
            for q in f.quantities
            if q.kind == "duration"
        ]
        held = [f"{f.trigger.lemma}:{q.text}" for f in frames if f.event_class != "measure" for q in f.quantities]
        return figures, held

    return go


def test_a_verb_of_lasting_tells_how_long_its_noun_lasts(lengths):
    """Its subject, the noun its relative clause describes, the noun after "of" a noun of a state names, the noun a
    duration modifies, the object kept, and "for" on a verb of no event."""
    assert lengths("The state of emergency on Kalymnos will last 30 days.")[0] == [("emergency", 30.0, "D")]
    assert lengths("The government declared a state of emergency that will last 30 days.")[0] == [
        ("emergency", 30.0, "D")
    ]
    assert lengths("The emergency on Kalymnos runs for three months.")[0] == [("emergency", 3.0, "M")]
    assert lengths("The three-month state of emergency on Kalymnos began on Wednesday.")[0] == [("emergency", 3.0, "M")]
    assert lengths("The road will remain closed for three weeks.")[0] == [("road", 3.0, "W")]
    assert lengths("The operator expects the unit to stay offline for about three weeks.")[0] == [("unit", 3.0, "W")]
    assert lengths("Recapture fishing is permitted for two weeks, the directorate said.")[0][0][1:] == (2.0, "W")


def test_an_event_noun_that_lasts_holds_its_duration(lengths):
    """ "the closure is scheduled to last a week": the closure's frame holds the week (compared in its cluster with
    "the closure now lasts two weeks"), no figure of its own."""
    figures, held = lengths("The closure of the Lisk school is scheduled to last a week.")
    assert figures == [] and "closure:a week" in held


def test_no_figure_of_an_event_an_age_or_an_open_length(lengths):
    """An event's own duration stays the event's ("was jailed for six years", "the ban lasts 21 days"); an age ("a
    10-year-old boy") and a length with no number ("for several months") are no figure."""
    figures, held = lengths("Oren Palk was jailed for six years on Monday.")
    assert figures == [] and held == ["jail:six years"]
    figures, held = lengths("The ban on Kalymnos lasts 21 days.")
    assert figures == [] and "ban:21 days" in held
    assert lengths("A 10-year-old boy from Kalymnos was hurt in the crash.")[0] == []
    assert lengths("The outage could keep the unit offline for several months.")[0] == []


_LEDE = "The Greek island of Kalymnos was placed under a state of emergency on Wednesday, the Interior Ministry said. "


def test_two_lengths_of_one_state_are_a_conflict(run):
    thirty = (
        "The Greek government has declared a state of emergency on Kalymnos that will last 30 days, the ministry said."
    )
    three = _LEDE + "The emergency on Kalymnos runs for three months, the ministry said."
    modifier = _LEDE + "The three-month state of emergency on Kalymnos lets the ministry hire tankers, it said."
    assert run(thirty, three) == [("duration of emergency", ["P30D", "P3M"])]
    assert run(thirty, modifier) == [("duration of emergency", ["P30D", "P3M"])]


def test_lengths_that_agree_or_of_two_things_are_no_conflict(run):
    three = _LEDE + "The emergency on Kalymnos runs for three months, the ministry said."
    modifier = _LEDE + "The three-month state of emergency on Kalymnos lets the ministry hire tankers, it said."
    two_things = (
        _LEDE + "The emergency on Kalymnos will last three months, and the water rationing will last 30 days, it said."
    )
    assert run(three, modifier) == []
    assert run(two_things, three) == []
    assert run(two_things, modifier) == []


def test_how_long_a_thing_takes_is_its_length(lengths):
    """ "take" is a verb of lasting: "the refit takes about 50 minutes" is the refit's length, told after another
    verb of its subject too ("is free and takes under an hour") and under an expectation ("are expected to take
    twelve days": the subject's, not the days' own); an event noun holds it ("the evacuation took three hours")."""
    assert lengths("The refit takes about 50 minutes at a Varn dealer.")[0] == [("refit", pytest.approx(50 / 60), "H")]
    assert lengths("The refit is free and takes under an hour, Varn said.")[0] == [("refit", 1.0, "H")]
    assert lengths("Repairs to the Lisk pier are expected to take twelve days.")[0] == [("repair", 12.0, "D")]
    figures, held = lengths("The evacuation of the Lisk school took three hours.")
    assert figures == [] and "evacuation:three hours" in held


def test_how_long_an_act_took_to_come_is_no_length(lengths):
    """ "took 40 minutes to reach the pier": how long the crew were in coming, no length of the crew."""
    assert lengths("The lifeboat crew took 40 minutes to reach the Lisk pier.")[0] == []


def test_two_lengths_of_one_job_are_a_conflict(run):
    lede = "Varn is recalling 4,000 cars to fix a brake fault, the company said on Wednesday. "
    one = lede + "The refit takes one hour at a dealer, Varn said."
    two = lede + "The refit is free and takes three hours, according to Varn."
    assert run(one, two) == [("duration of refit", ["P1H", "P3H"])]
