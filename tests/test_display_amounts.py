"""What the timeline shows of an amount: the figure as a word of its own with the noun after it (review 9, W27:
"two" was found inside "network" and shown as "(two rk)")."""

from __future__ import annotations

from .conftest import run_cli, story_store


def test_a_figure_is_not_found_inside_another_word(tmp_path):
    db = story_store(
        tmp_path,
        "rk.txt",
        "The crash, shortly before 8 a.m., was the worst on the network since 2014, when two people died at Tessel.\n",
        published="2026-06-06",
    )
    out = run_cli("timeline", "--db", db)
    assert "died at Tessel (two people)" in out
    assert "rk)" not in out
