"""A count told through a counting noun ("the number of people injured has risen to nine", "corrected the number of
injured to 12"; ``counts_of`` of models/measures.toml) is the count of the event word after "of"; an outlet's own
count of a ``[counted]`` set names what it counts and is compared (people "hurt" are the injured). The outlets,
towns and firms are invented."""

from __future__ import annotations

from datetime import date

from .helpers import through_store

PUB = date(2026, 3, 5)

A, B, C = "Harbour Wire", "North Post", "Valley Echo"
_BLAST = "Seven people were injured in an explosion at the Marlow Chemicals plant in Ostby on Monday, police said."


def _values(found: list) -> list[list[str]]:
    return [sorted(s.value for s in c.sides) for c in found if c.facet == "quantity"]


def test_the_number_of_people_injured_rising_to_nine_counts_the_injured(frames_of):
    frames = frames_of(
        "The number of people injured in the blast at the Marlow plant has risen to nine, the fire service said."
    )
    injured = [f for f in frames if f.trigger.lemma == "injure"]
    assert [q.value for f in injured for q in f.quantities] == [9.0]


def test_a_number_corrected_to_a_figure_counts_the_word_after_of(frames_of):
    frames = frames_of("Police in Ostby on Tuesday corrected the number of people arrested to 14.")
    arrested = [f for f in frames if f.trigger.lemma == "arrest"]
    assert [q.value for f in arrested for q in f.quantities] == [14.0]


def test_a_figure_the_number_rose_from_is_no_count_of_the_event(frames_of):
    frames = frames_of("The number of people arrested rose from 30 on Saturday, police said.")
    assert not [q for f in frames if f.trigger.lemma == "arrest" for q in f.quantities]


def test_the_number_risen_to_answers_another_outlets_count(tmp_path):
    later = (
        "The number of people injured in Monday's explosion at the Marlow Chemicals plant in Ostby has risen to "
        "nine, police said on Thursday."
    )
    found = through_store([(A, "2026-03-02", _BLAST), (B, "2026-03-05", later)], tmp_path / "case")
    assert _values(found) == [["7", "9"]]


def test_people_hurt_are_the_injured(tmp_path):
    hurt = "Nine people were hurt in the explosion at the Marlow Chemicals plant in Ostby on Monday."
    found = through_store([(A, "2026-03-02", _BLAST), (C, "2026-03-04", hurt)], tmp_path / "case")
    assert _values(found) == [["7", "9"]]
