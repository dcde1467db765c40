"""An unlisted verb with its particle is its own word, and takes the class of the listed words WordNet gives it as
one sense (issue 15 points 1-2; review 20 q05/q10: "put off" read as "put", "broke down" as "break"). Sentences
invented; the orchestra, the cable car and the places too."""

from __future__ import annotations

from datetime import date

from claimline.events import extract_events
from claimline.events.lexicon import OTHER

PUB = date(2026, 10, 28)


def _frames(nlp, text: str) -> dict[str, str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return {f.trigger.lemma: f.event_class for f in frames}


def test_a_phrasal_verb_keeps_its_particle_and_takes_its_synonyms_class(nlp):
    frames = _frames(nlp, "The Tessan Chamber Orchestra has put off its American tour until March 2027.")
    assert frames.get("put off") == "delay"  # as "postponed"
    assert "put" not in frames


def test_an_unlisted_phrasal_verb_of_no_class_is_still_its_own_word(nlp):
    frames = _frames(nlp, "The Brenna cable car broke down on Sunday, the lift company Alpkabel said.")
    assert frames.get("break down") == OTHER
    assert "break" not in frames


def test_a_listed_verb_keeps_its_own_lemma(nlp):
    frames = _frames(nlp, "Alpkabel cut 40 jobs at its Brenna plant on Monday.")
    assert frames.get("cut") == "cut"
