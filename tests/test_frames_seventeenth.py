"""Frames for occurrences that recur across real news (frames17, issue 15 point 1): seizures, damage, data exposed,
settlements, leaving a post, deaths as a state, breakages, samples taken, technical faults, software updates,
floods, outbreaks, lockdowns, vetoes and sackings — each a class or a sense in models/events.toml,
measured on MEANTIME (benchmarks/meantime_frames.py) and the held-out stories. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events


def _frames(nlp, text: str) -> list[tuple[str, str]]:
    _, frames = extract_events(text, date(2026, 3, 18), nlp=nlp)
    return [(text[f.trigger.start : f.trigger.end], f.event_class) for f in frames]


@pytest.mark.parametrize(
    ("text", "word", "cls"),
    [
        ("Customs officers seized 40,000 packs of cigarettes at the port on Tuesday.", "seized", "seize"),
        ("The seizure of the tanker was announced on Wednesday.", "seizure", "seize"),
        ("Harbour police impounded the trawler on Thursday.", "impounded", "seize"),
        ("A ship's anchor damaged the Kurvik cable on Sunday.", "damaged", "damage"),
        ("The fire destroyed two warehouses in Tarnby.", "destroyed", "damage"),
        ("The intrusion exposed the personal data of 40,000 customers of Norbank.", "exposed", "leak"),
        ("Acme settled the lawsuit with Borex for 2 million euros in May.", "settled", "agree"),
        ("Jens Holm will leave the company in June.", "leave", "resign"),
        ("Three people are dead after the flood in Aldea.", "dead", "harm"),
        ("An axle on the third carriage had broken shortly before the curve.", "broken", "damage"),
        ("Inspectors took water samples at three points on Monday.", "samples", "test"),
        ("The shutdown was caused by an electrical fault in a pump at Varkaus.", "fault", "outage"),
        ("An overnight software update to the Medora record system failed at Sentral Hospital.", "update", "deploy"),
        ("Two men drowned off Aldea on Saturday.", "drowned", "harm"),
        ("The river flooded the old town of Aldea on Sunday.", "flooded", "flood"),
        ("The epidemic spread to Aldea in March.", "epidemic", "outbreak"),
        ("The city imposed a lockdown on Aldea on Monday.", "lockdown", "restrict"),
        ("The president vetoed the bill on Friday.", "vetoed", "refuse"),
        ("The board sacked chief executive Jan Holm on Friday.", "sacked", "resign"),
    ],
)
def test_an_occurrence_gets_a_frame_of_its_class(nlp, text: str, word: str, cls: str) -> None:
    assert (word, cls) in _frames(nlp, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The family settled in Canada in 1990.", "settled"),
        ("Jens Holm left the building at noon.", "left"),
        ("Borex sued Acme for damages in May.", "damages"),
        ("The ministry said it was not the operator's fault.", "fault"),
        ("Valmet broke the record for quarterly sales.", "broke"),
        ("Residents were exposed to smoke for hours.", "exposed"),
        ("A flood of junk traffic knocked out the booking system.", "flood"),
    ],
)
def test_the_other_senses_are_no_such_event(nlp, text: str, word: str) -> None:
    found = dict(_frames(nlp, text))
    assert found.get(word) not in ("agree", "resign", "damage", "outage", "leak", "attack", "flood")


def test_a_negated_cause_does_not_negate_the_event_it_causes(nlp) -> None:
    """ "did not cause the flood": the cause is denied, the flood happened (``causing_verbs``); "did not cancel the
    award" still leaves the award asserted, and a negated flood is still negated."""
    text = "Officials said the reservoir release did not cause the flood in Aldea."
    _, frames = extract_events(text, date(2026, 3, 18), nlp=nlp)
    flood = next(f for f in frames if f.trigger.lemma == "flood")
    assert flood.factuality != "negated"
    text = "Officials said there was no flood in Aldea."
    _, frames = extract_events(text, date(2026, 3, 18), nlp=nlp)
    assert next(f for f in frames if f.trigger.lemma == "flood").factuality == "negated"
