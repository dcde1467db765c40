"""Whom a light verb's event befalls after "on" ("imposed a fine on the bank", "the fine imposed on the bank", "placed
a ban on the firm") is its theme, as in "fined the bank" — so the reports meet (written for this test)."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2026, 5, 4)


def _themes(frames, lemma: str) -> set[str]:
    return {p.name for f in frames if f.trigger.lemma == lemma for p in f.participants if p.role == "theme"}


@pytest.mark.parametrize(
    "text",
    [
        "The Financial Supervisory Authority imposed a fine on Orvane Bank on Monday.",
        "The fine imposed on Orvane Bank on Monday was the largest the authority has handed out.",
    ],
)
def test_the_fined_bank_is_the_theme(frames_of, text: str) -> None:
    assert _themes(frames_of(text), "fine") == {"Orvane Bank"}


def test_the_banned_firm_is_the_theme(frames_of) -> None:
    assert "Tessmark Drones" in _themes(frames_of("The ministry placed a ban on Tessmark Drones."), "ban")


def test_a_place_after_on_stays_a_place(frames_of) -> None:
    frames = frames_of("The plane landed on the runway at Lisk on Monday.")
    assert not _themes(frames, "land")
