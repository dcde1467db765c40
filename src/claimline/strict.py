"""The strict pydantic base the resource and report models share.

`Strict` refuses unknown keys, so a misspelt key in a models/ file or a gold file is an error, not a silent
default; `FrozenStrict` is the same and immutable (hashable), for vocabularies cached once per process.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FrozenStrict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
