"""A small PostgreSQL connection straight over libpq (ctypes), for the query commands.

``import psycopg`` costs about 0.1 s of CPU (it imports asyncio, logging, importlib.metadata,
ctypes.util, every type adapter), as much as a whole ``claimline show`` on SQLite. A query command
only sends a few statements and reads rows of text, integers and floats, so it talks to the
server through the same libpq psycopg uses (the system's ``libpq.so.5``, else the copy bundled in
``psycopg_binary``): parameters are sent as text with psycopg's type choices (``str`` untyped,
``int`` as the smallest integer type, ``float`` as float8), results come back as text and are
converted by column type (integers -> int, float/numeric -> float, bool -> bool, NULL -> None,
anything else -> str).

:func:`connect` returns ``None`` when no libpq can be loaded; the caller then uses psycopg.
Writers keep psycopg (pipelined ``executemany``, COPY-free but batched).
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

__all__ = ["LibpqConnection", "LibpqError", "connect", "load"]

_OK, _COMMAND_OK, _TUPLES_OK = 0, 1, 2
_SQLSTATE = ord("C")
_INTS = frozenset((20, 21, 23, 26))  # int8, int2, int4, oid
_FLOATS = frozenset((700, 701))
_NUMERIC = 1700
_BOOL = 16


class LibpqError(Exception):
    """A statement or connection failed; ``sqlstate`` as the server sent it (``None`` for connections)."""

    def __init__(self, message: str, sqlstate: str | None = None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


_lib: Any = None
_tried = False


def _candidates() -> Iterator[str]:
    yield os.environ.get("CLAIMLINE_LIBPQ") or "libpq.so.5"
    for base in sys.path:  # the copy psycopg_binary bundles (its own dependencies sit next to it)
        libs = os.path.join(base, "psycopg_binary.libs")
        if os.path.isdir(libs):
            for name in sorted(os.listdir(libs)):
                if name.startswith("libpq"):
                    yield os.path.join(libs, name)


def load() -> Any:
    """libpq with the signatures this module uses, or ``None``."""
    global _lib, _tried
    if _tried:
        return _lib
    _tried = True
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        p, i, u, s = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_char_p
        sigs: dict[str, tuple[Any, list[Any]]] = {
            "PQconnectdbParams": (p, [ctypes.POINTER(s), ctypes.POINTER(s), i]),
            "PQstatus": (i, [p]),
            "PQerrorMessage": (s, [p]),
            "PQfinish": (None, [p]),
            "PQexecParams": (p, [p, s, i, ctypes.POINTER(u), ctypes.POINTER(s), p, p, i]),
            "PQresultStatus": (i, [p]),
            "PQresultErrorMessage": (s, [p]),
            "PQresultErrorField": (s, [p, i]),
            "PQntuples": (i, [p]),
            "PQnfields": (i, [p]),
            "PQftype": (u, [p, i]),
            "PQgetvalue": (s, [p, i, i]),
            "PQgetisnull": (i, [p, i, i]),
            "PQcmdTuples": (s, [p]),
            "PQclear": (None, [p]),
        }
        try:
            for name, (res, args) in sigs.items():
                fn = getattr(lib, name)
                fn.restype, fn.argtypes = res, args
        except AttributeError:
            continue
        _lib = lib
        break
    return _lib


def _numeric(v: bytes) -> int | float:
    return float(v) if b"." in v or b"e" in v or b"N" in v else int(v)


def _converter(oid: int) -> Any:
    if oid in _INTS:
        return int
    if oid in _FLOATS:
        return float
    if oid == _NUMERIC:
        return _numeric
    if oid == _BOOL:
        return lambda v: v == b"t"
    return lambda v: v.decode("utf-8")


def _param(v: Any) -> tuple[int, bytes | None]:
    """(type oid, text) as psycopg would send ``v``: str untyped, int the smallest integer type."""
    if v is None:
        return 0, None
    if isinstance(v, bool):
        return _BOOL, b"t" if v else b"f"
    if isinstance(v, int):
        oid = 21 if -(2**15) <= v < 2**15 else 23 if -(2**31) <= v < 2**31 else 20 if -(2**63) <= v < 2**63 else 1700
        return oid, str(v).encode()
    if isinstance(v, float):
        return 701, repr(v).encode()
    if isinstance(v, str):
        return 0, v.encode("utf-8")
    if hasattr(v, "isoformat"):
        return 0, v.isoformat().encode()
    raise TypeError(f"cannot send {type(v).__name__} to PostgreSQL over libpq")


_PLACEHOLDER = re.compile(r"%[s%]")


def _numbered(sql: str) -> str:
    """``%s`` placeholders (psycopg's) -> ``$1, $2, ...``; ``%%`` -> ``%``."""
    n = 0

    def sub(m: re.Match[str]) -> str:
        nonlocal n
        if m[0] == "%%":
            return "%"
        n += 1
        return f"${n}"

    return _PLACEHOLDER.sub(sub, sql)


class Rows:
    """The rows of one statement, read at once (as psycopg's client-side cursor does)."""

    __slots__ = ("_i", "rowcount", "rows")

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int) -> None:
        self.rows = rows
        self.rowcount = rowcount
        self._i = 0

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._i >= len(self.rows):
            return None
        self._i += 1
        return self.rows[self._i - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        out = self.rows[self._i :]
        self._i = len(self.rows)
        return out

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


class LibpqConnection:
    """The part of a psycopg connection the store uses (``execute`` with ``%s`` placeholders,
    ``transaction()``, ``close()``), autocommit like the store's psycopg connection."""

    def __init__(self, lib: Any, url: str, connect_timeout: int = 10) -> None:
        self.lib = lib
        keys = (ctypes.c_char_p * 4)(b"dbname", b"connect_timeout", b"client_encoding", None)
        values = (ctypes.c_char_p * 4)(url.encode(), str(connect_timeout).encode(), b"UTF8", None)
        self.conn = lib.PQconnectdbParams(keys, values, 1)
        if not self.conn or lib.PQstatus(self.conn) != _OK:
            msg = (lib.PQerrorMessage(self.conn) or b"").decode("utf-8", "replace").strip() if self.conn else ""
            self.close()
            raise LibpqError(msg or "connection failed")
        self._depth = 0

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Rows:
        lib = self.lib
        n = len(args)
        if n:
            sent = [_param(a) for a in args]
            types = (ctypes.c_uint * n)(*(t for t, _ in sent))
            values = (ctypes.c_char_p * n)(*(v for _, v in sent))
            res = lib.PQexecParams(self.conn, _numbered(sql).encode("utf-8"), n, types, values, None, None, 0)
        else:
            res = lib.PQexecParams(self.conn, _numbered(sql).encode("utf-8"), 0, None, None, None, None, 0)
        if not res:
            raise LibpqError((lib.PQerrorMessage(self.conn) or b"").decode("utf-8", "replace").strip())
        try:
            status = lib.PQresultStatus(res)
            if status == _COMMAND_OK:
                count = lib.PQcmdTuples(res)
                return Rows([], int(count) if count else -1)
            if status != _TUPLES_OK:
                msg = (lib.PQresultErrorMessage(res) or b"").decode("utf-8", "replace").strip()
                state = lib.PQresultErrorField(res, _SQLSTATE)
                raise LibpqError(msg, state.decode() if state else None)
            ntuples, nfields = lib.PQntuples(res), lib.PQnfields(res)
            convs = [_converter(lib.PQftype(res, c)) for c in range(nfields)]
            get, isnull = lib.PQgetvalue, lib.PQgetisnull
            rows = []
            cols = list(enumerate(convs))
            for r in range(ntuples):
                row = []
                for c, conv in cols:
                    v = get(res, r, c)
                    row.append(None if not v and isnull(res, r, c) else conv(v))
                rows.append(tuple(row))
            return Rows(rows, ntuples)
        finally:
            lib.PQclear(res)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        for row in rows:
            self.execute(sql, row)

    @contextmanager
    def transaction(self) -> Iterator[LibpqConnection]:
        """A transaction (a savepoint inside one), committed unless the block raises."""
        name = f"s{self._depth}"
        self.execute(f"SAVEPOINT {name}" if self._depth else "BEGIN")
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            self.execute(f"ROLLBACK TO SAVEPOINT {name}" if self._depth else "ROLLBACK")
            raise
        self._depth -= 1
        self.execute(f"RELEASE SAVEPOINT {name}" if self._depth else "COMMIT")

    def close(self) -> None:
        if self.conn:
            self.lib.PQfinish(self.conn)
            self.conn = None


def connect(url: str, connect_timeout: int = 10) -> LibpqConnection | None:
    """A connection over libpq, or ``None`` when no libpq can be loaded (raises :class:`LibpqError`
    when the server refuses)."""
    lib = load()
    return LibpqConnection(lib, url, connect_timeout) if lib is not None else None
