"""Stage 2, extraction: text in, attributed claims with actors, times and facets out.

Light to import: spaCy loads only when a name from :mod:`.claims` is first used.
"""

from __future__ import annotations

from typing import Any

__all__ = ["article_id", "extract", "extract_many"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import claims

        return getattr(claims, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
