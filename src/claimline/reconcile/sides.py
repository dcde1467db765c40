"""The sides of one question: claims grouped by the answer they give (tier, scope, polarity, date)."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import date

from .. import lexicons
from .info import Info, date_span, same_source
from .keys import plan_kind

_TIERS = lexicons.tiers()
_TIERS_CONTRADICTING = frozenset(_TIERS.opposed)  # models/tiers.toml


# ======================================================== sides of a question
class _Spans:
    """Union of time spans of one side, for "is some claim time-compatible"."""

    __slots__ = ("untimed", "starts", "ends", "n")

    def __init__(self, infos: Iterable[Info]):
        spans = []
        self.untimed = False
        self.n = 0
        for i in infos:
            self.n += 1
            if i.span is None:
                self.untimed = True
            else:
                spans.append(i.span)
        spans.sort()
        merged: list[list[int]] = []
        for lo, hi in spans:
            if merged and lo <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], hi)
            else:
                merged.append([lo, hi])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def compatible(self, span: tuple[int, int] | None) -> bool:
        if self.n == 0:
            return False
        if self.untimed or span is None:
            return True
        i = bisect.bisect_right(self.starts, span[1]) - 1
        return i >= 0 and self.ends[i] >= span[0]


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def value_sides(entries: list[tuple[Info, str]], facet: str) -> tuple[dict[str, list[Info]], set]:
    """Sides for single-valued facets, restricted to time-compatible claims.

    Returns the sides and the set of contradicting value pairs.
    """
    by_value: dict[str, dict[str, Info]] = defaultdict(dict)
    for info, value in entries:
        by_value[value].setdefault(info.id, info)
    values = sorted(by_value)
    if facet == "network_tier":
        contra = {
            (a, b) for a in values for b in values if a < b and a in _TIERS_CONTRADICTING and b in _TIERS_CONTRADICTING
        }
    else:
        contra = {(a, b) for a in values for b in values if a < b}
    if not contra:
        return {}, set()
    spans = {v: _Spans(by_value[v].values()) for v in values}
    sides: dict[str, list[Info]] = {}
    for v in values:
        opposing = [b if a == v else a for a, b in contra if v in (a, b)]
        if not opposing:
            continue
        kept = [i for i in by_value[v].values() if any(spans[o].compatible(i.span) for o in opposing)]
        if kept:
            sides[v] = kept
    contra = {(a, b) for a, b in contra if a in sides and b in sides}
    both = _TIERS.both
    if facet == "network_tier" and contra and both in by_value:
        others = [spans[v] for v in sides]
        kept = [i for i in by_value[both].values() if any(s.compatible(i.span) for s in others)]
        if kept:
            sides[both] = kept
    return sides, contra


def date_sides(entries: list[tuple[Info, str]]) -> tuple[dict[str, list[Info]], set]:
    items: dict[str, tuple[Info, tuple[int, int]]] = {}
    for info, _ in entries:
        if info.id in items:
            continue
        span = date_span(info.claim)
        if span is not None:
            items[info.id] = (info, span)
    ordered = sorted(items.values(), key=lambda x: (x[1][1] - x[1][0], x[1][0], x[0].id))
    boxes: list[list[int]] = []  # [lo, hi] intersection of each side
    members: list[list[Info]] = []
    labels: list[str] = []
    for info, (lo, hi) in ordered:
        hits = [k for k, (blo, bhi) in enumerate(boxes) if lo <= bhi and blo <= hi]
        if not hits:
            boxes.append([lo, hi])
            members.append([info])
            labels.append(_date_label(info))
        elif len(hits) == 1:
            k = hits[0]
            boxes[k] = [max(boxes[k][0], lo), min(boxes[k][1], hi)]
            members[k].append(info)
        # else: compatible with several answers, so evidence for none of them.
    if len(members) < 2:
        return {}, set()
    sides: dict[str, list[Info]] = {}
    for k, label in enumerate(labels):
        if label in sides:
            lo, hi = boxes[k]
            label = f"{label} ({date.fromordinal(max(lo, 1)).isoformat()})"
        sides[label] = members[k]
    names = sorted(sides)
    return sides, {(a, b) for a in names for b in names if a < b}


#: a date answer this close to its own report's day tells an occasion of that time ...
_NEAR_DAYS = 31
#: ... and reports this far apart, each so, tell two occasions (review 18 Z9)
_APART_DAYS = 90


def occasions_apart(entries: list[tuple[Info, str]]) -> list[list[tuple[Info, str]]]:
    """The answers of one date question split where their reports lie months apart and each dates the event near
    its own day: a strike "starting on Friday" told in January and services resuming "on Thursday" told in
    November are two strikes of one union, not two answers to one (review 18 Z9). One group when any answer is
    undated, far from its report (a report recalling an earlier date still meets the others) or none are apart."""
    dated: list[tuple[int, tuple[Info, str]]] = []
    for entry in entries:
        info = entry[0]
        span = date_span(info.claim)
        if info.published is None or span is None:
            return [entries]
        day = info.published.toordinal()
        if abs((span[0] + span[1]) // 2 - day) > _NEAR_DAYS:
            return [entries]
        dated.append((day, entry))
    dated.sort(key=lambda x: x[0])
    groups: list[list[tuple[Info, str]]] = [[dated[0][1]]] if dated else []
    for (before, _), (day, entry) in zip(dated, dated[1:], strict=False):
        if day - before > _APART_DAYS:
            groups.append([])
        groups[-1].append(entry)
    return groups if len(groups) > 1 else [entries]


def plans_apart(entries: list[tuple[Info, str]]) -> list[list[tuple[Info, str]]]:
    """The answers of one date question in the groups that are compared, as the conflicts on events compare
    them: reports of the event done, and plans (a plan word governs the time, :func:`.keys.plan_kind`, or
    the time is after the article's publication) — a plan is no answer to when the event happened ("will
    sign on Friday", written on Monday, and "signed on Monday" a week later: the plan slipped), unless it
    was written after another report had the event done ("will sign on 20 June", written on 10 June,
    against "signed on 3 June"). A plan told in the past ("had hoped to sign on Monday", "was supposed to
    open on Friday": review 8 V7) is compared with other plans only. One group when all are of a kind."""
    done: list[tuple[Info, str]] = []
    plans: list[tuple[Info, str]] = []
    past: set[str] = set()
    for info, value in entries:
        kind = plan_kind(info.claim)
        span = date_span(info.claim)
        later = info.published is not None and span is not None and span[0] > info.published.toordinal()
        if kind == "past plan":
            past.add(info.id)
        (plans if kind is not None or later else done).append((info, value))
    if not done or not plans:
        return [entries]
    spans = [s for i, _ in done if (s := date_span(i.claim)) is not None]
    done_by = min((s[1] for s in spans), default=None)
    stale = [
        x
        for x in plans
        if done_by is not None
        and x[0].id not in past
        and x[0].published is not None
        and x[0].published.toordinal() > done_by
    ]
    return [done + stale, [x for x in plans if x not in stale]]


def _date_label(info: Info) -> str:
    t = info.claim.time
    assert t is not None
    label = t.value or (t.start.isoformat() if t.start else "?")
    if t.mod and t.mod.upper() not in ("APPROX",):
        label = f"{label} ({t.mod.upper()})"
    return label


def is_conflict(sides: Mapping[str, list[Info]], contra: set, timed: bool, *, across: bool = False) -> bool:
    """Some contradicting pair is from different sources (or a marked revision). ``across``: and from
    different articles (syndicated copies are one), as the conflicts on events ask: one article telling
    two dates of a folded event class ("opened an inquiry on 12 October" / "the pilot, to have started by
    the end of November, is postponed") tells of two events, not a dispute, unless it marks one as the
    earlier version."""
    for a, b in contra:
        sa = _signatures(sides[a])
        sb = _signatures(sides[b])
        for x in sa:
            for y in sb:
                if timed and not _overlap(x.span, y.span):
                    continue
                if x.revision or y.revision or (not same_source(x, y) and not (across and x.group == y.group)):
                    return True
    return False


def _signatures(infos: list[Info]) -> list[Info]:
    seen: dict[tuple, Info] = {}
    for i in infos:
        sig = (i.speaker, i.group, i.publisher, i.span, bool(i.revision))
        seen.setdefault(sig, i)
    return list(seen.values())
