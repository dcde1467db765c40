"""How long an event lasts, told with no modifier, is read as written: a number of a large unit is not anything half
a unit away (``DURATION_SHARE`` in reconcile/amounts.py: "a year-long trial" is no "six-month" one), and an outlet's
own headline giving a duration hyphenated onto the event word ("starts year-long trial", ``_lasting_modifier`` in
reconcile/events.py) names what lasts, so it answers a source's "the trial will last six months". Invented outlets,
places and sentences."""

from __future__ import annotations

from datetime import date

_SOURCED = (
    "The Velmora air force began a trial of the Keelor maintenance software at the Dravin base on Monday. "
    "The trial will last six months, the air force spokeswoman Ana Brisk said."
)


_SOFTWARE = "maintenance software"


def _durations(run, other: str) -> list[list[str]]:
    conflicts = run(
        ("Velmora Wire", date(2026, 3, 10), _SOURCED),
        ("Dravin Courier", date(2026, 3, 12), other),
    )
    return [sorted(s.value for s in c.sides) for c in conflicts if c.facet == "quantity"]


def test_a_year_long_trial_is_no_six_month_one(story_conflicts):
    told = f"The Velmora air force began a year-long trial of the Keelor {_SOFTWARE} at the Dravin base on Monday."
    assert _durations(story_conflicts, told) == [["P1Y", "P6M"]]


def test_the_same_duration_told_so_agrees(story_conflicts):
    told = f"The Velmora air force began a six-month trial of the Keelor {_SOFTWARE} at the Dravin base on Monday."
    assert _durations(story_conflicts, told) == []


def test_a_headline_duration_of_the_event_word_answers_how_long_it_lasts(story_conflicts):
    told = (
        "Velmora air force starts year-long trial of Keelor software at Dravin base\n\n"
        "Engineers at the Dravin base logged every repair on Monday."
    )
    assert _durations(story_conflicts, told) == [["P1Y", "P6M"]]
