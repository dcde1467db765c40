"""Review 16's regressions of the sixteenth sitting, each with the case it broke and the case its commit fixed
(sentences, outlets, firms and places invented):

- X6: "did not initially object" is no "no" against "objected" ("did not object" still is; 74788de);
- X15: an undated "no" scoped by an occasion ("during the heatwave") answers no dated "yes" of another cluster
  ("has not been cancelled" still answers "cancelled on 7 September"; 862bf42);
- X19: farm animals killed by a fire, a fox, lightning or a crash are harm, not a cull (vets killing hens still cull;
  40eeeec);
- X17: "ran into a wall of opposition", "the talks ran into a wall" are no accidents ("the ferry ran onto rocks"
  still is; f255907);
- X21: "the strike hurt commuters", "prices have hurt families" are no injuries ("were hurt" still is; fc4d02f).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events
from claimline.reconcile.events import _past_negation

from .helpers import through_store

PUB = date(2026, 5, 6)


def _classes(nlp, text: str, lemma: str) -> list[str]:
    _, frames = extract_events(text, PUB, nlp=nlp)
    return [f.event_class for f in frames if f.trigger.lemma == lemma]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("Korvane did not", True),
        ("Korvane didn't", True),
        ("Korvane did not formally", True),
        ("Korvane had never", True),
        ("Korvane had not", True),
        ("Korvane did not ever", True),
        ("Korvane never", True),
        ("Korvane did not initially", False),
        ("Korvane did not immediately", False),
        ("Korvane did not at first", False),
        ("Korvane has never", False),
        ("Korvane will never", False),
        ("Korvane has not", False),
        ("Korvane does not", False),
    ],
)
def test_a_simple_past_negation_not_limited_to_an_occasion(before, expected):
    words = before.lower().split()
    assert _past_negation(words) is expected


OBJECTED = (
    "The grid operator Korvane objected to the planning application for the Drumlee battery park, the council said."
)
NOT_INITIALLY = (
    "Korvane did not initially object to the planning application for the Drumlee battery park, a council officer "
    "said. The company later raised concerns about the grid connection."
)
DID_NOT = "Korvane did not object to the planning application for the Drumlee battery park, a Korvane spokesman said."


def test_not_initially_is_no_no(tmp_path):
    found = through_store(
        [("Fen Wire", "2026-10-14", OBJECTED), ("Dale Post", "2026-10-15", NOT_INITIALLY)], tmp_path / "case"
    )
    assert [c for c in found if c.facet == "factuality"] == []


def test_did_not_object_still_answers_objected(tmp_path):
    found = through_store([("Fen Wire", "2026-10-14", OBJECTED), ("Dale Post", "2026-10-15", DID_NOT)], tmp_path / "c")
    assert [sorted(s.value for s in c.sides) for c in found if c.facet == "factuality"] == [
        ["did not happen", "happened"]
    ]


CANCELLED = (
    "The ferry operator Skelda cancelled its evening sailings to Marhov on 3 August because of a crew strike, the "
    "company said."
)
NOT_DURING = "Skelda did not cancel its evening sailings to Marhov during the storm, a company spokeswoman said."
NOT_CANCELLED = "Skelda has not cancelled its evening sailings to Marhov, a company spokeswoman said."


def test_a_no_of_another_occasion_answers_no_dated_yes(tmp_path):
    found = through_store(
        [("Fen Wire", "2026-08-05", CANCELLED), ("Dale Post", "2026-08-14", NOT_DURING)], tmp_path / "case"
    )
    assert [c for c in found if c.facet == "factuality"] == []


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("A fire at a pig farm near Oskel killed 200 pigs on Sunday, the fire brigade said.", "kill", ["harm"]),
        ("A fox killed 40 hens at a farm near Brava on Monday.", "kill", ["harm"]),
        ("Lightning killed a herd of 30 cattle near Lund on Tuesday.", "kill", ["harm"]),
        ("A lorry crash on the B12 killed 300 pigs on Monday.", "kill", ["harm"]),
        ("A fire that killed 90 cows destroyed the barn.", "kill", ["harm"]),
        ("Vets killed 300 hens at the Oskel farm on Monday.", "kill", ["cull"]),
        ("The agriculture ministry killed 4,000 chickens at two farms.", "kill", ["cull"]),
    ],
)
def test_animals_killed_by_no_one_culling_are_no_cull(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


@pytest.mark.parametrize(
    ("text", "lemma", "expected"),
    [
        ("The merger talks ran into a wall on Monday, the two banks said.", "run", []),
        ("The pension reform ran into a wall of opposition in parliament on Tuesday.", "run", []),
        ("Investors ran into the rocks of a falling market.", "run", []),
        ("The company drove into a wall of debt.", "drive", []),
        ("The ferry Selka ran onto rocks off Dunmore on Saturday.", "run", ["accident"]),
        ("A lorry slammed into a tree on the A1 on Friday.", "slam", ["accident"]),
        ("A gale drove the trawler onto a reef.", "drive", ["accident"]),
    ],
)
def test_a_figure_of_speech_s_obstacle_is_no_accident(nlp, text, lemma, expected):
    assert _classes(nlp, text, lemma) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rail strike hurt thousands of commuters on Monday.", []),
        ("Higher energy prices have hurt families across the region, the minister said.", []),
        ("The tax rise will hurt pensioners most.", []),
        ("Twenty-eight passengers were hurt near Pradel on Tuesday.", ["harm"]),
        ("The goalkeeper hurt his shoulder in training on Monday.", ["harm"]),
    ],
)
def test_hurt_by_what_is_no_person_is_no_injury(nlp, text, expected):
    assert _classes(nlp, text, "hurt") == expected


# --- review 16's older findings (X1, X2, X4)

FINED_8 = "The data regulator fined the payments company Velto 8 million euros on Tuesday for misusing customer data."
FINED_80 = "The data regulator fined Velto 80 million euros on Tuesday for misusing customer data."


def test_a_fine_told_after_the_company_and_its_name_is_the_fine_s_amount(tmp_path):
    """X1: "fined the payments company Velto 8 million euros" (the parse hangs the sum on the company as its
    apposition) and "fined Velto 80 million euros" are one fine, two amounts."""
    found = through_store([("Fen Wire", "2026-11-04", FINED_8), ("Dale Post", "2026-11-04", FINED_80)], tmp_path / "c")
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [
        ("quantity", ["8000000 EUR", "80000000 EUR"])
    ]


DENIED = "The former mayor Ilka Renner denied in court on Monday that she had taken bribes from a builder."
ADMITTED = "The former mayor Ilka Renner admitted in court on Monday that she had taken bribes from a builder."
ADMITTED_OTHER = "The former mayor Ilka Renner admitted in court on Monday that she had broken the party's rules."


def test_one_claim_denied_and_admitted_is_a_polarity_conflict(tmp_path):
    """X2: the same words, one outlet's source denying them, the other's admitting them."""
    found = through_store([("Fen Wire", "2026-11-03", DENIED), ("Dale Post", "2026-11-03", ADMITTED)], tmp_path / "c")
    assert [(c.facet, sorted(s.value for s in c.sides)) for c in found] == [("polarity", ["no", "yes"])]


def test_a_denial_and_another_admission_are_no_conflict(tmp_path):
    found = through_store(
        [("Fen Wire", "2026-11-03", DENIED), ("Dale Post", "2026-11-03", ADMITTED_OTHER)], tmp_path / "c"
    )
    assert found == []


def test_a_present_state_after_an_event_on_a_weekday_is_dated_back(nlp):
    """X4: "are missing after a flash flood ... on Sunday" (told on Monday 19 October) is the Sunday before."""
    _, frames = extract_events(
        "Six people are missing after a flash flood in the Tarrow valley on Sunday, the police said.",
        date(2026, 10, 19),
        nlp=nlp,
    )
    assert {f.time.value for f in frames if f.time is not None} == {"2026-10-18"}


CONFIRMED = "The health agency confirmed on Tuesday that a farm worker in Tollby had caught swine flu."
RULED_OUT = "The health agency ruled out on Tuesday that a farm worker in Tollby had caught swine flu."


def test_ruled_out_denies_what_another_outlet_has_confirmed(tmp_path):
    """X2 (d13's shape): "ruled out that ..." is a denial of its content ("ruled that ..." is none)."""
    found = through_store(
        [("Fen Wire", "2026-11-04", CONFIRMED), ("Dale Post", "2026-11-04", RULED_OUT)], tmp_path / "c"
    )
    assert [sorted(s.value for s in c.sides) for c in found if c.facet in ("factuality", "polarity")] == [
        ["did not happen", "happened"]
    ]
