"""A few verbs name an event by what they act on or the phrase they govern: "homes lost power" is an outage,
"police cleared the station" an evacuation, "people were treated for smoke inhalation" harm, "the reactor tripped" an
outage, "pulled the plug on the pilot" and "ground to a halt" a halt. Their other uses keep their own ("the shares
lost 3 percent", "the regulator cleared the merger", "treated them unfairly", "tripped up his rival", "pulled two
cheeses"). Sentences invented; places, firms and outlets too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 9, 14)


def _frames(nlp, text: str):
    return extract_events(text, PUB, nlp=nlp)[1]


def _classes(nlp, text: str) -> list[tuple[str, str]]:
    return [(f.event_class, f.trigger.lemma) for f in _frames(nlp, text)]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("About 30,000 homes in Harrow lost power on Sunday morning.", "lose", "outage"),
        ("Police cleared the station shortly after 9 pm on Saturday.", "clear", "evacuate"),
        ("The shopping centre was cleared on Saturday afternoon.", "clear", "evacuate"),
        ("Nine people were treated for smoke inhalation on Saturday.", "treat", "harm"),
        ("Paramedics treated four passengers at the scene.", "treat", "harm"),
        ("The second reactor at Harrow Point tripped at 04:10 on Sunday.", "trip", "outage"),
        ("The ministry pulled the plug on the parking pilot on Friday.", "pull", "cancel"),
        ("The cable car ground to a halt at 14:10 on Saturday.", "grind", "cancel"),
        ("Four passengers were taken to hospital on Monday.", "take", "harm"),
        ("Two firefighters were rushed to hospital.", "rush", "harm"),
    ],
)
def test_a_verb_names_an_event_by_its_object_or_phrase(nlp, text, lemma, expected):
    assert (expected, lemma) in _classes(nlp, text)


@pytest.mark.parametrize(
    ("text", "lemma", "unexpected"),
    [
        ("The shares lost 3 percent on Friday.", "lose", "outage"),
        ("The regulator cleared the merger of the two dairies on Friday.", "clear", "evacuate"),
        ("Voters said the council had treated them unfairly for years.", "treat", "harm"),
        ("The senator tripped up his rival in the debate on Friday.", "trip", "outage"),
        ("Harrow Foods pulled two cheeses from supermarket shelves on Friday.", "pull", "cancel"),
    ],
)
def test_other_uses_keep_their_own(nlp, text, lemma, unexpected):
    assert (unexpected, lemma) not in _classes(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harrow Police opened an investigation into the fire on Monday.", "investigate"),
        ("The Orvane regulator launched a probe into the outage on 3 March.", "investigate"),
        ("An inquiry was opened on Tuesday.", "investigate"),
        ("Kessel Motors launched a recall of 40,000 cars on Friday.", "recall"),
    ],
)
def test_an_inquiry_or_a_recall_told_by_its_start_is_that_event_dated_by_its_verb(nlp, text, expected):
    frames = _frames(nlp, text)
    found = [f for f in frames if f.event_class == expected]
    assert len(found) == 1, [(f.event_class, f.trigger.lemma) for f in frames]
    assert found[0].time is not None
    assert not [f for f in frames if f.event_class == "launch"]


@pytest.mark.parametrize(
    "text", ["Orvane opened a new plant in Harrow on Monday.", "Kessel Motors launched its new hatchback on Friday."]
)
def test_opening_or_launching_a_thing_stays_a_launch(nlp, text):
    assert "launch" in [c for c, _ in _classes(nlp, text)]
