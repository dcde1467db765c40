"""What befalls a structure (models/events.toml `[thing_kinds]`, a sense's `context_kinds` and `idiom_objects`): a
roof, an embankment or a hillside that collapses, caves in or gives way has an accident, told by the kind of its
subject (or of the thing its subject is part of); a market, talks or a firm that collapses does not, and "gave" with
an object of its own ("the system gave a score") is no "gave way". Sentences invented; outlets and places too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

from .helpers import through_store

PUB = date(2026, 11, 3)
A, B = "Valley Courier", "Upland Post"


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Part of the flood embankment at Orlice collapsed on Tuesday night.", "collapse"),
        ("The hillside above Dravnik gave way at about 06:20 on Sunday.", "give"),
        ("The old water main under Ferren Street gave way before dawn on Monday.", "give"),
        ("The ceiling of the Marsk sports hall caved in after heavy snow on Friday.", "cave in"),
    ],
)
def test_a_structure_that_falls_has_an_accident(nlp, text, lemma):
    assert _classes(nlp, text, lemma) == ["accident"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The screening system gave a consistency score to each of the 400 answers, the agency said.", "give"),
        ("Talks between Ferren Logistics and the union collapsed on Tuesday.", "collapse"),
        ("The ruling coalition in Dravnik gave way to pressure from farmers on Monday.", "give"),
    ],
)
def test_no_accident_of_what_is_no_structure(nlp, text, lemma):
    assert "accident" not in _classes(nlp, text, lemma)


_GAVE_WAY = "The hillside above Dravnik gave way at {} on Sunday, sending mud onto the valley road, police said."
_COLLAPSED = "Part of the hillside above Dravnik collapsed at {} on Sunday, the district office said."


def test_gave_way_and_collapsed_at_two_times_is_a_conflict(tmp_path):
    found = through_store(
        [(A, "2026-06-08", _GAVE_WAY.format("6:20")), (B, "2026-06-08", _COLLAPSED.format("7:20"))], tmp_path
    )
    assert [c.facet for c in found] == ["time_of_day"], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("A tower crane fell onto the market square in Orlice at 08:40 on Tuesday.", "fall", "accident"),
        ("A tourist coach fell into a ravine above Dravnik on Tuesday.", "fall", "accident"),
        ("Shares in Ferren Logistics fell 4 percent on Tuesday.", "fall", "decrease"),
        ("Wall Street fell sharply on Monday as oil prices rose.", "fall", "decrease"),
    ],
)
def test_a_thing_that_falls(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rescuers worked through the night to reach nine miners who had been cut off by the water.", "trap"),
        ("About 40,000 customers were cut off when the substation failed, the grid operator said.", "outage"),
        ("Two hamlets above Dravnik have been cut off from the mains network since Tuesday.", "outage"),
        ("Delmar Motors cut 400 jobs at its Orlice plant on Tuesday.", "cut"),
    ],
)
def test_cut_off_is_an_outage_or_people_trapped(nlp, text, expected):
    assert _classes(nlp, text, "cut") == [expected]
