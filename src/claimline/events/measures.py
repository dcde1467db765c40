"""What a number of an event measures (``models/measures.toml``).

A count is compared with another outlet's only when both count one thing. The thing is the word of
the count's event or the noun it measures, and words of one ``[counted]`` set are one thing: "two
people died", "four were killed" and "caused four deaths" count the dead, "were injured" and
"suffered injuries" the injured (:func:`counted_as`).
"""

from __future__ import annotations

from functools import cache

from ..lexicons import measures

__all__ = ["counted_as"]


@cache
def _sets() -> dict[str, str]:
    return {w: name for name, words in measures().counted.items() for w in words}


def counted_as(lemma: str) -> str | None:
    """The ``[counted]`` set a lemma belongs to ("kill" -> "dead"), or None."""
    return _sets().get(lemma)
