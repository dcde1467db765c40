"""Pydantic models of the event layer: an event frame and its slots.

Field names are part of the JSON contract (README "JSON formats").
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from ..schemas import Granularity, Model, Offsets, Span

#: How the text presents the event: as fact (``asserted``), on a source's word
#: (``reported``), as possible (``hedged``), as planned or forecast
#: (``expected``), denied by someone (``denied``) or negated (``negated``).
Factuality = Literal["asserted", "reported", "hedged", "expected", "denied", "negated"]
#: Role of a participant: who acts, what is acted on, with or against whom.
Role = Literal["agent", "theme", "counterpart", "other"]
#: What an event time is: a point (a day, a month...), an explicit interval
#: ("between 2019 and 2021"), an open interval "since" a date (up to the
#: publication), a deadline "until/by" a date, or an expected interval for a
#: planned event ("within 90 days of signing").
TimeKind = Literal["point", "interval", "since", "until", "after", "expected"]
QuantityKind = Literal["money", "count", "percent", "duration", "measure"]


class Trigger(Span):
    """The word that names the event: ``text == article_text[start:end]``."""

    lemma: str
    token: int = Field(description="Token index in the parsed article")
    sentence_token: int = Field(description="Token index within its sentence")
    pos: Literal["verb", "noun", "adjective"]


class Participant(Span):
    role: Role
    name: str = Field(description="Canonical actor, else the entity's cleaned name (matching key)")
    actor: str | None = Field(default=None, description="Canonical actor when the gazetteer or NER resolved one")
    label: str | None = Field(default=None, description="NER label or gazetteer type")


class EventTime(Model):
    """When the event happens, as the text gives it (not when it is reported)."""

    text: str = Field(description="The time expression(s) as written")
    value: str = Field(description="TIMEX3 value of the expression the time comes from")
    start: date | None
    end: date | None
    granularity: Granularity
    mod: str | None = None
    kind: TimeKind = "point"
    char_start: int
    char_end: int
    anchor: str | None = Field(default=None, description="Frame id of the event this time counts from")


class Quantity(Span):
    kind: QuantityKind
    value: float | None = None
    unit: str | None = Field(default=None, description="Currency, unit noun or TIMEX3 duration unit")


class EventFrame(Model):
    id: str = Field(description="<article id>-e<n>")
    article_id: str
    claim_id: str | None = Field(default=None, description="The claim whose content (or cue) holds the trigger")
    sentence: Offsets
    trigger: Trigger
    event_class: str = Field(description="Class from models/events.toml, or 'other' (compared by lemma)")
    commentary: bool = Field(default=False, description="Speech or opinion, not an event of the timeline")
    participants: list[Participant] = Field(default_factory=list)
    time: EventTime | None = None
    factuality: Factuality = "asserted"
    quantities: list[Quantity] = Field(default_factory=list)

    def names(self) -> frozenset[str]:
        """Matching keys of all participants (canonical actors and entity names)."""
        return frozenset(p.name for p in self.participants)
