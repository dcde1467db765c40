"""The library face: one call per CLI command (ingest, extract, timeline, conflicts, show, refresh).

The CLI chooses options and output; everything it computes comes from here. Import is cheap:
stages load when a call needs them.
"""

from __future__ import annotations

from pathlib import Path

from . import config
from .errors import ClaimlineError
from .store import Store
from .store import open_store as _open
from .store.sqlite import IntegrityReport


def open_store(db: str | Path | None = None, *, create: bool = False) -> Store:
    """The store at ``db`` (else ``CLAIMLINE_DB``, else the user data directory).

    ``db`` is a SQLite file path or a PostgreSQL URL (``postgresql://user@host:5432/dbname``).
    """
    return _open(config.db_target(db), create=create)


def check_store(db: str | Path | None = None) -> tuple[Path, IntegrityReport]:
    """SQLite's integrity check of the store file, naming damaged tables (works on a file too
    damaged to open as a store)."""
    from .store import is_server
    from .store.sqlite import check_file

    target = config.db_target(db)
    if is_server(target):
        raise ClaimlineError("claimline check runs SQLite's integrity check; on PostgreSQL use the server's amcheck")
    path = Path(target)
    return path, check_file(path)


def damaged_error(path: Path, report: IntegrityReport) -> ClaimlineError:
    """The one line for a store that failed its integrity check."""
    where = f"tables {', '.join(report.tables)}" if report.tables else "pages outside any table"
    return ClaimlineError(f"{path} is damaged ({where}); restore it from a backup")
