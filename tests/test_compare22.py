"""Comparison fixes of the twenty-second sitting (compare22). Sentences invented; places, companies and people too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events
from tests.helpers import through_store


def _polarity(found) -> list:
    return [(c.facet, sorted(s.value for s in c.sides)) for c in found if c.facet in ("polarity", "factuality")]


# Review 21 C3: "has yet to" / "is yet to" + infinitive says "not (yet)" (a negator of two words, models/modality.toml)
@pytest.mark.parametrize(
    ("text", "lemma", "negated"),
    [
        ("The Ostrel regulator has yet to approve the merger, a spokesman said.", "approve", True),
        ("The Vandor club is yet to pay the transfer fee, officials said.", "pay", True),
        ("The senator has yet to be charged over the crash, prosecutors said.", "charge", True),
        ("The Ostrel regulator approved the merger, a spokesman said.", "approve", False),
        ("Yet to the surprise of fans, the Vandor club paid the transfer fee on Monday.", "pay", False),
        ("The club paid the fee on Monday, yet its coach resigned.", "resign", False),
    ],
)
def test_yet_to_negates_its_verb(nlp, text, lemma, negated):
    _, frames = extract_events(text, date(2026, 5, 6), nlp=nlp)
    assert [f.factuality == "negated" for f in frames if f.trigger.lemma == lemma] == [negated]


def test_not_yet_and_yet_to_agree(tmp_path):
    a = "Brel Shoes has not yet decided whether to move its factory to Kostra, a spokesman said on Monday."
    b = "Brel Shoes has yet to decide whether to move its factory to Kostra, a spokesman said on Monday."
    found = through_store([("Fen Wire", a), ("Dale Post", b)], tmp_path, published="2026-11-03")
    assert _polarity(found) == []


def test_decided_and_yet_to_decide_conflict(tmp_path):
    decided = "The election board said on Friday that it had decided to cancel the count in Dunmore."
    undecided = "The election board said on Friday that it has yet to decide whether to cancel the count in Dunmore."
    found = through_store([("Fen Wire", decided), ("Dale Post", undecided)], tmp_path, published="2026-11-06")
    assert _polarity(found) == [("polarity", ["no", "yes"])]
