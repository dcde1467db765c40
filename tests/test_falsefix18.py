"""False and missed conflicts of review 17 (eighteenth sitting, falsefix18). Sentences invented; places, companies
and people too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 5, 6)


def _frames(nlp, text: str, lemma: str):
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f for f in frames if f.trigger.lemma == lemma]


# Y5: "rule" negates only with its particle ("ruled out"); a court that rules that X broke rules asserts it
@pytest.mark.parametrize(
    ("text", "lemma", "negated"),
    [
        ("A court in Vell ruled on Monday that the builder Tarn Bau had broken safety rules.", "break", False),
        ("The authority fined Delta Foods on Tuesday, ruling that it had abused its market power.", "abuse", False),
        ("The tribunal ruled that Orvik Rail had cancelled the contract unlawfully.", "cancel", False),
        ("The tribunal ruled that Orvik Rail had not cancelled the contract.", "cancel", True),
        ("Arlen Group ruled out the sale of its Tarvik plant.", "sale", True),
        ("The ministry has ruled out closing the Kessel mine.", "close", True),
    ],
)
def test_rule_negates_only_with_out(nlp, text, lemma, negated):
    (frame,) = _frames(nlp, text, lemma)
    assert (frame.factuality == "negated") == negated


# Y1: a figure the recogniser glues onto a name ("Norla 2 million") is the fine's amount, not part of the name
@pytest.mark.parametrize(
    ("text", "lemma", "values"),
    [
        ("The regulator fined Norla 2 million euros on Monday.", "fin", [2e6]),
        ("The regulator fined Norla Bank 2 million euros on Monday.", "fin", [2e6]),
        ("The regulator fined Norla 20 million euros on Monday for spam calls.", "fin", [2e7]),
        ("The regulator fined the telecom operator Norla 8.1 million euros.", "fin", [8.1e6]),
        ("The regulator fined the bank 3 million euros on Monday.", "fin", [3e6]),
        ("Norla was fined 1.8 million euros by the regulator.", "fin", [1.8e6]),
        # a name's own number is no amount
        ("Varlo Air ordered 20 Boeing 737 jets on Monday.", "order", [20.0]),
    ],
)
def test_amount_glued_to_a_name(nlp, text, lemma, values):
    frames = _frames(nlp, text, lemma)
    assert frames
    assert [q.value for q in frames[0].quantities] == values


def test_name_keeps_its_words_without_the_figure(nlp):
    (frame,) = _frames(nlp, "The regulator fined Norla 2 million euros on Monday.", "fin")
    assert "Norla" in [p.name for p in frame.participants]
    assert not any("million" in (p.name or "") for p in frame.participants)
