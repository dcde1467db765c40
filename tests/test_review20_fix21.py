"""Review 20's findings (B11), on sentences written for this test."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

# -- B11: `timeline --actor SPEAKER` lists the events the speaker told --------------------------------------

HARBOUR = (
    "Harbour works\n\n"
    "The port authority dredged the east channel on Tuesday, a harbour spokesman, Jonas Pirk, said. "
    "Mayor Irena Slavik opened the new ferry pier on Wednesday, and the ferry line resumed service, "
    "Mayor Irena Slavik said.\n"
)


@pytest.fixture(scope="module")
def harbour_db(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("harbour")
    (tmp / "a.txt").write_text(HARBOUR)
    db = tmp / "s.db"
    result = _cli("ingest", "--db", db, "--published", "2026-10-12", tmp / "a.txt")
    assert result.exit_code == 0, result.output
    return db


def _cli(*args):
    from typer.testing import CliRunner

    from claimline.cli import app

    return CliRunner().invoke(app, [str(a) for a in args])


def _words(db, actor: str, fmt: str = "json") -> set[str]:
    result = _cli("timeline", "--db", db, "--actor", actor, "--format", fmt)
    assert result.exit_code == 0, result.output
    return {e["event"]["trigger"]["text"] for e in json.loads(result.output)}


def test_a_speaker_no_event_names_has_the_events_he_told(harbour_db):
    assert _words(harbour_db, "Jonas Pirk") == {"dredged"}
    assert "dredged" in _cli("timeline", "--db", harbour_db, "--actor", "Jonas Pirk").output
    page = _cli("timeline", "--db", harbour_db, "--actor", "Jonas Pirk", "--format", "md").output
    assert "dredged" in page  # (the models' path too, not only the stored views)


def test_an_actor_an_event_names_keeps_the_events_naming_her(harbour_db):
    # the mayor opened the pier: her timeline is what names her, not every event she told
    assert _words(harbour_db, "Irena Slavik") == {"opened"}
