"""A light verb that puts its event noun after a preposition (``light_prepositions`` / ``bare_light_prepositions`` of
models/events.toml): "was placed under investigation on Tuesday", "filed for bankruptcy on 1 June" — the noun is the
event and the light verb gives it its time and parties, as "held talks on Friday" does (sentences written for these
tests; the firms and places are invented)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

DAY = date(2026, 6, 5)


@pytest.fixture(scope="module")
def frames(nlp):
    """A text -> (class, trigger lemma, start date, participant names) of each frame."""

    def go(text: str) -> list[tuple[str, str, date | None, list[str]]]:
        _, found = extract_events(text, DAY, nlp=nlp, publisher="Harbour Wire", path="a.txt")
        return [
            (f.event_class, f.trigger.lemma, f.time.start if f.time else None, [p.name for p in f.participants])
            for f in found
        ]

    return go


def test_placed_under_investigation_takes_the_verbs_day(frames):
    (found,) = [
        f
        for f in frames("The Brenmoor harbour master was placed under investigation on Tuesday.")
        if f[1] == "investigation"
    ]
    assert found[0] == "investigate"
    assert found[2] == date(2026, 6, 2)


def test_object_placed_under_a_curfew_is_its_party(frames):
    (found,) = [f for f in frames("Police placed Wexham under a curfew on 1 June.") if f[1] == "curfew"]
    assert found[2] == date(2026, 6, 1)
    assert "Wexham" in found[3]


def test_filed_for_bankruptcy_dates_the_bankruptcy_and_names_the_filer(frames):
    (found,) = [f for f in frames("Kestrel Motors filed for bankruptcy protection on 1 June.") if f[0] == "bankrupt"]
    assert found[2] == date(2026, 6, 1)
    assert any("Kestrel" in name for name in found[3])
