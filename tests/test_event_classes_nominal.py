"""Event classes across domains (fourteenth sitting, issue 15): nouns made of verbs (``[nominalisations]`` of
models/events.toml), unlisted nouns that meet their verb in another outlet (class ``other``), and the classes
and senses of accidents, disasters and decisions. Sentences invented; outlets, places and companies too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.errors import ClaimlineError
from claimline.events import extract_events
from claimline.events.identity import classes_match
from claimline.events.lexicon import OTHER, _raw, build, lexicon

PUB = date(2026, 11, 3)


def _frames(nlp, text: str, lemma: str):
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f for f in frames if f.trigger.lemma == lemma]


def _classes(nlp, text: str, lemma: str) -> list[str]:
    return [f.event_class for f in _frames(nlp, text, lemma)]


# ------------------------------------------------------------------ the table
def test_a_noun_of_a_listed_verb_has_the_verb_s_class():
    lex = lexicon()
    assert lex.nouns["declaration"] == lex.verbs["declare"] == "announce"
    assert lex.nouns["inspection"] == lex.verbs["inspect"] == "investigate"
    assert lex.nouns["cull"] == lex.verbs["cull"] == "cull"
    assert lex.nouns["rescue"] == lex.verbs["rescue"] == "rescue"
    assert "escape" in lex.other_nouns and "escape" not in lex.nouns


def test_a_noun_and_its_verb_are_derived_even_when_no_suffix_rule_makes_it():
    lex = lexicon()
    assert lex.derived("cull", "cull") and lex.derived("vaccination", "vaccinate")
    assert lex.derived("quarantine", "quarantine")
    assert not lex.derived("escape", "rescue")


def _with(table: dict[str, str]) -> dict:
    data = dict(_raw())
    data["nominalisations"] = table
    return data


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"closure": "close"}, "already a noun of class 'cut'"),  # a word is listed once
        ({"take": "take"}, "light verb or never an event"),
        ({"having": "have"}, "light verb or never an event"),
        ({"Cull": "cull"}, "lower case"),
    ],
)
def test_the_loader_refuses_a_noun_listed_twice_or_made_of_a_light_verb(table, message):
    with pytest.raises(ClaimlineError, match=message):
        build(_with(table))


# ------------------------------------------------------------------ frames
@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The cull of 40,000 hens at the Wiekfeld farm began on Monday.", "cull", "cull"),
        ("Some 40,000 hens at the Wiekfeld farm are being culled, the ministry said.", "cull", "cull"),
        ("The rescue of the Marlen's crew off Sandvik took four hours.", "rescue", "rescue"),
        ("Coastguards rescued 14 crew from the Marlen off Sandvik on Sunday.", "rescue", "rescue"),
        ("The declaration of an emergency in Torvale came on Monday.", "declaration", "announce"),
        ("Inspectors inspected the Hollental bridge on Tuesday.", "inspect", "investigate"),
    ],
)
def test_a_noun_and_its_verb_have_one_class(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == [expected]


def test_an_unlisted_noun_of_an_unlisted_verb_is_an_event_of_class_other(nlp):
    (noun,) = _frames(nlp, "The vaccination of pupils at the Mlinek school began on Monday.", "vaccination")
    (verb,) = _frames(nlp, "Nurses vaccinated 300 pupils at the Mlinek school on Monday.", "vaccinate")
    assert noun.event_class == verb.event_class == OTHER
    assert classes_match(noun, verb)  # the noun meets its verb in another outlet


def test_a_light_verb_gives_no_event_of_its_own(nlp):
    text = "Arlen Group made a decision and took a break, and Corvel had a meeting with Arlen Group."
    _, frames = extract_events(text, PUB, nlp=nlp)
    assert not [f for f in frames if f.trigger.lemma in ("make", "take", "have", "get", "be")]


# ------------------------------------------------------------------ senses
@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # decisions: refusing a request, passing or adopting a law
        ("The Torvale council refused the permit for the Nordhafen marina on Tuesday.", "refuse", ["refuse"]),
        ("The drivers' union rejected the offer from Arlen Buses on Friday.", "reject", ["refuse"]),
        ("Corvel Bank declined the invitation from the Varland ministry.", "decline", ["refuse"]),
        ("The Varland parliament passed the bill on Friday.", "pass", ["approve"]),
        ("The bill passed with 214 votes on Friday.", "pass", ["approve"]),
        ("The Varland parliament adopted the regulation on Thursday.", "adopt", ["approve"]),
        ("Corvel Bank rejected the claims of Arlen Group.", "reject", ["deny"]),  # a denial stays one
        ("Sales at Corvel Bank declined 4 percent.", "decline", ["decrease"]),
        ("Corvel Bank adopted the Tessa software in May.", "adopt", ["deploy"]),
        # accidents: a vehicle overturning, a ship sinking or hitting a rock, cargo lost overboard
        ("A coach overturned near Pradel on Tuesday.", "overturn", ["accident"]),
        ("The court overturned the ban on Arlen Group.", "overturn", ["cancel"]),
        ("The trawler Marlen sank off Sandvik on Sunday.", "sink", ["accident"]),
        ("Shares of Corvel Bank sank 4 percent.", "sink", ["decrease"]),
        ("The ferry Marlen hit a rock off Sandvik on Sunday.", "hit", ["accident"]),
        ("The Marlen lost 46 containers overboard off Sandvik.", "lose", ["cargo_loss"]),
        ("The loss of 46 containers from the Marlen angered Sandvik.", "loss", ["cargo_loss"]),
        ("Corvel Bank lost 3 percent on Monday.", "lose", ["decrease"]),
        # escaping: a gas or a liquid is a leak, thieves escaping are no leak
        ("About 30 cubic metres of ammonia water escaped from the Agrol plant.", "escape", ["leak"]),
        ("Agrol said the escape of ammonia from its plant began at 23:50.", "escape", ["leak"]),
        ("The thieves escaped on a scooter from the Ferrand museum in Lescar.", "escape", [OTHER]),
        # a financial rescue is funding, a rescue plan names a plan
        ("The Varland government rescued the Corvel bank on Monday.", "rescue", ["invest"]),
        ("Arlen Group presented a rescue plan for Corvel Bank.", "rescue", []),
        # a declaration of bankruptcy is the bankruptcy, told by its noun
        ("Corvel Bank's declaration of bankruptcy came on Monday.", "declaration", []),
        # a light verb's participle on its event noun gives no event of its own
        ("The deal struck by Arlen Group with Corvel Bank was approved.", "strike", []),
    ],
)
def test_a_word_s_class_in_its_context(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


def test_refusing_to_comment_is_no_refusal(nlp):
    assert _classes(nlp, "Arlen Group refused to comment on the Torvale permit.", "refuse") == []
