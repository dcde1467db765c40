"""Read-only views of stored rows, for the query commands: no validation, no pydantic import.

The store keeps every claim and conflict as the JSON of its pydantic model (the contract in
:mod:`claimline.schemas`, validated when it was written). Printing a listing needs attribute
access to a few fields, not a second validation of every row: :func:`load` parses the JSON into
:class:`View` objects (a ``dict`` whose keys read as attributes, nested too). The date fields of
the models (``published``, and ``start``/``end`` of times and intervals) read as
:class:`datetime.date`, as on the models; the dict itself keeps the JSON as stored.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

_DATE_KEYS = frozenset({"published", "start", "end"})


class View(dict):
    """A JSON object with its keys readable as attributes (``claim.source.actor``)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        try:
            value = self[name]
        except KeyError:
            raise AttributeError(name) from None
        if name in _DATE_KEYS and value.__class__ is str and len(value) == 10:
            return date.fromisoformat(value)
        return value

    def model_dump(self, mode: str = "json") -> dict[str, Any]:  # noqa: ARG002 - the models' signature
        return self

    def model_dump_json(self) -> str:
        return json.dumps(self, ensure_ascii=False, separators=(",", ":"))


def load(text: str | bytes) -> View:
    """One stored JSON object as a :class:`View`."""
    return json.loads(text, object_hook=View)
