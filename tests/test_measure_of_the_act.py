"""How much an act covers is one question of the act, whichever noun each outlet measures (``_acted_on`` in
reconcile/events.py): "closed 14 kilometres of beach" and "closed about 25 kilometres of coastline" disagree on the
length closed; a figure naming a kind of its noun ("the 1,100-metre level") stays a question of that noun.
Invented outlets, places and sentences."""

from __future__ import annotations

from datetime import date

_CLOSED = "The Marsk county council closed {} near Tolby on Tuesday after oil washed ashore, a spokeswoman said."


def _told(run, first: str, second: str) -> list[list[str]]:
    conflicts = run(
        ("Harbour Wire", date(2026, 11, 10), _CLOSED.format(first)),
        ("North Post", date(2026, 11, 10), _CLOSED.format(second)),
    )
    return [sorted(s.value for s in c.sides) for c in conflicts if c.facet == "quantity"]


def test_the_length_an_act_covers_is_one_question_whatever_noun_it_measures(story_conflicts):
    told = _told(story_conflicts, "14 kilometres of beach", "about 25 kilometres of coastline")
    assert told == [["14 kilometre", "about 25 kilometre"]]


def test_one_length_told_of_two_nouns_agrees(story_conflicts):
    assert _told(story_conflicts, "14 kilometres of beach", "14 kilometres of coastline") == []
