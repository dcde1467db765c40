"""Stance claims carry their stance, and ``claimline claims --stance`` asks who backs or attacks what."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from claimline import api
from claimline.cli import app
from claimline.errors import ClaimlineError
from claimline.store import open_store

pytestmark = pytest.mark.slow

runner = CliRunner()

ARTICLE = (
    "Harbour levy splits the council\n\n"
    "Senator Ray Okafor criticised the council for the long delay in the bridge repairs. "
    "The harbour levy was praised by the regional chamber of commerce. "
    "Governor Lena Marsh opposes the plan to close the northern depot. "
    "Officials said the depot would stay open until March.\n"
)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stance")
    art = tmp / "harbour.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    path = tmp / "store.db"
    res = runner.invoke(app, ["ingest", str(art), "--db", str(path)])
    assert res.exit_code == 0, res.output
    return path


def _rows(db, stance: str) -> list[str]:
    res = runner.invoke(app, ["claims", "--db", str(db), "--stance", stance, "--format", "csv"])
    assert res.exit_code == 0, res.output
    header, *rows = res.output.splitlines()
    cols = header.split(",")
    want = [cols.index(k) for k in ("source.text", "cue.text", "text", "stance")]
    return [" | ".join(r.split(",")[i] for i in want) for r in rows]


def test_supports_passive_agent(db):
    assert _rows(db, "supports") == ["the regional chamber of commerce | praised | The harbour levy | supports"]


def test_opposes(db):
    assert _rows(db, "opposes") == ["Governor Lena Marsh | opposes | the plan to close the northern depot | opposes"]


def test_criticises_keeps_the_grounds(db):
    assert _rows(db, "criticises") == [
        "Senator Ray Okafor | criticised | the council for the long delay in the bridge repairs | criticises"
    ]


def test_table_output(db):
    res = runner.invoke(app, ["claims", "--db", str(db), "--stance", "criticises"])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["ID", "Source", "Cue", "Claim", "Certainty", "Time", "Tier", "Scopes"]
    assert len(lines) == 2 and " criticised " in lines[1] and lines[1].endswith("reported")


def test_limit_counts_after_the_filter(db):
    assert len(_rows(db, "supports")) == 1
    res = runner.invoke(app, ["claims", "--db", str(db), "--limit", "1", "--stance", "opposes", "--format", "csv"])
    assert len(res.output.splitlines()) == 2  # header + the one opposing claim, not the first claim stored


def test_unknown_stance_is_refused(db):
    res = runner.invoke(app, ["claims", "--db", str(db), "--stance", "likes"])
    assert res.exit_code == 1  # one red line, as README promises (review 4, P2)
    assert res.output == "Error: unknown stance 'likes' (use one of: supports, opposes, criticises)\n"
    with pytest.raises(ClaimlineError, match="unknown stance 'likes'"):
        api.claims(open_store(str(db)), stance="likes")
