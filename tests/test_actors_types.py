"""A council, a court or an authority is a public body, not a company: "the company said" never names
the county council, and "the council said" names it. Invented text; the CLI runs as a user would."""

from __future__ import annotations

import pytest

from .conftest import run_cli, story_store

STORY = (
    "Ferry lease ends\n\n"
    "The lease with Tolvey Freight was cancelled by Marsh County Council on Wednesday. "
    "Brennick Shipping declined to renew its contract with Carrow port, the company said. "
    "The ferry service will stop in August, the council said.\n"
)


_run = run_cli


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    return story_store(tmp_path_factory.mktemp("types"), "ferry.txt", STORY)


def _row(out: str, words: str) -> str:
    return next(" ".join(line.split()) for line in out.splitlines() if words in line)


def test_the_company_is_not_the_county_council(db):
    out = _run("timeline", "--db", db)
    assert "Marsh County Council" not in _row(out, "declined to renew")


def test_the_council_is_the_county_council(db):
    out = _run("timeline", "--db", db)
    assert _row(out, "will stop") == "Aug 2026 will stop Marsh County Council expected"
