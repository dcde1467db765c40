"""The subject of a verb of receiving ("faces a fine", "got a contract") is the event noun's theme, not its agent
(``receiving_verbs`` of models/events.toml), so it meets the report naming who did it (written for this test)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 4)


def _parties(frames, lemma: str, role: str) -> set[str]:
    return {p.name for f in frames if f.trigger.lemma == lemma for p in f.participants if p.role == role}


def test_the_bank_facing_a_fine_is_fined(frames_of) -> None:
    frames = frames_of("Orvane Bank faces a fine of up to 2 million euros.")
    assert _parties(frames, "fine", "theme") == {"Orvane Bank"}
    assert not _parties(frames, "fine", "agent")


def test_the_firm_that_got_a_contract_is_no_buyer(frames_of) -> None:
    frames = frames_of("Kestrel Systems got a contract from the navy on Monday.")
    assert "Kestrel Systems" not in _parties(frames, "contract", "agent")


def test_a_doer_keeps_its_act(frames_of) -> None:
    frames = frames_of("Kestrel Systems completed the purchase of Lynx Vans on Monday.")
    assert _parties(frames, "purchase", "agent") == {"Kestrel Systems"}
