"""A service, a supply or a line that returns is running again (class resume, as "was restored"): "online payment
services returned on Thursday" and "the services were restored on Tuesday" are one resumption told with two dates.
People returning home, a jet returned to its airport are none of it. And a passive is no intransitive use: "a bus
driver was struck by flying glass" is no labour strike, however many drivers the article names. Sentences invented;
councils, places and outlets too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

from .helpers import through_store

PUB = date(2026, 11, 13)
A, B = "Elsborn Courier", "Western Wire"


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Power returned to the centre of Elsborn shortly after 11 o'clock on Tuesday, the utility said.", ["resume"]),
        ("Elsborn Council said its online payment services would return on Monday, 16 November.", ["resume"]),
        ("Tram line 7 returned to Marsh Square on Friday after the points were replaced.", ["resume"]),
    ],
)
def test_a_service_that_returns_resumes(nlp, text, expected):
    assert _classes(nlp, text, "return") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Air returned the jet to Varne airport on Sunday as a precaution, the airline said.",
        "About 300 residents of Elsborn returned home on Wednesday morning.",
    ],
)
def test_people_or_a_jet_returning_resume_nothing(nlp, text):
    assert "resume" not in _classes(nlp, text, "return")


def test_a_return_and_a_restoration_on_two_days_are_a_date_conflict(tmp_path):
    found = through_store(
        [
            (A, "2026-11-13", "Elsborn Council's online payment services were restored on Tuesday, 10 November."),
            (B, "2026-11-13", "Elsborn Council's online payment services returned on Thursday, 12 November."),
        ],
        tmp_path,
    )
    assert [c.facet for c in found] == ["date"], [(c.facet, c.question) for c in found]


_STRUCK = (
    "Bus drivers in Elsborn walked out on Monday over pay, the union said. A bus driver was struck by flying glass "
    "at the depot on Tuesday, residents said."
)


def test_a_driver_struck_by_glass_is_no_strike(nlp):
    assert "labour_action" not in _classes(nlp, _STRUCK, "strike")


def test_drivers_who_strike_still_strike(nlp):
    assert _classes(nlp, "Bus drivers in Elsborn will strike on Monday over pay, the union said.", "strike") == [
        "labour_action"
    ]
