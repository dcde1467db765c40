"""A pronoun whose clause has a definite description for its subject ("The authority said it ...", "The authority
expects its inquiry ...") stands for that description when no name fits it: not for the last body or person the text
named (written for this test)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 4)


def _agents(frames, lemma: str) -> set[str]:
    return {p.name for f in frames if f.trigger.lemma == lemma for p in f.participants if p.role == "agent"}


def test_it_of_the_authority_is_not_the_company_named_before(frames_of) -> None:
    frames = frames_of(
        "Brenmark Minerals shut its Vallby mine after a rockfall on Monday. "
        "The authority said it had not ordered a halt to the whole mine."
    )
    assert "Brenmark Minerals" not in _agents(frames, "order")
    assert _agents(frames, "order") == {"authority"}


def test_its_of_the_authority_is_not_the_person_named_before(frames_of) -> None:
    frames = frames_of(
        "A wind turbine blade broke off near Hollby on Sunday. Karin Dahl, who lives nearby, heard the crash. "
        "The authority expects its investigation to take about nine months."
    )
    assert "Karin Dahl" not in _agents(frames, "investigation")
    assert _agents(frames, "investigation") == {"authority"}


def test_its_of_the_authority_is_the_authority_named_before(frames_of) -> None:
    frames = frames_of(
        "The Accident Investigation Authority opened an inquiry into the blade failure. "
        "Karin Dahl, who lives nearby, heard the crash. "
        "The authority expects its investigation to take about nine months."
    )
    assert _agents(frames, "investigation") == {"Accident Investigation Authority"}
