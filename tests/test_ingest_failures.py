"""One error path for serial, ``--jobs 2`` and Dask ingest (issue 11, item 8): each failing file
is named with its reason, whatever the exception, the rest of the batch is stored, exit code 1.

Extraction is made to fail for two marked articles by a ``sitecustomize`` on ``PYTHONPATH``
(so that worker processes, forked, spawned or Dask's, fail the same way): one raises a
RuntimeError (a bug), one a ClaimlineError whose message does not name the file.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_articles"
runner = CliRunner()

pytestmark = pytest.mark.slow

POISON = """
import os

if os.environ.get("CLAIMLINE_TEST_POISON"):
    import claimline.extraction.claims as _claims

    _finish = _claims.finish

    def finish(prep, doc, **kw):
        text = prep.read.text
        if "Poisoned-by-a-bug" in text:
            raise RuntimeError("boom in extraction")
        if "Poisoned-politely" in text:
            from claimline.errors import ClaimlineError

            raise ClaimlineError("cannot extract this article")
        return _finish(prep, doc, **kw)

    _claims.finish = finish
"""


@pytest.fixture()
def poisoned(tmp_path, monkeypatch) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(POISON)
    monkeypatch.setenv("PYTHONPATH", str(site))
    monkeypatch.setenv("CLAIMLINE_TEST_POISON", "1")
    import claimline.extraction.claims as claims

    namespace: dict[str, object] = {}
    original = claims.finish
    exec(compile(POISON, "sitecustomize.py", "exec"), namespace)  # this process too (serial, forked pool)
    yield site
    claims.finish = original


def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    for name in ("01_meridian-wire.txt", "03_circuitline.txt"):
        (d / name).write_bytes((SAMPLES / name).read_bytes())
    base = (SAMPLES / "05_the-policy-wire.txt").read_text(encoding="utf-8")
    (d / "bug.txt").write_text(base + "\nPoisoned-by-a-bug, the officials said.\n", encoding="utf-8")
    (d / "polite.txt").write_text(base + "\nPoisoned-politely, the officials said.\n", encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    return d


@pytest.mark.parametrize("mode", [["--jobs", "1"], ["--jobs", "2"], ["--dask", "local", "--dask-workers", "1"]])
def test_each_failing_file_is_named_and_the_rest_stored(tmp_path, poisoned, mode):
    d = corpus(tmp_path)
    db = tmp_path / "s.db"
    result = runner.invoke(app, ["ingest", "--db", str(db), *mode, "--format", "json", str(d)])
    assert result.exit_code == 1, (result.output, result.exception)
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    assert (report["stored"], report["failed"]) == (2, 3), report
    assert sorted(Path(f["path"]).name for f in report["failures"]) == ["bug.txt", "empty.txt", "polite.txt"]
    assert sorted(result.stderr.splitlines()) == [
        f"Error: {d / 'bug.txt'}: extraction failed: RuntimeError: boom in extraction",
        f"Error: {d / 'empty.txt'} is empty",
        f"Error: {d / 'polite.txt'}: cannot extract this article",
    ]
    stored = json.loads(runner.invoke(app, ["articles", "--db", str(db), "-f", "json"]).stdout)
    assert sorted(Path(a["path"]).name for a in stored) == ["01_meridian-wire.txt", "03_circuitline.txt"]
