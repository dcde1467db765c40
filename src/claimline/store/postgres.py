"""The claimline store on a PostgreSQL server: ``--db postgresql://user@host/dbname``.

The same numbered migrations, tables and queries as the SQLite store (:mod:`.sqlite`); only the
connection differs. Statements are written once, in SQLite's dialect, and translated here:
``?`` placeholders become ``%s``, ``INSERT OR IGNORE`` becomes ``INSERT ... ON CONFLICT DO
NOTHING``, ``WITHOUT ROWID`` is dropped. Writers may be many processes on many machines:

* an article is inserted with ``ON CONFLICT DO NOTHING``, so two writers adding the same
  article store it once (the second waits for the first's commit, then sees it);
* migrations and reconciliation take a transaction-scoped advisory lock, so they run one at a
  time and see every committed article;
* so does every article's write (``WRITE_LOCK``): its frames are clustered against every frame
  committed before it, so two writers storing two reports of one event at once make one event, as
  one writer storing them in turn does (the clusters never depend on the writers' timing).

Needs ``psycopg`` 3 (``pip install 'claimline[postgres]'``); it is imported only when a
PostgreSQL store is opened.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import types
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import ClaimlineError
from .migrations import MIGRATION_LOCK, MIGRATIONS
from .sqlite import Store, after_migration, split_sql, utc_now


@lru_cache(maxsize=256)
def translate(sql: str) -> str:
    """A statement in the store's SQLite dialect, for PostgreSQL."""
    sql = re.sub(r"\)\s*WITHOUT ROWID", ")", sql)
    sql = sql.replace("/* FOR UPDATE */", "FOR UPDATE")  # (row locks, where SQLite's one writer needs none)
    if re.match(r"\s*INSERT OR IGNORE", sql):
        sql = re.sub(r"INSERT OR IGNORE", "INSERT", sql, count=1) + " ON CONFLICT DO NOTHING"
    return sql.replace("%", "%%").replace("?", "%s")


def _first_line(exc: Exception) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def _import_psycopg() -> Any:
    """``import psycopg``, without :mod:`importlib.metadata`: ``psycopg.version`` and
    ``psycopg_binary.version`` read their distributions' versions through it at import (its path scan,
    email parser and ``importlib.resources``: a fifth of psycopg's import, which every query on a
    PostgreSQL store pays). Those two modules are put in place first, each with the version its
    ``NAME-VERSION.dist-info`` directory beside the package gives; where there is none (another kind
    of install) psycopg reads its versions as it does."""
    if "psycopg" not in sys.modules:
        for name in ("psycopg", "psycopg_binary"):
            if name + ".version" in sys.modules:
                continue
            spec = importlib.util.find_spec(name)
            if spec is None or not spec.origin:
                continue
            site = os.path.dirname(os.path.dirname(spec.origin))
            prefix = name + "-"
            found = [d for d in os.listdir(site) if d.startswith(prefix) and d.endswith(".dist-info")]
            if len(found) == 1:
                version = types.ModuleType(name + ".version")
                version.__version__ = found[0][len(prefix) : -len(".dist-info")]  # type: ignore[attr-defined]
                sys.modules[version.__name__] = version
    import psycopg

    return psycopg


_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


def local_options(params: dict[str, Any], env: Mapping[str, str]) -> dict[str, str]:
    """Connection options for a server on this machine (every host of the URL a Unix socket
    directory or a loopback address): no TLS and no GSSAPI encryption, which protect nothing there
    and cost a round trip each (libpq's defaults, ``prefer``, ask for them first; with TLS on, as in
    Debian's packaged server, a handshake too). Only what neither the URL nor the environment
    (``PGSSLMODE``, ``PGGSSENCMODE``) sets; nothing for another host, nor for a libpq service
    (``?service=``, ``PGSERVICE``, ``PGSERVICEFILE``): its entry names its own host and ``sslmode``,
    which libpq takes only for the keys the connection does not give."""
    if "service" in params or env.get("PGSERVICE") or env.get("PGSERVICEFILE"):
        return {}
    hosts = [h for key in ("host", "hostaddr") for h in str(params.get(key) or "").split(",") if h]
    if not hosts:
        hosts = [h for var in ("PGHOST", "PGHOSTADDR") for h in env.get(var, "").split(",") if h]
    if not all(h.startswith("/") or h.startswith("@") or h in _LOOPBACK for h in hosts):
        return {}  # (no host at all: libpq's default, the Unix socket)
    out: dict[str, str] = {}
    for key, var in (("sslmode", "PGSSLMODE"), ("gssencmode", "PGGSSENCMODE")):
        if key not in params and var not in env:
            out[key] = "disable"
    return out


# the server's refusal of a connection without encryption: "no pg_hba.conf entry for host ...,
# no encryption" (PostgreSQL 14 and later; "SSL off" before), or a pooler's "SSL required"
_NEEDS_ENCRYPTION = re.compile(r"\bno encryption\b|\bSSL off\b|\b(?:SSL|encryption) required\b", re.IGNORECASE)


def wants_encryption(exc: Exception) -> bool:
    """Whether a failed connection was refused for want of TLS or GSSAPI encryption: the one failure
    worth a second attempt without :func:`local_options` (not a wrong password, a missing database
    or a server that does not answer)."""
    return bool(_NEEDS_ENCRYPTION.search(str(exc)))


class PgConnection:
    """The part of :class:`sqlite3.Connection` the store uses, on a PostgreSQL server.

    Statements outside a transaction are read through libpq itself (:mod:`.libpq`, when a libpq is
    found: ~0.01 s to load) until the first transaction, ``executemany`` or result column it does not
    convert as psycopg does; from then on everything goes through psycopg (imported then: ~0.1 s CPU),
    whose pipelined ``executemany`` and transactions writers use. So a query command, which only reads,
    never imports psycopg. ``direct=False``: psycopg from the start."""

    def __init__(self, url: str, *, direct: bool = True) -> None:
        from . import libpq

        self.url = url
        self._psycopg: Any = None
        self._con: Any = None
        self._pq: Any = None
        lib = libpq.library() if direct else None
        if lib is None:
            self._open()
            return
        try:
            local = local_options(libpq.conninfo_to_dict(lib, url), os.environ)
        except libpq.PqError as exc:
            raise ClaimlineError(f"cannot connect to {redact(url)}: {_first_line(exc)}") from exc
        try:
            try:
                self._pq = libpq.PqConnection(lib, url, local)
            except libpq.PqError as exc:
                if not local or not wants_encryption(exc):
                    raise
                # a server that insists on encryption even on this machine: as the URL says
                self._pq = libpq.PqConnection(lib, url, {})
        except libpq.PqError as exc:
            raise ClaimlineError(f"cannot connect to {redact(url)}: {_first_line(exc)}") from exc

    def _open(self) -> Any:
        """The psycopg connection (opened, and psycopg imported, on first use); closes the libpq one."""
        if self._con is not None:
            return self._con
        try:
            psycopg = _import_psycopg()
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ClaimlineError("a PostgreSQL store needs psycopg: pip install 'claimline[postgres]'") from exc
        url = self.url
        try:
            local = local_options(psycopg.conninfo.conninfo_to_dict(url), os.environ)
        except psycopg.Error as exc:
            raise ClaimlineError(f"cannot connect to {redact(url)}: {_first_line(exc)}") from exc
        try:
            try:
                con = psycopg.connect(url, autocommit=True, connect_timeout=10, **local)
            except psycopg.OperationalError as exc:
                if not local or not wants_encryption(exc):
                    raise
                # a server that insists on encryption even on this machine: as the URL says
                con = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise ClaimlineError(f"cannot connect to {redact(url)}: {_first_line(exc)}") from exc
        self._psycopg, self._con = psycopg, con
        if self._pq is not None:
            self._pq.close()
            self._pq = None
        return con

    @property
    def con(self) -> Any:
        """The psycopg connection (opened now if it is not yet)."""
        return self._open()

    @property
    def errors(self) -> Any:
        """What a failed statement raises (for ``except``): libpq's errors, and psycopg's once it is used."""
        from .libpq import PqError

        return (PqError, self._psycopg.Error) if self._psycopg is not None else PqError

    @property
    def undefined_table(self) -> Any:
        from .libpq import UndefinedTable

        if self._psycopg is not None:
            return (UndefinedTable, self._psycopg.errors.UndefinedTable)
        return UndefinedTable

    def execute(self, sql: str, args: Sequence[Any] = ()) -> Any:
        if self._pq is not None:
            from .libpq import Unsupported, placeholders

            try:
                return self._pq.execute(placeholders(translate(sql)), tuple(args))
            except Unsupported:
                pass  # (a statement whose result holds a column of another type: a read, run again)
        return self._open().execute(translate(sql), tuple(args))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            with self._open().cursor() as cur:
                cur.executemany(translate(sql), rows)

    @contextmanager
    def transaction(self, lock: int | None = None) -> Iterator[PgConnection]:
        con = self._open()
        with con.transaction():
            if lock is not None:
                con.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
            yield self

    def tables(self) -> set[str]:
        rows = self.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")
        return {r[0] for r in rows}

    def schema(self) -> str:
        """Tables (columns, keys) and indexes of the current schema, one line each, sorted."""
        lines = []
        cols: dict[str, list[str]] = {}
        for table, col, typ, nullable in self.execute(
            "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns"
            " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ):
            cols.setdefault(table, []).append(f"{col} {typ}{' NOT NULL' if nullable == 'NO' else ''}")
        for table, items in sorted(cols.items()):
            lines.append(f"TABLE {table} ({', '.join(items)})")
        for (definition,) in self.execute(
            "SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"
        ):
            lines.append(definition.replace(f"{self._schema()}.", ""))
        for (definition,) in self.execute(
            "SELECT conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE connamespace = current_schema()::regnamespace AND contype = 'f' ORDER BY 1"
        ):
            lines.append("FOREIGN KEY " + definition)
        return "\n".join(sorted(lines))

    def _schema(self) -> str:
        return self.execute("SELECT current_schema()").fetchone()[0]

    def close(self) -> None:
        if self._pq is not None:
            self._pq.close()
            self._pq = None
        if self._con is not None:
            self._con.close()


class PgStore(Store):
    """:class:`~claimline.store.sqlite.Store` on a PostgreSQL database (``postgresql://...``)."""

    kind = "postgresql"
    _ADD_MANY = False  # an article a transaction (see Store._ADD_MANY)

    def __init__(self, url: str, *, create: bool = True) -> None:  # noqa: ARG002 - the server holds the database
        self.target = url
        self.path = Path(redact(url))  # for messages only
        self.db = PgConnection(url)  # type: ignore[assignment]
        try:
            self._check_and_migrate()
        except self.db.errors as exc:
            self.db.close()
            raise ClaimlineError(f"{redact(url)} is not a usable claimline store: {exc}") from exc

    _SOURCE_TEXT = "(data::json) -> 'source' ->> 'text'"
    _ACTORS = "(c.data::json) ->> 'actors'"

    def _keep(self, sql: str, rows: Sequence[Sequence[object]]) -> bool:
        """As :meth:`Store._keep` (a cluster merged away meanwhile fails the batch)."""
        if not rows:
            return False
        try:
            with self.transaction() as tx:
                tx.executemany(sql, rows)
        except self.db.errors:  # type: ignore[attr-defined]
            return False
        return True

    def _check_and_migrate(self) -> None:
        db: PgConnection = self.db  # type: ignore[assignment]
        # (a store's usual open: one round trip) Only the migrations of current_schema(): the bare name
        # resolves through the whole search_path and would adopt a store in a later schema.
        try:
            done = {
                r[0]
                for r in db.execute(
                    "SELECT version FROM migrations"
                    " WHERE tableoid = to_regclass(quote_ident(current_schema()) || '.migrations')"
                )
            }
        except db.undefined_table:
            done = set()
        if not done and "migrations" not in (tables := db.tables()) and tables:
            raise ClaimlineError(f"{redact(self.target)} is not a claimline store (it has other tables)")
        newest = max(v for v, _, _ in MIGRATIONS)
        if done and max(done) > newest:
            raise ClaimlineError(
                f"{redact(self.target)} was written by a newer claimline (schema {max(done)} > {newest});"
                " upgrade claimline"
            )
        if done >= {v for v, _, _ in MIGRATIONS}:
            return
        for version, name, sql in MIGRATIONS:
            with db.transaction(lock=MIGRATION_LOCK):
                db.execute(
                    "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    " applied_at TEXT NOT NULL)"
                )
                if db.execute("SELECT 1 FROM migrations WHERE version = ?", (version,)).fetchone():
                    continue  # done before, or by another process meanwhile
                for statement in split_sql(sql):
                    db.execute(statement)
                after_migration(db, version)
                db.execute(
                    "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)", (version, name, utc_now())
                )

    @contextmanager
    def transaction(self, lock: int | None = None) -> Iterator[PgConnection]:  # type: ignore[override]
        with self.db.transaction(lock) as tx:  # type: ignore[attr-defined]
            yield tx

    def schema(self) -> str:
        return self.db.schema()  # type: ignore[attr-defined]

    def columns(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for table, col in self.db.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"
        ):
            out.setdefault(table, []).append(col)
        return out

    def indexes(self) -> set[str]:
        rows = self.db.execute(
            "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey'"
        )
        return {r[0] for r in rows}
