"""Two shapes counted among the misses of PolNeAR train's quarters (issue 13, twelfth sitting), on
sentences written for this test: "offered" with an object of words ("offered a defense of the levy",
"offered his thoughts") is a cue, "offered 12 per cent" is an act; "In Ruiz's view, A" / "A, in my
opinion" is the possessor's view of A, "burst into public view" is nobody's."""

from __future__ import annotations

from datetime import date

import pytest

from claimline import extract

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[tuple[str, str | None, str | None]]:
    ex = extract(text, published=date(2026, 10, 2))
    return [
        (c.text, text[c.cue.start : c.cue.end] if c.cue else None, c.source.text if c.source else None)
        for c in ex.claims
        if c.attribution != "author"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ruiz offered a spirited defense of the harbour levy on Tuesday.", "a spirited defense of the harbour levy"),
        ("The mayor offered her thoughts on the ferry timetable.", "her thoughts"),  # the parser hangs "on" on the verb
        ("Ruiz has offered few specifics about the levy.", "few specifics about the levy"),
        ("The mayor offered to debate Ruiz in the town hall.", "to debate Ruiz in the town hall"),
    ],
)
def test_offering_words_is_a_cue(text, content):
    got = _claims(text)
    assert any(c.startswith(content) and cue == "offered" for c, cue, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company offered 12 per cent over three years.",
        "The council offers free parking on Sundays.",
        "Ruiz offered the dockworkers a new contract.",
    ],
)
def test_offering_a_thing_is_no_cue(text):
    assert not any(cue == "offered" or cue == "offers" for _, cue, _ in _claims(text)), _claims(text)


@pytest.mark.parametrize(
    ("text", "content", "cue", "holder"),
    [
        ("In Ruiz's view, the levy would hurt the port.", "the levy would hurt the port", "view", "Ruiz's"),
        ("But in her opinion, the council has failed the town.", "the council has failed the town", "opinion", "her"),
        ("The levy is unfair to small traders, in my view.", "The levy is unfair to small traders", "view", "my"),
    ],
)
def test_in_a_holders_view_is_the_holders(text, content, cue, holder):
    assert (content, cue, holder) in _claims(text), _claims(text)


@pytest.mark.parametrize(
    "text",
    ["The raids burst into public view on Tuesday.", "In view of the storm, the ferry stayed in port."],
)
def test_a_view_with_no_holder_is_nobodys(text):
    assert not any(cue in ("view", "opinion") for _, cue, _ in _claims(text)), _claims(text)


# a short quotation right after its speaker's verb and a comma is an utterance ("asked, 'With the ferry?'");
# a text's wording is not ("The invitation reads, 'One more thing.'"), nor a scare quote


@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        ('Wallace then asked, "With the ferry?"', "With the ferry", "asked", "Wallace"),
        ('As Ruiz spoke, the dockworkers chanted, "Axe the levy!"', "Axe the levy", "chanted", "the dockworkers"),
    ],
)
def test_a_short_quotation_after_its_speakers_verb_is_said(text, content, cue, source):
    assert (content, cue, source) in _claims(text), _claims(text)


@pytest.mark.parametrize(
    "text",
    ['The council, "in principle," backs the levy.', 'The invitation reads, "One more thing."'],
)
def test_a_scare_quote_or_a_texts_wording_is_no_utterance(text):
    assert not any(c.attribution == "direct_quote" for c in extract(text, published=date(2026, 10, 2)).claims)


def test_support_for_a_thing_is_no_stance_claim():
    # "his support for the bill" names a stance in passing (2 of 13 such claims right on PolNeAR q0 + q2)
    got = _claims("Cruz ran a negative ad about Ruiz's support for the harbour levy.")
    assert not any(cue and cue.startswith("support") for _, cue, _ in got), got
