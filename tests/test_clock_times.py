"""The clock time of one event is a question of its own (review 9, W8): two outlets giving the same day and two
clock times further apart than their rounding disagree (facet ``time_of_day``); a local time and a UTC/GMT one
are never compared (the offset is unknown), nor the same time written two ways. Through the store."""

from __future__ import annotations

import pytest

from .helpers import through_store
from .test_agreeing_stories import _pair

AGREE = {
    "local and GMT": _pair(
        "The earthquake hit the town of Varnos at 03:17 local time on Thursday, the institute said.",
        "The earthquake hit the town of Varnos at 00:17 GMT on Thursday, the institute said.",
        days=("2026-11-12", "2026-11-12"),
    ),
    "one time written two ways": _pair(
        "The Pellar Telecom outage began at 14:00 on Tuesday, the company said.",
        "The Pellar Telecom outage began at 2 p.m. on Tuesday, the company said.",
        days=("2026-06-02", "2026-06-02"),
    ),
    "about a time": _pair(
        "The train derailed at about 9 p.m. on Saturday near Lisk, the operator said.",
        "The train derailed at 9.10 p.m. on Saturday near Lisk, the operator said.",
        days=("2026-06-07", "2026-06-07"),
    ),
}


@pytest.mark.parametrize("name", sorted(AGREE))
def test_one_clock_time_told_two_ways_is_no_conflict(tmp_path, name):
    found = through_store(AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


def test_two_clock_times_of_one_event_on_one_day_are_a_conflict(tmp_path):
    found = through_store(
        _pair(
            "The train derailed at 9 p.m. on Saturday near Lisk, the operator said.",
            "The train derailed at 11 p.m. on Saturday near Lisk, the operator said.",
            days=("2026-06-07", "2026-06-07"),
        ),
        tmp_path,
    )
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("time_of_day", ["2026-06-06 21:00", "2026-06-06 23:00"])
    ]


def test_two_named_time_zones_are_not_compared(tmp_path):
    """Review 9, W38: "9 a.m. New York time" and "3 p.m. Paris time" are one instant told in two zones."""
    found = through_store(
        _pair(
            "The Halden rocket lifted off at 9 a.m. New York time on Friday, the company said.",
            "The Halden rocket lifted off at 3 p.m. Paris time on Friday, the company said.",
            days=("2026-06-05", "2026-06-05"),
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


def test_a_plan_told_now_is_compared_with_the_act_done(tmp_path):
    """Review 9, W28: "is expected to sign on 20 June", written after another outlet had it signed on 3 June, is
    a plan at the time written (a present "is" before the participle), so the two dates conflict."""
    found = through_store(
        _pair(
            "Velland signed the gas deal with Orsk on 3 June, the ministry said.",
            "Velland is expected to sign the gas deal with Orsk on 20 June, the ministry said.",
            days=("2026-06-04", "2026-06-10"),
        ),
        tmp_path,
    )
    assert {c.facet for c in found} == {"date"}, [(c.facet, c.question) for c in found]


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        (  # the outlets' own sentences, no claim
            "The Kittiwake-1 rocket of Norvane Aerospace lifted off at 10:42 local time on Tuesday from Ardvarrich.",
            "The Kittiwake-1 rocket of Norvane Aerospace lifted off at 11:42 local time on Tuesday from Ardvarrich.",
            ["2026-09-15 10:42", "2026-09-15 11:42"],
        ),
        (  # two plans' times of one day
            "The Mlinsk Health Centre will open an extra vaccination clinic at 14:00 on Saturday.",
            "The Mlinsk Health Centre will open an extra vaccination clinic at 4 p.m. on Saturday, the centre said.",
            ["2026-09-19 14:00", "2026-09-19 16:00"],
        ),
    ],
)
def test_clock_times_of_own_sentences_and_of_plans_are_compared(tmp_path, first, second, values):
    """The clock time in an outlet's own sentence (its zone known: named, or words after the clock) and a plan's
    clock time (against plans') answer the time of day too (review 9 W8)."""
    found = through_store(_pair(first, second, days=("2026-09-15", "2026-09-15")), tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("time_of_day", values)]


def test_two_planned_times_of_one_plan_are_a_conflict(tmp_path):
    """Plans' clock times are compared with plans' (one clinic, one day, 14:00 vs 16:00); two plans of one
    party that name two different things are not one plan (review 10, R1: test_agreeing_stories)."""
    found = through_store(
        _pair(
            "The Brenna clinic will open at 14:00 on Saturday, the health board said.",
            "The Brenna clinic will open at 16:00 on Saturday, the health board said.",
            days=("2026-06-03", "2026-06-03"),
        ),
        tmp_path,
    )
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("time_of_day", ["2026-06-06 14:00", "2026-06-06 16:00"])
    ]


def test_a_participle_with_a_subject_is_told_done(tmp_path):
    """Review 10, R2: spaCy tags "lifted" in "A rocket carrying a satellite lifted off ... on Thursday" VBN; with a
    subject and no auxiliary it is a past tense: Thursday is the day before a Friday report, not next week."""
    from claimline import api

    through_store(
        [
            (
                "Orbit Daily",
                "2026-09-04",
                "A rocket carrying a weather satellite lifted off from Kestane at 10:42 on Thursday, the agency said.",
            )
        ],
        tmp_path,
    )
    entries = api.event_timeline(tmp_path / "case.db", actor="Kestane")
    assert [(str(e.start), e.status) for e in entries] == [("2026-09-03", "reported")]


# Review 12, T8: a zone with offsets ([time_zones] offsets of models/timex/en.toml) is read as UTC, so two outlets
# giving one event's clock in two zones are compared; a standard time's name stands for its summer offset too.
ZONES_AGREE = {
    "CET and GMT, one instant": (
        "The Orvel Bridge was closed to traffic at 15:00 CET on Tuesday, the road agency said.",
        "The Orvel Bridge was closed to traffic at 14:00 GMT on Tuesday, the road agency said.",
        "2026-11-10",
    ),
    "CET written in summer for the local clock": (
        "The Orvel Bridge was closed to traffic at 15:00 CET on Tuesday, the road agency said.",
        "The Orvel Bridge was closed to traffic at 13:00 GMT on Tuesday, the road agency said.",
        "2026-07-07",
    ),
    "EST and UTC, one instant": (
        "Dalmont Air's flight 12 landed in Carvey at 9 a.m. EST on Friday, the airline said.",
        "Dalmont Air's flight 12 landed in Carvey at 14:00 UTC on Friday, the airline said.",
        "2026-11-13",
    ),
    "one instant on two days": (
        "The Orvel Bridge was closed to traffic at 23:30 UTC on Tuesday, the road agency said.",
        "The Orvel Bridge was closed to traffic at 00:30 CET on Wednesday, the road agency said.",
        "2026-11-11",
    ),
    "an unknown offset is not compared": (
        "The Orvel Bridge was closed to traffic at 14:00 IST on Tuesday, the road agency said.",
        "The Orvel Bridge was closed to traffic at 14:00 GMT on Tuesday, the road agency said.",
        "2026-11-11",
    ),
}


@pytest.mark.parametrize("name", sorted(ZONES_AGREE))
def test_one_instant_told_in_two_zones_is_no_conflict(tmp_path, name):
    first, second, day = ZONES_AGREE[name]
    found = through_store(_pair(first, second, days=(day, day)), tmp_path)
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


@pytest.mark.parametrize(
    ("first", "second", "day", "values"),
    [
        (
            "The Orvel Bridge was closed to traffic at 14:00 CET on Tuesday, the road agency said.",
            "The Orvel Bridge was closed to traffic at 14:00 GMT on Tuesday, the road agency said.",
            "2026-11-11",
            ["2026-11-10 14:00 CET", "2026-11-10 14:00 GMT"],
        ),
        (
            "Dalmont Air's flight 12 landed in Carvey at 2 p.m. EST on Friday, the airline said.",
            "Dalmont Air's flight 12 landed in Carvey at 14:00 GMT on Friday, the airline said.",
            "2026-11-14",
            ["2026-11-13 14:00 EST", "2026-11-13 14:00 GMT"],
        ),
        (
            "The Orvel Bridge was closed to traffic at 23:30 UTC on Tuesday, the road agency said.",
            "The Orvel Bridge was closed to traffic at 23:30 CET on Tuesday, the road agency said.",
            "2026-11-11",
            ["2026-11-10 23:30 CET", "2026-11-10 23:30 GMT"],
        ),
    ],
)
def test_two_instants_told_in_two_zones_are_a_conflict(tmp_path, first, second, day, values):
    found = through_store(_pair(first, second, days=(day, day)), tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("time_of_day", values)]


# fourteenth sitting (review 13 U15): a clock in a zone with offsets is compared on the day the text names, even where
# its instant falls on the UTC day before or after: "00:30 CET on Wednesday" (23:30 GMT on Tuesday) and "00:30 UTC on
# Wednesday" are two instants; "10 p.m. PST on Monday" is 06:00 GMT on Tuesday, not 22:00 GMT on Monday
@pytest.mark.parametrize(
    ("first", "second", "day", "values"),
    [
        (
            "The Orvel Bridge was closed to traffic at 00:30 CET on Wednesday, the road agency said.",
            "The Orvel Bridge was closed to traffic at 00:30 UTC on Wednesday, the road agency said.",
            "2026-11-11",
            ["2026-11-11 00:30 CET", "2026-11-11 00:30 GMT"],
        ),
        (
            "Dalmont Air's flight 12 landed in Carvey at 10 p.m. PST on Monday, the airline said.",
            "Dalmont Air's flight 12 landed in Carvey at 22:00 UTC on Monday, the airline said.",
            "2026-11-10",
            ["2026-11-09 22:00 GMT", "2026-11-09 22:00 PST"],
        ),
    ],
)
def test_two_instants_across_midnight_are_a_conflict(tmp_path, first, second, day, values):
    found = through_store(_pair(first, second, days=(day, day)), tmp_path)
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("time_of_day", values)]
