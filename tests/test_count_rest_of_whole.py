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


def test_a_figure_coordinated_after_the_first_ones_is_a_part_too(story_conflicts):
    conflicts = story_conflicts(
        (
            "Valley Wire",
            date(2026, 3, 2),
            "The Dravin army will receive 12 Sokol drones and four ground stations from the maker Aerolin, "
            "the ministry said on Monday.",
        ),
        (
            "Hill Courier",
            date(2026, 3, 4),
            "The ministry said the first four Sokol drones and one ground station from Aerolin would be delivered "
            "to the Dravin army by 30 June.",
        ),
    )
    assert [sorted(s.value for s in c.sides) for c in conflicts if c.facet == "quantity"] == []
