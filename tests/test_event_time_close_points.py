"""A time hedged as close to "after" or "before" ("shortly after 09:00", "just before midnight on Sunday"), or an
exact clock time after "after", dates its act that day: a point, not a bound open from that minute on or running from
the publication date; it keeps "after" / "before" as its mod, so it is no exact clock time to compare. Sentences
written for these tests (publication date Wednesday 2 December 2026)."""

from __future__ import annotations

from datetime import date

from .test_event_time import _one

PUB = date(2026, 12, 2)  # a Wednesday
MONDAY = date(2026, 11, 30)


def _span(f):
    return None if f.time is None else (f.time.kind, f.time.start, f.time.end)


def test_shortly_after_a_clock_time_is_that_day(frames_of):
    f = _one(frames_of("Firefighters extinguished the blaze shortly after 09:00 on Monday."), "extinguish")
    assert _span(f) == ("point", MONDAY, MONDAY)
    assert f.time.mod == "AFTER"  # not an exact 09:00 to set against another report's clock time


def test_an_exact_clock_time_after_after_is_that_day(frames_of):
    f = _one(frames_of("The alarm sounded after 22:15 on Monday, the operator said."), "sound")
    assert _span(f)[1:] == (MONDAY, MONDAY)


def test_just_before_a_past_time_is_that_day(frames_of):
    f = _one(frames_of("The ferry ran aground just before midnight on Monday."), "run")
    assert _span(f)[1:] == (MONDAY, MONDAY)


def test_a_bare_after_a_day_stays_open(frames_of):
    # no hedge, no clock time: "after Monday" is a bound, from then on
    f = _one(frames_of("The council will decide after Monday whether to reopen the bridge."), "decide")
    assert f.time is not None and f.time.end is None
