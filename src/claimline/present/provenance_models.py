"""The JSON shapes of ``claimline show --format json`` (a claim's provenance) and ``claimline actors``."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..schemas import Article, Claim


class ClaimProvenance(BaseModel):
    claim: Claim
    article: Article
    sentence: str
    status: str | None = None
    conflicts: list[str] = Field(default_factory=list)


class ActorRow(BaseModel):
    name: str
    type: str | None
    claims: int
    aliases: list[str]
