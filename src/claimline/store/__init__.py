"""The store: SQLite (the embedded default) or PostgreSQL (a team's shared server), same schema."""

from __future__ import annotations

from pathlib import Path

from .sqlite import Store

__all__ = ["Store", "is_server", "open_store"]

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server(target: str | Path) -> bool:
    """True for a PostgreSQL URL (``postgresql://user@host:port/dbname``), False for a file."""
    return isinstance(target, str) and target.startswith(SERVER_SCHEMES)


def open_store(target: str | Path, *, create: bool = True) -> Store:
    """The store at ``target``: a PostgreSQL URL (psycopg, imported only then), else a SQLite file path."""
    if is_server(target):
        from .postgres import PgStore

        return PgStore(str(target), create=create)
    return Store(target, create=create)
