"""A quoted "we" is the body its speaker speaks for, not the last body the text named (written for this test)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 4)


def _agents(frames, lemma: str) -> set[str]:
    frame = next(f for f in frames if f.trigger.lemma == lemma)
    return {p.name for p in frame.participants if p.role == "agent"}


def test_we_of_a_spokeswoman_is_her_body(frames_of) -> None:
    frames = frames_of(
        "The Financial Supervisory Authority fined Orvane Bank 2 million euros on Friday. "
        '"We will appeal the fine," a spokeswoman for Orvane Bank said on Monday.'
    )
    assert _agents(frames, "appeal") == {"Orvane Bank"}


def test_we_of_a_named_speaker_is_the_body_the_source_names(frames_of) -> None:
    frames = frames_of(
        "Tessmark Motors recalled 4,000 vans after a brake fault. "
        "The Road Safety Agency opened an inquiry into the fault. "
        '"We will replace the software free of charge," said Tessmark\'s head of quality, Ivo Brandt.'
    )
    assert "Road Safety Agency" not in _agents(frames, "replace")
    assert _agents(frames, "replace") == {"Tessmark"}


def test_we_of_a_speaker_named_by_one_unknown_word_is_no_body(frames_of) -> None:
    frames = frames_of(
        "Halvard Aero said on Monday that its new regional jet would be two years late. "
        '"We have cut our design budget and are focusing on engines," said Marlow.'
    )
    assert "Marlow" not in _agents(frames, "cut")


def test_we_of_a_senator_is_not_his_home_town(frames_of) -> None:
    frames = frames_of(
        "The air force picked Halvard Aero for the tanker order on Friday. "
        'Denver senator Paul Ricks said: "It is wrong that we would send this work to Europe."'
    )
    assert "Denver" not in _agents(frames, "send")
