"""Review 19 A5: a speaker named by apposition is an actor (on sentences written for this test)."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


# -- A5: a speaker named by apposition is an actor -----------------------------------------------------

SPEAKERS = (
    "Depot strike\n\n"
    "Korvan Freight will cut 120 jobs at its depot, a union official, Emil Vasko, said on Monday. "
    "The cuts are unfair, argues the union's leader, Emil Vasko. "
    "Mayor Irena Slavik closed the depot road on Monday.\n"
)


@pytest.fixture(scope="module")
def speakers_db(tmp_path_factory, nlp):
    from typer.testing import CliRunner

    from claimline.cli import app

    tmp = tmp_path_factory.mktemp("speakers")
    (tmp / "a.txt").write_text(SPEAKERS)
    db = tmp / "s.db"
    result = CliRunner().invoke(app, ["ingest", "--db", str(db), "--published", "2026-10-12", str(tmp / "a.txt")])
    assert result.exit_code == 0, result.output
    return db


def _cli(*args):
    from typer.testing import CliRunner

    from claimline.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_speaker_by_apposition_is_listed_and_found(speakers_db):
    listed = json.loads(_cli("actors", "--db", speakers_db, "--format", "json").output)
    assert "Emil Vasko" in {row["name"] for row in listed}
    result = _cli("claims", "--db", speakers_db, "--actor", "Emil Vasko", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {c["source"]["actor"] for c in json.loads(result.output)} == {"Emil Vasko"}
    # a part of the name, as for any other actor
    assert _cli("claims", "--db", speakers_db, "--actor", "Vasko").exit_code == 0


@pytest.mark.parametrize("actor", ["the depot road", "Nobody Anywhere"])
def test_no_event_for_an_actor_is_one_message(speakers_db, actor):
    result = _cli("timeline", "--db", speakers_db, "--actor", actor)
    assert (result.exit_code, result.output) == (1, f"Error: no event names '{actor}' (try 'claimline actors')\n")


def test_a_speaker_named_by_no_event_has_the_events_he_told(speakers_db):
    # Emil Vasko is named only by his own sayings (commentary): his timeline is what he told, the cuts (review 20
    # B11; 807d43b's "no dated events" here hid them)
    result = _cli("timeline", "--db", speakers_db, "--actor", "Emil Vasko", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {e["event"]["event_class"] for e in json.loads(result.output)} == {"cut"}


def test_a_name_no_claim_holds_is_still_an_error(speakers_db):
    result = _cli("claims", "--db", speakers_db, "--actor", "Nobody Anywhere")
    assert result.exit_code == 1
