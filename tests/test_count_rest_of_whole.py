"""A figure told as the first, last or remaining ones of a whole ("recaptured the last two inmates who escaped", "the
remaining three hikers", ``[measured] increments`` of models/measures.toml) is a part of the event's count, never an
answer against the whole another outlet gives ("four inmates escaped"). Invented outlets, places and sentences."""

from __future__ import annotations

from datetime import date

_WHOLE = "Four inmates escaped from the Brennack prison on Monday night, the regional police said on Tuesday."


def _counts(run, second: str) -> list[list[str]]:
    conflicts = run(
        ("Valley Wire", date(2026, 5, 12), _WHOLE),
        ("Hill Courier", date(2026, 5, 14), second),
    )
    return [sorted(s.value for s in c.sides) for c in conflicts if c.facet == "quantity"]


def test_the_last_ones_of_a_count_are_no_rival_count(story_conflicts):
    told = "Police recaptured the last two inmates who escaped from the Brennack prison on Monday night, officers said."
    assert _counts(story_conflicts, told) == []


def test_the_remaining_ones_of_a_count_are_no_rival_count(story_conflicts):
    told = "The remaining two inmates who escaped from the Brennack prison on Monday night were caught, police said."
    assert _counts(story_conflicts, told) == []


def test_a_whole_count_told_otherwise_still_disagrees(story_conflicts):
    told = "Two inmates escaped from the Brennack prison on Monday night, the prison service said on Wednesday."
    assert _counts(story_conflicts, told) == [["2", "4"]]
