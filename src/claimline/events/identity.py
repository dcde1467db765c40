"""Event identity across articles, and incremental clustering of frames into events.

Two frames refer to one event (:func:`same_event`) when

1. **classes** match: equal, or one is a hypernym of the other
   (``models/events.toml``: "bought" / acquire and "the deal" / transaction
   do; sign and buy do not). Frames of class ``other`` match by lemma only.
   Commentary (speech, opinion) is never merged across articles except for
   syndicated copies: two people saying things are two statements;
2. **participants** are compatible: their sets of names (canonical actors
   and entity names) are nested — one a subset of the other — and not empty,
   and no role contradicts (both name agents: they share one; both name a
   theme or counterpart: they share one);
3. **times** are compatible at their granularities: the intervals overlap
   (a day inside a month does, 2 and 23 February do not). A frame without a
   time in the text counts as happening within ``REPORT_WINDOW_DAYS`` before
   its article's publication (after it, open-ended, when ``expected``).

Factuality is *not* part of identity: "X signed" and "X denied that it had
signed" are one event reported two ways — which is what conflicts compare.

**Syndicated copies** (articles whose fingerprints are near-duplicates,
:func:`claimline.fingerprint.near_duplicate`) count once: their frames with
the same trigger lemma in the same sentence text join one cluster even
without participants, and :meth:`Cluster.outlets` lists the copy's outlet
while :meth:`Cluster.independent` counts each group of copies once.

Clustering is incremental (:class:`EventClusters`): a cluster is indexed by
(class root, participant name); a new frame looks only at the clusters
sharing a key with it, and joins the best one it is compatible with *every
member* of (no chaining: "2026" may join a February event but cannot then glue
it to a November one); otherwise it starts a new cluster. :meth:`add` returns
the ids of the clusters it touched, so a store updates only those.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..extraction.fingerprint import near_duplicate
from .lexicon import OTHER, EventLexicon, lexicon
from .model import EventFrame

__all__ = [
    "REPORT_WINDOW_DAYS",
    "Cluster",
    "EventClusters",
    "Member",
    "copy_key",
    "keys",
    "classes_match",
    "interval_of",
    "participants_match",
    "same_event",
    "times_match",
]

#: An event without a time in the text happened at most this many days before its report.
REPORT_WINDOW_DAYS = 7
_WS = re.compile(r"\W+")


@dataclass(frozen=True)
class Member:
    """A frame with what identity needs from its article."""

    frame: EventFrame
    published: date | None = None
    publisher: str | None = None
    fingerprint: str | None = None
    copy_key: str = ""  # :func:`copy_key` of its trigger lemma and sentence


def copy_key(lemma: str, sentence_text: str) -> str:
    """What syndicated copies of one report share: the trigger lemma and the sentence, normalised."""
    norm = _WS.sub(" ", sentence_text).strip().casefold()
    if not norm:
        return ""
    return hashlib.sha256(f"{lemma}|{norm}".encode()).hexdigest()[:16]


def classes_match(a: EventFrame, b: EventFrame, lex: EventLexicon | None = None) -> bool:
    if a.event_class == OTHER or b.event_class == OTHER:
        return a.event_class == b.event_class and a.trigger.lemma == b.trigger.lemma
    return (lex or lexicon()).related(a.event_class, b.event_class)


def _role_names(f: EventFrame) -> tuple[frozenset[str], frozenset[str]]:
    agents = frozenset(p.name for p in f.participants if p.role == "agent")
    others = frozenset(p.name for p in f.participants if p.role in ("theme", "counterpart"))
    return agents, others


def participants_match(a: EventFrame, b: EventFrame) -> bool:
    """Nested name sets, and no role contradicts: when both frames name agents, or both name
    a theme/counterpart, those share a name ("Airbus delivered to Qantas" is not "Airbus
    delivered to Emirates")."""
    x, y = a.names(), b.names()
    if not (x and y and (x <= y or y <= x)):
        return False
    (ag_a, ot_a), (ag_b, ot_b) = _role_names(a), _role_names(b)
    if ag_a and ag_b and not ag_a & ag_b:
        return False
    return not (ot_a and ot_b and not ot_a & ot_b)


def interval_of(m: Member) -> tuple[date, date] | None:
    """The interval a member's event lies in, for comparison (see module docstring)."""
    t = m.frame.time
    if t is not None and t.start is not None:
        return t.start, t.end or date.max
    if m.published is None:
        return None
    if m.frame.factuality == "expected":
        return m.published, date.max
    return m.published - timedelta(days=REPORT_WINDOW_DAYS), m.published


def times_match(a: Member, b: Member) -> bool:
    x, y = interval_of(a), interval_of(b)
    if x is None or y is None:
        return x is None and y is None
    return x[0] <= y[1] and y[0] <= x[1]


def syndicated(a: Member, b: Member) -> bool:
    """Copies of one report: near-duplicate articles, same trigger, same sentence."""
    if a.frame.article_id == b.frame.article_id:
        return False
    return bool(a.copy_key) and a.copy_key == b.copy_key and near_duplicate(a.fingerprint, b.fingerprint)


def same_event(a: Member, b: Member, lex: EventLexicon | None = None) -> bool:
    """Whether two frames refer to one event (see the module docstring)."""
    if syndicated(a, b):
        return True
    if a.frame.article_id == b.frame.article_id and a.frame.sentence == b.frame.sentence:
        return False  # two frames of one sentence are two events
    if a.frame.commentary or b.frame.commentary:
        return False
    return classes_match(a.frame, b.frame, lex) and participants_match(a.frame, b.frame) and times_match(a, b)


@dataclass
class Cluster:
    """One event: the frames (in any article) that refer to it."""

    id: str
    members: list[Member] = field(default_factory=list)

    @property
    def frames(self) -> list[EventFrame]:
        return [m.frame for m in self.members]

    def event_class(self) -> str:
        """The most specific class of its members (most frequent, then deepest)."""
        lex = lexicon()
        counts: dict[str, int] = {}
        for f in self.frames:
            counts[f.event_class] = counts.get(f.event_class, 0) + 1
        return max(counts, key=lambda c: (len(lex.ancestors.get(c, (c,))), counts[c], c))

    def outlets(self) -> list[str]:
        """Every outlet reporting it (publisher, else article id), in first-report order."""
        seen: dict[str, None] = {}
        for m in sorted(self.members, key=lambda m: (m.published or date.max, m.frame.id)):
            seen.setdefault(m.publisher or m.frame.article_id, None)
        return list(seen)

    def independent(self) -> list[list[Member]]:
        """Members grouped so that syndicated copies of one report count once."""
        groups: list[list[Member]] = []
        for m in self.members:
            for g in groups:
                if any(syndicated(m, o) or o.frame.article_id == m.frame.article_id for o in g):
                    g.append(m)
                    break
            else:
                groups.append([m])
        return groups

    def accepts(self, m: Member, lex: EventLexicon) -> bool:
        return all(same_event(m, o, lex) for o in self.members)


def keys(f: EventFrame, lex: EventLexicon | None = None) -> set[tuple[str, str]]:
    """Index keys of a frame: (class root, or other:lemma; participant name)."""
    root = class_root(f, lex)
    return {(root, n) for n in f.names()}


def class_root(f: EventFrame, lex: EventLexicon | None = None) -> str:
    """The broadest class of a frame (``other:<lemma>`` for unlisted verbs)."""
    lex = lex or lexicon()
    return f"{OTHER}:{f.trigger.lemma}" if f.event_class == OTHER else lex.root(f.event_class)


def cluster_id(frame_id: str) -> str:
    """Stable id of the cluster a frame founded."""
    return "ev-" + hashlib.sha256(frame_id.encode()).hexdigest()[:12]


class EventClusters:
    """Incremental clustering of frames into events (see the module docstring)."""

    def __init__(self, clusters: Iterable[Cluster] = (), lex: EventLexicon | None = None) -> None:
        self.lex = lex or lexicon()
        self.clusters: dict[str, Cluster] = {}
        self._index: dict[tuple[str, str], set[str]] = {}
        self._copies: dict[str, set[str]] = {}
        for c in clusters:
            self._put(c)

    def _put(self, c: Cluster) -> None:
        self.clusters[c.id] = c
        for m in c.members:
            self._index_member(c.id, m)

    def _index_member(self, cid: str, m: Member) -> None:
        for k in () if m.frame.commentary else keys(m.frame, self.lex):
            self._index.setdefault(k, set()).add(cid)
        if m.copy_key:
            self._copies.setdefault(m.copy_key, set()).add(cid)

    def candidates(self, m: Member) -> set[str]:
        """Ids of the clusters a member could join (sharing a key with it)."""
        out: set[str] = set()
        for k in keys(m.frame, self.lex):
            out |= self._index.get(k, set())
        out |= self._copies.get(m.copy_key, set()) if m.copy_key else set()
        return out

    def add(self, members: Sequence[Member]) -> list[str]:
        """Cluster new members (one article's frames, or several); returns touched cluster ids."""
        touched: dict[str, None] = {}
        for m in members:
            best: Cluster | None = None
            best_rank: tuple[int, int, str] | None = None
            for cid in self.candidates(m):
                c = self.clusters[cid]
                if not c.accepts(m, self.lex):
                    continue
                same_class = sum(o.frame.event_class == m.frame.event_class for o in c.members)
                rank = (-same_class, -len(c.members), cid)
                if best_rank is None or rank < best_rank:
                    best, best_rank = c, rank
            if best is None:
                best = Cluster(cluster_id(m.frame.id))
                self.clusters[best.id] = best
            best.members.append(m)
            self._index_member(best.id, m)
            touched.setdefault(best.id, None)
        return list(touched)

    def of_frame(self) -> dict[str, str]:
        """frame id -> cluster id."""
        return {m.frame.id: c.id for c in self.clusters.values() for m in c.members}
