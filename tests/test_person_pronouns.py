"""A "he" or "she" never stands for a one-word name the gazetteer does not know as a person (a mountain, a company or a
ship the parser took for one); a person named in full keeps his pronouns (written for this test)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 4)


def _agents(frames, lemma: str) -> set[str]:
    return {p.name for f in frames if f.trigger.lemma == lemma for p in f.participants if p.role == "agent"}


def test_he_is_not_the_mountain(frames_of) -> None:
    frames = frames_of('The group climbed the Rotkar on Saturday. "He warned us about the gully," the man said.')
    assert "Rotkar" not in _agents(frames, "warn")


def test_he_is_the_person_named_before(frames_of) -> None:
    frames = frames_of("Bruno Delmas criticised the museum. Delmas said he had warned the museum in writing.")
    assert _agents(frames, "warn") == {"Bruno Delmas"}
