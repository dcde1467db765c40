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


def test_a_future_relative_clause_keeps_its_time_for_a_claim_told_ahead(extract):
    """review 5 C9: only a past relative clause is set aside; one that is itself ahead dates the claim."""
    cases = [
        ("The minister said there would be a referendum, which will take place on 12 May.", date(2026, 5, 12)),
        ("The mayor said the council would hold a vote that is scheduled for 20 April.", date(2026, 4, 20)),
        ("The operator said it would run extra trains on a line that reopens on 1 June.", date(2026, 6, 1)),
    ]
    for text, day in cases:
        (claim,) = extract(text).claims
        assert claim.time is not None and claim.time.start == day, (text, claim.time)
