"""A bad value of ``claims --attribution`` or ``--stance`` is one red line and exit 1, as README promises
(review 4, P2)."""

from __future__ import annotations

from typer.testing import CliRunner

from claimline.cli import app

from .test_store import make_extraction

runner = CliRunner()


def _loaded_store(tmp_path) -> str:
    db, jsonl = str(tmp_path / "s.db"), tmp_path / "x.jsonl"
    jsonl.write_text(make_extraction().model_dump_json() + "\n")
    assert runner.invoke(app, ["load", "--db", db, str(jsonl)]).exit_code == 0
    return db


def test_unknown_attribution_is_one_red_line_and_exit_1(tmp_path):
    db = _loaded_store(tmp_path)
    result = runner.invoke(app, ["claims", "--db", db, "--attribution", "bogus"])
    assert result.exit_code == 1
    assert result.output == (
        "Error: unknown attribution 'bogus' (use one of: direct_quote, indirect, according_to, report, author,"
        " outlet_event, attitude)\n"
    )
    result = runner.invoke(app, ["claims", "--db", db, "--attribution", "attitude"])
    assert result.exit_code == 0 and result.output.strip() == "no claims match"


def test_unknown_stance_is_one_red_line_and_exit_1(tmp_path):
    db = _loaded_store(tmp_path)
    result = runner.invoke(app, ["claims", "--db", db, "--stance", "bogus"])
    assert result.exit_code == 1
    assert result.output == "Error: unknown stance 'bogus' (use one of: supports, opposes, criticises)\n"
    result = runner.invoke(app, ["claims", "--db", db, "--stance", "supports"])
    assert result.exit_code == 0 and result.output.strip() == "no claims match"
