"""Robustness: bad input, encodings, a batch with bad files, concurrent writers, kill -9, bad stores.

Everything goes through the real command (typer's runner in-process, or a
``claimline`` subprocess where processes matter). Each bad input must give one
clear ``Error:`` line naming the file and exit code 1, never a traceback.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app

runner = CliRunner()

ARTICLE = """Harbour authority plans expansion

By Zoé Martin
March 5, 2026

HELSINKI — The harbour authority said on Monday that it would add two berths by 2027, according to a statement.

“We expect the work to start in May,” said Jaana Mäkelä, the authority’s director.

Critics said the plan would cost €40 million more than the budget allowed. NATO officials said the port was not \
part of any military plan.
"""


def article(i: int) -> str:
    """A distinct small article (its own numbers, names and date)."""
    return f"""Port of Vaasa adds berths, report {i}

By Ann Gray
March {1 + i % 28}, 2026

VAASA — The port authority said on Tuesday that it would add {i + 2} berths by {2027 + i % 5}, according to a \
statement released by the city.

“We expect the work to start in May and to finish within {i + 3} months,” said Mikko Laine, the port’s director. \
He added that the cost had risen to {10 + i} million euros.

Officials at the ministry of transport said the plan had not been approved. Critics argued that the port \
could not afford the work, the Vaasa Courier reported.

NATO officials said on Wednesday that the port was not part of any military plan, and a spokesperson for \
the alliance declined to comment further.

The city council will vote on the budget in June, the mayor said. Analysts expect the vote to be close.
"""


def invoke(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env)


def error_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [ln for ln in result.stderr.splitlines() if ln.strip()]


def assert_one_clear_error(result, *must_contain: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = error_lines(result)
    assert len(lines) == 1, lines
    assert lines[0].startswith("Error: "), lines
    for s in must_contain:
        assert s in lines[0], (s, lines[0])


# ------------------------------------------------------------- bad input
def _bad_inputs(tmp: Path) -> dict[str, tuple[list[str], list[str]]]:
    """case -> (extra CLI args, substrings the one error line must contain)."""
    (tmp / "nodocs").mkdir()
    (tmp / "nodocs" / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_text("  \n\n\t \r\n")
    (tmp / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp / "big.txt").write_text(ARTICLE * 4)
    (tmp / "markup.html").write_bytes(b"<html><head><style>p{}</style></head><body><div><br></div></body></html>")
    (tmp / "badbom.txt").write_bytes(b"\xef\xbb\xbf\xff\xfe \xc3\x28 -- !!")
    missing = str(tmp / "nope" / "missing.txt")
    return {
        "missing": ([missing], ["missing.txt"]),
        "no-articles": ([str(tmp / "nodocs")], ["no articles", "nodocs"]),
        "empty": ([str(tmp / "empty.txt")], ["empty.txt", "empty"]),
        "blank": ([str(tmp / "blank.txt")], ["blank.txt", "empty"]),
        "binary": ([str(tmp / "binary.txt")], ["binary.txt", "binary"]),
        "too-big": (["--max-bytes", "1000", str(tmp / "big.txt")], ["big.txt", "limit", "--max-bytes"]),
        "markup-only": ([str(tmp / "markup.html")], ["markup.html", "no readable text"]),
        "replaced-only": ([str(tmp / "badbom.txt")], ["badbom.txt", "no readable text"]),
    }


CASES = ["missing", "no-articles", "empty", "blank", "binary", "too-big", "markup-only", "replaced-only"]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_bad_input_one_clear_line(tmp_path, case, command):
    args, expect = _bad_inputs(tmp_path)[case]
    db = ["--db", str(tmp_path / "s.db")] if command == "ingest" else []
    result = invoke(command, *db, *args)
    assert_one_clear_error(result, *expect)
    if command == "ingest":
        assert "0 stored" in result.stdout and "1 failed" in result.stdout, result.stdout


def test_max_bytes_from_environment(tmp_path):
    (tmp_path / "big.txt").write_text(ARTICLE * 4)
    result = invoke(
        "ingest", "--db", str(tmp_path / "s.db"), str(tmp_path / "big.txt"), env={"CLAIMLINE_MAX_BYTES": "500"}
    )
    assert_one_clear_error(result, "big.txt", "limit")


def test_default_limit_fits_real_articles():
    from claimline import config

    # a long feature is ~50-100 KB of HTML; the default must take it, and still refuse a dump
    assert 1_000_000 <= config.max_bytes() <= 50_000_000


def test_empty_stdin(tmp_path):
    result = runner.invoke(app, ["ingest", "--db", str(tmp_path / "s.db"), "-"], input=b"")
    assert_one_clear_error(result, "stdin", "empty")


def test_stdin_over_the_limit(tmp_path):
    args = ["ingest", "--db", str(tmp_path / "s.db"), "--max-bytes", "1000", "-"]
    result = runner.invoke(app, args, input=(ARTICLE * 4).encode())
    assert_one_clear_error(result, "stdin", "limit")


# ------------------------------------------------------- batch with bad files
def test_batch_goes_on_past_bad_files(tmp_path):
    corpus = tmp_path / "batch"
    corpus.mkdir()
    (corpus / "a_good.txt").write_text(article(1))
    (corpus / "b_empty.txt").write_bytes(b"")
    (corpus / "c_binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "d_good.md").write_text(article(2))
    (corpus / "e_big.txt").write_text(article(3) * 20)
    (corpus / "f_badbom.txt").write_bytes(b"\xef\xbb\xbf\xff\xff\xff")
    db = tmp_path / "batch.db"
    result = invoke("ingest", "--db", str(db), "--max-bytes", "5000", "--format", "json", str(corpus))
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    report = json.loads(result.stdout)
    assert report["stored"] == 2 and report["failed"] == 4, report
    lines = error_lines(result)
    assert len(lines) == 4, lines
    for name in ("b_empty.txt", "c_binary.txt", "e_big.txt", "f_badbom.txt"):
        assert sum(name in ln for ln in lines) == 1, (name, lines)
        assert any(name in f["path"] for f in report["failures"]), (name, report["failures"])
    arts = json.loads(invoke("articles", "--db", str(db), "--format", "json").stdout)
    assert sorted(Path(a["path"]).name for a in arts) == ["a_good.txt", "d_good.md"]
    # re-running stores nothing new and still says that something failed
    again = invoke("ingest", "--db", str(db), "--max-bytes", "5000", "--format", "json", str(corpus))
    assert again.exit_code == 1
    rep2 = json.loads(again.stdout)
    assert rep2["stored"] == 0 and rep2["present"] == 2 and rep2["failed"] == 4


# ----------------------------------------------------------------- encodings
ENCODINGS = {
    "utf8": lambda t: t.encode("utf-8"),
    "utf8-bom": lambda t: t.encode("utf-8-sig"),
    "utf16-bom": lambda t: t.encode("utf-16"),
    "utf16be-bom": lambda t: b"\xfe\xff" + t.encode("utf-16-be"),
    "cp1252": lambda t: t.encode("cp1252"),
    "latin1": lambda t: (
        t.replace("“", '"').replace("”", '"').replace("’", "'").replace("—", "-").replace("€", "EUR ").encode("latin-1")
    ),
    "crlf": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "crlf-cp1252": lambda t: t.replace("\n", "\r\n").encode("cp1252"),
}


def _spans(ex: dict) -> list[tuple[str, int, int, str]]:
    out = []
    for c in ex["claims"]:
        out.append(("claim", c["start"], c["end"], c["text"]))
        for key in ("source", "cue"):
            if c.get(key):
                out.append((key, c[key]["start"], c[key]["end"], c[key]["text"]))
        if c.get("time") and c["time"].get("char_start") is not None:
            out.append(("claim-time", c["time"]["char_start"], c["time"]["char_end"], c["time"]["text"]))
    out += [("time", t["start"], t["end"], t["text"]) for t in ex["times"]]
    out += [("mention", m["start"], m["end"], m["text"]) for m in ex["mentions"]]
    return out


def _extract_files(tmp_path: Path, encodings: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    files = []
    for name, encode in encodings.items():
        path = tmp_path / f"{name}.txt"
        path.write_bytes(encode(ARTICLE))
        files.append(path)
    result = invoke("extract", *map(str, files))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    data = data if isinstance(data, list) else [data]  # one file gives one object
    exs = {Path(ex["article"]["path"]).stem: ex for ex in data}
    assert set(exs) == set(encodings)
    return exs


@pytest.mark.slow
def test_encodings_and_line_ends_keep_offsets(tmp_path):
    exs = _extract_files(tmp_path, ENCODINGS)
    reference = [c["text"] for c in exs["utf8"]["claims"]]
    assert len(reference) >= 3, reference
    for name, ex in exs.items():
        text = ex["text"]
        assert "\ufffd" not in text and "Ã" not in text, (name, text[:200])
        assert "Zoé Martin" in text or "Zoé Martin" in ex["article"].get("author", ""), name
        assert "Mäkelä" in text, name
        if name not in ("latin1",):
            assert "“We expect" in text and "€40" in text, name
        for kind, start, end, span_text in _spans(ex):
            assert text[start:end] == span_text, (name, kind, start, end, span_text, text[start:end])
        if name != "latin1":
            assert [" ".join(c["text"].split()) for c in ex["claims"]] == [" ".join(t.split()) for t in reference], name


CRLF_SAMPLES = [
    "sample_articles/estonia-sovereign-cloud-award/06_harbourline-wire-update.txt",
    "sample_articles/denmark-drone-detection-pilot/02_scandinavian-defence-monitor.txt",
    "sample_articles/01_meridian-wire.txt",
]


def _lf(s: str | None) -> str | None:
    return s.replace("\r\n", "\n") if s is not None else None


def _claim_keys(ex) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [
        (
            _lf(c.text),
            _lf(c.source.text) if c.source else None,
            c.source.actor if c.source else None,
            _lf(c.cue.text) if c.cue else None,
            c.attribution,
            c.modality,
            c.negated,
            tuple(c.actors),
            c.subject,
        )
        for c in ex.claims
    ]


@pytest.mark.parametrize("name", CRLF_SAMPLES)
def test_crlf_and_lf_give_the_same_claims(extract, name):
    """spaCy parses "\r\n" as a whitespace token of its own, so a CRLF file parsed as it is
    gave other claims than the same article with LF (these three differed in their claims,
    sources or events). It is parsed as its LF view; offsets point into the CRLF text."""
    lf = (Path(__file__).resolve().parents[1] / name).read_text(encoding="utf-8")
    crlf = lf.replace("\n", "\r\n")
    a, b = extract(lf), extract(crlf)
    assert b.text == crlf
    assert _claim_keys(a) == _claim_keys(b)
    assert [(_lf(f.trigger.text), f.event_class, f.factuality) for f in a.events] == [
        (_lf(f.trigger.text), f.event_class, f.factuality) for f in b.events
    ]
    assert [(_lf(t.text), t.value) for t in a.times] == [(_lf(t.text), t.value) for t in b.times]
    for ex, text in ((a, lf), (b, crlf)):
        for c in ex.claims:
            assert text[c.start : c.end] == c.text
            for span in (c.source, c.cue):
                if span is not None:
                    assert text[span.start : span.end] == span.text
        for t in ex.times:
            assert text[t.start : t.end] == t.text
        for m in ex.mentions:
            assert text[m.start : m.end] == m.text
        for f in ex.events:
            assert text[f.trigger.start : f.trigger.end] == f.trigger.text
            for p in f.participants:
                assert text[p.start : p.end] == p.text


# --------------------------------------------------------------- processes
def _claimline() -> list[str]:
    exe = Path(sys.executable).parent / "claimline"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimline"]


def _ro(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)


@pytest.mark.slow
def test_two_concurrent_ingests_both_succeed(tmp_path):
    db = tmp_path / "shared.db"  # fresh: both processes also race to create and migrate it
    dirs = []
    for k in range(2):
        d = tmp_path / f"set{k}"
        d.mkdir()
        for i in range(6):
            (d / f"a{i}.txt").write_text(article(100 * (k + 1) + i))
        dirs.append(d)
    procs = [
        subprocess.Popen(
            [*_claimline(), "ingest", "--db", str(db), "--format", "json", str(d)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for d in dirs
    ]
    outs = [p.communicate(timeout=240) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, (p.returncode, out, err)
        assert "Traceback" not in err, err
        assert json.loads(out)["stored"] == 6, (out, err)
    con = _ro(db)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 12
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM claims").fetchone()[0] > 12
        assert con.execute("SELECT count(*) FROM migrations").fetchone()[0] >= 2
    finally:
        con.close()


@pytest.mark.slow
def test_kill_9_mid_batch_leaves_consistent_store(tmp_path, nlp):
    from claimline.extraction.claims import extract_many
    from claimline.read import read_path

    corpus = tmp_path / "batch"
    corpus.mkdir()
    n = 40
    for i in range(n):
        (corpus / f"a{i:02d}.txt").write_text(article(i) + ("\nThe mayor said the port would grow.\n" * (i % 3)))
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        [*_claimline(), "ingest", "--db", str(db), str(corpus)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    stored_at_kill = 0
    deadline = time.monotonic() + 240
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    con = _ro(db)
                    try:
                        stored_at_kill = con.execute("SELECT count(*) FROM articles").fetchone()[0]
                    finally:
                        con.close()
                except sqlite3.Error:
                    stored_at_kill = 0  # not created or migrated yet
                if stored_at_kill >= 1:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
            time.sleep(0.01)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL, (proc.returncode, proc.stderr.read() if proc.stderr else "")
    if stored_at_kill >= n:
        pytest.skip("the batch finished before the kill")

    # fresh extraction of every file, as ingest does it
    paths = sorted(corpus.iterdir())
    expected = {
        str(p): len(ex.claims)
        for p, ex in zip(paths, extract_many([(read_path(p), {"path": str(p)}) for p in paths], nlp=nlp), strict=True)
    }

    def check_consistent() -> int:
        con = _ro(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = con.execute(
                "SELECT a.path, (SELECT count(*) FROM claims c WHERE c.article_id = a.id) FROM articles a"
            ).fetchall()
            for path, count in rows:
                assert count == expected[path], (path, count, expected[path])
            orphans = con.execute(
                "SELECT count(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()[0]
            assert orphans == 0
            dangling = con.execute(
                "SELECT count(*) FROM claim_actors WHERE claim_id NOT IN (SELECT id FROM claims)"
            ).fetchone()[0]
            assert dangling == 0
            return len(rows)
        finally:
            con.close()

    after_kill = check_consistent()
    assert 1 <= after_kill < n
    # re-running the batch completes it
    result = invoke("ingest", "--db", str(db), "--format", "json", str(corpus))
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["stored"] == n - after_kill and report["present"] == after_kill, report
    assert check_consistent() == n


# -------------------------------------------------------------- bad stores
def test_store_that_is_not_claimline(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("these are my notes, not a database\n" * 200)
    assert_one_clear_error(invoke("articles", "--db", str(notes)), "notes.db")
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    con.commit()
    con.close()
    assert_one_clear_error(invoke("articles", "--db", str(other)), "other.db", "not a claimline store")
    assert_one_clear_error(invoke("timeline", "--db", str(other)), "other.db")


def test_corrupted_store(tmp_path):
    db = tmp_path / "broken.db"
    assert invoke("articles", "--db", str(tmp_path / "x.db")).exit_code == 1  # no store yet: clear error too
    from claimline.store.sqlite import Store

    Store(db).close()
    data = bytearray(db.read_bytes())
    data[0:16] = b"garbage garbage!"
    db.write_bytes(bytes(data))
    for f in tmp_path.glob("broken.db-*"):
        f.unlink()
    assert_one_clear_error(invoke("articles", "--db", str(db)), "broken.db")
    assert_one_clear_error(invoke("conflicts", "--db", str(db)), "broken.db")


def test_newer_store_refused_and_older_migrated(tmp_path):
    from claimline.store.migrations import APPLICATION_ID, MIGRATIONS
    from claimline.store.sqlite import Store

    newer = tmp_path / "newer.db"
    Store(newer).close()
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO migrations VALUES (999, 'from the future', '2030-01-01')")
    con.commit()
    con.close()
    assert_one_clear_error(invoke("claims", "--db", str(newer)), "newer.db", "newer")

    older = tmp_path / "older.db"
    con = sqlite3.connect(older)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    version, name, sql = MIGRATIONS[0]
    con.executescript(sql)
    con.execute("INSERT INTO migrations VALUES (?, ?, '2026-01-01')", (version, name))
    con.commit()
    con.close()
    result = invoke("conflicts", "--db", str(older))
    assert result.exit_code == 0, result.output
    con = sqlite3.connect(older)
    assert [r[0] for r in con.execute("SELECT version FROM migrations ORDER BY version")] == [
        v for v, _, _ in MIGRATIONS
    ]
    con.close()


@pytest.mark.slow
def test_cr_only_line_ends_keep_offsets(tmp_path):
    exs = _extract_files(tmp_path, {"cr": lambda t: t.replace("\n", "\r").encode("utf-8")})
    ex = exs["cr"]
    for kind, start, end, span_text in _spans(ex):
        assert ex["text"][start:end] == span_text, (kind, start, end, span_text)


# ------------------------------------------------------------------ no hang
# our own sentence with the parse shape of the one that looped (a denial with a "that" clause at the root,
# a second clause after a semicolon with "the reason X were thought ...", a "with Y offering ..." tail):
# the walk up from the root cue to find a cue above it never ended while tokens were compared by identity
HANGS = (
    "The union flatly denied that pay was a factor; staffing had been the reason talks were thought likely "
    "to fail, with managers offering 300 extra posts at 20 depots across 9 counties.\n"
)


@pytest.mark.slow
def test_extraction_terminates(extract):
    """A sentence shaped like one on which extraction looped forever: give it 20 s, then fail instead of
    hanging."""

    def timeout(signum, frame):  # type: ignore[no-untyped-def]
        raise TimeoutError("extraction did not finish in 20 s")

    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(20)
    try:
        ex = extract(HANGS)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert ex.claims
