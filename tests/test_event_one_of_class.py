"""A report naming no party told with another word than the rest of its story ("a cyber attack on the bank" where
two other outlets say "cyberattack") joins the story's one event of its class, so the question whether there was
one is asked across the outlets (events/identity.py, ``EventClusters._one_of_class``, the last resort of
``_story_word``). Negative case: an event of its class only one other outlet tells is no event of the story to
join. Invented bank and town; through the store (``api.ingest``)."""

from __future__ import annotations

from .test_event_words import _ingest

FAILED = "Card payments at Tamsk Bank failed for six hours on Friday."
DENIED = (
    "Harbour Wire",
    "2026-10-31",
    f"{FAILED} The bank said a faulty software update caused the outage. There was no cyberattack, a spokeswoman said.",
)
SUSPECTED = (
    "North Post",
    "2026-10-31",
    f"{FAILED} Two people familiar with the matter said the bank was examining whether a cyberattack caused the"
    " outage.",
)
TOLD_OTHERWISE = (
    "Valley Times",
    "2026-11-01",
    "A cyber attack on Tamsk Bank left shoppers in Orsk out of pocket. The outage on Friday lasted six hours, the"
    " bank said.",
)


def test_a_cyber_attack_joins_the_cyberattack_two_outlets_tell(tmp_path):
    frames, of, _ = _ingest(tmp_path, [DENIED, SUSPECTED, TOLD_OTHERWISE])
    attacks = [(f.trigger.lemma, f.factuality, of[f.id]) for f in frames if f.event_class == "attack"]
    assert {lemma for lemma, _, _ in attacks} == {"attack", "cyberattack"}, attacks
    assert len({cid for _, _, cid in attacks}) == 1, attacks


def test_one_outlets_cyberattack_is_not_the_story_event(tmp_path):
    quiet = (DENIED[0], DENIED[1], f"{FAILED} The bank said a faulty software update caused the outage.")
    frames, of, _ = _ingest(tmp_path, [quiet, SUSPECTED, TOLD_OTHERWISE])
    attacks = [(f.trigger.lemma, of[f.id]) for f in frames if f.event_class == "attack"]
    assert {lemma for lemma, _ in attacks} == {"attack", "cyberattack"}, attacks
    assert len({cid for _, cid in attacks}) == 2, attacks
