"""A negated verb does not negate an event its subject merely names ("the scope of the pilot has not changed"):
before, the pilot came out negated and answered "a first pilot could begin in October" as "did not happen"."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events


def _factuality(nlp, text: str) -> dict[str, str]:
    _, frames = extract_events(text, date(2026, 4, 2), nlp=nlp, publisher="Harbour Wire", path="a.txt")
    return {f.trigger.text: f.factuality for f in frames}


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("The scope of the Tarvik pilot has not changed, officials said.", "pilot"),
        ("The timing of the strike was not disclosed.", "strike"),
    ],
)
def test_event_named_inside_a_negated_subject_is_not_negated(nlp, text, trigger):
    assert _factuality(nlp, text)[trigger] not in ("negated", "denied")


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("No evidence of an attack was found.", "attack"),  # negated through its subject ("no evidence")
        ("The signing of the contract did not take place.", "signing"),  # the subject's own event
        ("The pilot has not started, NATO said.", "pilot"),
    ],
)
def test_negation_still_reaches_the_event_it_is_about(nlp, text, trigger):
    assert _factuality(nlp, text)[trigger] == "negated"
