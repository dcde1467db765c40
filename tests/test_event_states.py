"""An event told as a state is that event: "the bridge stayed closed until Friday" is the closure, "the line will
remain shut", "flights remained suspended", "the app went live on Monday" (``state_verbs`` of models/events.toml);
the verb of the state gives it its parties and time and names no event of its own. "The shop stayed open" names no
closure. Sentences invented; places, firms and outlets too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

from .helpers import through_store

PUB = date(2026, 9, 14)
A, B = "Harrow Valley Post", "Northern Wire"


def _frames(nlp, text: str):
    return extract_events(text, PUB, nlp=nlp)[1]


def _classes(nlp, text: str) -> list[tuple[str, str]]:
    return [(f.event_class, f.trigger.lemma) for f in _frames(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kessel road bridge will stay closed until Friday, the county said.", ("cut", "close")),
        ("The Ambry tunnel remained shut on Sunday.", ("cut", "shut")),
        ("Flights from Dunmere remained suspended on Monday.", ("cancel", "suspend")),
        ("The council's new parking app went live on Monday.", ("deploy", "live")),
        ("The Corve pumping station stayed offline until 12 September.", ("outage", "offline")),
    ],
)
def test_an_event_told_as_a_state_is_that_event_with_the_state_verb_s_time(nlp, text, expected):
    frames = _frames(nlp, text)
    found = [f for f in frames if (f.event_class, f.trigger.lemma) == expected]
    assert found, [(f.event_class, f.trigger.lemma) for f in frames]
    assert found[0].time is not None, "the time of the state verb is the event's"
    # the verb of the state names no event of its own
    assert not [f for f in frames if f.event_class == "other" and f.trigger.lemma in ("stay", "remain", "go")]


@pytest.mark.parametrize(
    "text",
    ["The corner shop stayed open on Sunday.", "Mayor Osk Vane stayed in office until May."],
)
def test_a_state_of_no_class_names_no_closure(nlp, text):
    assert not [c for c, _ in _classes(nlp, text) if c == "cut"]


def test_a_stay_closed_and_a_closure_until_two_days_are_a_deadline_conflict(tmp_path):
    found = through_store(
        [
            (A, "2026-09-14", "Orvane Steel said its Harrow plant will stay closed until Friday, 18 September."),
            (B, "2026-09-14", "Orvane Steel said its Harrow plant will be closed until Monday, 21 September."),
        ],
        tmp_path,
    )
    assert [c.facet for c in found] == ["deadline"], [(c.facet, c.question) for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty pupils at Harrow Primary fell ill after lunch on Monday.", ("outbreak", "ill")),
        ("Nine wedding guests got sick on Saturday.", ("outbreak", "sick")),
    ],
)
def test_an_adjective_of_a_state_after_a_state_verb_names_its_event(nlp, text, expected):
    assert expected in _classes(nlp, text)
    assert "decrease" not in [c for c, _ in _classes(nlp, text)]  # "fell ill" is no figure's fall


@pytest.mark.parametrize("text", ["Voters are sick and tired of the debate.", "The hall was dark and empty on Sunday."])
def test_an_adjective_of_a_state_alone_names_no_event(nlp, text):
    assert not [c for c, _ in _classes(nlp, text) if c in ("outbreak", "outage")]
