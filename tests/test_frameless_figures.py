"""Figures with no event verb of their own (issue 15, fourteenth sitting): people counted where they are ("in
hospital", "on board"), a number the parse takes for a compound, an ordinal that says where — on short articles
written for these tests (places, ships and outlets are invented)."""

from __future__ import annotations

import pytest

from claimline.events import extract_events

from .test_quantities import DAY, conflicts_of


@pytest.fixture(scope="module")
def run(nlp):
    """Articles of up to four outlets published on one day -> (question, sorted side values) of their quantity
    conflicts."""

    def go(*texts: str) -> list[tuple[str, list[str]]]:
        conflicts = conflicts_of(nlp, *texts)
        return [(c.question.split(" — ")[0], sorted(s.value for s in c.sides)) for c in conflicts]

    return go


@pytest.fixture(scope="module")
def figures(nlp):
    """A text -> the measured key (trigger lemma) and value of each figure frame."""

    def go(text: str) -> list[tuple[str, float | None]]:
        _, frames = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [(f.trigger.lemma, f.quantities[0].value) for f in frames if f.event_class == "measure"]

    return go


def test_people_in_hospital_are_one_count_whatever_the_verb(figures, run):
    """ "are in hospital", "are being treated in hospital", "were taken to hospital", "were hospitalised": one
    count (``[counted] hospitalised``); a capitalised number word the parse hangs on its noun as a compound
    ("Thirteen children from ...") is still a count."""
    assert ("child|hospitalised", 13.0) in figures("Thirteen children from Lisk are now being treated in hospital.")
    assert ("child|hospitalised", 3.0) in figures("Three children from Lisk are now in hospital, the institute said.")
    assert ("people|hospitalised", 5.0) in figures("Five people from Lisk were taken to hospital after the blast.")
    # nurses at a hospital work there
    assert not [x for x in figures("About 200 nurses at the Lisk hospital went on strike.") if "|" in x[0]]
    in_hospital = "Three children from Lisk are in hospital, the health institute said on Monday."
    treated = "Three children from Lisk were treated in hospital, the health institute said on Monday."
    assert run(in_hospital, treated) == []
    thirteen = "Thirteen children from Lisk are now being treated in hospital, the health institute said."
    assert run(thirteen, "Three children from Lisk are now in hospital, the health institute said.") == [
        ("number of child", ["13", "3"])
    ]
    # vaccinated children are another count than children in hospital
    vaccinated = "Thirteen children from Lisk were vaccinated on Monday, the health institute said."
    assert run(vaccinated, in_hospital) == []


def test_people_on_board_are_the_people_carried(figures, run):
    """ "with 134 passengers on board" and "carrying 143 passengers" count who was aboard (``[counted] aboard``),
    a figure even when the clause's verb is an event's ("ran aground"); passengers and crew are two counts."""
    assert ("passenger|aboard", 134.0) in figures("The ferry Orla ran aground near Tarn with 134 passengers on board.")
    on_board = "The Lisk ferry Orla ran aground near Tarn on Saturday with 134 passengers on board."
    carrying = "The Lisk ferry Orla, carrying 143 passengers, ran aground near Tarn on Saturday."
    assert run(on_board, carrying) == [("number of passenger", ["134", "143"])]
    crew = "The Lisk ferry Orla ran aground near Tarn on Saturday with 120 passengers and eight crew on board."
    crew_2 = "The Lisk ferry Orla, carrying 120 passengers and 8 crew, ran aground near Tarn on Saturday."
    assert run(crew, crew_2) == []
    hospital = (
        "The Lisk ferry Orla ran aground near Tarn on Saturday with 120 passengers on board; 14 passengers were"
        " taken to hospital."
    )
    hospital_2 = (
        "The Lisk ferry Orla, carrying 120 passengers, ran aground near Tarn on Saturday, and 14 passengers were"
        " hospitalised."
    )
    assert run(hospital, hospital_2) == []


def test_an_ordinal_that_says_where_leaves_the_figure(figures, run):
    """ "at the second farm" says where, not that the cull is another instance: the sentence's figures stay;
    "in the second round" (a counting word) still tells another instance."""
    gassed = "In total 9,000 hens have been gassed at the two farms near Lisk, including 4,000 at the second farm."
    assert ("hen", 9000.0) in figures(gassed)
    assert run(gassed, "Some 9,000 hens were gassed at the two farms near Lisk, the ministry said.") == []
    assert figures("In the second round, 300 workers at Lisk Steel were laid off.") == []


def test_a_death_toll_counts_the_dead(figures, nlp, run):
    """ "The death toll stands at 14", "is 14", "rose to 14" (``[measured] tallies``): the death's frame counts
    14, compared with "twelve people died"; a toll with no figure ("could rise") counts nothing."""

    def counts(text: str) -> list[tuple[str, float | None]]:
        _, frames = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [(f.trigger.lemma, q.value) for f in frames for q in f.quantities if q.kind == "count"]

    assert ("death", 14.0) in counts("The death toll in Lisk stands at 14, the police said.")
    assert ("death", 14.0) in counts("The death toll is 14, police in Lisk said.")
    assert ("death", 14.0) in counts("The death toll from the crash near Lisk rose to 14 on Monday.")
    assert not [c for c in counts("The death toll could rise, police in Lisk said.") if c[0] == "death"]
    died = "Twelve people died in the coach crash near Lisk, the police said on Monday."
    toll = "The death toll from the coach crash near Lisk stands at {}, the police said on Monday."
    assert run(toll.format(14), died) == [("number of die", ["12", "14"])]
    assert run(toll.format(12), died) == []
    both = "The death toll from the coach crash near Lisk is 12, and 30 people were injured, police said."
    assert run(both, "Twelve people died and 30 were injured in the coach crash near Lisk, the police said.") == []


def test_the_sum_of_an_event_noun_in_a_noun_phrase_is_its_figure(figures, run):
    """ "The 148 million euro contract was awarded to Vireon Rail": the sum is the contract's figure (a
    :data:`MEASURE` frame measuring "contract") even though the frame holding it, the award, names parties; two
    contracts of two sums in one article, or a contract of another year, are no conflict of one outlet's figure."""
    assert ("contract", 148e6) in figures("The 148 million euro contract was awarded to Vireon Rail on Monday.")
    assert ("contract", 5e6) in figures("Lisk Rail signed a contract of 5 million euros with Vireon Rail.")
    assert not [x for x in figures("Vireon Rail will invest 5 million euros in Lisk.") if x[0] == "contract"]
    both = (
        "Vireon Rail won a 45 million euro contract for the bridge and a 12 million euro contract for the road from"
        " Lisk Rail."
    )
    assert run(both, "Vireon Rail won the 45 million euro bridge contract from Lisk Rail on Monday.") == []
    same = "The 184 million euro contract for the Lisk line was awarded to Vireon Rail on Monday."
    worth = "Lisk Rail awarded Vireon Rail a contract worth 184 million euros for the Lisk line on Monday."
    assert run(same, worth) == []


def test_a_part_told_in_hospital_is_a_count_of_people_in_hospital(figures, run):
    """ "Eight of them were taken to hospital", "Six of the injured were taken to hospital": a part of people told
    where its verb puts them is a count of the people there (a noun of people after "of" is the counted noun, else
    "people"), compared with another outlet's count of them; a part told elsewhere ("two of them were evacuated"),
    or a share of a counted whole ("five of the 12 samples"), is no figure, nor a part told where it is now ("two
    of them are in hospital": a count that may still be running, of the whole's day), nor a relative's part ("23
    people, four of whom were taken to hospital")."""
    assert ("people|hospitalised", 8.0) in figures(
        "Twelve people were hurt when the bus hit a wall. Eight of them were taken to hospital."
    )
    assert ("people|hospitalised", 6.0) in figures("Six of the injured were taken to hospital in Lisk.")
    assert ("worker|hospitalised", 2.0) in figures("Two of the workers were flown to hospital, the firm said.")
    assert not [x for x in figures("Two of them were evacuated by boat.") if x[1] == 2.0]
    assert not figures("Five of the 12 samples from Lisk were positive.")
    assert not figures("Two of them are in hospital.")
    assert not figures("Two of them are being treated in hospital.")
    # a relative "of whom" tells a part of the figure just given
    assert not [
        x for x in figures("The brigade treated 23 people, four of whom were taken to hospital.") if x[1] == 4.0
    ]
    six = "A tram hit a bus in Lisk on Monday. Six of the injured were taken to hospital, the fire service said."
    eight = "A tram hit a bus in Lisk on Monday. Eight of them were taken to hospital, a hospital spokesman said."
    assert run(six, eight) == [("number of people", ["6", "8"])]
