"""A figure a claim corrects another to ("some 9,400 devices, not 60,000", ``_corrected`` in reconcile/events.py) is
one measured thing with the figure it rejects, however far apart the two are: the correction is compared with the
first figure, not left as a question of its own. Invented outlets, places and sentences."""

from __future__ import annotations

from datetime import date

_BAN = "The Ostrava cabinet ban on the Lumeo chat app"
_FIRST = f"{_BAN} covers around 60,000 devices, the minister Dana Krska said."


def _counts(run, second: str) -> list[list[str]]:
    conflicts = run(
        ("Morava Wire", date(2026, 11, 3), _FIRST),
        ("Silesia Weekly", date(2026, 11, 6), second),
    )
    return [sorted(s.value for s in c.sides) for c in conflicts if c.facet == "quantity"]


def test_a_figure_corrected_to_another_is_compared_with_it(story_conflicts):
    told = f"{_BAN} covers some 9,400 devices, not 60,000, the minister Dana Krska said."
    assert _counts(story_conflicts, told) == [["about 60000", "about 9400"]]


def test_figures_far_apart_with_no_correction_stay_apart(story_conflicts):
    told = f"{_BAN} covers some 9,400 devices, the minister Dana Krska said."
    assert _counts(story_conflicts, told) == []
