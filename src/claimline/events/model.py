"""Pydantic models of the event layer: an event frame and its slots.

They live in :mod:`claimline.schemas` (an :class:`~claimline.schemas.Extraction`
carries its frames); this module names them for the event layer. Field names
are part of the JSON contract (README "JSON formats").
"""

from __future__ import annotations

from ..schemas import EventFrame, EventTime, Factuality, Participant, Quantity, QuantityKind, Role, TimeKind, Trigger

__all__ = [
    "EventFrame",
    "EventTime",
    "Factuality",
    "Participant",
    "Quantity",
    "QuantityKind",
    "Role",
    "TimeKind",
    "Trigger",
]
