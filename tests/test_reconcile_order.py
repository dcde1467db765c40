"""``claimline reconcile`` clusters the stored frames again in publication order, so the conflicts after it
do not depend on the order the articles were ingested (review 8, V5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app

runner = CliRunner()
STORY = Path(__file__).parent.parent / "sample_articles" / "veldhaven-bank-breach-fine"


def _reconciled(db: str, files: list[Path]) -> str:
    for f in files:  # one ingest each: the incremental path, in this order
        assert runner.invoke(app, ["ingest", "--db", db, str(f)]).exit_code == 0
    assert runner.invoke(app, ["reconcile", "--db", db]).exit_code == 0
    result = runner.invoke(app, ["conflicts", "--db", db])
    assert result.exit_code == 0
    return result.output


@pytest.mark.slow
def test_conflicts_after_reconcile_do_not_depend_on_the_ingest_order(tmp_path):
    report, denial = sorted(STORY.glob("02_*")), sorted(STORY.glob("06_*"))
    first = _reconciled(str(tmp_path / "a.db"), report + denial)
    second = _reconciled(str(tmp_path / "b.db"), denial + report)  # the denial stored before what it denies
    assert "whether warning happened" in first
    assert second == first
