"""Event clusters and timeline entries as light views, for the query commands (no pydantic).

:func:`clusters` makes :class:`ViewCluster` objects of the store's rows
(:func:`claimline.store.event_views.cluster_rows`): they answer what
:func:`claimline.events.timeline.build_event_timeline` asks of a
:class:`~claimline.events.identity.Cluster` (members, frames, ``event_class`` as stored with the
cluster, ``outlets``, ``independent``). :func:`EventEntry`, :func:`EventSummary`,
:func:`EventReport` and :func:`Span` build entries as views with the fields of the models in
:mod:`claimline.schemas`, in their order, dates as ISO text, so their JSON is the models' JSON
(``build_event_timeline(..., light=True)``; ``tests/test_query_imports.py`` compares them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..extraction.fingerprint import near_duplicate
from ..views import View

#: The class of a number's frame (:func:`claimline.events.measures.measure_frames`): in no
#: ``models/events.toml`` class. Defined here, without pydantic, for the query commands.
MEASURE = "measure"
#: The label of an agent described by its kind of doer ("police", "the coastguard"): who did it, no party of a
#: timeline entry (:data:`claimline.events.identity.DOER`). Defined here, without pydantic, for the query commands.
DOER = "doer"

if TYPE_CHECKING:
    from ..store.event_views import ClusterRow

__all__ = ["EventEntry", "EventReport", "EventSummary", "Span", "ViewCluster", "ViewMember", "clusters"]


@dataclass
class ViewMember:
    """A frame (a view) with what identity needs from its article (as :class:`~claimline.events.identity.Member`)."""

    frame: View
    published: date | None = None
    publisher: str | None = None
    fingerprint: str | None = None
    copy_key: str = ""


@dataclass
class ViewCluster:
    """One stored event with its member frames as views."""

    id: str
    stored_class: str
    members: list[ViewMember] = field(default_factory=list)

    @property
    def frames(self) -> list[View]:
        return [m.frame for m in self.members]

    def event_class(self) -> str:
        return self.stored_class

    def outlets(self) -> list[str]:
        """Every outlet reporting it (publisher, else article id), in first-report order."""
        seen: dict[str, None] = {}
        for m in sorted(self.members, key=lambda m: (m.published or date.max, m.frame.id)):
            seen.setdefault(m.publisher or m.frame.article_id, None)
        return list(seen)

    def independent(self) -> list[list[ViewMember]]:
        """Members grouped so that syndicated copies of one report count once."""
        groups: list[list[ViewMember]] = []
        for m in self.members:
            for g in groups:
                if any(_syndicated(m, o) or o.frame.article_id == m.frame.article_id for o in g):
                    g.append(m)
                    break
            else:
                groups.append([m])
        return groups


def _syndicated(a: ViewMember, b: ViewMember) -> bool:
    """As :func:`claimline.events.identity.syndicated`."""
    if a.frame.article_id == b.frame.article_id:
        return False
    return bool(a.copy_key) and a.copy_key == b.copy_key and near_duplicate(a.fingerprint, b.fingerprint)


def clusters(ids: Sequence[str], rows: Sequence[ClusterRow]) -> list[ViewCluster]:
    """The clusters ``ids`` (in that order) of the store's rows."""
    out: dict[str, ViewCluster] = {}
    for cid, cls, frame, key, published, publisher, fingerprint in rows:
        member = ViewMember(frame, published=published, publisher=publisher, fingerprint=fingerprint, copy_key=key)
        out.setdefault(cid, ViewCluster(cid, cls)).members.append(member)
    return [out[c] for c in ids if c in out]


# Entries as views: the fields of the models in claimline.schemas, in their order.
def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def Span(*, start: int, end: int, text: str) -> View:  # noqa: N802 - stands in for the model
    return View(start=start, end=end, text=text)


def EventReport(  # noqa: N802
    *,
    event_id: str,
    article_id: str,
    claim_id: str | None = None,
    publisher: str | None = None,
    published: date | None = None,
    trigger: View,
    factuality: str,
    source: str | None = None,
    actor: str | None = None,
    outlet: str | None = None,
) -> View:
    return View(
        event_id=event_id,
        article_id=article_id,
        claim_id=claim_id,
        publisher=publisher,
        published=_iso(published),
        trigger=trigger,
        factuality=factuality,
        source=source,
        actor=actor,
        outlet=outlet,
    )


def EventSummary(  # noqa: N802
    *,
    cluster_id: str,
    event_class: str,
    trigger: View,
    article_id: str,
    participants: list[View],
    time: View | None = None,
    factuality: str,
    quantities: list[View] | None = None,
    pos: str | None = None,
) -> View:
    return View(
        cluster_id=cluster_id,
        event_class=event_class,
        trigger=trigger,
        article_id=article_id,
        participants=list(participants),
        time=time,
        factuality=factuality,
        quantities=list(quantities or ()),
        pos=pos,
    )


def EventEntry(  # noqa: N802
    *,
    start: date | None,
    end: date | None,
    granularity: str | None,
    date_label: str,
    date_basis: str,
    label: str,
    status: str,
    actors: list[str],
    outlets: list[str],
    event: View,
    reports: list[View],
    claim_ids: list[str] | None = None,
    independent_reports: int = 1,
    mention_only: bool = False,
) -> View:
    return View(
        start=_iso(start),
        end=_iso(end),
        granularity=granularity,
        date_label=date_label,
        date_basis=date_basis,
        label=label,
        status=status,
        actors=list(actors),
        outlets=list(outlets),
        event=event,
        reports=list(reports),
        claim_ids=list(claim_ids or ()),
        independent_reports=independent_reports,
        mention_only=mention_only,
    )
