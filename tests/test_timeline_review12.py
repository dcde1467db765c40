"""The event timeline after review 12, through the CLI runner with exact output. One sentence, one entry, unless it
tells two events: an event noun that names a party is an entry of its own beside a verb of another class ("the
maiden flight … was delayed", "negotiated the purchase": SemEval-2015 Task 4 counts both), not beside a verb that
tells its event — a phase of it ("cancelled 40 flights", "will begin production"), how its figure moved ("sales
dropped"), speech about it ("criticised the contract": ``aspect_classes``, ``figure_classes``, ``topic_classes`` of
models/events.toml). The sentences are invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .test_hostile import invoke
from .test_timeline_truth import ingest_docs, timeline_of


def _triggers(db: Path, *args: str) -> list[tuple[str, bool]]:
    return [(e["event"]["trigger"]["text"], e["mention_only"]) for e in json.loads(timeline_of(db, *args))]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "listed", "every"),
    [
        # a verb of another class: two events, two entries
        (
            "The maiden flight of the Arkon A90 was delayed on Tuesday, Arkon said.",
            ["delayed", "flight"],
            [("delayed", False), ("flight", False), ("said", False)],
        ),
        (
            "Dunmar Air negotiated the purchase of twelve Arkon A90 jets on Tuesday.",
            ["negotiated", "purchase"],
            [("negotiated", False), ("purchase", False)],
        ),
        # a verb telling the noun's event: one entry, the noun listed with --all as a mention
        (
            "Veltra Air cancelled 40 flights to Quessa on Tuesday, the airline said.",
            ["cancelled"],
            [("cancelled", False), ("flights", True), ("said", False)],
        ),
        (
            "Vantor Telecom will begin production of the Lynx router in March, the company said.",
            ["begin"],
            [("production", True), ("begin", False), ("said", False)],
        ),
        (
            "Ferrand Steel sales dropped 12 percent in September, the company said.",
            ["dropped"],
            [("dropped", False), ("sales", True), ("said", False)],
        ),
        (
            "Lorsk transport minister Ana Pell criticised the Arkon contract on Tuesday.",
            ["criticised"],
            [("criticised", False), ("contract", True)],
        ),
    ],
)
def test_an_event_noun_of_its_own_class_is_an_entry_of_its_own(
    tmp_path: Path, text: str, listed: list[str], every: list[tuple[str, bool]]
) -> None:
    db = tmp_path / "s.db"
    ingest_docs(db, tmp_path, [("North Post", "2026-10-07", text)])
    assert [t for t, _ in _triggers(db, "--format", "json")] == listed
    assert _triggers(db, "--all", "--format", "json") == every


@pytest.mark.slow
def test_a_delayed_flight_is_listed_beside_its_delay(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    text = "The maiden flight of the Arkon A90 was delayed on Tuesday, Arkon said."
    ingest_docs(db, tmp_path, [("North Post", "2026-10-07", text)])
    assert timeline_of(db) == (
        "Timeline\n"
        "Date         Event                                                      Who said it         Status\n"
        "6 Oct 2026   was delayed                                                Arkon (North Post)  reported\n"
        "             The maiden flight of the Arkon A90 was delayed on\n"
        "             Tuesday, Arkon said.\n"
        "\n"
        "reported on  flight of Arkon A90 was delayed                            Arkon (North Post)  reported\n"
        "7 Oct 2026   The maiden flight of the Arkon A90 was delayed on\n"
        "             Tuesday, Arkon said.\n"
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("docs", "table"),
    [
        (  # a "not yet" published before the day the act is dated: true when written (T15, Y03's shape)
            [
                (
                    "Harbour Wire",
                    "2026-10-06",
                    "The missing hiker Lena Varga had not been found by Monday evening, mountain rescuers said.",
                ),
                (
                    "North Post",
                    "2026-10-08",
                    "Mountain rescuers found the missing hiker Lena Varga alive on Wednesday.",
                ),
            ],
            "Date        Event                                                Who said it               Status\n"
            "7 Oct 2026  found missing hiker Lena Varga alive                 mountain rescuers         confirmed\n"
            "            Mountain rescuers found the missing hiker Lena       (Harbour Wire); North\n"
            "            Varga alive on Wednesday.                            Post\n",
        ),
        (  # a "no" about another line than the "yes" (T15, V08's shape)
            [
                (
                    "Harbour Wire",
                    "2026-10-09",
                    "Dalvik Rail did not suspend services on its Orsk line, the operator said.",
                ),
                ("North Post", "2026-10-09", "Dalvik Rail suspended services on its Quessa line on Thursday."),
            ],
            "Date        Event                                                Who said it               Status\n"
            # "the operator" is Dalvik Rail, the sentence's subject (review 12 T18)
            "8 Oct 2026  Dalvik Rail suspended services on Quessa line        North Post; Dalvik Rail   confirmed\n"
            "            Dalvik Rail suspended services on its Quessa line    (Harbour Wire)\n"
            "            on Thursday.\n",
        ),
        (  # the same act, the same day, yes and no: disputed
            [
                (
                    "Harbour Wire",
                    "2026-10-06",
                    "Police did not arrest the Quessa mayor Ivo Pask on Monday, his lawyer said.",
                ),
                ("North Post", "2026-10-06", "Police arrested the Quessa mayor Ivo Pask on Monday."),
            ],
            "Date        Event                                                 Who said it               Status\n"
            "5 Oct 2026  arrested Quessa mayor Ivo Pask                        his lawyer (Harbour       disputed\n"
            "            Police arrested the Quessa mayor Ivo Pask on Monday.  Wire); North Post\n",
        ),
    ],
)
def test_a_no_that_answers_another_time_or_thing_does_not_dispute_an_entry(
    tmp_path: Path, docs: list[tuple[str, str, str]], table: str
) -> None:
    """Review 12 T15: an entry read "disputed" where ``claimline conflicts`` lists nothing — a "not yet" written
    before the act, a "no" about another line. A "no" about the same act still disputes it."""
    db = tmp_path / "s.db"
    ingest_docs(db, tmp_path, docs)
    assert timeline_of(db) == "Timeline\n" + table
    conflicts = json.loads(invoke("conflicts", "--db", str(db), "--format", "json").stdout)
    assert [c["facet"] for c in conflicts] == ([] if "confirmed" in table else ["factuality"])


@pytest.mark.slow
def test_a_purpose_is_shown_without_the_verb_of_its_noun(tmp_path: Path) -> None:
    """Review 12 T15 (K03's shape): the entry of "a petition to save the lido has gathered 3,000 signatures" is the
    saving, expected; its words were "to save Oskarby lido has gathered 3,000 signatures" — "expected" beside "has
    gathered" read as if the gathering were a plan. A perfect auxiliary after the object ends the phrase. The
    gathering, an unlisted verb naming no one with a count of its own, is an entry of its own (frames19, 43a6ed7;
    since b58026a a told act holding a figure is no told frame: one label, one day, the entries in cluster-id order;
    numbered in text order since frames20, the gathering's cluster id, and so the order, changed). The gathering,
    told done in a same-day report (the saying's Tuesday is the publication day), is shown by that day (time30)."""
    db = tmp_path / "s.db"
    text = "A petition to save the Oskarby lido has gathered 3,000 signatures so far, campaigners said on Tuesday."
    ingest_docs(db, tmp_path, [("Quay Post", "2026-11-10", text)])
    assert timeline_of(db) == (
        "Timeline\n"
        "Date            Event                                              Who said it              Status\n"
        "reported on     to save Oskarby lido                               campaigners (Quay Post)  expected\n"
        "10 Nov 2026     A petition to save the Oskarby lido has gathered\n"
        "                3,000 signatures so far, campaigners said on\n"
        "                Tuesday.\n"
        "\n"
        "by 10 Nov 2026  petition has gathered 3,000 signatures             campaigners (Quay Post)  reported\n"
        "                A petition to save the Oskarby lido has gathered\n"
        "                3,000 signatures so far, campaigners said on\n"
        "                Tuesday.\n"
    )


@pytest.mark.slow
def test_a_not_yet_beside_a_noun_does_not_dispute_the_noun(tmp_path: Path) -> None:
    """An event noun beside a verb of another class is an entry of its own ("paid the fine": the fine); the "no" of
    "has not yet paid the fine" is the payment's, and does not make the fine's entry disputed."""
    db = tmp_path / "s.db"
    docs = [
        ("Harbour Wire", "2026-10-05", "Ferrand Steel has not yet paid the 40,000-euro fine, the agency said."),
        ("North Post", "2026-10-08", "Ferrand Steel paid the 40,000-euro fine on Wednesday, the agency said."),
    ]
    ingest_docs(db, tmp_path, docs)
    assert [e["status"] for e in json.loads(timeline_of(db, "--format", "json"))] == ["negated", "reported", "reported"]
