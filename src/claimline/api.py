"""The library face: one call per CLI command (ingest, extract, timeline, conflicts, show, refresh).

The CLI chooses options and output; everything it computes comes from here. Import is cheap:
stages load when a call needs them.
"""

from __future__ import annotations

from pathlib import Path

from . import config
from .store import Store
from .store import open_store as _open


def open_store(db: str | Path | None = None, *, create: bool = False) -> Store:
    """The store at ``db`` (else ``CLAIMLINE_DB``, else the user data directory).

    ``db`` is a SQLite file path or a PostgreSQL URL (``postgresql://user@host:5432/dbname``).
    """
    return _open(config.db_target(db), create=create)
