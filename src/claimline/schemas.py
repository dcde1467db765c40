"""Pydantic models for everything that crosses a boundary.

These are the JSON contract of claimline: what ``claimline extract`` prints,
what the store keeps, and what every listing command emits with
``--format json``. Field names are part of the public interface.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .vocab import (  # noqa: F401 - the ordered vocabularies, re-exported as part of the contract
    CLAIM_STATUS_SEVERITY,
    MODALITIES,
    MODALITY_RANK,
    SIDE_STATUS_ORDER,
    TIERS,
    Attribution,
    ClaimStatus,
    EntryStatus,
    Modality,
    SideStatus,
    Stance,
    Tier,
)

Granularity = Literal[
    "time",
    "day",
    "week",
    "month",
    "quarter",
    "season",
    "half",
    "year",
    "decade",
    "century",
    "duration",
    "set",
    "ref",
    "unknown",
]
#: How the source of a claim was found.
#: ``direct``: the source span names the actor; ``coreference``: a pronoun or
#: definite description resolved to an earlier mention; ``unresolved``: the
#: source refers to somebody the article does not name (reported as such,
#: never guessed); ``none``: the source is not an actor ("reports", "data").
Resolution = Literal["direct", "coreference", "unresolved", "none"]
#: What kind of source speaks: the actor itself (``official``), a named
#: person or organisation (``named``), another media outlet (``outlet``),
#: unnamed people (``anonymous``), or a source-less report (``report``).
SourceKind = Literal["official", "named", "outlet", "anonymous", "report"]
#: Whether the sentence marks the claim as a correction of an earlier report
#: (``correction``) or as the earlier report being corrected (``initial``).
Revision = Literal["correction", "initial"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Offsets(Model):
    """Character offsets into the article text as given (``text[start:end]``)."""

    start: int
    end: int


class Span(Offsets):
    text: str


class Interval(Model):
    start: date
    end: date


class TimeExpr(Span):
    """A temporal expression found in the text, normalised to TIMEX3."""

    value: str = Field(description="TIMEX3 value, e.g. 2026-03-05, 2026-02, 2026-Q1, P3D")
    interval: Interval | None = Field(
        default=None, description="Calendar interval the value covers (None for durations/sets)"
    )
    granularity: Granularity
    mod: str | None = Field(default=None, description="TIMEX3 mod: START, MID, END, APPROX, ...")
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    freq: str | None = Field(default=None, description="TIMEX3 freq of a SET, e.g. 2X for 'twice a week'")


class ClaimTime(Model):
    """The time of the event a claim reports."""

    text: str
    value: str
    start: date | None = Field(description="First day of the interval (ISO)")
    end: date | None = Field(description="Last day of the interval (ISO)")
    granularity: Granularity
    mod: str | None = None
    char_start: int | None = None
    char_end: int | None = None


class Source(Span):
    actor: str | None = Field(description="Canonical actor, or null when unresolved/not an actor")
    kind: SourceKind = "named"
    resolution: Resolution = "direct"


class Claim(Model):
    id: str
    article_id: str
    text: str
    start: int
    end: int
    sentence: Offsets
    source: Source | None = None
    cue: Span | None = None
    attribution: Attribution = "author"
    modality: Modality = "confirmed"
    negated: bool = False
    actors: list[str] = Field(default_factory=list)
    subject: str | None = Field(default=None, description="Canonical actor the claim is about")
    context_actors: list[str] = Field(
        default_factory=list,
        description="Actors of the article's topic that a claim naming none refers to ('the tool', 'the pilot')",
    )
    predicate: str | None = Field(default=None, description="Lemma of the main event verb/noun")
    time: ClaimTime | None = None
    network_tier: Tier | None = None
    use_scopes: list[str] = Field(default_factory=list)
    excluded_scopes: list[str] = Field(default_factory=list)
    revision: Revision | None = None
    stance: Stance | None = Field(
        default=None, description="The source's stance toward the content: supports, opposes or criticises"
    )
    confidence: float = 0.5


# ------------------------------------------------------------------ events
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
    measures: str | None = Field(
        default=None,
        description="Lemma of the noun the amount measures or counts, when not the trigger ('contract' in "
        "'awarded a contract worth 5 million', 'radar' in '64 radars')",
    )


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
    told_time: EventTime | None = Field(
        default=None,
        description="With no time of its own: the time of the act the text tells it through (the dated saying "
        "that tells it done, 'said on Monday it had accepted'; the dated opening of an inquiry, 'opened an "
        "inquiry on Wednesday'). The timeline's date of a cluster no member's own time dates; event identity "
        "and conflicts do not read it",
    )
    factuality: Factuality = "asserted"
    quantities: list[Quantity] = Field(default_factory=list)
    theme_noun: str | None = Field(
        default=None,
        description="Lemmas of the common noun the event acts on, kind words first ('gas deal'), when no name",
    )

    def names(self) -> frozenset[str]:
        """Matching keys of all participants (canonical actors and entity names)."""
        return frozenset(p.name for p in self.participants)


class ArticleMeta(Model):
    title: str | None = None
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None


class Article(ArticleMeta):
    id: str
    path: str | None = None
    fingerprint: str | None = Field(default=None, description="64-bit simhash (hex) for near-duplicates")
    chars: int = 0


class ActorMention(Span):
    actor: str
    type: str | None = None


class Extraction(Model):
    article: Article
    text: str
    claims: list[Claim] = Field(default_factory=list)
    times: list[TimeExpr] = Field(default_factory=list)
    mentions: list[ActorMention] = Field(default_factory=list)
    content: list[Offsets] = Field(
        default_factory=list, description="Ranges of the text that are article content, not furniture"
    )
    events: list[EventFrame] = Field(default_factory=list, description="Event frames of every sentence")


class SourceRef(Model):
    """One report behind a conflict side or timeline entry."""

    claim_id: str
    article_id: str
    publisher: str | None = Field(
        default=None, description="The article's publisher as stored; null without a masthead"
    )
    published: date | None = None
    source: str | None = Field(default=None, description="Source span text, or null for the author")
    actor: str | None = None
    cue: str | None = None
    modality: Modality = "confirmed"
    outlet: str | None = Field(
        default=None, description="Who published it, for a reader: the publisher, else URL host, file name or title"
    )


class Side(Model):
    value: str
    claim_ids: list[str]
    sources: list[SourceRef]
    score: float = 0.0
    status: SideStatus = "disputed"


class ConflictResolution(Model):
    value: str
    reason: str
    rule: Literal["supersession", "on_record", "vote", "truth_discovery"]


class ConflictEvent(Model):
    """The event a conflict on events is about (one event cluster, or clusters that differ only in time)."""

    cluster_ids: list[str] = Field(description="Event clusters compared (several when they differ only in time)")
    event_class: str
    label: str = Field(description="What happened, in a word or two (class, or the trigger lemma)")
    participants: list[str] = Field(default_factory=list)
    outlets: list[str] = Field(default_factory=list, description="Every outlet on a side, first report first")


class Conflict(Model):
    id: str
    facet: str
    subject: list[str]
    question: str = ""
    sides: list[Side]
    status: Literal["resolved", "disputed", "open"]
    resolution: ConflictResolution | None = None
    margin: float | None = None
    reason: str = Field(default="", description="Why a disputed or open conflict has no verdict")
    event: ConflictEvent | None = Field(default=None, description="Set for a conflict on an event; null: on claims")


class TimelineEntry(Model):
    start: date | None
    end: date | None
    granularity: Granularity | None
    date_label: str = ""
    date_basis: Literal["text", "publication", "none"] = "text"
    label: str
    actors: list[str]
    claim_ids: list[str]
    sources: list[SourceRef]
    status: EntryStatus
    superseded_claim_ids: list[str] = Field(default_factory=list)
    conflict_ids: list[str] = Field(default_factory=list)
    network_tier: Tier | None = None
    use_scopes: list[str] = Field(default_factory=list)
    event: str | None = Field(
        default=None,
        description="An event entry's event in its own words (participants around the trigger, amounts); "
        "null for claim entries",
    )


# ------------------------------------------------------------------ event timeline
class EventReport(Model):
    """One frame behind an event entry: where and how an outlet reports the event."""

    event_id: str
    article_id: str
    claim_id: str | None = None
    publisher: str | None = Field(
        default=None, description="The article's publisher as stored; null without a masthead"
    )
    published: date | None = None
    trigger: Span
    factuality: Factuality
    source: str | None = Field(
        default=None, description="Who speaks: the source span of the report's claim; null for the outlet itself"
    )
    actor: str | None = Field(default=None, description="The speaker's canonical actor, when known")
    outlet: str | None = Field(
        default=None, description="Who published it, for a reader: the publisher, else URL host, file name or title"
    )


class EventSummary(Model):
    """The event of a timeline entry (from its representative frame, times from all)."""

    cluster_id: str
    event_class: str
    trigger: Span
    article_id: str
    participants: list[Participant]
    time: EventTime | None = None
    factuality: Factuality
    quantities: list[Quantity] = Field(default_factory=list)
    pos: Literal["verb", "noun", "adjective"] | None = Field(
        default=None, description="The trigger's part of speech: a noun's words are not the verb after it"
    )


class EventEntry(Model):
    """A timeline entry built from one event cluster."""

    start: date | None
    end: date | None
    granularity: Granularity | None
    date_label: str
    date_basis: Literal["text", "publication", "none"]
    label: str
    status: Literal["asserted", "reported", "hedged", "expected", "denied", "negated", "disputed", "commentary"]
    actors: list[str]
    outlets: list[str]
    event: EventSummary
    reports: list[EventReport]
    claim_ids: list[str] = Field(default_factory=list)
    independent_reports: int = Field(default=1, description="Reports counted once per group of syndicated copies")
    mention_only: bool = Field(
        default=False,
        description="Every report only mentions the event beside the one its sentence tells (the verb of "
        "attribution, an event noun beside the sentence's verb): listed by `timeline --all` only",
    )
