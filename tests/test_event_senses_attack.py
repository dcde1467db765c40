"""Senses that must keep a military strike or a physical attack an attack (review 5), and the other
senses it named — on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 5, 6)


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    "text",
    [
        "The strike on the factory killed six workers on Monday.",
        "The strike on the factory destroyed the workers' canteen on Monday.",
        "A strike on the school flattened the gym where teachers met.",
        "Hospital staff said the strike on the hospital damaged two wards overnight.",
    ],
)
def test_the_target_of_a_strike_is_no_labour_context(nlp, text):
    assert _classes(nlp, text, "strike") == ["attack"]


def test_an_attack_on_a_plan_is_still_criticism(nlp):
    text = "The minister's attack on the plan drew applause on Monday."
    assert _classes(nlp, text, "attack") == ["criticise"]


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union condemned the missile strike on Monday.",
        "Workers at the plant survived the drone strike on Monday.",
        "Nurses described the strike that hit the hospital, the army said.",
        "The dockers' union condemned the strike on the port, the navy said.",
    ],
)
def test_who_comments_on_or_survives_a_strike_does_not_make_it_a_labour_action(nlp, text):
    assert _classes(nlp, text, "strike") == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The union called off the strike on Monday.",
        "The court ordered the union to suspend the strike.",
        "Dock workers staged a strike at the port on Monday.",
    ],
)
def test_who_conducts_or_ends_a_strike_makes_it_a_labour_action(nlp, text):
    assert _classes(nlp, text, "strike") == ["labour_action"]


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones attacked Russian positions near the river on Monday.",
        "The rebels attacked army positions overnight.",
        "Gunmen attacked the senator outside his home on Monday.",
        "A man attacked the judge with a knife on Monday.",
        "Police said the suspect attacked her near the station on Monday.",
        "A dog attack left a child injured in Ghent.",
        "The attack on the senator left him in hospital with stab wounds.",
        "The general approved the attack plan on Monday.",
        "The senator condemned the gang that attacked the mayor with clubs, police said.",
    ],
)
def test_a_physical_attack_on_people_or_positions_stays_an_attack(nlp, text):
    assert _classes(nlp, text, "attack") == ["attack"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the plan in a speech on Monday.",
        "The mayor launched a personal attack on her rival on Monday.",
        "The governor criticised the budget and attacked her rival in a radio interview.",
        "Jana Novak slammed the tax rise on Monday and attacked the minister for his silence.",
    ],
)
def test_a_verbal_attack_is_criticism(nlp, text):
    assert "criticise" in _classes(nlp, text, "attack")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares extended their rally on Friday.", "increase"),
        ("Stocks continued their rally during the afternoon session.", "increase"),
        ("The candidate spoke to supporters at the rally in Ghent on Monday.", "meet"),
    ],
)
def test_a_pronoun_or_at_around_a_rally_is_no_gathering_in_a_market_report(nlp, text, expected):
    assert _classes(nlp, text, "rally") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry launched three pilots of the scheme in May.", ["test"]),
        ("Two pilots of the new payment app began in Ghent in May.", ["test"]),
        ("Two Russian pilots were captured on Monday.", []),
    ],
)
def test_plural_pilots_of_a_scheme_are_trials(nlp, text, expected):
    assert _classes(nlp, text, "pilot") == expected


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The bakery closed its doors on Friday after 80 years.", "close", ["cut"]),
        ("The cathedral hosted a memorial service for the victims on Monday.", "host", ["meet"]),
        ("Orvane hosts the payment platform of 40 councils.", "host", []),
    ],
)
def test_closing_one_s_doors_is_a_closure_and_hosting_a_service_a_gathering(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Ortiz attacked Piet Janssen over the budget on Monday.", "criticise"),
        ("Piet Janssen was attacked by Lena Ortiz on Monday.", "criticise"),
        ("Lena Ortiz's attacks on him drew complaints.", "criticise"),
        ("Lena Ortiz attacked Piet Janssen with a hammer on Monday.", "attack"),
        ("He attacked her near the station on Monday.", "attack"),
    ],
)
def test_a_named_person_attacking_a_person_is_criticism_without_an_instrument(nlp, text, expected):
    assert _classes(nlp, text, "attack") == [expected]
