"""The event layer: event frames per sentence and event identity across articles.

* :func:`find_frames` — frames (trigger, class, participants, time,
  factuality, quantities) of a parsed article; :func:`extract_events` parses
  a text and returns its claims' extraction with the frames.
* :func:`same_event` / :class:`EventClusters` — whether two frames refer to
  one event, and incremental clustering of frames into events.
* :func:`lexicon` — the event classes of ``models/events.toml``.
"""

from __future__ import annotations

from .extract import extract_events, members
from .frames import claim_event, find_frames
from .identity import Cluster, EventClusters, Member, same_event
from .lexicon import OTHER, EventLexicon, lexicon
from .model import EventFrame, EventTime, Participant, Quantity, Trigger

__all__ = [
    "OTHER",
    "Cluster",
    "EventClusters",
    "Member",
    "extract_events",
    "members",
    "same_event",
    "EventFrame",
    "EventLexicon",
    "EventTime",
    "Participant",
    "Quantity",
    "Trigger",
    "claim_event",
    "find_frames",
    "lexicon",
]
