"""A light verb carrying no event noun tells an act of its own (``light_acts`` of models/events.toml): "the decision
was taken by the board on Monday", "was brought to the surface at 17:40" are frames of class ``other``, compared by
their word, while "carried out a test run" stays the test's and "has 300 staff" no act (sentences written for these
tests; the firms and places are invented)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

DAY = date(2026, 6, 5)


@pytest.fixture(scope="module")
def frames(nlp):
    """A text -> (class, trigger lemma, start date) of each frame."""

    def go(text: str) -> list[tuple[str, str, date | None]]:
        _, found = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [(f.event_class, f.trigger.lemma, f.time.start if f.time else None) for f in found]

    return go


def test_a_decision_taken_on_a_day_is_an_act_of_that_day(frames):
    got = frames("The decision was taken by the Ostmark Bank board on Monday, 1 June.")
    assert ("other", "take", date(2026, 6, 1)) in got


def test_brought_to_the_surface_is_an_act(frames):
    got = frames("The last diver was brought to the surface by the Wexham coastguard on Tuesday.")
    assert ("other", "bring", date(2026, 6, 2)) in got


def test_a_light_verb_with_its_event_noun_is_no_act_of_its_own(frames):
    got = frames("Kestrel Motors carried out a test run on Tuesday.")
    assert not [f for f in got if f[1] == "carry"]
    assert [f for f in got if f[0] == "test"]


def test_have_is_no_act(frames):
    assert not [f for f in frames("Kestrel Motors has 300 staff in Wexham.") if f[1] == "have"]


def test_taken_to_hospital_is_no_act_of_taking(frames):
    """Where people were taken is their count's (``[counted] hospitalised`` of models/measures.toml), no act of
    taking: the harm it tells (a [[sense]] of "take" by its phrase "to hospital")."""
    got = frames("The Wexham tram driver was taken to hospital on Friday.")
    assert [f[0] for f in got if f[1] == "take"] == ["harm"]


def test_take_of_a_length_of_time_is_no_act(frames):
    """ "take" of a length of time tells how long something lasts, no act of taking: the duration stays the work's."""
    for text in ("The repairs will take about three weeks, the Wexham operator said.", "The work will take a month."):
        assert not [f for f in frames(text) if f[1] == "take"], text


def test_a_decision_each_one_of_many_is_no_act(frames):
    """ "each decision is taken ..." tells how the board works, no act of a day (``habit_determiners``)."""
    got = frames('"Each decision is taken on the basis of the figures we have on the day," the Ostmark governor said.')
    assert not [f for f in got if f[1] == "take"]
