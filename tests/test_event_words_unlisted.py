"""Words of no class that two outlets use for one event another outlet tells with a listed word (twenty-ninth
sitting): "caught fire" is the blaze, "switched off" and "froze" by their objects a halt, "looked into" an
investigation; the `preps` of a `[[sense]]` (models/events.toml) choose a verb's sense by the preposition it
governs. Sentences invented; outlets, places and companies too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.errors import ClaimlineError
from claimline.events import EventClusters, extract_events, members
from claimline.events.lexicon import _raw, build

PUB = date(2026, 3, 3)


def _classes(nlp, text: str) -> dict[str, str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return {f.trigger.text: f.event_class for f in frames}


def _one_event(nlp, cls: str, *texts: str) -> bool:
    """Whether the frames of class ``cls`` of the texts (one outlet each) are one event."""
    clusters = EventClusters()
    ids = []
    for k, text in enumerate(texts):
        ex, frames = extract_events(text, PUB, nlp=nlp, publisher=f"P{k}", path=f"a{k}.txt")
        clusters.add(members(ex, frames))
        ids += [f.id for f in frames if f.event_class == cls]
    assert len(ids) >= len(texts), ids
    return len({clusters.of_frame()[i] for i in ids}) == 1


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("A lorry caught fire inside the Holmbach road tunnel at 06:40 on Tuesday.", "caught", "fire"),
        ("The operator froze all prize payments at 08:00 on Sunday.", "froze", "cancel"),
        ("The Defence Committee has frozen the Velarn contract until the minister explains.", "frozen", "cancel"),
        ("Kolmar Wind switched off all 14 turbines at the farm on Tuesday.", "switched", "cancel"),
        ("The tax office switched off its chatbot Tavi on Monday.", "switched", "cancel"),
        ("The regulator will look into the Tarvik outage, Peter Holm said.", "look", "investigate"),
    ],
)
def test_a_word_of_no_class_takes_the_class_of_the_event_it_tells(nlp, text, word, expected):
    assert _classes(nlp, text)[word] == expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Temperatures in Brno froze overnight on Monday.", "froze"),
        ("Peter Holm looked at the figures on Monday.", "looked"),
        ("Tarvik Energy switched to a new supplier on Monday.", "switched"),
    ],
)
def test_the_word_in_another_sense_keeps_no_class(nlp, text, word):
    assert _classes(nlp, text).get(word) in (None, "other")


def test_a_lorry_that_caught_fire_is_the_blaze_another_outlet_reports(nlp):
    assert _one_event(
        nlp,
        "fire",
        "A Kolvane Logistics lorry caught fire in the Holmbach tunnel at 06:40 on Tuesday, police said.",
        "The Kolvane Logistics blaze in the Holmbach tunnel on Tuesday was put out by noon.",
    )


def test_a_system_switched_off_is_the_suspension_another_outlet_reports(nlp):
    assert _one_event(
        nlp,
        "cancel",
        "The Lenvik tax office switched off its chatbot Tavi on Monday.",
        "The Lenvik tax office suspended its chatbot Tavi on Monday after wrong answers.",
    )


def test_payments_frozen_are_the_halt_another_outlet_reports(nlp):
    assert _one_event(
        nlp,
        "cancel",
        "Sandor Lotteries froze all prize payments at 08:00 on Sunday.",
        "Sandor Lotteries halted prize payments on Sunday morning.",
    )


def test_a_body_that_looks_into_a_fund_investigates_it(nlp):
    assert _one_event(
        nlp,
        "investigate",
        "The financial watchdog will look into Orlen Pension Fund, the minister said.",
        "The financial watchdog has opened an investigation into Orlen Pension Fund.",
    )


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The bank's app went down for two hours on Tuesday.", "went", "outage"),
        ("The records system went down at about 6:40 on Monday.", "went", "outage"),
        ("The trawler Morna Bell went down off Kelness on Tuesday.", "went", "accident"),
        ("The slide came down above Oberwies at 04:40 on Monday.", "came", "accident"),
        ("A turbine blade came down in a field on Tuesday.", "came", "accident"),
    ],
)
def test_a_verb_with_its_particle_takes_the_class_its_subject_chooses(nlp, text, word, expected):
    assert _classes(nlp, text)[word] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Inflation has come down faster than expected, Ola Berg said.",
        "Shares of Tarvik went down 3 percent on Monday.",
        "The Hollen bridge will come down in May, the ministry said.",
        "Kolmar Wind turned off the lights at its Velden office on Monday.",
    ],
)
def test_a_verb_with_its_particle_of_another_subject_names_no_such_event(nlp, text):
    assert not {"outage", "accident", "cancel"} & set(_classes(nlp, text).values())


def test_the_system_that_went_down_is_the_outage_another_outlet_reports(nlp):
    assert _one_event(
        nlp,
        "outage",
        "Savinja Health's records system went down at about 6:40 on Monday, the hospital said.",
        "The outage of Savinja Health's records system on Monday lasted five hours, the hospital said.",
    )


def test_a_particle_sense_is_a_verb_s_only(nlp):
    data = dict(_raw())
    data["sense"] = [
        *data["sense"],
        {"lemmas": ["go down"], "pos": ["noun", "verb"], "class": "outage", "context": ["app"]},
    ]
    with pytest.raises(ClaimlineError, match="a verb with its particle has a verb's sense only"):
        build(data)


def test_preps_choose_a_verb_s_sense_only(nlp):
    data = dict(_raw())
    data["sense"] = [*data["sense"], {"lemmas": ["probe"], "pos": ["noun"], "class": "investigate", "preps": ["into"]}]
    with pytest.raises(ClaimlineError, match="preps choose a verb's sense"):
        build(data)
