"""A measure told of a noun after "of" ("18.6 km of coastline", "890 megawatts of capacity"): a figure of that noun
measured in that unit, compared with another outlet's figure of the noun in that unit and with its figure in that
unit of no noun; a part of a whole ("3 km of the 10 km road") and another noun ("km of road") stay apart — on short
articles written for these tests (places, plants and outlets are invented)."""

from __future__ import annotations

import pytest

from claimline.events import extract_events

from .test_quantities import DAY, conflicts_of


@pytest.fixture(scope="module")
def run(nlp):
    """Articles of up to four outlets published on one day -> (question, sorted side values) of their quantity
    conflicts."""

    def go(*texts: str) -> list[tuple[str, list[str]]]:
        return [
            (c.question.split(" — ")[0], sorted(s.value for s in c.sides))
            for c in conflicts_of(nlp, *texts)
            if c.facet == "quantity"
        ]

    return go


@pytest.fixture(scope="module")
def figures(nlp):
    """A text -> (measured key, value, unit) of each figure frame."""

    def go(text: str) -> list[tuple[str, float | None, str | None]]:
        _, frames = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [
            (f.trigger.lemma, f.quantities[0].value, f.quantities[0].unit) for f in frames if f.event_class == "measure"
        ]

    return go


def test_a_length_of_a_noun_is_a_figure_of_that_noun(figures, run):
    """ "18.6 km of coastline" measures the coastline in kilometres: two outlets' lengths of it disagree."""
    low = "The county near Brask said oil from the stricken tanker had reached 18.6 km of coastline."
    high = "The county near Brask said oil from the stricken tanker had reached about 31 kilometres of coastline."
    assert ("coastline kilometre", 18.6, "km") in figures(low)
    assert run(low, high) == [("size (kilometre) of coastline kilometre", ["18.6 km", "about 31 kilometre"])]
    # another noun measured in the same unit is another thing
    road = "The county near Brask said oil from the stricken tanker had reached about 31 kilometres of road."
    assert run(low, road) == []


def test_a_part_of_a_measured_whole_is_no_figure_of_the_noun(figures):
    """ "3 km of the 10 km road": the three kilometres are a part of the road, no length of it."""
    got = figures("Crews near Brask had resurfaced 3 km of the 10 km road by Monday, the county said.")
    assert not [x for x in got if x[1] == 3.0]


def test_a_measure_of_a_noun_meets_the_same_measure_told_of_no_noun(run):
    """ "890 megawatts of generating capacity" and "the 980 megawatts" of one plant answer one question."""
    first = "The Ostrava reactor near Brask shut down on Tuesday, taking 890 megawatts of generating capacity offline."
    second = "The Ostrava reactor near Brask shut down on Tuesday. Its 980 megawatts were offline all day."
    assert [q for q, _ in run(first, second)] and all(
        values == ["890 megawatt", "980 megawatt"] for _, values in run(first, second)
    )


def test_the_measure_an_event_holds_is_compared_there_once(figures):
    """ "spilled 40 tonnes of diesel": the spill's own amount, no second figure of the diesel."""
    assert figures("The tanker near Brask spilled 40 tonnes of diesel on Monday, the county said.") == []


def test_an_amount_of_a_thing_is_not_a_position_in_its_unit(figures, run):
    """ "replaced 200 metres of lining" is how much lining; "runs above 1,200 metres" is where the line is: two
    measures that share a unit, no disagreement between the outlets."""
    amount = "Crews repairing the Vessna tunnel near Brask have replaced 200 metres of lining, the operator said."
    where = "The Vessna tunnel near Brask, which runs above 1,200 metres, was closed on Monday, the operator said."
    assert run(amount, where) == []
    # a position told any of the ways of [measured] positions is keyed as one, apart from an amount in the unit
    position = ("metre|position", 2400.0, "metre")
    assert position in figures("The avalanche near Brask struck at an altitude of 2,400 metres.")
    assert position in figures("Nine miners near Brask were trapped 2,400 metres underground.")
    assert ("metre", 800.0, "metre") in figures("The avalanche near Brask swept 800 metres down the slope.")


def test_two_positions_in_one_unit_disagree(run):
    """Two outlets placing one avalanche at two altitudes answer one question."""
    low = "The avalanche near Brask struck at an altitude of 2,400 metres on Saturday, the rescue service said."
    high = "The avalanche near Brask struck above 2,900 metres on Saturday, the rescue service said."
    assert [values for _, values in run(low, high)] == [["2400 metre", "2900 metre"]]


def test_a_measure_of_the_noun_before_of_is_that_nouns(figures, run):
    """ "a detour of 18 km" measures the detour: two outlets' detours disagree, and the queues an outlet gives "of up
    to 9 km" are no part of its detour nor a second answer of it."""
    first = (
        "The bridge near Brask was closed on Wednesday. Traffic is being sent on a signposted detour of 18 km, the"
        " operator said. Queues of up to 9 km built up near the Brask junction."
    )
    second = "The bridge near Brask was closed on Wednesday. Traffic now follows a detour of 27 km, the operator said."
    assert ("detour kilometre", 18.0, "km") in figures(first)
    assert ("queue kilometre", 9.0, "km") in figures(first)
    assert run(first, second) == [("size (kilometre) of detour kilometre", ["18 km", "27 km"])]
    # a noun that names a measure itself measures no noun: "a distance of 27 km" is the unit's figure
    assert ("km", 27.0, "km") in figures("The crews near Brask covered a distance of 27 km on Wednesday.")
