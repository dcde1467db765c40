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


# ------------------------------------------------------------------ the timeline table fits 100 columns
LONG_SOURCE = "two senior officials from an allied defence ministry who spoke on condition of anonymity"


def _long_store(tmp_path) -> str:
    """Three outlets with long names quote a long source phrase and the company about a long event."""
    from datetime import date

    from claimline.schemas import Source

    rows = []
    for i, (outlet, who, actor) in enumerate(
        [
            ("The Extraordinarily Long-Named Northern Security and Defence Monitor", LONG_SOURCE, None),
            ("Atlantic Signal", "a spokesperson for the company", "OpenAI"),
            ("The Continental Times", LONG_SOURCE, None),
        ]
    ):
        text = "Officials said the AI runs on networks across every allied command in Europe and beyond. " * 3
        ex = make_extraction(text + f"Report {i}.")
        claims = [
            c.model_copy(
                update={
                    "text": text.strip(),
                    "end": len(text.strip()),
                    "source": Source(text=who, start=0, end=len(who), actor=actor, kind="anonymous"),
                }
            )
            for c in ex.claims
        ]
        article = ex.article.model_copy(update={"publisher": outlet, "published": date(2026, 3, 5 + i)})
        rows.append(ex.model_copy(update={"claims": claims, "article": article}))
    jsonl = tmp_path / "long.jsonl"
    jsonl.write_text("".join(r.model_dump_json() + "\n" for r in rows))
    db = str(tmp_path / "long.db")
    assert runner.invoke(app, ["load", "--db", db, str(jsonl)]).exit_code == 0
    return db


def _fits(text: str, width: int = 100) -> None:
    too_long = [line for line in text.splitlines() if len(line) > width]
    assert not too_long, too_long


@pytest.mark.parametrize("env", [{"COLUMNS": "100"}, {}])
def test_timeline_table_fits_100_columns_with_who_said_it(tmp_path, monkeypatch, env) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    db = _long_store(tmp_path)
    result = runner.invoke(app, ["timeline", "--claims", "--db", db], env=env)  # claims loaded without frames
    assert result.exit_code == 0, result.output
    _fits(result.output)
    lines = result.output.splitlines()
    assert lines[:2] == ["Timeline", "Date         Event" + " " * 47 + "Who said it" + " " * 15 + "Status"]
    who_at, status_at = lines[1].index("Who said it"), lines[1].index("Status")
    who = " ".join(" ".join(line[who_at:status_at] for line in lines[2:]).split())
    # long phrases and outlet names are cut at a word, each speaker's outlets listed once (two, then +N); a
    # phrase that does not name its actor goes by the actor
    assert who == (
        "two senior officials from an… (The Extraordinarily…, The Continental Times); OpenAI (Atlantic Signal)"
    )
    assert [line[:who_at].split("  ")[0] for line in lines[2:4]] == ["reported on", "5 Mar 2026"]


def test_timeline_table_uses_a_wider_terminal(tmp_path) -> None:
    db = _long_store(tmp_path)
    wide = runner.invoke(app, ["timeline", "--claims", "--db", db], env={"COLUMNS": "160"}).output
    _fits(wide, 160)
    assert max(len(line) for line in wide.splitlines()) > 100


def test_timeline_table_on_a_rich_terminal_fits_and_colours_status() -> None:
    import re
    from datetime import date

    from rich.console import Console

    from claimline.present.timeline_table import emit_timeline
    from claimline.schemas import EventEntry, EventReport, EventSummary, Span

    def entry(status: str, label: str) -> EventEntry:
        span = Span(text="signed", start=0, end=6)
        reports = [
            EventReport(
                event_id=f"e{k}",
                article_id=f"a{k}",
                publisher=p,
                published=date(2026, 3, 6),
                trigger=span,
                factuality="denied" if status == "denied" else "asserted",
            )
            for k, p in enumerate(["Baltic Wire", "The Extraordinarily Long-Named Riga Evening Post", "Tech Desk"])
        ]
        summary = EventSummary(
            cluster_id="k",
            event_class="agree",
            trigger=span,
            article_id="a0",
            participants=[],
            factuality=reports[0].factuality,
        )
        return EventEntry(
            start=date(2026, 3, 2),
            end=date(2026, 3, 2),
            granularity="day",
            date_label="2 Mar 2026",
            date_basis="text",
            label=label,
            status=status,
            actors=["Orvane Systems"],
            outlets=[r.publisher for r in reports],
            event=summary,
            reports=reports,
        )

    long_label = "Orvane Systems denied that it had signed any contract with the Latvian defence ministry " * 2
    buf = io.StringIO()
    con = Console(file=buf, width=100, force_terminal=True, color_system="standard")
    emit_timeline([entry("denied", long_label), entry("asserted", "Skyvale signed.")], out=con, title="Timeline")
    raw = buf.getvalue()
    assert "\x1b[1;31mdenied" in raw  # bold red, not the look of an asserted entry
    text = re.sub(r"\x1b\[[0-9;]*m", "", raw)
    _fits(text)
    assert "Baltic Wire, The" in text and "Extraordinarily… +1" in text


@pytest.mark.slow
def test_event_timeline_table_fits_and_shows_status(sample_db) -> None:
    result = runner.invoke(app, ["timeline", "--events", "--all", "--db", str(sample_db)], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    _fits(result.output)
    statuses = {
        line.split()[-1]
        for line in result.output.splitlines()
        if line.rstrip().endswith(("denied", "expected", "disputed", "confirmed", "commentary"))
    }
    assert {"denied", "expected", "confirmed", "commentary"} <= statuses
