"""Review 21 C1/C2: whether a side stands on the record must not depend on how one speaker is phrased. The same
speaker told two ways ("the mayor" / "The mayor of Harl") is no side alone on record; a place named beside an
office is never shown as the speaker; a headline that repeats its body's sourced figure carries the body's source,
not the outlet's own unattributed word."""

from __future__ import annotations

from datetime import date

import pytest

from .test_event_conflicts import _only, run  # noqa: F401  (the fixture)


@pytest.mark.parametrize(
    ("text", "actor", "office"),
    [
        ("The mayor of Harl", "Harl", True),
        ("the Portsea court", "Portsea", True),
        ("the airline", "Nordair", False),  # a description resolved to its actor: the actor speaks
        ("a Halder Foods spokesman", "Halder Foods", False),  # the body a spokesperson speaks for
        ("Tarn Council", "Tarn Council", False),  # the name itself
    ],
)
def test_a_place_beside_an_office_is_not_the_speaker(text, actor, office):
    from claimline.reconcile.info import _office_of

    assert _office_of(text, actor) is office


ROOFS_1500 = "A gale damaged 1,500 roofs in Harl on Sunday, the mayor said."
ROOFS_500 = "The mayor of Harl said 500 roofs were damaged when a gale hit the town on Sunday."


def test_one_mayor_told_two_ways_leaves_the_figures_disputed(run):  # noqa: F811
    docs = [("Harl Herald", date(2026, 3, 16), ROOFS_1500), ("Regional Wire", date(2026, 3, 16), ROOFS_500)]
    c = _only(run(*docs), "quantity")
    assert c.status == "disputed" and c.resolution is None
    # the reason names both claims by their words, never the town as the one who spoke
    assert "(Harl," not in c.reason and '"The mayor of Harl"' in c.reason and '"the mayor"' in c.reason


def test_a_named_mayor_against_people_familiar_still_stands_on_the_record(run):  # noqa: F811
    docs = [
        ("Harl Herald", date(2026, 3, 16), ROOFS_1500.replace("the mayor", "people familiar with the count")),
        ("Regional Wire", date(2026, 3, 16), ROOFS_500),
    ]
    c = _only(run(*docs), "quantity")
    assert c.status == "resolved" and c.resolution.rule == "on_record" and c.resolution.value == "500"
    assert '"The mayor of Harl"' in c.resolution.reason and "people familiar with the count" in c.resolution.reason


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("the mayor", "The mayor of Harl", True),
        ("its director", "the festival's director", True),
        ("the park", "the park's owner", True),
        ("a person at the park", "Fenwick Park's operator", False),
        ("people familiar with the plan", "the director", False),
    ],
)
def test_one_speaker_told_two_ways(one, other, same):
    from types import SimpleNamespace

    from claimline.reconcile.info import same_speaker

    def info(text):
        return SimpleNamespace(claim=SimpleNamespace(source=SimpleNamespace(text=text, actor=None)))

    assert same_speaker(info(one), info(other)) is same


# ------------------------------------------------------------------ review 21 C2: a headline repeats its body
BEDS_150 = "A new hospital with 150 beds will open in Caldwell next year, the health authority said on Wednesday."
BEDS_250 = "The health authority said on Wednesday that Caldwell's new hospital would have 250 beds."


def test_a_headline_repeating_its_sourced_body_carries_the_bodys_source(run):  # noqa: F811
    docs = [
        ("Hospital Planning", date(2026, 3, 19), "New hospital in Caldwell to open with 150 beds\n\n" + BEDS_150),
        ("Caldwell News", date(2026, 3, 19), "Caldwell hospital to have 250 beds\n\n" + BEDS_250),
    ]
    found = [c for c in run(*docs) if c.facet == "quantity"]
    assert found
    for c in found:
        assert c.resolution is None or c.resolution.rule != "on_record", c.resolution
        # the headline's figure is told by the body's source, not as the outlet's own word
        assert '("the health authority", in Hospital Planning' in c.reason and "(Hospital Planning," not in c.reason


def test_a_headline_figure_no_sourced_body_sentence_gives_stays_the_outlets_own(nlp):
    from claimline.events import extract_events
    from claimline.reconcile.events import headline_source

    def heads(title):
        ex, frames = extract_events(
            title + "\n\n" + BEDS_150, date(2026, 3, 19), nlp=nlp, publisher="Hospital Planning", path="h.txt"
        )
        return [(f, ex.claims) for f in frames if f.claim_id is None and f.sentence.start == 0 and f.quantities]

    other = heads("New hospital in Caldwell to open with 180 beds")
    assert other and all(headline_source(f, claims) is None for f, claims in other)
    same = heads("New hospital in Caldwell to open with 150 beds")
    told = [headline_source(f, claims) for f, claims in same]
    assert told and all(c is not None and c.source.text == "the health authority" for c in told)
