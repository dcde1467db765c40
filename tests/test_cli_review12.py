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


def test_an_ingest_whose_files_all_fail_leaves_no_store(tmp_path: Path) -> None:
    """Review 13 U10: an empty or binary file is found only when read, after the store is opened; the store
    this run made is removed again, while a store that existed before is kept."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\x01\x02" * 50)
    db = tmp_path / "t9.db"
    res = invoke("ingest", str(empty), str(binary), "--db", str(db))
    assert res.exit_code == 1
    assert res.stdout == "0 stored, 0 already present, 2 failed; 0 claims found\n"
    assert f"{empty} is empty" in res.stderr
    assert "Traceback" not in res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bin.txt", "empty.txt"]
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    assert invoke("ingest", str(story), "--db", str(db)).exit_code == 0
    res = invoke("ingest", str(empty), "--db", str(db))
    assert res.exit_code == 1
    assert db.exists()
    assert invoke("articles", "--db", str(db)).exit_code == 0


TUNNEL = "{head}\n\nThe roads agency closed the Marrowby tunnel on {day}, for urgent repairs to its lighting.\n"


def test_conflicts_actor_takes_a_name_the_conflict_label_prints(tmp_path: Path) -> None:
    """Review 13 U18: `conflicts` files an event conflict under its participants as the texts name them
    ("roads agency"); `conflicts --actor` takes such a name as `timeline --actor` does, and a name that
    matches nothing is still one red line."""
    db = tmp_path / "s.db"
    for name, head, day, outlet, published in (
        ("a.txt", "Tunnel shut for repairs", "Monday, 7 December", "Harbour Ledger", "2026-12-10"),
        ("b.txt", "Marrowby tunnel closed", "Wednesday, 9 December", "Fenland Courier", "2026-12-11"),
    ):
        (tmp_path / name).write_text(TUNNEL.format(head=head, day=day), encoding="utf-8")
        res = invoke("ingest", str(tmp_path / name), "--publisher", outlet, "--published", published, "--db", str(db))
        assert res.exit_code == 0, res.stderr
    everything = invoke("conflicts", "--db", str(db))
    assert "date of close — Marrowby / roads agency" in everything.stdout
    res = invoke("conflicts", "--db", str(db), "--actor", "roads agency")
    assert res.exit_code == 0, res.stderr
    assert res.stdout == everything.stdout
    one_error(
        invoke("conflicts", "--db", str(db), "--actor", "Quellmoor"),
        "no actor or conflict participant matches 'Quellmoor' (try 'claimline actors')",
    )
