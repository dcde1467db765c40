"""The vocabulary conflicts on events compare with (``models/comparison.toml``)."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..errors import ClaimlineError
from ..lexicons import read_merged

FILE = "comparison.toml"


class ComparisonLexicon(BaseModel):
    """See the comments of ``models/comparison.toml``."""

    model_config = ConfigDict(extra="forbid")

    advice_modals: frozenset[str] = frozenset()

    @field_validator("advice_modals", mode="before")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        return [w.lower() for w in v]


@cache
def comparison() -> ComparisonLexicon:
    """``models/comparison.toml`` with its ``CLAIMLINE_LEXICONS`` additions (cached per process)."""
    try:
        return ComparisonLexicon.model_validate(read_merged(FILE))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ClaimlineError(f"invalid lexicon {FILE}: {'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
