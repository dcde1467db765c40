"""Frames for facts no frame carried (sixteenth sitting, issue 15 point 1, "no frame on a side"): a part, a machine
or a structure that fails or gives way; blasts and falls of rock or earth; a service taken offline; a verdict; and
the time of an event noun that is the passive subject of a light verb ("an agreement was reached on Monday").
Sentences invented; places, companies and people too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 5, 6)


def _frames(nlp, text: str, lemma: str):
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f for f in frames if f.trigger.lemma == lemma]


def _classes(nlp, text: str, lemma: str) -> list[str]:
    return [f.event_class for f in _frames(nlp, text, lemma)]


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        # a part, a machine or a structure that fails or gives way
        ("A valve on the Agrol storage tank failed at 23:50 on Sunday.", "fail", ["accident"]),
        ("The feedwater pump at the Tarvik plant failed on Monday.", "fail", ["accident"]),
        ("The roof of the tunnel at the Kessel mine gave way on Tuesday.", "give", ["accident"]),
        ("The nets at the Osvik farm gave way on Sunday night.", "give", ["accident"]),
        # a blast, a rockfall, a landslide
        ("The blast at the Corvel works shattered windows in Lessen.", "blast", ["accident"]),
        ("The rockfall at the Kessel mine happened at 14:20.", "rockfall", ["accident"]),
        ("A landslide cut the road to Pradel on Friday.", "landslide", ["accident"]),
        # a stack of containers that collapses
        ("A stack of containers on the Marlen collapsed at 02:40.", "collapse", ["accident"]),
        # a service or a plant kept offline
        ("The Tarvik reactor will stay offline until late April.", "offline", ["outage"]),
        # people hurt; sales or profits hurt are no harm
        ("Twenty-eight passengers were hurt near Pradel on Tuesday.", "hurt", ["harm"]),
        ("The slump hurt sales at Corvel Bank.", "hurt", ["other"]),
        ("Profits at Arlen Group were hurt by the slump.", "hurt", ["other"]),
        # a verdict: the court's decision on the charge
        ("The verdict against the former mayor of Retvar is not final.", "verdict", ["sue"]),
    ],
)
def test_a_fact_told_without_a_listed_verb_has_a_frame(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # failing to do something, a system failing to do it, talks that fail, giving way to pressure
        ("Corvel Bank failed to check thousands of accounts.", "fail"),
        ("The monitoring system failed to detect the intrusion at Corvel Bank.", "fail"),
        ("The talks between Arlen Group and Corvel Bank failed on Monday.", "fail"),
        ("The Varland ministry gave way to pressure from the unions.", "give"),
    ],
)
def test_failing_to_act_and_giving_way_to_pressure_are_no_accident(nlp, text, lemma):
    assert "accident" not in _classes(nlp, text, lemma)


@pytest.mark.parametrize(
    ("text", "lemma", "day"),
    [
        ("An agreement was reached by Arlen Group and Corvel Bank on Monday.", "agreement", date(2026, 5, 4)),
        ("An order for 40 buses was placed by Arlen Group on Friday.", "order", date(2026, 5, 1)),
        ("Arlen Group reached an agreement with Corvel Bank on Monday.", "agreement", date(2026, 5, 4)),
    ],
)
def test_a_light_verb_s_passive_subject_has_the_verb_s_time(nlp, text, lemma, day):
    (frame,) = _frames(nlp, text, lemma)
    assert frame.time is not None and frame.time.start == day


@pytest.mark.parametrize(
    ("text", "lemma", "factuality"),
    [
        # the one who bars, bans or rules out is not what is excluded
        ("The ruling of the Varland court bars Corvel Bank from opening new accounts.", "ruling", "asserted"),
        ("The sanctions ban exports of chips to Varland.", "sanction", "asserted"),
        # what is excluded is: a negating verb's passive subject or object
        ("Corvel Bank has been barred from opening new accounts.", "open", "negated"),
        ("Arlen Group ruled out the sale of its Tarvik plant.", "sale", "negated"),
    ],
)
def test_a_negating_verb_s_subject_is_not_excluded(nlp, text, lemma, factuality):
    (frame,) = _frames(nlp, text, lemma)
    assert frame.factuality == factuality
