"""Which event a past day dates when the parser hangs it on a verb that tells no act of that day, on sentences
written for these tests (publication date Wednesday 2 December 2026): a present perfect ("have blamed") tells no
act of a past day, nor does a simple present or a copula with no event of its own ("is the likeliest reason for");
the day is the time of the event told between the verb and the day. A past tense, or the day of writing, keeps
the parser's attachment. A day in a clause told before its attribution ("..., the ministry said") is the clause's."""

from __future__ import annotations

from datetime import date

import pytest

from .test_event_time import _one

PUB = date(2026, 12, 2)  # a Wednesday


def _day(f):
    return None if f.time is None else (f.time.start, f.time.end)


MONDAY = (date(2026, 11, 30), date(2026, 11, 30))
FRIDAY = (date(2026, 11, 27), date(2026, 11, 27))


def test_a_present_perfect_gives_a_past_day_to_the_event_it_tells_of(frames_of):
    frames = frames_of(
        "Investigators have blamed a signal fault for the collision of two trams in Orvel on Monday, 30 November."
    )
    assert _day(_one(frames, "collision")) == MONDAY
    assert _day(_one(frames, "blame")) is None


def test_a_past_tense_or_the_day_of_writing_keeps_the_verb_s_day(frames_of):
    frames = frames_of(
        "Investigators blamed a signal fault for the collision of two trams in Orvel on Monday, 30 November."
    )
    assert _day(_one(frames, "blame")) == MONDAY
    frames = frames_of("Investigators have blamed a signal fault for the collision of two trams in Orvel on Wednesday.")
    assert _day(_one(frames, "blame")) == (PUB, PUB)
    assert _day(_one(frames, "collision")) is None


@pytest.mark.parametrize("copula", ["is", "was"])
def test_a_copula_gives_a_past_day_to_the_event_its_phrase_tells_of(frames_of, copula):
    text = (
        f"Heavy rain {copula} the likeliest reason for the flood that swept through three villages in the Orvel "
        "valley, Styria, on Friday, 27 November, according to an early assessment by the water board."
    )
    assert _day(_one(frames_of(text), "sweep")) == FRIDAY


def test_a_day_in_a_clause_before_its_attribution_is_the_clause_s(frames_of):
    # "..., the ministry said on Tuesday": the day before the attribution's subject is the delivery's, not the saying's
    frames = frames_of(
        "The first emergency delivery of insulin from Brenn is due on Friday, 4 December, the ministry said on Tuesday."
    )
    assert _day(_one(frames, "delivery")) == (date(2026, 12, 4), date(2026, 12, 4))
    assert _day(_one(frames, "say")) == (date(2026, 12, 1), date(2026, 12, 1))
    # the attribution's own day, after its verb, stays the saying's
    frames = frames_of("The bridge will reopen on Friday, 4 December, the council said on Tuesday.")
    assert _day(_one(frames, "say")) == (date(2026, 12, 1), date(2026, 12, 1))
    assert _day(_one(frames, "reopen")) == (date(2026, 12, 4), date(2026, 12, 4))
