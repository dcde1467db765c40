"""The event layer: event frames per sentence and event identity across articles.

* :func:`find_frames` — frames (trigger, class, participants, time,
  factuality, quantities) of a parsed article (run by extraction: every
  :class:`~claimline.schemas.Extraction` carries its ``events``);
  :func:`extract_events` parses one text and returns its extraction and frames;
  :func:`claim_event` — the event a claim reports (None for commentary).
* :func:`same_event` / :class:`EventClusters` — whether two frames refer to
  one event, and incremental clustering of frames into events
  (:mod:`claimline.events.identity`); :func:`members` wraps an extraction's
  frames for clustering.
* :func:`lexicon` — the event classes of ``models/events.toml``.
* Stored frames and clusters: :mod:`claimline.store.events`.

Light to import: nothing is loaded until a name is first used (spaCy only with a name from
:mod:`.frames` or :mod:`.extract`; pydantic with the others), so :mod:`.timeline` can serve a
read command on light views without the models.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .identity import Cluster, EventClusters, Member, same_event
    from .lexicon import OTHER, EventLexicon, lexicon
    from .model import EventFrame, EventTime, Participant, Quantity, Trigger

_LAZY = {
    "claim_event": "frames",
    "find_frames": "frames",
    "extract_events": "extract",
    "members": "extract",
    **dict.fromkeys(("Cluster", "EventClusters", "Member", "same_event"), "identity"),
    **dict.fromkeys(("OTHER", "EventLexicon", "lexicon"), "lexicon"),
    **dict.fromkeys(("EventFrame", "EventTime", "Participant", "Quantity", "Trigger"), "model"),
}

__all__ = [
    "OTHER",
    "Cluster",
    "EventClusters",
    "EventFrame",
    "EventLexicon",
    "EventTime",
    "Member",
    "Participant",
    "Quantity",
    "Trigger",
    "claim_event",
    "extract_events",
    "find_frames",
    "lexicon",
    "members",
    "same_event",
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _Package(ModuleType):
    """``claimline.events.lexicon`` stays the function once the submodule of that name is imported
    (the import system sets a package attribute for each submodule it loads)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "lexicon" and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
