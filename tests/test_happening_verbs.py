"""A verb of coming to pass tells its event-noun subject (review 20 B8, B9): "a fire broke out at the sawmill on
Sunday" is a fire on Sunday, not an unlisted "broke out" beside an undated fire. The verbs are
models/wordnet/happening_verbs.toml (generated from WordNet 3.0 by scripts/wordnet_happening_verbs.py) and the
``happen_phrases`` of models/timex/en.toml."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from claimline.events.lexicon import lexicon

PUB = date(2026, 10, 14)  # a Wednesday
ROOT = Path(__file__).resolve().parents[1]


def _classes(frames) -> dict[str, object]:
    return {f.trigger.lemma: f for f in frames}


def test_the_vocabulary_is_generated_from_wordnet_and_loaded():
    words = lexicon().happening_verbs
    assert {"happen", "occur", "take place", "break out", "take effect"} <= words
    assert not {"go", "come", "develop", "pass", "fall", "result"} & words  # happenings only in a rare sense
    if not Path("/usr/share/wordnet/data.verb").exists():
        pytest.skip("WordNet 3.0 not installed")
    out = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "wordnet_happening_verbs.py")],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ},
    ).stdout
    assert out == (ROOT / "models" / "wordnet" / "happening_verbs.toml").read_text()


def test_a_fire_that_broke_out_is_a_fire_dated_by_its_verb(frames_of):
    frames = frames_of("A fire broke out at the Brask sawmill on Sunday, the fire service said.")
    fire = _classes(frames)["fire"]
    assert fire.event_class == "fire"
    assert fire.time is not None and fire.time.value == "2026-10-11"
    assert "Brask" in {p.name for p in fire.participants}
    assert not [f for f in frames if f.trigger.lemma == "break"]  # no second event beside the fire


def test_an_incident_that_hit_takes_the_time_of_its_relative_clause(frames_of):
    frames = frames_of("The earthquake, which hit the Tarrin valley at 5 am on Monday, damaged 40 homes.")
    quake = _classes(frames)["earthquake"]
    assert quake.time is not None and quake.time.value.startswith("2026-10-12T05:00")
    assert not [f for f in frames if f.trigger.lemma == "hit"]
    # what the verb of its happening names is where it happened, not a party of the incident
    assert {p.role for p in quake.participants if p.name == "Tarrin"} <= {"other"}


def test_the_verb_gives_the_noun_its_time_negation_and_hedge(frames_of):
    closure = _classes(frames_of("The closure of the Kressel plant takes effect on Friday."))["closure"]
    assert closure.time is not None and closure.time.value == "2026-10-16"
    assert closure.factuality == "expected"
    frames = frames_of("An outbreak of measles occurred at the school last week.")
    assert [f.event_class for f in frames if f.trigger.lemma == "outbreak"] and not [
        f for f in frames if f.trigger.lemma == "occur"
    ]
    fire = _classes(frames_of("A second fire may have broken out in the warehouse on Sunday."))["fire"]
    assert fire.factuality == "hedged"


def test_a_thing_as_subject_leaves_the_verb_its_own_frame(frames_of):
    # not an event noun: "the lorry hit a wall" is the hitting, with its named place and time
    frames = frames_of("A Vantor lorry hit a wall in Veldhaven on Monday.")
    hit = [f for f in frames if f.trigger.lemma == "hit"]
    assert hit and hit[0].time is not None and hit[0].time.value == "2026-10-12"


def test_event_nouns_are_generated_with_the_verbs():
    nouns = lexicon().event_nouns
    assert {"riot", "fighting", "vote", "protest", "referendum", "violence"} <= nouns
    assert not {"wheel", "volcano", "water", "prisoner", "car", "crowd"} & nouns  # no happening in a frequent sense


def test_an_unlisted_event_noun_a_verb_of_happening_tells_is_an_event(frames_of):
    # review 21 C5: "a riot broke out" is a riot on Monday, though the lexicon lists no class for it
    for text, lemma, day in (
        ("A riot broke out in the Halden prison on Monday, officials said.", "riot", "2026-10-12"),
        ("The vote took place on Sunday in Tarrin.", "vote", "2026-10-11"),
    ):
        frames = frames_of(text)
        noun = _classes(frames).get(lemma)
        assert noun is not None and noun.time is not None and noun.time.value == day, text
        assert not [f for f in frames if f.trigger.lemma in ("break", "break out", "take", "take place")]
    # a thing that comes off is no event
    assert "wheel" not in _classes(frames_of("A wheel came off the Vantor coach on Monday."))


def test_a_listed_verb_of_happening_tells_its_event_noun(frames_of):
    # "protests erupted" is no volcano's eruption; "the volcano erupted" is
    frames = frames_of("Violent protests erupted in Tarrin on Monday after the ruling.")
    assert not [f for f in frames if f.event_class == "eruption"]
    assert "protest" in _classes(frames)
    frames = frames_of("The volcano erupted on Monday, scientists said.")
    assert [f.event_class for f in frames if f.trigger.lemma == "erupt"] == ["eruption"]
