"""A verb of taking part in, undergoing or witnessing an event ([event_time] ``object_verbs``) dates the event noun it
takes, also when the parser makes the verb a frame of no class: "passed a pressure test in January", "witnessed the
collision on Tuesday", "said the wheelset had passed an ultrasonic test in August". A verb of saying does not
("mentioned the crash on Monday": the crash may be of any day), nor one changing an event told before ("widened its
recall on Thursday": the recall began earlier). Sentences written for these tests (publication date Friday 20 November
2026)."""

from __future__ import annotations

from datetime import date

from .test_event_time import _one

PUB = date(2026, 11, 20)


def _day(f):
    return None if f.time is None else (f.time.start, f.time.end)


def test_a_verb_of_no_event_dates_the_event_it_takes(frames_of):
    f = _one(frames_of("The gas pipe under Orvel Street had passed a pressure test in January."), "test")
    assert _day(f) == (date(2026, 1, 1), date(2026, 1, 31))
    f = _one(frames_of("Two cyclists witnessed the collision at the Orvel junction on Tuesday."), "collision")
    assert _day(f) == (date(2026, 11, 17), date(2026, 11, 17))


def test_in_a_complement_too(frames_of):
    text = "The operator said the wheelset of the Orvel train had passed an ultrasonic test in August."
    assert _day(_one(frames_of(text), "test")) == (date(2026, 8, 1), date(2026, 8, 31))


def test_a_verb_of_saying_or_of_changing_an_event_does_not(frames_of):
    f = _one(frames_of("The mayor of Orvel mentioned the collision at the junction on Monday."), "collision")
    assert f.time is None
    f = _one(frames_of("The carmaker on Thursday widened its recall of Orvel hatchbacks to 9,000 cars."), "recall")
    assert f.time is None
