"""Review 12 T18 (thirteenth sitting), on sentences written for this test: a second speaker's answer
after a semicolon, "but" or "while" is a claim of its own ("The union said 2,000 workers walked out on
Tuesday; the company said 800": the company's 800 is no part of what the union said), and a company the
NER did not name is still who "the carmaker" / "it" refers to when it is the sentence's subject."""

from __future__ import annotations

from datetime import date

import pytest

from claimline import extract

pytestmark = pytest.mark.slow


def _said(text: str) -> list[tuple[str | None, str]]:
    ex = extract(text, published=date(2026, 11, 13))
    return [(c.source.text if c.source else None, c.text) for c in ex.claims if c.attribution != "author"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The union said 2,000 workers walked out on Tuesday; the company said 800.",
            ("The union", "2,000 workers walked out on Tuesday"),
            ("the company", "800"),
        ),
        (
            "The union said 2,000 Arvel Motors workers walked out on Tuesday; the company said 800.",
            ("The union", "2,000 Arvel Motors workers walked out on Tuesday"),
            ("the company", "800"),
        ),
        (
            "The union said 2,000 workers walked out on Tuesday, but the company said 800.",
            ("The union", "2,000 workers walked out on Tuesday"),
            ("the company", "800"),
        ),
        (
            "Police said 40 people were arrested; organisers said 12.",
            ("Police", "40 people were arrested"),
            ("organisers", "12"),
        ),
        (
            "Organisers said 40,000 people marched, while police said 15,000.",
            ("Organisers", "40,000 people marched"),
            ("police", "15,000"),
        ),
        (
            "Officials said the toll was 12 on Monday; the Red Cross said 19.",
            ("Officials", "the toll was 12 on Monday"),
            ("the Red Cross", "19"),
        ),
    ],
)
def test_a_second_speakers_figure_is_its_own_claim(text, first, second):
    said = _said(text)
    assert said == [first, second], said


@pytest.mark.parametrize(
    "text",
    [
        "The company said Tuesday.",  # when it was said
        "He said 800 times that he was innocent.",  # a clause follows: it is what was said
        "The company said 800 workers walked out on Tuesday.",  # one speaker, the figure inside its clause
    ],
)
def test_a_figure_with_no_second_speaker_is_no_answer(text):
    assert not any(content.isdigit() for _, content in _said(text)), _said(text)


def _source(text: str, source: str) -> tuple[str | None, str]:
    ex = extract(text, published=date(2026, 11, 13))
    hits = [c for c in ex.claims if c.source is not None and c.source.text == source]
    assert hits, [(c.source, c.text) for c in ex.claims]
    return hits[-1].source.actor, hits[-1].source.resolution


@pytest.mark.parametrize(
    ("text", "source", "actor"),
    [
        # the NER leaves the name untagged ("Corsa" a product inside "Corsa vans" is no party)
        ("Arvel Motors recalled 8,000 Corsa vans on Thursday, the carmaker said.", "the carmaker", "Arvel Motors"),
        ("Arvel Motors recalled 8,000 vans on Thursday, it said.", "it", "Arvel Motors"),
        # a name the NER took for a person's is not told from a person's: no guess
        ("Castellan Air cancelled 40 flights on Sunday, the airline said.", "the airline", None),
        (
            "Karin Lund, the central bank governor, did not resign on Wednesday and will stay in post, the bank said.",
            "the bank",
            None,
        ),
        # two companies, neither named for the kind: no guess
        ("Marwick Motors sued Osk Air on Monday, the airline said.", "the airline", None),
        # the company is the object, a person the subject: no guess
        ("The minister met Castellan Air on Sunday, the airline said.", "the airline", None),
        ("Chief executive Anna Berg cancelled 40 flights on Sunday, the airline said.", "the airline", None),
        # no name at all
        ("Prices at Ostrel rose on Tuesday, the retailer said.", "the retailer", None),
    ],
)
def test_a_kind_of_company_the_ner_missed(text, source, actor):
    assert _source(text, source)[0] == actor
