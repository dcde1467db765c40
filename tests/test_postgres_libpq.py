"""Reading a PostgreSQL store through libpq itself (``store.libpq``, issue 12): the rows, types and errors
psycopg gives for the same statements, psycopg for what it does not convert and for every write."""

from __future__ import annotations

import json
from typing import Any

import pytest

from claimline.store import libpq

pytestmark = pytest.mark.postgres


@pytest.fixture()
def lib() -> Any:
    found = libpq.library()
    if found is None:
        pytest.skip("no libpq found")
    return found


def _psycopg_rows(url: str, sql: str, args: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    import psycopg

    from claimline.store.postgres import translate

    with psycopg.connect(url, autocommit=True) as con:
        return con.execute(translate(sql), args).fetchall()


STATEMENTS: list[tuple[str, tuple[Any, ...]]] = [
    (
        "SELECT 1::int2, 70000::int4, 5000000000::int8, 1.5::float4, 0.1::float8, 2.50::numeric, true, false,"
        " NULL::text, '', 'x'::varchar, 'nom'::name, 'c'::char(3), '{\"a\": [1, 2]}'::json, '[1, \"b\"]'::jsonb",
        (),
    ),
    ("SELECT COUNT(*), SUM(x), AVG(x), MAX(x), MIN(x) FROM (VALUES (1), (2), (4)) v (x)", ()),
    (
        "SELECT ?, ? || 'b', substr('claimline', ?, ?), ? + 1, ? * 2, ?::text, ?",
        ("a", "a", 2, 3, 40000, 1.25, True, None),
    ),
    ("SELECT x FROM (VALUES ('50%'), ('5'), ('a_b')) v (x) WHERE x LIKE ? OR x LIKE '%\\_%' ORDER BY x", ("%\\%",)),
    ("SELECT 'héllo ✓ ' || ?, length(?)", ("ünï ✓", "ünï ✓")),
    ("SELECT ? = ?, ? < ?", (2**40, 2**40, -(2**70), 2**70)),
    ("SELECT x FROM (VALUES (1), (2)) v (x) WHERE x = ? LIMIT ?", (2, 10)),
    ("SELECT ?::float8, ?::float8, ?::float8", (float("inf"), float("-inf"), 1e-300)),
]


@pytest.mark.parametrize(("sql", "args"), STATEMENTS)
def test_rows_and_types_are_those_psycopg_gives(lib: Any, sql: str, args: tuple[Any, ...]) -> None:
    from claimline.store.postgres import translate

    from .conftest import pg_server

    url = pg_server()
    con = libpq.PqConnection(lib, url, {})
    try:
        got = con.execute(libpq.placeholders(translate(sql)), args).fetchall()
    finally:
        con.close()
    want = _psycopg_rows(url, sql, args)
    assert got == want
    assert [[type(v) for v in row] for row in got] == [[type(v) for v in row] for row in want]


def test_a_store_connection_reads_through_libpq_and_writes_through_psycopg(lib: Any, pg_schema: Any) -> None:
    import sys

    from claimline.store.postgres import PgConnection

    db = PgConnection(pg_schema())
    try:
        assert db._pq is not None and db._con is None
        db.execute("CREATE TABLE t (a TEXT PRIMARY KEY, n INTEGER, f DOUBLE PRECISION)")
        db.execute("INSERT INTO t (a, n, f) VALUES (?, ?, ?)", ("x", 1, 0.5))
        assert db.execute("SELECT a, n, f FROM t").fetchall() == [("x", 1, 0.5)]
        cur = db.execute("SELECT a FROM t UNION ALL SELECT 'y' ORDER BY 1")
        assert cur.fetchone() == ("x",)
        assert list(cur) == [("y",)]
        assert cur.fetchone() is None
        with pytest.raises(db.undefined_table):
            db.execute("SELECT * FROM missing")
        with pytest.raises(db.errors):
            db.execute("SELEKT 1")
        # a column of a type it does not convert: read again through psycopg, as psycopg gives it
        from datetime import date

        assert db.execute("SELECT DATE '2026-12-05'").fetchone() == (date(2026, 12, 5),)
        assert db._con is not None and db._pq is None and "psycopg" in sys.modules
        with db.transaction(lock=7):
            db.executemany("INSERT INTO t (a, n, f) VALUES (?, ?, ?)", [("z", 2, 1.0)])
        assert db.execute("SELECT COUNT(*) FROM t").fetchone() == (2,)
        with pytest.raises(db.undefined_table):
            db.execute("SELECT * FROM missing")
    finally:
        db.close()


def test_the_connection_options_are_libpqs_as_psycopg_parses_them(lib: Any) -> None:
    import psycopg

    for url in (
        "postgresql://u:secret@127.0.0.1:5433/x?options=-csearch_path%3Dabc",
        "postgresql:///x?host=/run/postgresql&sslmode=require",
        "host=db.example.org dbname=x user=u",
    ):
        assert libpq.conninfo_to_dict(lib, url) == psycopg.conninfo.conninfo_to_dict(url)
    with pytest.raises(libpq.PqError):
        libpq.conninfo_to_dict(lib, "postgresql://u@[oops/x")


def test_placeholders() -> None:
    assert libpq.placeholders("SELECT %s, '%%s', %s WHERE a LIKE '5%%'") == "SELECT $1, '%s', $2 WHERE a LIKE '5%'"


def test_json_columns_parse_as_psycopg_parses_them(lib: Any) -> None:
    from .conftest import pg_server

    con = libpq.PqConnection(lib, pg_server(), {})
    try:
        (value,) = con.execute("SELECT $1::json", ('{"k": [1.5, null, "é"]}',)).fetchall()[0]
    finally:
        con.close()
    assert value == json.loads('{"k": [1.5, null, "é"]}')


def test_a_connection_dropped_unclosed_is_closed(lib: Any) -> None:
    """A store dropped without ``close()`` ends its libpq connection (as psycopg's does when collected),
    so a long-lived process opening stores does not exhaust the server's connections."""
    import gc

    import psycopg

    from claimline.store.postgres import PgConnection

    from .conftest import pg_server

    url = pg_server()
    count = "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database()"
    with psycopg.connect(url, autocommit=True) as watcher:
        before = watcher.execute(count).fetchone()[0]
        for _ in range(5):
            db = PgConnection(url)
            assert db.execute("SELECT 1").fetchone() == (1,)
            del db
        gc.collect()
        assert watcher.execute(count).fetchone()[0] == before


@pytest.mark.parametrize("how", ["CLAIMLINE_LIBPQ=off", "no ctypes"])
def test_without_libpq_the_store_reads_through_psycopg(lib: Any, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    from claimline.store.postgres import PgConnection

    from .conftest import pg_server

    if how == "no ctypes":
        monkeypatch.setattr(libpq, "ctypes", None)
    else:
        monkeypatch.setenv("CLAIMLINE_LIBPQ", "off")
    assert libpq.library() is None
    db = PgConnection(pg_server())
    try:
        assert db._pq is None and db._con is not None
        assert db.execute("SELECT ?::int4 + 1", (1,)).fetchone() == (2,)
    finally:
        db.close()
