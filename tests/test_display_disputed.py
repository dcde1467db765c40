"""Review 7 R10: an entry whose event has an open conflict on an amount or a date reads ``disputed``
in every format, never confirmed while outlets disagree on it. Invented text; the CLI runs as a user
would run it.

Both dates of the resignation are told on record ("the company said"): a real dispute that no rule settles. Told
only by outlet b's own unattributed sentence, the date is no dispute — the company's word on record stands (rule
``on_record``, the last test)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app

runner = CliRunner()

STORIES = {
    "a": "Van recall\n\nNorvik Motors recalled 42,000 vans on Monday, the company said.\n",
    "b": "Recall widens\n\nNorvik Motors recalled 24,000 vans on Monday, the company said. "
    "Lena Maris resigned as chief executive on Tuesday, the company said.\n",
    "c": "Chief quits\n\nLena Maris resigned as chief executive on Wednesday, the company said.\n",
}


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "140"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("disputed")
    path = str(folder / "d.db")
    for name, text in STORIES.items():
        story = folder / f"{name}.txt"
        story.write_text(text, encoding="utf-8")
        _run("ingest", "--db", path, "--published", "2026-07-01", "--publisher", f"Outlet {name}", str(story))
    return path


def test_the_store_holds_the_amount_and_the_date_disputes(db):
    out = _run("conflicts", "--db", db)
    assert "quantity: number of recall — Norvik Motors" in out
    assert "date: date of resign — Lena Maris" in out


def test_the_table_reads_disputed_with_the_sentence_not_the_headline(db):
    rows = [" ".join(line.split()) for line in _run("timeline", "--db", db).splitlines()]
    recall = next(r for r in rows if r.startswith("29 Jun 2026 "))
    assert recall.startswith("29 Jun 2026 Norvik Motors recalled 24,000 vans ") and recall.endswith(" disputed")
    assert "30 Jun 2026 Lena Maris resigned Norvik Motors (Outlet b) disputed" in rows
    assert "1 Jul 2026 Lena Maris resigned Outlet c; the company (Outlet c) disputed" in rows


def test_every_format_reads_disputed(db):
    entries = json.loads(_run("timeline", "--db", db, "--format", "json"))
    status = {e["label"]: e["status"] for e in entries}
    assert status["Norvik Motors recalled 24,000 vans on Monday, the company said."] == "disputed"
    assert status["Lena Maris resigned as chief executive on Tuesday, the company said."] == "disputed"
    md = _run("timeline", "--db", db, "--format", "md")
    assert "- **29 Jun 2026** — **Norvik Motors recalled 24,000 vans** *(disputed)*" in md
    rows = list(csv.DictReader(io.StringIO(_run("timeline", "--db", db, "--format", "csv"))))
    assert {r["status"] for r in rows if "recalled" in r["label"] or "resigned" in r["label"]} == {"disputed"}
    html = _run("timeline", "--db", db, "--format", "html")
    card = html[html.index('id="entry-1"') - 200 : html.index("Norvik Motors recalled 24,000 vans on Monday")]
    assert 'data-status="disputed"' in card and "b-disputed" in card and "confirmed" not in card


def test_the_company_on_record_stands_over_an_outlets_unattributed_date(tmp_path):
    """Outlet b tells the resignation's day in its own words, the company's day is on record in outlet c: not a
    dispute — the company's date stands (rule ``on_record``) and the reason names both claims."""
    path = str(tmp_path / "r.db")
    stories = dict(STORIES, b="Chief out\n\nLena Maris resigned as chief executive on Tuesday.\n")
    for name in ("b", "c"):
        story = tmp_path / f"{name}.txt"
        story.write_text(stories[name], encoding="utf-8")
        _run("ingest", "--db", path, "--published", "2026-07-01", "--publisher", f"Outlet {name}", str(story))
    (conflict,) = json.loads(_run("conflicts", "--db", path, "--format", "json"))
    assert conflict["status"] == "resolved" and conflict["resolution"]["rule"] == "on_record"
    assert conflict["resolution"]["value"] == "2026-07-01"
    assert {s["value"]: s["status"] for s in conflict["sides"]} == {"2026-07-01": "stands", "2026-06-30": "outvoted"}
    reason = " ".join(conflict["resolution"]["reason"].split())
    assert '("the company", in Outlet c, 2026-07-01)' in reason and "(Outlet b, 2026-07-01)" in reason
