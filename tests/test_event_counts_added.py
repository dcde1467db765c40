"""A count whose noun is marked as added to others ("the director and two other men were arrested": ``increments`` of
models/measures.toml) is a part of its event's count, never the whole: the arrest
is not counted two where another outlet counts the three held (sentences written for these tests; the firm and
places are invented)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

DAY = date(2026, 3, 13)


@pytest.fixture(scope="module")
def counts(nlp):
    """A text -> (trigger lemma, count values) of each frame."""

    def go(text: str) -> dict[str, list[float]]:
        _, found = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return {f.trigger.lemma: [q.value for q in f.quantities if q.kind == "count"] for f in found}

    return go


def test_two_other_men_arrested_beside_a_named_one_is_no_count_of_two(counts):
    got = counts("The director of Norvane Pharma, 58, and two other men were arrested in Vellano on Friday.")
    assert 2 not in got.get("arrest", [])


def test_a_plain_count_stays_the_events(counts):
    got = counts("Three people were arrested in Vellano on Friday, police said.")
    assert got.get("arrest") == [3]


def test_a_conflict_is_not_told_by_a_part(story_conflicts):
    found = story_conflicts(
        ("Harbour Wire", DAY, "Three people were arrested in Vellano on Friday over fake medicines, police said."),
        (
            "Vellano Post",
            DAY,
            "The director of a Vellano wholesaler and two other men were arrested on Friday over fake medicines, "
            "according to a police source.",
        ),
    )
    assert not [c for c in found if c.facet == "quantity"]
