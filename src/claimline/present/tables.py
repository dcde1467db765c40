"""The columns of every listing (articles, claims, timeline, conflicts, actors) for tables, csv and md.

The timeline's terminal table is :mod:`claimline.present.timeline_table` (it fits the screen).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab import OUTLET_EVENT
from .conflicts import readable, readable_reason
from .render import Column
from .timeline_table import shown_status, who_said

if TYPE_CHECKING:
    from ..schemas import Claim

ARTICLE_COLUMNS: list[Column] = [
    ("ID", lambda a: a.id),
    ("Published", lambda a: a.published),
    ("Publisher", lambda a: a.publisher),
    ("Title", lambda a: a.title),
    ("Path", lambda a: a.path),
]


def no_source_label(c: Claim) -> str:
    """The label of a claim with no source: ``(outlet: event statement)`` for the outlet's own statement
    of an event naming no actor, else ``(author)`` (one label in tables, ``show`` and the HTML pages)."""
    return "(outlet: event statement)" if c.attribution == OUTLET_EVENT else "(author)"


def source_cell(c: Claim) -> str:
    """Who speaks: the source phrase, with its actor when the phrase does not name it (``He → Sam Altman``);
    a phrase that should name an actor but was not resolved to one says so (``the ministry (unidentified)``);
    :func:`no_source_label` for none."""
    if c.source is None:
        return no_source_label(c)
    unknown = " (unidentified)" if c.source.resolution == "unresolved" else ""
    who = c.source.actor or f"{c.source.text}{unknown}"
    if c.source.actor is None or c.source.actor.casefold() in c.source.text.casefold():
        return who if c.source.actor is None else c.source.text  # the phrase names its actor: once
    return f"{c.source.text} → {who}"


def certainty_cell(c: Claim) -> str:
    """How certain, and ``; negated`` when the claim is negated (as ``show`` says it): the text keeps its own
    words, so a claim that says "will not" never reads as a double negative ("NOT … will not")."""
    return f"{c.modality}; negated" if c.negated else c.modality


CLAIM_COLUMNS: list[Column] = [
    ("ID", lambda c: c.id),
    ("Source", source_cell),
    ("Cue", lambda c: c.cue.text if c.cue else ""),
    ("Claim", lambda c: c.text if len(c.text) <= 160 else c.text[:157] + "..."),
    ("Certainty", certainty_cell),
    ("Time", lambda c: c.time.value if c.time else ""),
    ("Tier", lambda c: c.network_tier),
    ("Scopes", lambda c: c.use_scopes + [f"not {s}" for s in c.excluded_scopes]),
]

TIMELINE_COLUMNS: list[Column] = [
    ("Date", lambda e: e.date_label),
    ("Event", lambda e: e.label),
    ("Who said it", who_said),
    ("Actors", lambda e: e.actors),
    ("Status", lambda e: e.status),
]

CONFLICT_COLUMNS: list[Column] = [
    ("ID", lambda c: c.id),
    ("Facet", lambda c: c.facet),
    ("Subject", lambda c: c.subject),
    ("Values", lambda c: [readable(s.value, c.facet) for s in c.sides]),
    ("Status", lambda c: c.status),
    ("Verdict", lambda c: readable(c.resolution.value, c.facet) if c.resolution else ""),
    ("Reason", readable_reason),
]

ACTOR_COLUMNS: list[Column] = [
    ("Actor", lambda r: r.name),
    ("Type", lambda r: r.type),
    ("Claims", lambda r: r.claims),
    ("Aliases", lambda r: r.aliases),
]

EVENT_COLUMNS: list[Column] = [
    ("Date", lambda e: e.date_label),
    ("Event", lambda e: e.label),
    ("Class", lambda e: e.event.event_class),
    ("Who said it", who_said),
    ("Actors", lambda e: e.actors),
    ("Status", lambda e: shown_status(e.status)),
]
