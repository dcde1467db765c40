"""Smaller constructions of PolNeAR train's misses (issue 13, tenth sitting), on sentences written for this test."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def _claims(extract, text: str):
    return [(c.source.text if c.source else None, c.cue.text if c.cue else None, c.text) for c in extract(text).claims]


def _cues(extract, text: str) -> set[str | None]:
    return {c[1] for c in _claims(extract, text)}


def test_cast_as_is_a_view(extract):
    claims = _claims(extract, "The union cast the strike as a last resort.")
    assert ("The union", "cast", "the strike as a last resort") in claims


@pytest.mark.parametrize(
    "text",
    [
        "The report cast doubt on the ferry plan.",
        "Mayor Dana Pike cast a vote for the levy.",
        "Voters cast ballots on Sunday.",
    ],
)
def test_cast_without_as_is_no_view(extract, text):
    assert "cast" not in _cues(extract, text)


def test_a_group_backing_someone_named_holds_a_stance(extract):
    claims = _claims(extract, "The dockworkers backing Alvarez marched to city hall.")
    assert ("The dockworkers", "backing", "Alvarez") in claims


def test_money_backing_things_holds_none(extract):
    assert "backing" not in _cues(extract, "A fund backing start-ups closed in May.")
    assert "backing" not in _cues(extract, "Investors backing the start-up lost money.")


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Dana Pike spoke to a crowd of harbour workers, promising to cut the ferry levy.",
        "Unlike the delegates of other parties, the harbour delegates have to vote for the candidate who won"
        " their town.",
    ],
)
def test_speak_and_vote_alone_are_acts(extract, text):
    assert not any(c.cue is not None and c.cue.text in ("spoke", "vote") for c in extract(text).claims)


def test_speak_and_vote_with_their_preposition_are_cues(extract):
    assert "spoke about" in _cues(extract, "Mayor Dana Pike spoke about the ferry levy on Monday.")
    assert "voted for" in _cues(extract, "Senator Ruth Alvarez voted for the harbour levy.")
