"""A claim's time (claimline.extraction.claims): the time of what is claimed, on sentences written for
these tests (publication date 5 March 2026)."""

from __future__ import annotations

from datetime import date


def test_a_time_in_a_relative_clause_is_not_the_claim_s(extract):
    """review 4 P4: the fire's year is not the rebuilding's."""
    ex = extract(
        "The Courier understands that the depot would be rebuilt at the quay, where a fire razed a shed last year."
    )
    assert [c.time for c in ex.claims] == [None]


def test_the_claim_keeps_its_own_time_beside_a_relative_clause(extract):
    ex = extract("The mayor said the bridge, which opened in 2019, would be closed for repairs in May.")
    (claim,) = ex.claims
    assert (claim.time.start, claim.time.end) == (date(2026, 5, 1), date(2026, 5, 31))
