"""Review 6 findings on what a reader sees: one status word in every format, a year-only entry filed
under its year with ``--group-by month``, and a closed pipe (``| head``) ending quietly with exit 0.
Invented text; the CLI runs as a user would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app

runner = CliRunner()

NOTE = (
    "Kelso mill reopens\n\n"
    "The Kelso mill closed in 1988, the town council said on Monday. "
    "The council signed a lease with Brannock Foods on 3 March 2026.\n"
)


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("review6")
    note = folder / "kelso-note.txt"
    note.write_text(NOTE, encoding="utf-8")
    path = str(folder / "k.db")
    _run("ingest", "--db", path, "--published", "2026-05-14", str(note))
    return path


def _status_of(text: str, lines: list[str]) -> str:
    return next(line for line in lines if text in line).split()[-1]


def test_a_confirmed_event_reads_confirmed_in_the_table_as_in_markdown(db):
    table = _run("timeline", "--db", db).splitlines()
    md = _run("timeline", "--db", db, "--format", "md")
    assert _status_of("3 Mar 2026", table) == "confirmed"
    assert "*(confirmed)*: The council signed a lease" in md
    assert "asserted" not in "\n".join(table) + md


def test_a_year_only_entry_is_filed_under_its_year_not_january(db):
    out = _run("timeline", "--db", db, "--group-by", "month")
    lines = out.splitlines()
    titles = [line for line, after in zip(lines, lines[1:], strict=False) if after.startswith("Date ")]
    assert titles == ["1988", "Mar 2026", "May 2026"]


def test_a_closed_pipe_ends_quietly_with_exit_0(db):
    env = {**os.environ, "COLUMNS": "100", "PYTHONPATH": str(Path(__file__).parents[1] / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimline", "timeline", "--db", db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line: every write meets a closed pipe
    err = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert err == ""


# ------------------------------------------------------------------ C12: outlet file names that share a prefix
def test_files_sharing_a_prefix_stay_two_outlets_by_their_tails(tmp_path):
    folder = tmp_path / "ferry"
    folder.mkdir()
    (folder / "2026-09-02_ferry_story_harbour.txt").write_text(
        "Dunmore council ends ferry deal\n\n"
        "Dunmore Council cancelled its ferry contract with Brannock Lines on 2 September 2026.\n",
        encoding="utf-8",
    )
    (folder / "2026-09-02_ferry_story_northgate.txt").write_text(
        "Ferry deal ended\n\n"
        "Dunmore Council cancelled its ferry contract with Brannock Lines on 2 September 2026, a spokesman said.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "f.db")
    _run("ingest", "--db", db, "--published", "2026-09-03", str(folder))
    out = _run("timeline", "--db", db)
    assert "2026-09-02_ferry…" not in out  # the cut that made both files one outlet
    first = out.split("\n\n")[0]  # the entry both files report
    assert "…harbour.txt" in first and "(…northgate.txt)" in first
    assert "…northgate.txt" in out.split("\n\n")[-1]  # an entry of one file: told apart table-wide


def test_cut_outlet_names_that_collide_keep_their_distinguishing_tails():
    from claimline.present.timeline_table import _apart

    assert _apart(["brenna-tender-harbour-wire.txt", "brenna-tender-harbour-post.txt", "Harbour Wire"]) == {
        "brenna-tender-harbour-wire.txt": "…wire.txt",
        "brenna-tender-harbour-post.txt": "…post.txt",
        "Harbour Wire": "Harbour Wire",
    }


# ------------------------------------------------------------------ C16: the timeline says what `conflicts` says
def test_an_event_with_a_disputed_factuality_conflict_reads_disputed_in_the_timeline(tmp_path):
    import json

    folder = tmp_path / "appeal"
    folder.mkdir()
    for name, publisher, day, head, text in [
        (
            "quay-post",
            "Quay Post",
            "2026-06-03",
            "Ferry firm to fight fine",
            "Dunmore Ferries plans to appeal the decision, its lawyer said.",
        ),
        (
            "harbour-daily",
            "Harbour Daily",
            "2026-06-05",
            "Ferry firm drops appeal",
            "The Selsey regulator fined Dunmore Ferries last month. "
            "Dunmore Ferries will not appeal the decision, a spokesman said.",
        ),
    ]:
        (folder / f"{name}.txt").write_text(f"{head}\n\n{text}\n", encoding="utf-8")
        (folder / f"{name}.json").write_text(json.dumps({"publisher": publisher, "published": day}), encoding="utf-8")
    db = str(tmp_path / "d.db")
    _run("ingest", "--db", db, str(folder))
    conflicts = json.loads(_run("conflicts", "--db", db, "--format", "json"))
    held = {
        cid
        for c in conflicts
        if c["facet"] == "factuality" and c["status"] != "resolved"
        for cid in c["event"]["cluster_ids"]
    }
    assert held  # outlets disagree whether the appeal is planned
    entries = json.loads(_run("timeline", "--db", db, "--format", "json"))
    assert {e["event"]["cluster_id"]: e["status"] for e in entries if e["event"]["cluster_id"] in held} == {
        cid: "disputed" for cid in held
    }
    table = _run("timeline", "--db", db)
    row = next(line for line in table.splitlines() if "plans to appeal decision" in line)
    assert row.split()[-1] == "disputed"  # was "expected"
