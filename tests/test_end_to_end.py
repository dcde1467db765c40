"""The main job on the sample corpus, as a user runs it (loads spaCy once per session)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from claimline.cli import app

from .conftest import ROOT

runner = CliRunner()


def test_reingest_changes_nothing(sample_db):
    result = runner.invoke(app, ["ingest", "--db", str(sample_db), str(ROOT / "sample_articles")])
    assert result.exit_code == 0, result.output
    n = sum(p.is_file() for p in (ROOT / "sample_articles").rglob("*"))
    assert result.output == f"0 stored, {n} already present, 0 failed; 0 claims found\n"


def test_nato_timeline_is_chronological_with_entries(sample_db):
    result = runner.invoke(app, ["timeline", "--db", str(sample_db), "--actor", "NATO", "--format", "json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    dated = [e for e in entries if e["start"]]
    assert len(dated) >= 3
    keys = [(e["start"], e["end"]) for e in dated]
    assert keys == sorted(keys)
    assert all(
        {"start", "end", "granularity", "label", "actors", "outlets", "reports", "event", "status"} <= set(e)
        for e in entries
    )
    # one entry per event: the talks OpenAI-NATO are reported by several outlets in one entry
    assert max(len(e["outlets"]) for e in entries) >= 3
    claims = runner.invoke(app, ["timeline", "--claims", "--db", str(sample_db), "--actor", "NATO", "-f", "json"])
    assert claims.exit_code == 0, claims.output
    assert all(
        {"start", "end", "granularity", "label", "actors", "claim_ids", "sources", "status"} <= set(e)
        for e in json.loads(claims.output)
    )


def test_conflicts_found_with_reasons(sample_db):
    result = runner.invoke(app, ["conflicts", "--db", str(sample_db), "--format", "json"])
    conflicts = json.loads(result.output)
    assert conflicts
    tier = [c for c in conflicts if c["facet"] == "network_tier" and "NATO" in c["subject"]]
    assert tier and tier[0]["status"] == "resolved"
    assert tier[0]["resolution"]["value"] == "unclassified"
    for c in conflicts:
        if c["status"] == "resolved":
            assert c["resolution"]["reason"]


@pytest.mark.parametrize("command", ["articles", "claims", "timeline", "conflicts", "actors"])
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "md"])
def test_every_listing_in_every_format(sample_db, command, fmt):
    result = runner.invoke(app, [command, "--db", str(sample_db), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert result.output.strip()
    if fmt == "json":
        assert isinstance(json.loads(result.output), list)


def test_show_conflict_gives_provenance(sample_db):
    conflicts = json.loads(runner.invoke(app, ["conflicts", "--db", str(sample_db), "-f", "json"]).output)
    cid = conflicts[0]["id"]
    data = json.loads(runner.invoke(app, ["show", cid, "--db", str(sample_db), "-f", "json"]).output)
    assert data["conflict"]["id"] == cid
    assert all(p["sentence"] and p["article"]["id"] for p in data["claims"])


def test_extract_json_contract(tmp_path):
    art = ROOT / "sample_articles" / sorted(p.name for p in (ROOT / "sample_articles").glob("*.txt"))[0]
    result = runner.invoke(app, ["extract", str(art)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    text = data["text"]
    assert data["article"]["published"]
    for c in data["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        assert c["modality"] in {"confirmed", "reported", "hedged", "speculative"}
        if c["source"]:
            assert text[c["source"]["start"] : c["source"]["end"]] == c["source"]["text"]
    for t in data["times"]:
        assert text[t["start"] : t["end"]] == t["text"]


def test_query_commands_do_not_import_spacy(sample_db):
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from claimline.cli import app\n"
        "r = CliRunner()\n"
        f"db = {str(sample_db)!r}\n"
        "for cmd in (['timeline', '--actor', 'NATO'], ['conflicts'], ['claims'], ['articles'], ['actors']):\n"
        "    assert r.invoke(app, cmd + ['--db', db]).exit_code == 0, cmd\n"
        "heavy = [m for m in ('spacy', 'dateparser', 'thinc') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_bad_files_in_a_batch(tmp_path, sample_db):
    good = tmp_path / "good.txt"
    good.write_text("NATO officials said on Tuesday that the alliance would test new translation tools.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    db = tmp_path / "batch.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), str(tmp_path), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "1 stored, 0 already present, 3 failed" in result.output


@pytest.mark.slow
def test_jobs_2_gives_the_same_store(tmp_path, sample_db):
    from claimline.store.sqlite import Store

    db = tmp_path / "j2.db"
    result = runner.invoke(app, ["ingest", "--jobs", "2", "--db", str(db), str(ROOT / "sample_articles")])
    assert result.exit_code == 0, result.output
    with Store(db) as a, Store(sample_db) as b:
        assert [c.model_dump() for c in a.claims()] == [c.model_dump() for c in b.claims()]


def test_every_conflict_explains_itself(sample_db):
    conflicts = json.loads(runner.invoke(app, ["conflicts", "--db", str(sample_db), "-f", "json"]).output)
    for c in conflicts:
        reason = c["resolution"]["reason"] if c["resolution"] else c["reason"]
        assert reason, c["id"]
        if c["status"] == "disputed":
            assert c["margin"] is not None and "margin" in reason
