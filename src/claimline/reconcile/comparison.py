"""How much a store could compare: the figures behind "no conflicts" (pure data, no store, no pydantic).

``conflicts`` prints them so that "no conflict" (many questions compared, all agree) can be told
from "nothing to compare" (no question answered by two articles). ``api.comparison`` fills them
with one SQL count (``Store.question_counts``), without recomputing any conflict.

Extending (e.g. event-level conflicts): add a pair of fields (``<kind>_compared``,
``<kind>_in_conflict``), fill them in ``api.comparison``, and add their share to :attr:`questions`
/ :attr:`in_conflict` in :meth:`totals`; the sentence (``present.conflicts.comparison_line``) and
the JSON read :meth:`totals` and :meth:`as_dict` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Comparison"]


@dataclass(frozen=True)
class Comparison:
    """Questions (facet + event + actors) answered by two or more articles, and how many disagree."""

    questions: int = 0
    """Questions compared: claims of two or more articles filed under them, or a conflict on them."""
    articles: int = 0
    """Articles with a claim under a compared question."""
    in_conflict: int = 0
    """Compared questions with a conflict (resolved or not)."""
    events_compared: int = 0
    """Questions on one event (its date, deadline, quantity, factuality, tier, scope) two or more articles answer."""
    events_in_conflict: int = 0
    """Of those, the ones with a conflict on the event."""
    duplicates: int = 0
    """Disagreements that a claim question and an event question both found: counted once."""

    def totals(self) -> tuple[int, int, int]:
        """``(compared, agree, in conflict)`` over every kind of question counted."""
        compared = self.questions + self.events_compared - self.duplicates
        conflict = self.in_conflict + self.events_in_conflict - self.duplicates
        return compared, compared - conflict, conflict

    @property
    def agree(self) -> int:
        return self.totals()[1]

    def as_dict(self) -> dict[str, Any]:
        compared, agree, conflict = self.totals()
        return {"questions_compared": compared, "articles": self.articles, "agree": agree, "in_conflict": conflict}
