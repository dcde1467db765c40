"""A rising toll is the count updated (review 14 V16; ``rising`` of models/measures.toml): "two people died" on
Monday and "three people died" on Wednesday is a conflict resolved by supersession, the later, higher figure
standing and the earlier one superseded (not shown false); a toll that falls, or a lower figure told again after
the higher one, stays a disagreement voted as such. The outlets, towns and firms are invented."""

from __future__ import annotations

from .helpers import through_store

A, B, C = "Harbour Wire", "North Post", "Valley Echo"
_FIRE = "{} people died when a fire swept through a warehouse in Ostby on Monday, the fire service said."
_FIRE_LATER = "The fire service said on Wednesday that {} people had died in Monday's warehouse fire in Ostby."
_BUS = "{} people were injured when a bus overturned near Kelso on Monday, police said."
_BUS_LATER = "Police said on Wednesday that {} people had been injured when a bus overturned near Kelso on Monday."


def _told(found: list) -> list:
    return [(c.status, c.resolution and c.resolution.rule, sorted((s.value, s.status) for s in c.sides)) for c in found]


def test_a_higher_toll_told_later_supersedes_the_earlier(tmp_path):
    found = through_store(
        [(A, "2026-03-03", _FIRE.format("Two")), (B, "2026-03-05", _FIRE_LATER.format("three"))], tmp_path / "case"
    )
    assert _told(found) == [("resolved", "supersession", [("2", "superseded"), ("3", "stands")])]


def test_the_injured_too(tmp_path):
    found = through_store(
        [(A, "2026-03-03", _BUS.format("Four")), (B, "2026-03-05", _BUS_LATER.format("nine"))], tmp_path / "case"
    )
    assert _told(found) == [("resolved", "supersession", [("4", "superseded"), ("9", "stands")])]


def test_a_falling_toll_is_a_disagreement(tmp_path):
    found = through_store(
        [(A, "2026-03-03", _FIRE.format("Five")), (B, "2026-03-05", _FIRE_LATER.format("three"))], tmp_path / "case"
    )
    assert [sorted(s.status for s in c.sides) for c in found] == [["disputed", "disputed"]], _told(found)


def test_a_lower_toll_told_again_after_the_higher_is_a_disagreement(tmp_path):
    found = through_store(
        [
            (A, "2026-03-03", _FIRE.format("Two")),
            (B, "2026-03-04", _FIRE_LATER.format("three")),
            (C, "2026-03-05", "Two people were killed in Monday's warehouse fire in Ostby, the fire service said."),
        ],
        tmp_path / "case",
    )
    assert found and all(s.status != "superseded" for c in found for s in c.sides), _told(found)
