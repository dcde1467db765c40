"""Two acts of one party on two days at two places are two events, not one event given two dates (review 9,
W1): the family of clusters kept apart only by their times does not join reports that name places sharing no
word. Through the store, as ``claimline conflicts`` lists them."""

from __future__ import annotations

import pytest

from .helpers import through_store
from .test_agreeing_stories import _pair

TWO_ACTS = {
    "a factory in one town, an office in another": _pair(
        "Tevra Motors opened a factory in Lisk on Monday, the company said.",
        "Tevra Motors opened an office in Dorne on Thursday, the company said.",
        days=("2026-06-01", "2026-06-04"),
    ),
    "one man arrested in two cities": _pair(
        "Police arrested Ivo Pask in Dorne on Monday over a bar fight, police said.",
        "Ivo Pask was arrested again in Lisk on Friday over unpaid fines, police said.",
        days=("2026-06-01", "2026-06-05"),
    ),
    "one firm fined by two courts": _pair(
        "A court in Brask fined Orso Pharma 2 million euros on Monday, the court said.",
        "A court in Tellin fined Orso Pharma 50,000 euros on Thursday, the court said.",
        days=("2026-06-01", "2026-06-04"),
    ),
}


@pytest.mark.parametrize("name", sorted(TWO_ACTS))
def test_two_acts_of_one_party_at_two_places_give_no_date_conflict(tmp_path, name):
    found = through_store(TWO_ACTS[name], tmp_path)
    assert found == [], [(c.facet, c.question) for c in found]


def test_one_act_at_one_place_given_two_dates_is_still_a_conflict(tmp_path):
    found = through_store(
        _pair(
            "Tevra Motors opened a factory in Lisk on Monday, the company said.",
            "Tevra Motors opened its new factory in Lisk on Thursday, the company said.",
            days=("2026-06-01", "2026-06-04"),
        ),
        tmp_path,
    )
    assert [c.facet for c in found] == ["date"], [(c.facet, c.question) for c in found]
