"""A verb of motion onto, into or against an obstacle is an accident (review 15 W13; a ``[[sense]]``'s ``goals`` in
models/events.toml): a ship that "ran onto rocks", "drifted onto a reef", "went aground" or "was driven into a
sandbank", a lorry that "slammed into a tree", are one class with "ran aground" and "hit a rock"; "drove into town",
"ran a replacement service", "went into administration" are not. Sentences invented; ships, places and firms too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

from .helpers import through_store

PUB = date(2026, 3, 4)
A, B = "Harbour Wire", "North Post"


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The ferry Marlen ran onto rocks off Kelso on Tuesday.", "run"),
        ("The cargo ship Velda drifted onto a reef near Ostby after its engine failed.", "drift"),
        ("The trawler Osk went aground near Varn on Tuesday.", "go"),
        ("The tanker was driven into a sandbank by the storm on Monday.", "drive"),
        ("A lorry slammed into a tree on the A9 near Lowick on Monday.", "slam"),
    ],
)
def test_motion_onto_an_obstacle_is_an_accident(nlp, text, lemma):
    assert _classes(nlp, text, lemma) == ["accident"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The minister drove into Varn on Tuesday to meet flood victims.", "drive"),
        ("Arlen Buses will run a replacement service from Monday.", "run"),
        ("The retailer went into administration on Monday.", "go"),
    ],
)
def test_motion_elsewhere_is_no_accident(nlp, text, lemma):
    assert "accident" not in _classes(nlp, text, lemma)


def test_ran_onto_rocks_and_ran_aground_at_two_times_is_a_conflict(tmp_path):
    docs = [
        (A, "The ferry Marlen ran onto rocks off Kelso at 6:40 on Tuesday, the coastguard said."),
        (B, "The ferry Marlen ran aground off Kelso at 7:40 on Tuesday, the coastguard said."),
    ]
    found = through_store(docs, tmp_path / "case", published="2026-03-04")
    assert [c.facet for c in found] == ["time_of_day"], [(c.facet, c.question) for c in found]
