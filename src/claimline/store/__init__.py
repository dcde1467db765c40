"""The SQLite store and its migrations."""

from .sqlite import Store

__all__ = ["Store"]
