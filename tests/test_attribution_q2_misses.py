"""Three shapes counted among the misses of PolNeAR train q2 and q1 (issue 13, thirteenth sitting), on
sentences written for this test: a speech verb whose clause opens with a gerund subject the parser made
the verb's complement ("said cutting the levy would help the port"); verbs that only name saying or
supposing ("hypothesized", "confided", "yelled"); and "X said A, according to Y", where the phrase
after A is Y's telling of the saying, not part of what X said."""

from __future__ import annotations

import pytest

from .test_attribution_views_offers import _claims

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Harbour officials have said cutting the levy must be a key part of their plan to win back ferries.",
            "cutting the levy must be a key part of their plan to win back ferries",
        ),
        # the parser makes "having" the cue's complement and the clause its own (missed before)
        (
            "Tesk, chairman of the port board, said having Ruiz at the top of the ticket puts even senior members "
            "at risk.",
            "having Ruiz at the top of the ticket puts even senior members at risk",
        ),
    ],
)
def test_a_clause_opening_with_a_gerund_is_what_was_said(text, content):
    assert any(c == content and cue.endswith("said") for c, cue, _ in _claims(text)), _claims(text)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The pollster even hypothesized the mayor could be replaced by her deputy.",
            "hypothesized",
            "the mayor could be replaced by her deputy",
        ),
        ("Ruiz confided that the harbour levy would fail.", "confided", "the harbour levy would fail"),
        ("A protester yelled that the council had lied.", "yelled", "the council had lied"),
    ],
)
def test_verbs_of_saying_and_supposing(text, cue, content):
    assert (content, cue) in [(c, k) for c, k, _ in _claims(text)], _claims(text)


def test_a_saying_told_by_another_ends_before_according_to():
    text = "Later on Monday, Ruiz said the harbour levy had failed badly, according to the Halden Courier."
    claims = _claims(text)
    said = [c for c in claims if c[1] == "said"]
    told = [c for c in claims if c[1] == "according to"]
    assert said and said[0][0] == "the harbour levy had failed badly", claims
    assert told and told[0][2] == "the Halden Courier" and told[0][0].endswith("had failed badly"), claims
