"""A figure's frame (class ``measure``: "3,000 cubic metres", "four supermarkets") is one event only with a figure
of the same thing (issue 15): the figures of one article's sentences share its names, and were one cluster (the
story's figures), so another outlet's figure of one of those things, naming other names beside it, met every one of
them and joined none (held-out: a tanker's load per trip, 3,000 / 30,000 cubic metres, each told beside other
figures). Two figures of two things in two outlets stay apart; one thing's figures are compared. The outlets,
companies and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events as _extract
from claimline.events import identity, members

from .helpers import through_store

A, B = "Harbour Wire", "North Post"

_TANKER = (
    "Under the plan, a chartered tanker, the Agia Marla, will begin shuttling water from the port of Lavros, carrying"
    " {} cubic metres on each trip into the harbour of Pyrnos. Four supermarkets on Pyrnos have run out of bottled"
    " water, the mayor of Pyrnos said."
)
_OWNER = (
    "The tanker, owned by Thalos Shipping of Piraeus, loads at Lavros and carries {} cubic metres per trip, an"
    " official said. Two small tankers will also sail from Piraeus, he said."
)


def test_figures_of_two_things_are_two_events(nlp):
    ex, frames = _extract(_TANKER.format("3,000"), date(2026, 9, 9), nlp=nlp, publisher=A)
    figures = {m.frame.trigger.lemma: m for m in members(ex, frames) if m.frame.event_class == "measure"}
    assert {"cubic metre", "supermarket"} <= figures.keys()
    water, shops = figures["cubic metre"], figures["supermarket"]
    assert not identity.classes_match(water.frame, shops.frame)
    assert identity.explain(water, shops) == "class"
    ex, frames = _extract(_OWNER.format("30,000"), date(2026, 9, 11), nlp=nlp, publisher=B)
    other = next(m for m in members(ex, frames) if m.frame.trigger.lemma == "cubic metre")
    assert identity.classes_match(water.frame, other.frame)


FIGURES_AGREE = {
    "figures: one load told beside two other figures": [
        (A, "2026-09-09", _TANKER.format("3,000")),
        (B, "2026-09-11", _OWNER.format("3,000")),
    ],
    "figures: 120 passengers and four injured / 120 passengers and nine crew": [
        (
            A,
            "2026-10-17",
            "The ferry Marlen ran aground off Kelso with 120 passengers on board, and four passengers"
            " were injured, the harbour master said.",
        ),
        (
            B,
            "2026-10-17",
            "The Marlen was carrying 120 passengers and nine crew when it ran aground off Kelso, the operator said.",
        ),
    ],
    "figures: 40 hectares near Varn / 400 hectares near Ostby": [
        (A, "2026-07-13", "The fire near Varn has burned 40 hectares of forest, the Lesk fire service said."),
        (B, "2026-07-14", "A second fire near Ostby has burned 400 hectares, the Lesk fire service said."),
    ],
    "figures: 300 employed / 120 jobs cut": [
        (A, "2026-07-13", "Halden Steel employs 300 people at Tressick, the company said."),
        (B, "2026-07-14", "Halden Steel will cut 120 jobs at Tressick, the company said."),
    ],
}


@pytest.mark.parametrize("name", sorted(FIGURES_AGREE))
def test_figures_that_agree_or_count_two_things_give_no_conflict(tmp_path, name):
    found = through_store(FIGURES_AGREE[name], tmp_path / "case")
    assert found == [], [(c.facet, c.question) for c in found]


def test_one_thing_given_two_figures_beside_other_figures_is_a_conflict(tmp_path):
    found = through_store(
        [(A, "2026-09-09", _TANKER.format("3,000")), (B, "2026-09-11", _OWNER.format("30,000"))], tmp_path / "case"
    )
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("quantity", ["3000 metre", "30000 metre"])
    ], [(c.facet, c.question) for c in found]
