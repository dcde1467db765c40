"""Attribution shapes counted among the misses and false attributions of PolNeAR train (issue 13, ninth
sitting): a colon after "told X" is no cue of its own, a relative clause on a speaker reports nothing, a
fronted "To X," gives X's view. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from claimline import extract

pytestmark = pytest.mark.slow


def _claims(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ex = extract(text, published=date(2026, 10, 2))
    return [
        (
            c.text,
            c.attribution,
            text[c.cue.start : c.cue.end] if c.cue else None,
            c.source.text if c.source else None,
        )
        for c in ex.claims
    ]


def test_colon_after_told_keeps_the_verb_as_cue():
    got = _claims('The union leader Tom Hale told The Harbour Post: "A lot of people think the strike is over."')
    said = [c for c in got if "strike is over" in c[0]]
    assert said and all(c[2] == "told" and c[3] == "The union leader Tom Hale" for c in said)


def test_relative_clause_on_the_speaker_is_no_cue():
    got = _claims(
        '"There will not be a path for the mayor to win this time," said one of the advisers, '
        "who spoke on the condition of anonymity to discuss internal plans."
    )
    said = [c for c in got if "path for the mayor" in c[0]]
    assert len(said) == 1
    assert said[0][2] == "said" and said[0][3].startswith("one of the advisers")


@pytest.mark.parametrize(
    ("text", "content", "cue", "holder"),
    [
        ("To many voters, the mayor is a hero who saved the harbour.", "the mayor is a hero", "To", "many voters"),
        ("But to her, the closure of the pier was a mistake.", "the closure of the pier was a mistake", "to", "her"),
        (
            "To Ann Lee, who has studied the harbour for years, the plan marks a turning point.",
            "the plan marks a turning point",
            "To",
            "Ann Lee",
        ),
    ],
)
def test_fronted_to_gives_a_holders_view(text, content, cue, holder):
    got = _claims(text)
    assert any(c[0].startswith(content) and c[2] == cue and c[3] == holder for c in got), got


@pytest.mark.parametrize(
    "text",
    [
        "To date, the council has spent four million pounds on the pier.",
        "To the north, the storm flooded two villages near the coast.",
        "To varying degrees, the three ferry firms raised their fares in March.",
        "To a person, the councillors voted for the new harbour budget.",
    ],
)
def test_fronted_to_without_a_holder_is_no_view(text):
    assert not any(c[2] in ("To", "to") for c in _claims(text))


def test_a_poll_holds_what_its_share_said():
    got = _claims("In a new Harbour Post survey, 79 percent of fishermen said they were satisfied with the mayor.")
    assert any(c[2] == "In" and c[3] == "a new Harbour Post survey" and c[0].startswith("79 percent") for c in got)
    # the share's answer is the poll's finding, not a claim of its own (27 of 27 such nested answers were
    # false on PolNeAR train: ClaimFinder._poll_answers)
    assert not any(c[2] == "said" and c[3] == "79 percent of fishermen" for c in got)


def test_an_average_of_polls_is_a_poll():
    got = _claims("He is running fifth in the average of harbour surveys.")
    assert any(c[2] == "in" and c[3] == "the average of harbour surveys" for c in got), got


def test_a_name_before_a_colon_speaks_the_quotation():
    got = _claims('Senator Ann Lee: "By law, the council every year sets the maximum number of ferry permits."')
    assert [(c[2], c[3]) for c in got if "ferry permits" in c[0]] == [(":", "Senator Ann Lee")]


@pytest.mark.parametrize(
    ("text", "content", "cue", "holder"),
    [
        (
            "Asked on Tuesday whether the pier would reopen in May, the mayor said the repairs were late.",
            "whether the pier would reopen in May",
            "Asked",
            None,
        ),
        (
            "When asked about the delay to the ferry contract, the mayor said the repairs were late.",
            "the delay to the ferry contract",
            "asked",
            None,
        ),
        (
            "Asked by the host to respond to the criticism, Lee said the pier would reopen.",
            "to respond to the criticism",
            "Asked",
            "the host",
        ),
    ],
)
def test_a_question_put_to_the_subject_is_asked_by_someone_else(text, content, cue, holder):
    got = _claims(text)
    assert (content, "attitude", cue, holder) in got, got


@pytest.mark.parametrize(
    ("text", "content", "cue", "holder"),
    [
        (
            "The council is pushing the harbour levy, which the mayor strongly opposes, through the budget.",
            "the harbour levy, which",
            "opposes",
            "the mayor",
        ),
        (
            "The council passed a rule that was endorsed by the unions last year.",
            "a rule that",
            "endorsed",
            "the unions",
        ),
    ],
)
def test_a_relative_pronoun_is_what_the_clause_holds(text, content, cue, holder):
    got = _claims(text)
    assert (content, "attitude", cue, holder) in got, got
    assert any(c[1] != "attitude" for c in got), got  # the sentence keeps its own claim


def test_a_relative_clause_with_no_cue_holds_nothing():
    got = _claims("The ferry, which the company bought in 2019, sank on Monday.")
    assert not any(c[1] == "attitude" for c in got), got


def test_a_noun_cue_before_a_copula_holds_its_clause():
    got = _claims("Her view was that the pier should be sold to the harbour trust.")
    assert ("the pier should be sold to the harbour trust", "indirect", "view was", "Her") in got, got


def test_a_noun_cue_before_a_copula_under_another_cue_is_part_of_what_is_said():
    got = _claims("Lee suggests that the best argument is that the pier is unsafe.")
    assert [c[2] for c in got if c[2]] == ["suggests"], got
