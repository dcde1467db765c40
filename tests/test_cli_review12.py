"""Review 12's T16 through the CLI runner: an ingest that can read nothing leaves no store behind, an empty
``--publisher`` is refused, and ``-o`` with a suffix no format has is one red line instead of a text table written
silently into ``tl.xyz``. The sentence is invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_hostile import invoke, one_error

STORY = "Vantor Telecom signed a contract with Lorsk on Tuesday, the ministry said.\n"


def test_an_ingest_of_nothing_readable_makes_no_store(tmp_path: Path) -> None:
    db = tmp_path / "t7.db"
    missing = tmp_path / "nothere.txt"
    res = invoke("ingest", str(missing), "--db", str(db))
    assert res.exit_code == 1
    assert res.stdout == "0 stored, 0 already present, 1 failed; 0 claims found\n"
    assert f"no such file or directory: {missing}" in res.stderr
    assert "Traceback" not in res.stderr
    assert not db.exists()


def test_an_empty_publisher_is_refused_before_the_store_is_made(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "t8.db"
    res = invoke("ingest", str(story), "--publisher", " ", "--db", str(db))
    one_error(res, "--publisher is empty: give the outlet's name or leave the option out")
    assert not db.exists()


@pytest.mark.slow
def test_an_output_suffix_without_a_format_is_refused(tmp_path: Path) -> None:
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    db = tmp_path / "s.db"
    assert invoke("ingest", str(story), "--published", "2026-10-07", "--db", str(db)).exit_code == 0
    target = tmp_path / "tl.xyz"
    res = invoke("timeline", "--db", str(db), "-o", str(target))
    one_error(
        res,
        f"cannot tell the format of {target} from its suffix: use .html, .md, .csv, .json, .jsonl or .txt, "
        "or name it with --format",
    )
    assert not target.exists()
    res = invoke("timeline", "--db", str(db), "-o", str(tmp_path / "tl.txt"))
    assert res.exit_code == 0
    assert (tmp_path / "tl.txt").read_text(encoding="utf-8").startswith("Timeline")
    res = invoke("timeline", "--db", str(db), "-o", str(target), "--format", "csv")
    assert res.exit_code == 0
    assert target.read_text(encoding="utf-8").splitlines()[0].startswith("start,end,granularity,")
