"""A length before "after" + an -ing clause ("quits a day after winning the vote") has no noun object: the
-ing verb is the event counted from, and nothing crashes (an article was refused with an AttributeError)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.schemas import Offsets


@pytest.mark.parametrize(
    "headline",
    [
        "Berg quits a week after winning budget vote",
        "Berg resigns two days after losing the vote",
    ],
)
def test_a_headline_with_a_length_after_an_ing_clause_gives_its_frames(nlp, headline):
    from claimline.events.headline import headline_frames

    text = headline + "\n\nThe mayor of Kelso resigned on Tuesday.\n"
    frames = headline_frames(nlp, text, Offsets(start=0, end=len(headline)), article_id="a", published=date(2026, 3, 3))
    assert [f.event_class for f in frames][:1] == ["resign"]
