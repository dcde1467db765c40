"""What an event covers: the ``scope`` facet of conflicts on events (claimline.reconcile.extent). One outlet
telling an act as an exclusive restriction ("grounded only the six jets") and another as the whole ("grounded
its whole fleet") disagree; two wordings of the whole ("the whole fleet" / "all nine aircraft") agree. The
sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from claimline.reconcile.extent import extent

from .helpers import through_store
from .test_agreeing_stories import _pair


def _extent(text: str, word: str) -> str | None:
    """:func:`extent` of a report whose event word is ``word`` in a claim of ``text``."""
    frame = SimpleNamespace(trigger=SimpleNamespace(start=10 + text.index(word), text=word))
    return extent(frame, SimpleNamespace(text=text, start=10))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The order covers only the gondola on the north face.", "covers", "only"),
        ("The regulator shut all three lifts of the resort.", "shut", "all"),
        ("The entire plant was evacuated before dawn.", "evacuated", "all"),
        ("The recall covers both models of the kettle.", "covers", "all"),
        ("The new rules are limited to the 2021 models.", "limited", "only"),
        ("Only the website was affected by the fault.", "affected", "only"),
        ("The wrong numbers appeared not only on the website but also in the app.", "appeared", "all"),
        ("The ban applies only to ministries with secrets, not to the whole civil service.", "applies", "only"),
        ("The ban applies to the whole civil service.", "applies", "all"),
        # neither: a restriction of time or condition, the adjective "the only", a time of every day
        ("The line reopened only after the inspection.", "reopened", None),
        ("The firm is the only operator to run the line.", "run", None),
        ("Trains ran every day until the strike.", "ran", None),
        ("The council closed three schools on Monday.", "closed", None),
        ("The pilot was paused in all three of its centres.", "paused", None),
        ("The motorway reopened only on Saturday after the repairs.", "reopened", None),
        ("It is unclear why the slides were shown at all.", "shown", None),
        ("The lift stays closed until all 14 towers are inspected.", "closed", None),
        ("The unit will stay offline for ten weeks in all.", "offline", None),
        ("The regulator said only that the fault was in the turbine.", "fault", None),
        ("The system will only propose warnings, and a forecaster signs off every warning.", "signs", None),
        ("The system will only propose warnings, and a forecaster signs off all of them.", "signs", "all"),
        # both kinds in one clause tell neither
        ("Only the pupils of all three schools were sent home.", "sent", None),
        # the restriction in another clause than the event word's
        ("The plant was evacuated; only the turbine hall was damaged.", "evacuated", None),
    ],
)
def test_extent_of_a_report(text: str, word: str, expected: str | None) -> None:
    assert _extent(text, word) == expected


def test_an_event_word_outside_the_claim_tells_nothing() -> None:
    frame = SimpleNamespace(trigger=SimpleNamespace(start=0, text="said"))
    assert extent(frame, SimpleNamespace(text="only the gondola", start=10)) is None  # type: ignore[arg-type]


@pytest.mark.slow
def test_only_against_the_whole_is_a_scope_conflict(tmp_path: Path) -> None:
    found = through_store(
        _pair(
            "The aviation authority grounded only the six A320 jets of Merrow Air on Monday, the authority said.",
            "The aviation authority grounded the whole fleet of Merrow Air on Monday, the authority said.",
            days=("2026-10-06", "2026-10-07"),
        ),
        tmp_path,
    )
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("scope", ["all", "only"])]
    assert found[0].question.startswith("extent of ground")


@pytest.mark.slow
def test_the_whole_in_other_words_is_no_conflict(tmp_path: Path) -> None:
    found = through_store(
        _pair(
            "The aviation authority grounded all nine aircraft of Merrow Air on Monday, the authority said.",
            "The aviation authority grounded the whole fleet of Merrow Air on Monday, the authority said.",
            days=("2026-10-06", "2026-10-07"),
        ),
        tmp_path,
    )
    assert found == [], [(c.facet, [s.value for s in c.sides]) for c in found]
