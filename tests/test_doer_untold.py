"""A figure told with its doer and a larger one told without any party are two answers to one count, not a part and
its whole (reconcile.events._narrower): "the council told 3,500 households to stay indoors" / "9,000 households were
told to stay indoors" disagree. A doer's figure within a scope the larger figure names ("Varn Rail cancelled 90 trains
at Kesford station" / "400 trains were cancelled at Kesford station") stays its share (tests/test_agreeing_stories.py,
W2). Invented outlets, places and sentences."""

from __future__ import annotations

from datetime import date


def test_a_count_told_without_its_doer_is_no_larger_scope(story_conflicts):
    conflicts = story_conflicts(
        (
            "Harbour Wire",
            date(2026, 11, 9),
            "The council of Lisk told 3,500 households to stay indoors on Monday after a fire at a paint depot.",
        ),
        (
            "North Post",
            date(2026, 11, 9),
            "Some 9,000 households were told to stay indoors on Monday after a fire at a paint depot in Lisk.",
        ),
    )
    assert [sorted(s.value for s in c.sides) for c in conflicts if c.facet == "quantity"] == [["3500", "about 9000"]]
