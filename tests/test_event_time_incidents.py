"""Which event takes a time, tenth round, on sentences written for these tests (publication date Wednesday
2 December 2026): an incident noun that is the subject of "struck" / "hit" takes the verb's time (review 9
W39)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 12, 2)  # a Wednesday


@pytest.fixture(scope="module")
def frames_of(nlp):
    def run(text: str, published: date | None = PUB):
        return extract_events(text, published, nlp=nlp)[1]

    return run


def _one(frames, lemma: str):
    found = [f for f in frames if f.trigger.lemma == lemma]
    assert found, f"no frame for {lemma!r}: {[f.trigger.lemma for f in frames]}"
    return found[0]


def test_an_incident_that_struck_on_a_day_is_dated_that_day(frames_of):
    # "struck" of an earthquake is no attack (no frame of its own): the noun is the event, and the time is its
    f = _one(frames_of("The earthquake struck the Orvel coast on Monday."), "earthquake")
    assert (f.time.start, f.time.end) == (date(2026, 11, 30), date(2026, 11, 30))
    f = _one(frames_of("A strong tremor hit the hill villages at 05:10 on Sunday, the institute said."), "tremor")
    assert f.time.start == date(2026, 11, 29) and f.time.value == "2026-11-29T05:10"


def test_a_striking_that_is_an_event_keeps_its_own_time(frames_of):
    # the verb is the event (a strike by workers): it takes the time, as before
    frames = frames_of("The dockworkers will strike on Friday.")
    assert _one(frames, "strike").time.start == date(2026, 12, 4)
    # a subject that names no event takes nothing
    frames = frames_of("The retailer hit its sales target in March.")
    assert [f.time for f in frames if f.time is not None] == []
