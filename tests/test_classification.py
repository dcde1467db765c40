"""Classifications (reconcile/classification.py, ``[[classifications]]`` of models/comparison.toml): what a report's
clause says of the kind of thing its event is or acts on. Sentences are invented."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from claimline.reconcile.classification import values_of
from claimline.reconcile.vocab import Classification, ComparisonLexicon, comparison
from claimline.schemas import EventFrame, Offsets, Trigger


def _table(name: str) -> int:
    return next(k for k, t in enumerate(comparison().classifications) if t.name == name)


def _said(text: str, trigger: str, *, pos: str = "verb", theme: str | None = None) -> dict[str, set[str]]:
    """The values ``text`` says, read from the frame of the word ``trigger`` (by table name)."""
    at = text.index(trigger)
    frame = EventFrame(
        id="a-e1",
        article_id="a",
        sentence=Offsets(start=0, end=len(text)),
        trigger=Trigger(
            text=trigger, lemma=trigger, pos=pos, start=at, end=at + len(trigger), token=0, sentence_token=0
        ),
        event_class="agree",
        theme_noun=theme,
    )
    names = [t.name for t in comparison().classifications]
    return {names[k]: v for k, v in values_of(frame, text, 0).items()}


def test_a_value_in_the_clause_after_the_verb():
    assert _said("The ministry signed a memorandum of understanding with Tessellate on Tuesday", "signed") == {
        "kind of agreement": {"memorandum of understanding"}
    }
    assert _said("The ministry signed a 6.8 million euro contract on Tuesday", "signed") == {
        "kind of agreement": {"contract"}
    }


def test_a_rejected_value_is_not_said():
    assert _said("It signed a memorandum, not a contract, on Tuesday", "signed") == {
        "kind of agreement": {"memorandum of understanding"}
    }
    assert _said("It signed a memorandum rather than a contract", "signed") == {
        "kind of agreement": {"memorandum of understanding"}
    }


def test_two_values_are_both_said_and_from_a_to_b_says_b():
    assert _said("It signed a memorandum that could lead to a contract", "signed")["kind of agreement"] == {
        "memorandum of understanding",
        "contract",
    }
    assert _said("STUK moved the event from a provisional level 0 to level 1 on Friday", "moved") == {
        "level": {"level 1"}
    }
    assert _said("Fitchley downgraded Kelmar to BBB from A- on Friday", "downgraded") == {"credit rating": {"BBB"}}


def test_scales_read_numbers_and_number_words():
    assert _said("Hurricane Mara hit the coast as a category four storm", "hit") == {"category": {"category 4"}}
    assert _said("The agency rated the incident a level-2 event", "rated") == {"level": {"level 2"}}


def test_words_of_a_value_need_their_context():
    # a colour is an alert only before an alert word; a credit rating as written ("bb" is no rating)
    assert _said("The service issued a red alert for the coast", "issued") == {"alert": {"red"}}
    assert _said("The service painted the red building", "painted") == {}
    assert _said("The agency rated it bb on Friday", "rated") == {}
    # "binding" of "non-binding" is no contract; a "contractor" is no contract
    assert _said("It signed a non-binding agreement with a contractor", "signed") == {
        "kind of agreement": {"memorandum of understanding"}
    }


def test_a_passive_verb_reads_its_subject_and_a_noun_only_its_own_phrase():
    assert _said("The memorandum was signed on Tuesday", "signed") == {
        "kind of agreement": {"memorandum of understanding"}
    }
    assert _said("The memorandum said Kelmar signed on Tuesday", "signed") == {}
    assert _said("Police charged him with a felony over the crash", "crash", pos="noun") == {}


def test_the_theme_noun_when_the_clause_names_none():
    assert _said("Kelmar signed it on Tuesday", "signed", theme="a:memorandum") == {
        "kind of agreement": {"memorandum of understanding"}
    }


def test_a_classification_table_is_validated():
    assert all(len(t.values) >= 2 or t.scale for t in comparison().classifications)
    for bad in (
        {"name": "x", "values": {"a": ["one"]}},  # one value
        {"name": "x", "values": {"a": ["one"], "b": ["One"]}},  # a phrase under two values
        {"name": "x", "values": {"a": ["one"], "b": ["two"]}, "scale": ["level"]},  # both
        {"name": "x"},  # neither
        {"name": " ", "scale": ["level"]},
    ):
        with pytest.raises(ValidationError):
            Classification.model_validate(bad)
    with pytest.raises(ValidationError):
        ComparisonLexicon.model_validate({"classifications": [{"name": "x", "scale": ["level"], "bogus": 1}]})


def test_a_provisional_value_is_told_as_a_first_version():
    from claimline.reconcile.classification import provisional

    def told(text: str, trigger: str) -> bool:
        at = text.index(trigger)
        frame = EventFrame(
            id="a-e1",
            article_id="a",
            sentence=Offsets(start=0, end=len(text)),
            trigger=Trigger(
                text=trigger, lemma=trigger, pos="verb", start=at, end=at + len(trigger), token=0, sentence_token=0
            ),
            event_class="other",
        )
        return provisional(frame, text, 0)

    assert told("STUK has provisionally classified the shutdown at level 0 on Tuesday", "classified")
    assert told("STUK gave the shutdown a preliminary rating of level 0", "gave")
    assert not told("STUK classified the shutdown at level 1 on Friday", "classified")
