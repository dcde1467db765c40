"""SQLite errors as one line naming the store file and what to do.

:func:`database_error` turns a :class:`sqlite3.Error` into a
:class:`~claimline.errors.ClaimlineError`: a damaged file points to a backup
and ``claimline check``, a read-only store or mount and missing permissions
are named as such, a full disk and a lock held by another process say so.
:func:`guarded` applies it to every public method of a store class, so no
query, write or migration can end in a traceback.
"""

from __future__ import annotations

import functools
import inspect
import os
import sqlite3
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ClaimlineError

T = TypeVar("T")

_DAMAGED = ("malformed", "not a database", "file is encrypted", "corrupt")


def is_damage(exc: BaseException) -> bool:
    """The error says the file's pages or schema are damaged."""
    return isinstance(exc, sqlite3.DatabaseError) and any(m in str(exc).lower() for m in _DAMAGED)


def read_only_filesystem(path: Path) -> bool:
    """The folder holding ``path`` is on a file system mounted read-only."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def why_not_writable(path: Path) -> str | None:
    """Why ``path`` (a store file) cannot be written, or None if it can."""
    folder = path.parent if str(path.parent) else Path(".")
    if read_only_filesystem(path):
        return "it is on a read-only file system"
    if not _can(folder, os.W_OK):
        return f"you have no write permission on its folder {folder} (SQLite writes {path.name}-wal and -shm there)"
    if path.exists() and not _can(path, os.W_OK):
        return "you have no write permission on the file"
    return None


def _can(path: Path, mode: int) -> bool:
    """``os.access`` for the effective user (what SQLite's open gets), where the OS can tell."""
    return os.access(path, mode, effective_ids=os.access in os.supports_effective_ids)


def database_error(path: Path, exc: sqlite3.Error) -> ClaimlineError:
    """One clear line for a SQLite error on the store at ``path``."""
    msg = str(exc) or type(exc).__name__
    low = msg.lower()
    if is_damage(exc):
        return ClaimlineError(
            f"{path} is damaged ({msg}); restore it from a backup, "
            f"or run 'claimline check --db {path}' to see which tables are damaged"
        )
    if "readonly" in low or "read-only" in low or "unable to open" in low or "access permission" in low:
        why = why_not_writable(path)
        if why is None and path.exists() and not _can(path, os.R_OK):
            why = "you have no read permission on the file"
        if "unable to open" in low and why is None:
            return ClaimlineError(f"cannot open store {path} ({msg}); check that its folder exists and is readable")
        return ClaimlineError(
            f"store {path} is read-only: {why or msg}; make it writable, "
            "or copy it to a writable folder and pass that copy with --db"
        )
    if "disk is full" in low or "database or disk is full" in low:
        return ClaimlineError(f"store {path}: the disk is full ({msg}); free some space and run again")
    if "locked" in low or "busy" in low:
        return ClaimlineError(f"store {path} is locked by another process ({msg}); run again when it has finished")
    if "disk i/o error" in low:
        return ClaimlineError(
            f"store {path}: disk I/O error; check the disk and the file's permissions, "
            f"then run 'claimline check --db {path}'"
        )
    return ClaimlineError(f"store {path}: database error ({msg}); run 'claimline check --db {path}'")


def guarded(cls: type[T]) -> type[T]:
    """Wrap every public method of ``cls`` so that a :class:`sqlite3.Error` becomes
    :func:`database_error` (the instance's ``path`` names the file)."""
    for name, fn in list(vars(cls).items()):
        if name.startswith("_") or not inspect.isfunction(fn) or inspect.isgeneratorfunction(fn):
            continue
        if getattr(fn, "__wrapped__", None) is not None:
            continue  # contextmanager and other decorated helpers guard themselves
        setattr(cls, name, _guard(fn))
    return cls


def _guard(fn: Any) -> Any:
    @functools.wraps(fn)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(self, *args, **kwargs)
        except sqlite3.Error as exc:
            raise database_error(Path(self.path), exc) from exc

    return wrapper
