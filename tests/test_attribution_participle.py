"""A sentence-final participial cue (", citing X" / ", saying X") reports only its own complement: the
main clause before it is the outlet's own statement, so two outlets' accounts of that act are compared
(review 7, R5). Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimline import api, extract

pytestmark = pytest.mark.slow

_OWN = ("author", "outlet_event")  # the outlet's own statement (naming an actor or not)


def _claims(text: str):
    return [
        (c.text, c.attribution, c.source.text if c.source else None)
        for c in extract(text, published=date(2026, 10, 2)).claims
    ]


@pytest.mark.parametrize(
    ("text", "main", "said", "speaker"),
    [
        (
            "Lena Maris resigned on Thursday, citing health reasons.",
            "Lena Maris resigned on Thursday",
            "health reasons",
            "Lena Maris",
        ),
        (
            "The mayor closed the bridge on Monday, saying that the cables had rusted.",
            "The mayor closed the bridge on Monday",
            "the cables had rusted",
            "The mayor",
        ),
        (
            "Harlow Steel cut 300 jobs last week, blaming the price of energy.",
            "Harlow Steel cut 300 jobs last week",
            "the price of energy",
            "Harlow Steel",
        ),
    ],
)
def test_the_main_clause_before_a_participial_cue_is_the_outlets(text, main, said, speaker):
    got = _claims(text)
    assert any(t == main and a in _OWN and s is None for t, a, s in got), got
    assert any(t == said and a not in _OWN and s == speaker for t, a, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        # the main verb is a cue itself: the whole sentence is the speaker's
        "Officials said on Monday, citing a new survey, that the bridge would close.",
        "The minister told reporters the plant would close, saying the talks had failed.",
    ],
)
def test_a_cue_in_the_main_clause_keeps_the_sentence_reported(text):
    assert not any(a in _OWN for _, a, _ in _claims(text)), _claims(text)


def test_two_outlets_dates_of_the_act_before_a_participle_are_compared(tmp_path):
    store = api.open_store(str(tmp_path / "s.db"), create=True)
    for k, (outlet, text) in enumerate(
        [
            ("Herald", "Lena Maris resigned on Thursday, citing health reasons."),
            ("Courier", "Lena Maris resigned on Wednesday, citing health reasons."),
        ]
    ):
        path = tmp_path / f"{k}.txt"
        path.write_text(f"Finance minister quits\n\n{text}\n", encoding="utf-8")
        api.ingest(store, [str(path)], published="2026-10-02", publisher=outlet)
    found = api.conflicts(store)
    assert any(c.facet == "date" or "date" in str(c.question).lower() for c in found), [
        (c.facet, c.question) for c in found
    ]
