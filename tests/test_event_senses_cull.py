"""Farm animals killed to stop a disease are culled, whatever the verb ("all the hens on the farm are being killed",
"62,500 birds have been gassed"): a ``[[sense]]`` of "kill" and "gas" whose objects are broader nouns of
``[object_nouns.broader]`` standing for their narrower nouns (hens, chickens, ducks; cattle, pigs). People killed
stay harm; so do fish a spill kills (no cull). Sentences invented."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events, lexicon

PUB = date(2026, 11, 3)


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("All the hens on the Dorrel farm are being killed, the ministry said.", "kill", ["cull"]),
        ("In total 30,000 birds have now been gassed at the two farms.", "gas", ["cull"]),
        ("Inspectors killed 400 pigs at the Velde farm on Tuesday.", "kill", ["cull"]),
        ("The fire killed two people.", "kill", ["harm"]),
        ("The spill killed thousands of fish in the river.", "kill", ["harm"]),
    ],
)
def test_killing_farm_animals_is_a_cull(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


def test_a_broader_noun_among_a_sense_s_objects_stands_for_its_narrower_nouns():
    senses = [s for s in lexicon().senses[("verb", "kill")] if s.event_class == "cull"]
    assert senses and {"hen", "chicken", "pig", "cattle", "bird"} <= senses[0].objects
    assert "salmon" not in senses[0].objects
