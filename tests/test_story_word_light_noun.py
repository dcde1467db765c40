"""A report naming no party told with an event noun ("the contract runs for three years") is the story's one event
another outlet tells with a light verb acting on that noun ("Hornwing Systems won a contract"): the noun the named
report acts on is the word both outlets use (events/identity.py, ``_word_kin`` in ``EventClusters._story_word``).
Only when no cluster of the story tells the event with the nameless report's own word, and only when exactly one
does with the noun: two contracts won by two parties leave "the contract" alone. Invented outlets, companies and
places; through the store (``api.ingest``)."""

from __future__ import annotations

from .test_event_words import _ingest

SHUT = "Orsk Chemicals shut its Arnau plant on Monday after a fire, the company said. "
SHUT_TOO = "Orsk Chemicals shut the Arnau plant on Monday after the fire, the company said. "
WON = ("Harbour Wire", "2026-05-06", SHUT + "Hornwing Systems won a contract to clean the site.")
RUNS = ("North Post", "2026-05-07", SHUT_TOO + "The contract runs for three years, officials said.")


def _clusters(frames, of, *lemmas: str) -> set[str]:
    return {of[f.id] for f in frames if f.trigger.lemma in lemmas}


def test_the_contract_in_one_outlet_is_the_contract_another_outlet_says_was_won(tmp_path):
    frames, of, _ = _ingest(tmp_path, [WON, RUNS])
    assert {f.trigger.lemma for f in frames if f.event_class == "award"} == {"win", "contract"}
    assert len(_clusters(frames, of, "win", "contract")) == 1


TWO_WON = (
    "Harbour Wire",
    "2026-05-06",
    SHUT + "Hornwing Systems won a contract to clean the site. Dalmar Marine won a contract to rebuild the quay.",
)


def test_the_contract_stays_apart_when_two_parties_won_contracts(tmp_path):
    frames, of, _ = _ingest(tmp_path, [TWO_WON, RUNS])
    won = _clusters(frames, of, "win")
    assert len(won) == 2
    assert not _clusters(frames, of, "contract") & won
