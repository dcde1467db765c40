"""Review 7 R11: a gazetteer alias that is the head of its actor's name ("the Navy" of "U.S. Navy",
"Congress" of "U.S. Congress") never names that actor when another name's proper nouns stand before
it ("the Alder Navy", "the Royal Navy", "Tarn Congress"); the other name stays whole, its first word
not split off as a place. Invented text; the CLI runs as a user would run it."""

from __future__ import annotations

import json

import pytest

from claimline.extraction import pipeline
from claimline.extraction.mentions import find_mentions

from .conftest import run_cli, story_store

STORY = (
    "Drone order\n\n"
    "The Alder Navy paid 1,250 euros per unit on Friday, officials said. "
    "The Navy said on Monday that it would buy drones from Vantor Systems.\n"
)


_run = run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return story_store(tmp_path_factory.mktemp("heads"), "drones.txt", STORY)


def test_an_invented_navy_is_its_own_actor_not_the_us_navy(db):
    entries = json.loads(_run("timeline", "--db", db, "--format", "json"))
    paid = next(e for e in entries if e["label"].startswith("The Alder Navy paid"))
    assert paid["actors"] == ["Alder Navy"]
    assert "U.S. Navy" not in _run("timeline", "--db", db, "--actor", "Alder Navy")


@pytest.mark.parametrize(
    ("text", "ents"),
    [
        ("The Alder Navy paid the bill.", [("Alder Navy", "")]),
        ("The Royal Navy paid the bill.", [("Royal Navy", "")]),
        ("The Tarn Congress voted on Monday.", [("Tarn Congress", "")]),
        # the head alone names the gazetteer's actor only in a story that names its country (review 17 Y11:
        # every country has a navy); the full name names it anywhere
        ("The Navy paid the bill.", [("Navy", "")]),
        ("The navy paid the bill.", []),
        ("The Navy paid the bill, a U.S. official said.", [("Navy", "U.S. Navy"), ("U.S.", "")]),
        ("The Navy paid the bill, American officials said.", [("Navy", "U.S. Navy")]),
        ("US Navy officials paid the bill.", [("US Navy", "U.S. Navy")]),
        ("The U.S. Navy paid the bill.", [("U.S. Navy", "U.S. Navy")]),
    ],
)
def test_the_head_of_a_name_names_the_gazetteer_actor_only_alone(text, ents):
    doc = pipeline.load()(text)
    found = [(m.text, m.actor if m.actor in ("U.S. Navy", "U.S. Congress") else "") for m in find_mentions(doc)]
    assert found == ents


def test_cli_an_unnamed_countrys_navy_is_not_the_us_navy(tmp_path):
    """Review 17 Y11: "the navy" of a story that names no country was the U.S. Navy (the gazetteer's alias
    "the Navy"): `show` said "official statement by U.S. Navy" and `claims --actor "US Navy"` listed the story."""
    text = (
        "Navy buys patrol drones\n\n"
        "The Navy will buy twelve patrol drones from Vantor Systems, a navy spokesman said on Monday.\n"
    )
    db = story_store(tmp_path, "navy.txt", text)
    assert "U.S. Navy" not in _run("claims", "--db", db)
    assert _run("claims", "--db", db, "--actor", "US Navy") == "no claims match\n"
