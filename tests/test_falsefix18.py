"""False and missed conflicts of review 17 (eighteenth sitting, falsefix18). Sentences invented; places, companies
and people too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimline import api
from claimline.events import extract_events
from claimline.reconcile.keys import _gist

PUB = date(2026, 5, 6)


def _through_store(docs, folder: Path) -> list:
    folder.mkdir()
    with api.open_store(folder / "case.db", create=True) as store:
        for k, (outlet, day, text) in enumerate(docs):
            path = folder / f"a{k}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            api.ingest(store, [str(path)], published=day, publisher=outlet)
        return api.conflicts(store)


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


# Y2: one claim denied and admitted in other words is one polarity question (its gist: verb, infinitive, head noun)
@pytest.mark.parametrize(
    ("text", "predicate", "gist"),
    [
        ("it had sold customer addresses to advertisers", "sell", "sell … address"),
        ("it had sold the addresses of its customers to advertising firms", "sell", "sell … address"),
        ("We have decided to ban the sale of energy drinks to anyone under 16", "decide", "decide to ban … sale"),
        ("the council had not decided to ban sales of energy drinks", "decide", "decide to ban … sale"),
        ("the firm has paid the penalties", "pay", "pay … penalty"),
        ("the firm paid the penalties", "pay", None),  # an irregular past with no auxiliary: not found
        ("it had acted", "act", None),
    ],
)
def test_gist(text, predicate, gist):
    assert _gist(text.lower().split(), predicate) == gist


DENIED_REWORDED = "Tamsa Freight denied on Monday that it had sold the addresses of its customers to data brokers."
ADMITTED_PLAIN = "Tamsa Freight admitted on Monday that it had sold customer addresses to brokers."
ADMITTED_OTHER = "Tamsa Freight admitted on Monday that it had sold old delivery vans to brokers."
DECIDED = "Mayor Jon Varga said on Friday that the city had decided to close the Orla bridge to lorries."
NOT_DECIDED = "Mayor Jon Varga said on Friday that the city had not decided to close the Orla bridge."


def test_a_reworded_denial_and_an_admission_conflict(tmp_path):
    found = _through_store(
        [("Fen Wire", "2026-11-03", DENIED_REWORDED), ("Dale Post", "2026-11-03", ADMITTED_PLAIN)], tmp_path / "c"
    )
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("polarity", ["no", "yes"])]


def test_a_denial_and_an_admission_of_other_things_do_not(tmp_path):
    found = _through_store(
        [("Fen Wire", "2026-11-03", DENIED_REWORDED), ("Dale Post", "2026-11-03", ADMITTED_OTHER)], tmp_path / "c"
    )
    assert [c for c in found if c.facet in ("polarity", "factuality")] == []


def test_decided_and_not_decided_conflict(tmp_path):
    found = _through_store(
        [("Fen Wire", "2026-11-06", DECIDED), ("Dale Post", "2026-11-06", NOT_DECIDED)], tmp_path / "c"
    )
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("polarity", ["no", "yes"])]


# Y12: a unit's abbreviation whose period the tokenizer glues on ("km/h.", "m.", "kV.") still ends its sentence
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Storm Vela brought gusts of up to 140 km/h. Ferries to Orsk were cancelled.", 2),
        ("The Tarn river rose 2 m. Roads in Lessen were closed.", 2),
        ("The line to Orvik carries 400 kV. It was cut on Monday.", 2),
        ("The car was doing 80 km/h. Its driver fled.", 2),
        ("The council met at 5 p.m. Monday to vote.", 1),
        ("The mayor was born on 5 Jan. 1950 in Orsk.", 1),
    ],
)
def test_unit_abbreviation_ends_a_sentence(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


# Y8 (timing of 7ff196d): a day on a participle of the verb's object that names no event of its own dates the act
@pytest.mark.parametrize(
    ("text", "lemma", "value"),
    [
        (
            "Customs officers seized 1.2 tonnes of heroin hidden in a shipment of melons at Orsk on Thursday.",
            "seize",
            "2026-04-30",
        ),
        # the participle's own event keeps its day; a year is no day of the act
        ("Police found a car stolen on Monday.", "find", None),
        ("Tarvik Holdings bought a villa built in 1920.", "buy", None),
    ],
)
def test_day_on_an_object_participle_dates_the_act(nlp, text, lemma, value):
    (frame,) = _frames(nlp, text, lemma)
    assert (frame.time.value if frame.time is not None else None) == value


# Y6: one article dating one act twice tells two acts (the story's and one it recalls), no dispute with itself
CRASH_AND_RECALLED = (
    "Three people were killed when a coach crashed on the Varna pass on Tuesday, police said. In February a "
    "collision between two vans there killed one driver."
)
CRASH = "A coach crashed on the Varna pass on Tuesday and three passengers died, police said."
CRASH_MONDAY = "A coach crashed on the Varna pass on Monday and three passengers died, police said."


def test_a_recalled_earlier_accident_disputes_no_date(tmp_path):
    found = _through_store(
        [("Vale Courier", "2026-03-11", CRASH_AND_RECALLED), ("North Post", "2026-03-11", CRASH)], tmp_path / "c"
    )
    assert [c for c in found if c.facet == "date"] == []


def test_two_outlets_dating_one_accident_apart_still_conflict(tmp_path):
    found = _through_store(
        [("Vale Courier", "2026-03-11", CRASH_AND_RECALLED), ("North Post", "2026-03-11", CRASH_MONDAY)],
        tmp_path / "c",
    )
    assert [c.facet for c in found if c.facet == "date"] == ["date"]
