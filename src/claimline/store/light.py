"""Read-only light claims for reconciliation: the stored JSON as plain objects, no validation.

The store keeps each claim as the JSON of its :class:`claimline.schemas.Claim`, validated when it was
written. Reconciling the questions an article touches reads a few thousand of them again; validating
each whole model costs about twice the JSON parse. :func:`light_claim` makes an object with the
model's attributes from the parsed JSON instead: the same names and values (nested source, cue and
time as objects, the time's ``start``/``end`` as :class:`datetime.date`), the model's defaults where
a claim stored before a field existed lacks it. Nothing may change them: they are shared by what
reads them, and never written back (writing goes through the models).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from ..schemas import Claim, ClaimTime, Offsets, Source, Span


def _defaults(model: Any) -> tuple[tuple[str, ...], dict[str, Any], dict[str, Callable[[], Any]]]:
    """The model's field names, its plain defaults and its default factories."""
    plain: dict[str, Any] = {}
    factories: dict[str, Callable[[], Any]] = {}
    for name, field in model.model_fields.items():
        if field.default_factory is not None:
            factories[name] = field.default_factory
        elif not field.is_required():
            plain[name] = field.default
    return tuple(model.model_fields), plain, factories


class _Light:
    """The attributes of one model, read from its stored JSON object (the object is the instance's
    ``__dict__``: nothing is copied), the model's defaults where the object lacks a field."""

    _fields: tuple[str, ...] = ()
    _plain: dict[str, Any] = {}
    _factories: dict[str, Callable[[], Any]] = {}
    _nested: tuple[tuple[str, Callable[[Any], Any]], ...] = ()

    def __new__(cls, data: dict[str, Any]) -> Any:
        if len(data) < len(cls._fields):
            for name in cls._fields:
                if name not in data:
                    factory = cls._factories.get(name)
                    data[name] = factory() if factory is not None else cls._plain[name]
        for name, convert in cls._nested:
            value = data[name]
            if value is not None:
                data[name] = convert(value)
        self = object.__new__(cls)
        object.__setattr__(self, "__dict__", data)
        return self

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"a light {type(self).__name__} is read-only")

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={v!r}" for n, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


def _light(model: Any, nested: dict[str, Callable[[Any], Any]] | None = None) -> type[_Light]:
    names, plain, factories = _defaults(model)
    attrs = {"_fields": names, "_plain": plain, "_factories": factories, "_nested": tuple((nested or {}).items())}
    return type(f"Light{model.__name__}", (_Light,), attrs)


def _day(value: str) -> date:
    return date.fromisoformat(value)


LightOffsets = _light(Offsets)
LightSpan = _light(Span)
LightSource = _light(Source)
LightClaimTime = _light(ClaimTime, {"start": _day, "end": _day})
LightClaim = _light(Claim, {"sentence": LightOffsets, "source": LightSource, "cue": LightSpan, "time": LightClaimTime})


def light_claim(data: str | bytes) -> Any:
    """A stored claim's JSON as a read-only :data:`LightClaim` (the attributes of a ``Claim``)."""
    return LightClaim(json.loads(data))


class ContextSource:
    """The source of a :class:`ContextClaim`: its actor alone."""

    __slots__ = ("actor",)

    def __init__(self, actor: str) -> None:
        self.actor = actor


class ContextClaim:
    """A stored claim an incremental refresh reads only as context for filing others
    (:func:`claimline.reconcile.keys.group_claims` with ``only``: the actor pairs it names): its id,
    article, attribution, subject, actors (in their stored order) and source actor, read from columns
    and one JSON field, its JSON not parsed (``Store.claims_for_filing``)."""

    __slots__ = ("actors", "article_id", "attribution", "id", "source", "subject")

    # A context claim is not filed itself: what filing would read to place it (its tier, scopes and time)
    # reads as none, so ``reconcile.keys.borrowed_context`` passes it by as it does a claim never filed
    # (what it borrows is asked only of the refiled claims: ``jobs.refresh``), and ``group_claims``
    # reads it only for the actor pairs it names.
    network_tier = None
    use_scopes: tuple[str, ...] = ()
    excluded_scopes: tuple[str, ...] = ()
    time = None

    def __init__(
        self, cid: str, article_id: str, subject: str | None, source_actor: str | None, attribution: str, actors: str
    ) -> None:
        self.id, self.article_id, self.subject, self.attribution = cid, article_id, subject, attribution
        self.source = ContextSource(source_actor) if source_actor else None
        self.actors = json.loads(actors) if actors else []
