"""Outputs to paste into a spreadsheet or a report: CSV cells are plain text, never JSON."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.present.render import cell, csv_fields
from claimline.schemas import Claim, Conflict, SourceRef

from .test_store import make_extraction

runner = CliRunner()


def test_csv_columns_spread_nested_objects() -> None:
    fields = csv_fields(Claim)
    assert fields[:9] == [
        "id",
        "article_id",
        "text",
        "start",
        "end",
        "sentence.start",
        "sentence.end",
        "source.start",
        "source.end",
    ]
    assert {"source.actor", "cue.text", "time.value", "time.granularity"} <= set(fields)
    assert "source" not in fields and "sources" in csv_fields(Conflict.model_fields["sides"].annotation.__args__[0])


def test_cells_are_plain_text() -> None:
    ref = SourceRef(
        claim_id="c1", article_id="a1", publisher="Wire", published="2026-03-05", source="a NATO official", cue="said"
    )
    assert cell([ref, ref.model_copy(update={"source": None, "cue": None, "published": None})]) == (
        "Wire 2026-03-05: a NATO official (said); Wire: (author)"
    )
    assert cell({"value": "2027-01", "reason": "a correction"}) == "2027-01: a correction"
    assert cell(["a", None, "b"]) == "a; b" and cell(True) == "yes"


@pytest.mark.parametrize("command", ["claims", "timeline", "conflicts", "articles"])
def test_no_json_in_any_csv_cell(tmp_path, command) -> None:
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text(make_extraction().model_dump_json() + "\n")
    db = str(tmp_path / "p.db")
    assert runner.invoke(app, ["load", "--db", db, str(jsonl)]).exit_code == 0
    text = runner.invoke(app, [command, "--db", db, "--format", "csv"]).output
    rows = list(csv.reader(io.StringIO(text)))
    assert rows and not [c for row in rows for c in row if c.lstrip("'").startswith(("{", "["))], text
    if command == "claims":
        (row,) = list(csv.DictReader(io.StringIO(text)))
        assert (row["source.text"], row["source.actor"], row["cue.text"], row["actors"]) == (
            "NATO officials",
            "NATO",
            "",
            "NATO",
        )
