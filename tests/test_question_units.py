"""What one quantity question asks (issue 15, "one cluster, no conflict reported"): the spellings of one unit
("12 km" / "19 kilometres": ``[units]`` of ``models/measures.toml``) answer one question; a length and a distance
in one unit, or distances to two places, do not; a figure its claim gives as the speaker's own earlier one
("instead of the 12 km it gave on Monday", "shorter than the 3.5 km it estimated") is no answer of that claim but
is still the answer of the outlets that told it then. Invented outlets, places and sentences; every case runs
through the store (``api.ingest`` + ``api.conflicts``)."""

from __future__ import annotations

import pytest

from claimline.events.measures import unit_name
from tests.helpers import through_store

A, B = "Harbour Wire", "North Post"

_RIVER = "The chemical spill killed fish along {} of the Varn river, the inspectorate said on Monday."
_STRETCH = "The polluted stretch of the Varn river is {} long, the inspectorate said on {}."
_CORRECTED = (
    "The inspectorate now puts the polluted stretch of the Varn river at 19 km, instead of the 12 km it gave on Monday."
)
_FISSURE = "The fissure near Kalfvik {}, the met office said on Wednesday."
_SURVEY = (
    "A survey flight showed the fissure near Kalfvik to be 2.4 km long, shorter than the 3.5 km it estimated in the"
    " first hours, the met office said."
)

AGREE = {
    "units: 12 km and 12 kilometres": [
        (A, "2026-11-09", _RIVER.format("12 km")),
        (B, "2026-11-09", _RIVER.format("12 kilometres")),
    ],
    "units: a length and a distance in one unit": [
        (A, "2027-03-10", _FISSURE.format("is 2.4 km long")),
        (B, "2027-03-10", _FISSURE.format("lies 3.5 kilometres from the town")),
    ],
    "units: distances to two places": [
        (A, "2027-03-10", _FISSURE.format("lies about 3 kilometres north-east of the town")),
        (B, "2027-03-10", _FISSURE.format("lies about 25 km from the airport")),
    ],
    "correction: the corrected figure, once with the figure it replaces": [
        (A, "2026-11-10", _CORRECTED),
        (B, "2026-11-10", _STRETCH.format("19 kilometres", "Tuesday")),
    ],
    "running: a count up from the day before": [
        (
            A,
            "2026-11-10",
            "There were 12 confirmed measles cases at the Lisk school on Wednesday, the health office said.",
        ),
        (
            B,
            "2026-11-12",
            "There are now 19 confirmed measles cases at the Lisk school, up from 12 on Wednesday, the health office"
            " said.",
        ),
    ],
    "part: a stretch and the part of it in a reserve": [
        (A, "2026-11-09", _RIVER.format("12 km")),
        (
            B,
            "2026-11-09",
            "The chemical spill killed fish along 12 kilometres of the Varn river, including 3 km inside the Lisk"
            " reserve, the inspectorate said on Monday.",
        ),
    ],
}

DISAGREE = {
    "units: 12 km / 19 kilometres": [
        (A, "2026-11-09", _RIVER.format("12 km")),
        (B, "2026-11-09", _RIVER.format("19 kilometres")),
    ],
    "correction: 12 kilometres on Monday / 19 km instead of the 12 km it gave": [
        (A, "2026-11-09", _STRETCH.format("12 kilometres", "Monday")),
        (B, "2026-11-10", _CORRECTED),
    ],
    "correction: 3.5 kilometres / 2.4 km, shorter than the 3.5 km it estimated": [
        (
            A,
            "2027-03-10",
            "The fissure near Kalfvik measured around 3.5 kilometres in its first hours, the met office said.",
        ),
        (B, "2027-03-11", _SURVEY),
    ],
}


def test_spellings_of_one_unit_have_one_name():
    assert unit_name("km") == unit_name("kilometer") == unit_name("kilometre") == "kilometre"
    assert unit_name("km|run") == "kilometre|run"
    assert unit_name("mile") == "mile" and unit_name("hectare") == unit_name("ha")


@pytest.mark.parametrize("name", sorted(AGREE))
def test_figures_that_agree_or_measure_two_things_give_no_conflict(tmp_path, name):
    found = through_store(AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


@pytest.mark.parametrize("name", sorted(DISAGREE))
def test_one_measure_told_two_ways_is_one_conflict(tmp_path, name):
    found = through_store(DISAGREE[name], tmp_path)
    assert [c.facet for c in found] == ["quantity"], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]
    assert len(found[0].sides) == 2


# whether it happened: a "no" answers a report of another word of one [counted] set of models/measures.toml or one
# [synonyms] set of event nouns ("nobody was killed" / "two miners died"; "was never shut" / "closed")
_DEPOT = "the fire at the Orlen depot"
WORDS_AGREE = {
    "words: detained for questioning, nobody arrested": [
        (A, "2026-11-09", f"Lisk police detained two men for questioning over {_DEPOT} on Monday, police said."),
        (B, "2026-11-10", f"Nobody has been arrested over {_DEPOT}, Lisk police said on Tuesday."),
    ],
    "words: not closed on Monday, shut on Thursday": [
        (A, "2026-11-09", "Orlen Foods has not closed its Varn plant, the company said on Monday."),
        (B, "2026-11-12", "Orlen Foods shut its Varn plant on Thursday, the company said."),
    ],
    "words: a line closed, the plant not shut": [
        (A, "2026-11-09", "Orlen Foods closed a production line at its Varn plant on Monday, the company said."),
        (B, "2026-11-09", "Orlen Foods has not shut its Varn plant, the company said on Monday."),
    ],
    "words: nobody killed, a worker died days later": [
        (A, "2026-11-09", "Nobody was killed in the blast at the Orlen depot in Lisk on Monday, police said."),
        (
            B,
            "2026-11-14",
            "A worker injured in the blast at the Orlen depot in Lisk died in hospital on Friday, police said.",
        ),
    ],
}
WORDS_DISAGREE = {
    "words: nobody killed / two miners died": [
        (
            A,
            "2026-11-09",
            "Nobody was killed in the blast at the Lisk mine of Tornefors Gruv on Monday, the company said.",
        ),
        (B, "2026-11-10", "Two miners died in the blast at the Lisk mine of Tornefors Gruv on Monday, the union said."),
    ],
    "words: closed the intake / never shut": [
        (
            A,
            "2026-11-09",
            "Vodovody Varn closed its drinking-water intake at Mlynec on Monday morning as a precaution, the utility"
            " said.",
        ),
        (B, "2026-11-10", "The Mlynec intake of Vodovody Varn was never shut, the utility said on Tuesday."),
    ],
}


@pytest.mark.parametrize("name", sorted(WORDS_AGREE))
def test_a_no_and_a_yes_of_two_things_give_no_conflict(tmp_path, name):
    found = through_store(WORDS_AGREE[name], tmp_path)
    assert found == [], [(c.facet, c.question, [s.value for s in c.sides]) for c in found]


@pytest.mark.parametrize("name", sorted(WORDS_DISAGREE))
def test_a_no_answers_a_yes_told_with_another_word_of_one_set(tmp_path, name):
    found = through_store(WORDS_DISAGREE[name], tmp_path)
    assert [c.facet for c in found] == ["factuality"], [(c.facet, c.question) for c in found]
