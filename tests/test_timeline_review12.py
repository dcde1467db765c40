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
