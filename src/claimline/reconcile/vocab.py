"""The vocabulary conflicts on events compare with (``models/comparison.toml``)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ClaimlineError, first_error
from ..lexicons import read_merged

FILE = "comparison.toml"


def _lowered_words(v: object) -> list[str]:
    """A TOML list of words, lowercased: what every word list of the comparison vocabulary is validated by."""
    if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
        raise ValueError("a list of words is wanted")
    return [w.lower() for w in v]


class DayEdges(BaseModel):
    """``[day_edges]``: when a one-day time reaches across midnight (see ``models/comparison.toml``)."""

    model_config = ConfigDict(extra="forbid")

    late_parts: frozenset[str] = frozenset()  # TIMEX3 part-of-day codes ("NI")
    late_from_hour: int = Field(default=24, ge=0, le=24)
    early_before_hour: int = Field(default=0, ge=0, le=24)


class Classification(BaseModel):
    """One ``[[classifications]]`` table: a question and its mutually exclusive answers (see
    ``models/comparison.toml``, :mod:`claimline.reconcile.extent`)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    values: dict[str, list[str]] = {}
    scale: list[str] = []
    after: list[str] = []
    case_sensitive: bool = False

    @field_validator("name")
    @classmethod
    def _named(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("a [[classifications]] table needs a name")
        return v

    def model_post_init(self, _: object) -> None:
        if bool(self.values) == bool(self.scale):
            raise ValueError(f"[[classifications]] {self.name!r}: give `values` or `scale`, one of them")
        if self.values and len(self.values) < 2:
            raise ValueError(f"[[classifications]] {self.name!r}: two values or more are wanted")
        fold = (lambda w: w) if self.case_sensitive else str.lower
        phrases = [fold(p) for ps in self.values.values() for p in ps]
        if len(set(phrases)) != len(phrases):
            raise ValueError(f"[[classifications]] {self.name!r}: a phrase under two values")
        if not self.case_sensitive:
            self.values = {label: [p.lower() for p in ps] for label, ps in self.values.items()}
        self.scale = [w.lower() for w in self.scale]
        self.after = [w.lower() for w in self.after]


class FigureStages(BaseModel):
    """A figure's stage labels (``[figure_stages]`` of ``models/comparison.toml``)."""

    model_config = ConfigDict(extra="forbid")

    provisional: frozenset[str] = frozenset()
    final: frozenset[str] = frozenset()
    nouns: frozenset[str] = frozenset()

    @field_validator("provisional", "final", "nouns", mode="before")
    @classmethod
    def _lower(cls, v: object) -> list[str]:
        return _lowered_words(v)


class Agents(BaseModel):
    """``[agents]``: when two agents of one event are one in other words (see ``models/comparison.toml``)."""

    model_config = ConfigDict(extra="forbid")

    generic: frozenset[str] = frozenset()
    before_verb: frozenset[str] = frozenset()
    connectors: frozenset[str] = frozenset()
    scope: frozenset[str] = frozenset()
    rejected: frozenset[str] = frozenset()

    @field_validator("generic", "before_verb", "connectors", "scope", "rejected", mode="before")
    @classmethod
    def _lower(cls, v: object) -> list[str]:
        return _lowered_words(v)


class Extent(BaseModel):
    """``[extent]``: the words that tell what an event covers as a restriction or as the whole (see
    ``models/comparison.toml``, :mod:`claimline.reconcile.extent`)."""

    model_config = ConfigDict(extra="forbid")

    restrictive: tuple[str, ...] = ()
    whole: tuple[str, ...] = ()
    negators: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    not_restrictive_after: frozenset[str] = frozenset()
    not_restrictive_before: frozenset[str] = frozenset()
    not_whole_before: frozenset[str] = frozenset()
    not_whole_after: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()

    @field_validator(
        "restrictive",
        "whole",
        "negators",
        "determiners",
        "not_restrictive_after",
        "not_restrictive_before",
        "not_whole_before",
        "not_whole_after",
        "subordinators",
        mode="before",
    )
    @classmethod
    def _lower(cls, v: object) -> list[str]:
        return _lowered_words(v)


class ComparisonLexicon(BaseModel):
    """See the comments of ``models/comparison.toml``."""

    model_config = ConfigDict(extra="forbid")

    advice_modals: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    next_instance: frozenset[str] = frozenset()
    repeats: frozenset[str] = frozenset()
    repeats_before: frozenset[str] = frozenset()
    backstory: frozenset[str] = frozenset()
    doing_verbs: frozenset[str] = frozenset()
    requests: frozenset[str] = frozenset()
    aspect_adverbs: frozenset[str] = frozenset()
    gist_skip: frozenset[str] = frozenset()
    gist_end: frozenset[str] = frozenset()
    gist_infinitive: frozenset[str] = frozenset()
    untrue: frozenset[str] = frozenset()
    past_negated_speech: frozenset[str] = frozenset()
    past_negations: frozenset[str] = frozenset()
    not_past_auxiliaries: frozenset[str] = frozenset()
    occasion_adverbs: frozenset[str] = frozenset()
    occasion_words: frozenset[str] = frozenset()
    future_in_past: frozenset[str] = frozenset()
    exceptives: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    time_joiners: frozenset[str] = frozenset()
    other_days: frozenset[str] = frozenset()
    exclusive: list[dict[str, list[str]]] = []
    stages: list[dict[str, list[str]]] = []
    outcomes: list[dict[str, list[str]]] = []
    value_rejections: frozenset[str] = frozenset()
    provisional: frozenset[str] = frozenset()
    classifications: list[Classification] = []
    day_edges: DayEdges = DayEdges()
    figure_stages: FigureStages = FigureStages()
    agents: Agents = Agents()
    extent: Extent = Extent()
    shared_currencies: dict[str, frozenset[str]] = {}

    @field_validator("shared_currencies", mode="before")
    @classmethod
    def _codes(cls, v: object) -> dict[str, list[str]]:
        if not isinstance(v, dict) or not all(
            isinstance(cs, list) and len(cs) >= 2 and all(isinstance(c, str) for c in cs) for cs in v.values()
        ):
            raise ValueError("a table of codes, each a list of two currency codes or more, is wanted")
        return {k.upper(): [c.upper() for c in cs] for k, cs in v.items()}

    @field_validator(
        "advice_modals",
        "conditions",
        "next_instance",
        "repeats",
        "repeats_before",
        "backstory",
        "doing_verbs",
        "requests",
        "aspect_adverbs",
        "gist_skip",
        "gist_end",
        "gist_infinitive",
        "past_negated_speech",
        "past_negations",
        "not_past_auxiliaries",
        "occasion_adverbs",
        "occasion_words",
        "future_in_past",
        "exceptives",
        "clause_openers",
        "time_joiners",
        "other_days",
        "value_rejections",
        "provisional",
        mode="before",
    )
    @classmethod
    def _lower(cls, v: object) -> list[str]:
        return _lowered_words(v)

    @field_validator("exclusive", "outcomes", "stages")
    @classmethod
    def _two_sides(cls, v: list[dict[str, list[str]]]) -> list[dict[str, list[str]]]:
        for table in v:
            if len(table) < 2:
                raise ValueError(f"an [[exclusive]] table needs two sides or more, not {sorted(table)}")
            words = [w.lower() for ws in table.values() for w in ws]
            if len(set(words)) != len(words):
                raise ValueError(f"a word on two sides of one [[exclusive]] table: {sorted(table)}")
        return [{label: [w.lower() for w in ws] for label, ws in table.items()} for table in v]


@cache
def comparison() -> ComparisonLexicon:
    """``models/comparison.toml`` with its ``CLAIMLINE_LEXICONS`` additions (cached per process)."""
    try:
        return ComparisonLexicon.model_validate(read_merged(FILE))
    except ValidationError as exc:
        raise ClaimlineError(f"invalid lexicon {FILE}: {first_error(exc)}") from exc


@cache
def failing_words() -> frozenset[str]:
    """Words of failing or inability before an infinitive ("failed to sign", "refused to pay", "was unable to
    pay"): the event did not happen. ``undone_words`` of ``models/cues.toml``, the one list attribution reads."""
    from .. import lexicons

    return frozenset(lexicons.cues().undone_words)


def entries() -> int:
    """Validate ``models/comparison.toml`` (with its additions) and count its entries, for ``claimline
    lexicons``."""
    return sum(len(v) for v in comparison().model_dump().values() if isinstance(v, list | dict | set | frozenset))
