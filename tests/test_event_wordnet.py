"""models/wordnet/event_words.json (scripts/wordnet_vocab.py): its loader and the relations it gives."""

from __future__ import annotations

import pytest

from claimline.errors import ClaimlineError
from claimline.events import wordnet as wn


def test_related_words_name_one_event():
    assert wn.related("cancel", "call off")  # one synset
    assert wn.related("land", "touch down")  # a troponym and its hypernym
    assert wn.related("land", "landing", "verb", "noun")  # a noun derived from the verb's sense
    assert wn.related("touch down", "landing", "verb", "noun")
    assert wn.related("escape", "flee") and wn.related("escape", "break out")
    assert wn.related("escape", "breakout", "verb", "noun")
    assert wn.related("sink", "go down")
    assert not wn.related("buy", "sell")
    assert not wn.related("deal", "distribute", "noun", "verb")  # "a deal" is no dealing of cards
    assert not wn.related("escape", "unlisted-word")


def test_light_verbs_have_no_senses():
    for light in ("make", "take", "have", "give", "do", "get", "go", "be"):
        for pos in ("verb", "noun"):
            assert (pos, light) not in wn.wordnet().keys


def test_wordnet_class_of_unlisted_words():
    assert wn.wordnet_class("touch down") == "fly"  # a way to land
    assert wn.wordnet_class("repeal") == "cancel"
    assert wn.wordnet_class("furlough") == "cut"
    assert wn.wordnet_class("scrutiny", "noun") == "investigate"
    assert wn.wordnet_class("land") is None  # listed: its own class, not WordNet's
    assert wn.wordnet_class("mention") is None  # speech names no event of its own
    assert wn.wordnet_class("ask") is None  # a common word of many senses takes none
    assert wn.wordnet_class("case", "noun") is None


def test_people_nouns():
    people = wn.people_nouns()
    assert {"inmate", "prisoner", "nurse", "passenger", "resident"} <= people
    assert "landing" not in people and "fire" not in people


def test_bad_file_is_one_error():
    good = {"source": "s", "licence": "l", "command": "c", "people": [], "words": {"a": {"verb_keys": [1]}}}
    assert wn.build(good).related("a", "a")
    with pytest.raises(ClaimlineError, match="event_words.json"):
        wn.build({**good, "words": {"Call Off": {"verb_keys": [1]}}})
    with pytest.raises(ClaimlineError, match="event_words.json"):
        wn.build({**good, "words": {"a": {"verb_keys": "x"}}})
    with pytest.raises(ClaimlineError, match="event_words.json"):
        wn.build({**good, "surprise": 1})


def test_synonym_class_of_unlisted_verbs():
    # an unlisted verb shares a dominant WordNet sense with listed words of one class, each of few senses
    assert wn.synonym_class("put off") == "delay"  # one sense with "postpone", "defer"
    assert wn.synonym_class("shelve") == "delay"
    assert wn.synonym_class("nab") == "sue"  # one sense with "arrest"
    assert wn.synonym_class("postpone") is None  # listed: its own class, not WordNet's
    assert wn.synonym_class("ask") is None  # a bare verb of many senses is too vague
    assert wn.synonym_class("seal off") is None  # "seal" (agree) has many senses: it passes on none
    assert wn.synonym_class("point out") is None  # speech names no event of its own
    assert wn.verb_phrase("break down") and wn.verb_phrase("put off") and not wn.verb_phrase("blow down")


def test_a_listed_word_whose_wordnet_sense_is_not_its_class_passes_on_none():
    # ``wordnet_blind`` of models/events.toml: a dominant WordNet sense of the listed word is not the class's
    assert wn.synonym_class("clash") is None  # "collision" (accident): a clash is a fight
    assert wn.synonym_class("massacre") is None  # "slaughter" (cull): a massacre is no cull
    assert wn.synonym_class("carry out") is None  # "implement" (deploy): "carried out an attack"
    assert wn.synonym_class("employ") is None  # "hire" (appoint): "employs 300 people"
    assert wn.synonym_class("give in") is None and wn.synonym_class("hesitate") is None
    # a synonym through another listed word keeps its class; the blind words keep their own
    assert wn.synonym_class("shelve") == "delay"  # one sense with "postpone"
    assert wn.synonym_class("repeal") == "cancel"
    from claimline.events.lexicon import lexicon

    assert lexicon().verbs["implement"] == "deploy" and lexicon().verbs["defer"] == "delay"


def test_wordnet_blind_names_listed_words():
    from claimline.events.lexicon import _raw, build

    data = _raw()
    build({**data, "wordnet_blind": ["slaughter"]})
    with pytest.raises(ClaimlineError, match="wordnet_blind"):
        build({**data, "wordnet_blind": ["massacre"]})


def test_a_clash_is_no_accident_and_employing_staff_appoints_no_one():
    from datetime import date

    from claimline.events import extract_events, members

    def classes(text: str) -> dict[str, str]:
        ex, frames = extract_events(text, date(2026, 3, 4), publisher="Harbour Wire")
        return {m.frame.trigger.lemma: m.frame.event_class for m in members(ex, frames)}

    assert classes("Rival supporters clashed with police outside the Varn stadium on Saturday, the police said.")[
        "clash"
    ] not in ("accident", "outage", "fire", "leak", "cargo_loss")
    assert classes("Halden Steel employs 300 people at its Tressick plant.")["employ"] != "appoint"
