"""Commentary misreads (issue 15, nineteenth sitting): the telling is commentary, what it tells is not. Sentences
invented; places, companies and people too."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events
from claimline.events.lexicon import lexicon

PUB = date(2026, 3, 11)


def _frames(nlp, text: str, lemma: str):
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f for f in frames if f.trigger.lemma == lemma]


# telling people what to do is an instruction (class advise), with its count and date; not speech
@pytest.mark.parametrize(
    "text",
    [
        "The Brask water board on Monday told about 9,300 households to boil their drinking water.",
        "About 2,000 residents of Velm were told to keep their windows shut on Tuesday.",
        "Some 600 pupils have been told not to come to school this week.",
    ],
)
def test_telling_people_what_to_do_is_advice(nlp, text):
    (f,) = _frames(nlp, text, "tell")
    assert f.event_class == "advise"
    assert not f.commentary
    assert any(q.kind == "count" and q.value for q in f.quantities)


def test_advice_keeps_its_date(nlp):
    (f,) = _frames(nlp, "The Brask water board on Monday told 9,300 households to boil their water.", "tell")
    assert f.time is not None and str(f.time.start) == "2026-03-09"


@pytest.mark.parametrize(
    "text",
    [
        "The company told its staff council that 140 jobs would go.",
        "He told reporters he wanted to stay at the club.",
        "The ministry never told the auditors what to check.",
    ],
)
def test_telling_what_is_so_stays_speech(nlp, text):
    (f,) = _frames(nlp, text, "tell")
    assert f.event_class == "statement"
    assert f.commentary


# what a speech frame reports keeps its frame, named party or not (an unlisted verb elsewhere needs one)
@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The county said the intruders had copied the tax files of its staff.", "copy"),
        ("Users were emailed on Friday 6 March, the operator said.", "email"),
        ("The union claimed the alarm had been switched off that night.", "switch off"),  # (its particle: WordNet)
        ("The ministry said the gliders would be refitted in the spring.", "refit"),
    ],
)
def test_the_reported_act_keeps_its_frame(nlp, text, lemma):
    found = _frames(nlp, text, lemma)
    assert found and not found[0].commentary
    said = [f for f in extract_events(text, PUB, nlp=nlp)[1] if f.commentary]
    assert said  # the telling itself stays commentary


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Analysts say such markets tend to recover slowly.", "tend"),  # a present: a view, no act
        ("The company said the deficit could widen further.", "widen"),  # a hedge
        ("Critics said the levy should be rethought.", "rethink"),  # what ought to be
        ("Traders said rising costs are squeezing margins.", "squeeze"),  # a present progressive
    ],
)
def test_a_view_in_speech_gets_no_frame_of_an_unlisted_verb(nlp, text, lemma):
    assert not [f for f in _frames(nlp, text, lemma) if f.event_class == "other"]


def test_directive_sense_is_a_verbs():
    sense = next(s for s in lexicon().senses[("verb", "tell")] if s.directive)
    assert sense.event_class == "advise"
