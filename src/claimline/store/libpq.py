"""Reading a PostgreSQL store through libpq itself (ctypes), without importing psycopg.

Every query command on a PostgreSQL store paid psycopg's import before its first statement
(~0.09 s CPU on a quiet core: its package imports the async connection and ``asyncio``, ``logging``,
every type adapter with ``decimal`` and ``zoneinfo``, hundreds of error classes), which held the
commands above the 0.25 s goal of issue 12. A query command only reads: it sends a few statements
and reads their rows as text. :class:`PqConnection` does that through the libpq that psycopg's binary
package ships (or the system's ``libpq.so.5``): loading it costs ~0.01 s.

What it gives is what psycopg gives for the same statement: parameters typed as psycopg types them
(``str`` unknown, ``int`` int2/int4/int8/numeric by value, ``float`` float8, ``bool`` bool, None NULL)
and values converted from the result's column types as psycopg converts them (integers, floats,
numeric as :class:`decimal.Decimal`, bool, json parsed, text). A column of any other type raises
:class:`Unsupported` before any row is returned, and :class:`claimline.store.postgres.PgConnection`
runs the statement again through psycopg, as it does every transaction and every ``executemany``
(writers stay on psycopg: its pipelined ``executemany`` and transactions are its own).
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

try:
    import ctypes
except ImportError:  # pragma: no cover - a Python built without ctypes: psycopg throughout
    ctypes = None  # type: ignore[assignment]

#: libpq's ConnStatusType / ExecStatusType values used here
_CONNECTION_OK = 0
_PGRES_COMMAND_OK, _PGRES_TUPLES_OK = 1, 2
_PG_DIAG_SQLSTATE = ord("C")
_PG_DIAG_MESSAGE_PRIMARY = ord("M")

_BOOL, _INT8, _INT2, _INT4, _OID, _FLOAT4, _FLOAT8, _NUMERIC = 16, 20, 21, 23, 26, 700, 701, 1700
_JSON, _JSONB = 114, 3802
_TEXT_TYPES = frozenset({18, 19, 25, 705, 1042, 1043})  # char, name, text, unknown, bpchar, varchar


class PqError(Exception):
    """An error the server or libpq reported (``sqlstate``: the server's code, '' when none)."""

    def __init__(self, message: str, sqlstate: str = "") -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


class UndefinedTable(PqError):
    """SQLSTATE 42P01 (as ``psycopg.errors.UndefinedTable``)."""


class Unsupported(Exception):
    """A result column of a type this reader does not convert as psycopg does (run it through psycopg)."""


def _quiet(arg: Any, message: Any) -> None:
    """Server notices are dropped, as psycopg drops them (libpq's default prints them on stderr)."""


#: [the notice processor (a C callback of :func:`_quiet`), the ``PQconninfoOption`` structure], made with
#: the library (ctypes types; none when there is no ctypes)
_C: list[Any] = []
_LIB: list[Any] = []


def library() -> Any | None:
    """libpq, loaded once with the prototypes used here; None when none is found (or
    ``CLAIMLINE_LIBPQ=off``): the store then reads through psycopg."""
    if ctypes is None or os.environ.get("CLAIMLINE_LIBPQ", "").lower() in ("off", "0", "no"):
        return None
    if _LIB:
        return _LIB[0]
    lib = None
    for path in _candidates():
        try:
            lib = ctypes.CDLL(path)
            break
        except OSError:
            continue
    if lib is not None:
        _prototypes(lib)
    _LIB.append(lib)
    return lib


def _candidates() -> list[str]:
    """The libpq psycopg's binary package ships (the one psycopg itself would use), then the system's."""
    out: list[str] = []
    spec = importlib.util.find_spec("psycopg_binary")
    if spec is not None and spec.origin:
        site = os.path.dirname(os.path.dirname(spec.origin))
        out += sorted(glob.glob(os.path.join(site, "psycopg_binary.libs", "libpq-*.so*")))
        out += sorted(glob.glob(os.path.join(site, "psycopg_binary", ".dylibs", "libpq*.dylib")))
    out += ["libpq.5.dylib"] if sys.platform == "darwin" else ["libpq.so.5"]
    return out


def _prototypes(lib: Any) -> None:
    c_void_p, c_char_p, c_int = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    notice = ctypes.CFUNCTYPE(None, c_void_p, c_char_p)

    class Option(ctypes.Structure):
        _fields_ = [
            ("keyword", c_char_p),
            ("envvar", c_char_p),
            ("compiled", c_char_p),
            ("val", c_char_p),
            ("label", c_char_p),
            ("dispchar", c_char_p),
            ("dispsize", c_int),
        ]

    _C[:] = [notice(_quiet), Option]
    protos: dict[str, tuple[Any, list[Any]]] = {
        "PQconnectdbParams": (c_void_p, [ctypes.POINTER(c_char_p), ctypes.POINTER(c_char_p), c_int]),
        "PQstatus": (c_int, [c_void_p]),
        "PQerrorMessage": (c_char_p, [c_void_p]),
        "PQfinish": (None, [c_void_p]),
        "PQsetNoticeProcessor": (c_void_p, [c_void_p, notice, c_void_p]),
        "PQexecParams": (
            c_void_p,
            [
                c_void_p,
                c_char_p,
                c_int,
                ctypes.POINTER(ctypes.c_uint),
                ctypes.POINTER(c_char_p),
                c_void_p,
                c_void_p,
                c_int,
            ],
        ),
        "PQresultStatus": (c_int, [c_void_p]),
        "PQresultErrorField": (c_char_p, [c_void_p, c_int]),
        "PQresultErrorMessage": (c_char_p, [c_void_p]),
        "PQntuples": (c_int, [c_void_p]),
        "PQnfields": (c_int, [c_void_p]),
        "PQftype": (ctypes.c_uint, [c_void_p, c_int]),
        "PQgetvalue": (c_char_p, [c_void_p, c_int, c_int]),
        "PQgetisnull": (c_int, [c_void_p, c_int, c_int]),
        "PQcmdTuples": (c_char_p, [c_void_p]),
        "PQclear": (None, [c_void_p]),
        "PQconninfoParse": (c_void_p, [c_char_p, ctypes.POINTER(c_char_p)]),
        "PQconninfoFree": (None, [c_void_p]),
        "PQfreemem": (None, [c_void_p]),
    }
    for name, (restype, argtypes) in protos.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = restype, argtypes


def conninfo_to_dict(lib: Any, conninfo: str) -> dict[str, str]:
    """The options a connection string or URL sets (libpq's ``PQconninfoParse``, as psycopg's
    ``conninfo_to_dict``); :class:`PqError` when libpq cannot parse it."""
    err = ctypes.c_char_p()
    opts = lib.PQconninfoParse(conninfo.encode(), ctypes.byref(err))
    if not opts:
        message = err.value.decode("utf-8", "replace") if err.value else "invalid connection string"
        if err.value:
            lib.PQfreemem(err)
        raise PqError(message.strip())
    out: dict[str, str] = {}
    try:
        arr = ctypes.cast(opts, ctypes.POINTER(_C[1]))
        i = 0
        while arr[i].keyword is not None:
            if arr[i].val is not None:
                out[arr[i].keyword.decode()] = arr[i].val.decode("utf-8", "replace")
            i += 1
    finally:
        lib.PQconninfoFree(opts)
    return out


def _param(value: Any) -> tuple[bytes | None, int]:
    """A parameter as psycopg sends it: (text, type oid)."""
    if value is None:
        return None, 0
    if isinstance(value, str):
        return value.encode(), 0
    if isinstance(value, bool):
        return (b"t" if value else b"f"), _BOOL
    if isinstance(value, int):
        if -(2**15) <= value < 2**15:
            oid = _INT2
        elif -(2**31) <= value < 2**31:
            oid = _INT4
        elif -(2**63) <= value < 2**63:
            oid = _INT8
        else:
            oid = _NUMERIC
        return str(int(value)).encode(), oid
    if isinstance(value, float):
        if value != value:
            return b"NaN", _FLOAT8
        if value in (float("inf"), float("-inf")):
            return (b"Infinity" if value > 0 else b"-Infinity"), _FLOAT8
        return repr(value).encode(), _FLOAT8
    raise Unsupported(f"a parameter of type {type(value).__name__}")


def _decimal(text: str) -> Any:
    from decimal import Decimal

    return Decimal(text)


def _json(text: str) -> Any:
    import json

    return json.loads(text)


def _converter(oid: int) -> Any:
    """text -> the value psycopg gives for a column of type ``oid``; None: the text itself."""
    if oid in _TEXT_TYPES:
        return None
    if oid in (_INT2, _INT4, _INT8, _OID):
        return int
    if oid in (_FLOAT4, _FLOAT8):
        return float
    if oid == _NUMERIC:
        return _decimal
    if oid == _BOOL:
        return lambda t: t == "t"
    if oid in (_JSON, _JSONB):
        return _json
    raise Unsupported(f"a result column of type oid {oid}")


class Result:
    """The rows of one statement, as psycopg's cursor gives them (``fetchone``, ``fetchall``, iteration)."""

    def __init__(self, rows: list[tuple[Any, ...]], rowcount: int) -> None:
        self._rows = rows
        self._at = 0
        self.rowcount = rowcount

    def fetchone(self) -> tuple[Any, ...] | None:
        if self._at >= len(self._rows):
            return None
        self._at += 1
        return self._rows[self._at - 1]

    def fetchall(self) -> list[tuple[Any, ...]]:
        rest = self._rows[self._at :]
        self._at = len(self._rows)
        return rest

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        while self._at < len(self._rows):
            self._at += 1
            yield self._rows[self._at - 1]


_PERCENT = re.compile(r"%%|%s")


def placeholders(sql: str) -> str:
    """A statement as translated for psycopg (``%s`` placeholders, ``%%`` for ``%``) in libpq's terms
    (``$1, $2, ...``, ``%``)."""
    n = 0

    def one(m: re.Match[str]) -> str:
        nonlocal n
        if m.group() == "%%":
            return "%"
        n += 1
        return f"${n}"

    return _PERCENT.sub(one, sql)


class PqConnection:
    """One libpq connection in autocommit (each statement its own transaction, as the store's psycopg
    connection runs outside ``transaction()``)."""

    def __init__(self, lib: Any, url: str, options: Mapping[str, str]) -> None:
        self.lib = lib
        params = {"dbname": url, "connect_timeout": "10", "client_encoding": "UTF8", **options}
        keys = (ctypes.c_char_p * (len(params) + 1))(*[k.encode() for k in params], None)
        values = (ctypes.c_char_p * (len(params) + 1))(*[v.encode() for v in params.values()], None)
        self.con = lib.PQconnectdbParams(keys, values, 1)  # (1: dbname may be a URL or connection string)
        if not self.con:  # pragma: no cover - out of memory
            raise PqError("libpq could not allocate a connection")
        if lib.PQstatus(self.con) != _CONNECTION_OK:
            message = (lib.PQerrorMessage(self.con) or b"").decode("utf-8", "replace").strip()
            lib.PQfinish(self.con)
            self.con = None
            raise PqError(f"connection failed: {message}" if message else "connection failed")
        lib.PQsetNoticeProcessor(self.con, _C[0], None)

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Result:
        """Run one statement (``$n`` placeholders) with ``args``; its rows converted as psycopg converts them."""
        lib = self.lib
        params = [_param(a) for a in args]
        n = len(params)
        values = (ctypes.c_char_p * max(n, 1))(*[v for v, _ in params])
        types = (ctypes.c_uint * max(n, 1))(*[t for _, t in params])
        res = lib.PQexecParams(self.con, sql.encode(), n, types, values, None, None, 0)
        if not res:
            raise PqError((lib.PQerrorMessage(self.con) or b"").decode("utf-8", "replace").strip())
        try:
            status = lib.PQresultStatus(res)
            if status == _PGRES_COMMAND_OK:
                count = lib.PQcmdTuples(res)
                return Result([], int(count) if count else -1)
            if status != _PGRES_TUPLES_OK:
                state = (lib.PQresultErrorField(res, _PG_DIAG_SQLSTATE) or b"").decode()
                message = lib.PQresultErrorField(res, _PG_DIAG_MESSAGE_PRIMARY) or lib.PQresultErrorMessage(res)
                text = (message or b"").decode("utf-8", "replace").strip()
                raise (UndefinedTable if state == "42P01" else PqError)(text, state)
            return Result(self._rows(res), lib.PQntuples(res))
        finally:
            lib.PQclear(res)

    def _rows(self, res: int) -> list[tuple[Any, ...]]:
        lib = self.lib
        nrows, ncols = lib.PQntuples(res), lib.PQnfields(res)
        convert = [_converter(lib.PQftype(res, j)) for j in range(ncols)]
        get, isnull = lib.PQgetvalue, lib.PQgetisnull
        rows: list[tuple[Any, ...]] = []
        for i in range(nrows):
            row: list[Any] = []
            for j in range(ncols):
                raw = get(res, i, j)
                if not raw and isnull(res, i, j):
                    row.append(None)
                    continue
                text = raw.decode()
                fn = convert[j]
                row.append(text if fn is None else fn(text))
            rows.append(tuple(row))
        return rows

    def close(self) -> None:
        if self.con:
            self.lib.PQfinish(self.con)
            self.con = None

    def __del__(self) -> None:  # (a store dropped unclosed: its connection goes with it, as psycopg's does)
        with contextlib.suppress(Exception):  # (at interpreter shutdown)
            self.close()
