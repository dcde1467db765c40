"""The timeline as one self-contained HTML page.

The page draws the timeline as a picture: a vertical axis with year and month
markers, one card per event in chronological order (date at its real
granularity, label, actors, certainty badge, every source with outlet, source,
cue and certainty), superseded claims struck through but visible, conflict
badges linking to a conflicts section (sides and verdict with its reason), and
undated events in a separate section. It draws a claim timeline
(:class:`~claimline.schemas.TimelineEntry`) or an event timeline
(:class:`~claimline.schemas.EventEntry`, ``timeline --events``: each report with its outlet and
factuality; a denied, disputed or expected event shows that status on its badge, dot and card
border, never the look of a confirmed one; commentary is listed apart).

Order and markers
-----------------

* **Order of granularities within a period.** Dated entries are ordered by year; within a year,
  entries dated to the whole year (or a half, a decade) come first; then by the month the entry
  starts in, and within that month **quarter / season before month before week before day
  (before a time of day)**, then by start and end date. So "2026" comes before "Q1 2026", "spring
  2026" before "Mar 2026", and "Mar 2026" before "week of 2 Mar 2026" and "5 Mar 2026".
* **Markers and gaps.** A year marker opens each year. A month marker ("Mar 2026") opens the month
  an entry starts in, except for year-long entries: "2023" sits under the year marker, never under
  "Jan 2023" (a quarter or season sits under the month it starts in, first). The "N months without
  events" gap is
  measured only between entries of month granularity or finer, so a year-long entry never causes a
  gap of eleven empty months.
* **Reported on …** Entries dated only by their publication (``date_basis="publication"``) are
  grouped per day into one card, "Reported on 3 Mar 2026", listing each item with its status, its
  outlets and speakers (``li.entry.reported-day``, items ``li.report-item``).
* **Events per month.** A small inline SVG strip at the top counts, per month, the entries of month
  granularity or finer that start in it (each "reported on" item counts once); it has a ``<title>``
  and an ``aria-label`` that say the same in words, and each bar a ``<title>`` of its own.

Self-contained and safe by construction:

* no network, no external assets or fonts, no JavaScript at all; a
  Content-Security-Policy forbids scripts, so the page renders the same with
  or without JS and in any viewer;
* every string that comes from data (article text, names, ids) goes through
  :func:`html.escape` with ``quote=True`` and lands only in element content or
  quoted attribute values, never in a ``<script>`` or ``<style>`` context;
  class names and anchors are derived from fixed vocabularies or indices;
* certainty is shown by colour *and* text (and a distinct border style), so
  the page prints well in greyscale; ``@media print`` removes shadows and
  keeps cards whole.

Stable hooks for tests and scripts: ``<li class="entry" data-start="2026-03-05"
data-end="..." data-granularity="day" data-basis="text" data-status="confirmed"
data-claims="c1 c2">`` (``data-start`` is empty for undated entries), conflict
sections ``<section class="conflict" id="conflict-N" data-conflict="...">``, the day cards
``<li class="entry reported-day" data-start="..." data-items="N">`` with ``li.report-item``
children (each with ``data-status`` and ``data-claims``), month markers ``li.marker.month``,
gaps ``li.gap`` (``data-months``), and the strip ``<svg class="strip">`` with one ``rect.bar``
per month (``data-month="2026-03" data-count="4"``).

This module must stay light: no spaCy, no dateparser.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

from ..reconcile import claim_statuses
from ..schemas import Conflict, Side, SourceRef, TimelineEntry
from ..timeline import format_day, range_label, split_undated
from .conflicts import readable, readable_reason

#: Granularity tiers within a period: year-long first, then quarter/season, month, week, day, time.
_YEAR_TIER = frozenset({"year", "half", "decade", "century"})
_RANK = {"quarter": 0, "season": 0, "month": 1, "week": 2, "day": 3, "time": 4}
#: Granularities that open a month marker and count for gaps and the strip.
_FINE = frozenset({"month", "week", "day", "time"})

__all__ = ["render_html"]

#: Status / certainty -> (css class, text shown). Unknown values map to "unknown".
_STATUS = {
    "confirmed": ("confirmed", "Confirmed"),
    "reported": ("reported", "Reported"),
    "hedged": ("hedged", "Hedged"),
    "speculative": ("speculative", "Speculative"),
    "disputed": ("disputed", "Disputed"),
    "superseded": ("superseded", "Superseded"),
    "stands": ("stands", "Stands"),
    "outvoted": ("outvoted", "Outvoted"),
    "unsupported": ("unsupported", "Unsupported"),
    "resolved": ("resolved", "Resolved"),
    "open": ("open", "Open"),
    # event timeline statuses (``timeline --events``) and report factualities
    "asserted": ("confirmed", "Asserted"),
    "expected": ("expected", "Expected"),
    "denied": ("denied", "Denied"),
    "negated": ("denied", "Negated"),
    "commentary": ("unknown", "Commentary"),
}
_RULES = {
    "supersession": "supersession",
    "on_record": "a source on record",
    "vote": "vote of sources",
    "truth_discovery": "truth discovery",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _cls(status: str) -> str:
    return _STATUS.get(status, ("unknown", ""))[0]


def _badge(status: str, *, small: bool = False) -> str:
    css, text = _STATUS.get(status, ("unknown", status))
    size = " badge-sm" if small else ""
    return f'<span class="badge b-{css}{size}">{_e(text)}</span>'


_CSS = """
:root {
  --ink: #1f2328; --muted: #59636e; --faint: #818b98; --line: #d1d9e0; --paper: #ffffff;
  --bg: #f6f8fa; --accent: #0969da; --axis: #afb8c1;
  --confirmed: #1a7f37; --confirmed-bg: #dafbe1;
  --reported: #0550ae; --reported-bg: #ddf4ff;
  --hedged: #9a6700; --hedged-bg: #fff8c5;
  --speculative: #8250df; --speculative-bg: #fbefff;
  --disputed: #cf222e; --disputed-bg: #ffebe9;
  --superseded: #59636e; --superseded-bg: #eff2f5;
  --expected: #8250df; --expected-bg: #fbefff;
  --denied: #a40e26; --denied-bg: #ffebe9;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "Liberation Sans", sans-serif;
}
a { color: var(--accent); }
.page { max-width: 1080px; margin: 0 auto; padding: 32px 28px 48px; }
.page-head { border-bottom: 1px solid var(--line); padding-bottom: 18px; margin-bottom: 8px; }
.eyebrow { margin: 0 0 4px; font-size: 12px; letter-spacing: .08em; text-transform: uppercase;
  color: var(--muted); font-weight: 600; }
h1 { margin: 0 0 8px; font-size: 28px; line-height: 1.2; font-weight: 700; }
h2 { font-size: 18px; margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h2 .count { color: var(--muted); font-weight: 500; font-size: 14px; margin-left: 6px; }
.stats { display: flex; flex-wrap: wrap; gap: 6px 22px; margin: 10px 0 14px; padding: 0; list-style: none;
  color: var(--muted); font-size: 13px; }
.stats strong { color: var(--ink); font-size: 15px; margin-right: 3px; font-variant-numeric: tabular-nums; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: center; margin: 0; padding: 0;
  list-style: none; font-size: 12px; color: var(--muted); }
.legend li { display: inline-flex; align-items: center; gap: 5px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 11.5px; font-weight: 700;
  letter-spacing: .03em; text-transform: uppercase; border: 1.5px solid currentColor; white-space: nowrap;
  line-height: 1.55; text-decoration: none; }
.badge-sm { font-size: 10.5px; padding: 0 6px; font-weight: 600; }
.b-confirmed { color: var(--confirmed); background: var(--confirmed-bg); border-style: solid; }
.b-reported, .b-stands { color: var(--reported); background: var(--reported-bg); border-style: solid; }
.b-hedged { color: var(--hedged); background: var(--hedged-bg); border-style: dashed; }
.b-speculative { color: var(--speculative); background: var(--speculative-bg); border-style: dotted; }
.b-disputed, .b-open { color: var(--disputed); background: var(--disputed-bg); border-style: double;
  border-width: 3px; padding: 0 6px; }
.b-superseded, .b-outvoted, .b-unsupported, .b-unknown { color: var(--superseded);
  background: var(--superseded-bg); border-style: solid; }
.b-resolved { color: var(--confirmed); background: var(--confirmed-bg); }
a.b-conflict { color: var(--disputed); background: var(--paper); border-style: solid; }
a.b-conflict:hover { background: var(--disputed-bg); }
/* ---------------------------------------------------------------- the axis */
.axis { list-style: none; margin: 0; padding: 6px 0 0; position: relative; }
.axis::before { content: ""; position: absolute; top: 0; bottom: 0; left: 148px; width: 2px;
  background: var(--axis); }
.marker { position: relative; margin: 18px 0 10px; padding-left: 164px; min-height: 24px; }
.marker span { display: inline-block; font-size: 12.5px; font-weight: 700; color: var(--muted);
  background: var(--bg); padding: 1px 10px; border: 1px solid var(--line); border-radius: 6px;
  font-variant-numeric: tabular-nums; }
.marker::before { content: ""; position: absolute; left: 142px; top: 7px; width: 14px; height: 14px;
  border-radius: 3px; background: var(--bg); border: 2px solid var(--axis); }
.marker.year span { font-size: 15px; color: var(--ink); border-color: var(--axis); }
.marker.year::before { background: var(--axis); }
.marker.month { margin: 14px 0 8px; }
.marker.month::before { left: 141px; top: 11px; width: 16px; height: 4px; border: 0; border-radius: 2px;
  background: var(--axis); }
.gap { position: relative; padding-left: 164px; margin: 4px 0; font-size: 12px; color: var(--faint);
  font-style: italic; }
.entry { display: grid; grid-template-columns: 132px 34px minmax(0, 1fr); align-items: start;
  margin: 0 0 14px; position: relative; }
.when { text-align: right; padding-top: 12px; font-weight: 700; font-size: 14px; line-height: 1.3;
  font-variant-numeric: tabular-nums; }
.when .range { display: block; font-weight: 400; font-size: 11.5px; color: var(--muted); margin-top: 2px; }
.when.basis-publication { font-style: italic; font-weight: 600; color: var(--muted); }
.dot { justify-self: center; width: 14px; height: 14px; margin: 14px 0 0 9px; border-radius: 50%;
  background: var(--paper); border: 3px solid var(--faint); position: relative; z-index: 1; }
.s-confirmed .dot { background: var(--confirmed); border-color: var(--confirmed); }
.s-reported .dot { border-color: var(--reported); background: var(--reported-bg); }
.s-hedged .dot { border-color: var(--hedged); border-style: dashed; }
.s-speculative .dot { border-color: var(--speculative); border-style: dotted; }
.s-disputed .dot { border-color: var(--disputed); background: var(--disputed-bg); border-style: double;
  border-width: 4px; }
.s-superseded .dot { border-color: var(--superseded); background: var(--superseded-bg); }
.card { background: var(--paper); border: 1px solid var(--line); border-left: 4px solid var(--faint);
  border-radius: 8px; padding: 10px 14px 10px; box-shadow: 0 1px 2px rgba(31, 35, 40, .06); }
.s-confirmed .card { border-left-color: var(--confirmed); }
.s-reported .card { border-left-color: var(--reported); }
.s-hedged .card { border-left-color: var(--hedged); border-left-style: dashed; }
.s-speculative .card { border-left-color: var(--speculative); border-left-style: dotted; }
.s-disputed .card { border-left-color: var(--disputed); border-left-style: double; border-left-width: 6px; }
.s-superseded .card { border-left-color: var(--superseded); background: #fbfcfd; }
.card-head { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-bottom: 4px; }
.card-head .tags { margin-left: auto; display: inline-flex; gap: 6px; flex-wrap: wrap; }
.tag { font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 4px;
  padding: 0 6px; background: var(--bg); }
.tag.tier-classified { color: var(--disputed); border-color: currentColor; font-weight: 600; }
.label { margin: 2px 0 6px; font-size: 15.5px; font-weight: 600; line-height: 1.4; overflow-wrap: anywhere; }
.s-superseded .label { color: var(--muted); font-weight: 500; }
.label .sentence { display: block; font-weight: 400; font-size: 14px; }
.what .event { font-weight: 600; }
.actors { margin: 0 0 8px; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: 5px; }
.actors li { font-size: 12px; background: #eef1f4; color: var(--ink); border-radius: 4px; padding: 1px 7px;
  font-weight: 500; }
.sources { margin: 0; padding: 6px 0 0; list-style: none; border-top: 1px dashed var(--line);
  font-size: 13px; }
.sources li { display: flex; flex-wrap: wrap; align-items: baseline; gap: 2px 8px; padding: 2px 0; }
.outlet { font-weight: 700; }
.pub { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
.who { color: var(--ink); overflow-wrap: anywhere; }
.cue { color: var(--muted); font-style: italic; }
.src-status { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
  color: var(--superseded); }
.sources li.superseded .line { text-decoration: line-through; text-decoration-thickness: 1.5px;
  color: var(--muted); }
.sources li.outvoted .line { color: var(--muted); }
.sources .cert { margin-left: auto; }
.empty { color: var(--muted); font-style: italic; }
.b-expected { color: var(--expected); background: var(--expected-bg); border-style: dashed; }
.b-denied { color: var(--denied); background: var(--denied-bg); border-style: solid; text-decoration: line-through; }
.s-expected .dot { border-color: var(--expected); border-style: dashed; background: var(--expected-bg); }
.s-denied .dot { border-color: var(--denied); background: var(--paper); border-width: 3px; }
.s-expected .card { border-left-color: var(--expected); border-left-style: dashed; }
.s-denied .card { border-left-color: var(--denied); background: #fffafa; }
.s-denied .label { text-decoration: line-through; text-decoration-color: var(--denied); }
/* ---------------------------------------------------------------- reported on (per day) */
.reported-day .card { border-left-color: var(--faint); border-left-style: dotted; }
.report-items { list-style: none; margin: 4px 0 0; padding: 0; }
.report-item { display: grid; grid-template-columns: auto minmax(0, 1fr); gap: 2px 8px; padding: 5px 0;
  border-top: 1px dashed var(--line); align-items: baseline; }
.report-item:first-child { border-top: 0; }
.report-item .what { font-size: 14px; overflow-wrap: anywhere; }
.report-item .by { grid-column: 2; font-size: 12.5px; color: var(--muted); overflow-wrap: anywhere; }
.report-item.s-superseded .what { text-decoration: line-through; color: var(--muted); }
.report-item.s-denied .what { text-decoration: line-through; text-decoration-color: var(--denied); }
/* ---------------------------------------------------------------- strip */
.strip-wrap { margin: 12px 0 4px; }
.strip-wrap figcaption { font-size: 12px; color: var(--muted); margin-bottom: 2px; }
svg.strip { display: block; width: 100%; max-width: 720px; height: 56px; }
svg.strip .bar { fill: var(--reported); }
svg.strip .zero { fill: var(--line); }
svg.strip text { font-size: 9px; fill: var(--muted); }
/* ---------------------------------------------------------------- undated */
.undated-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 12px; }
.undated-list .entry { display: block; margin: 0; }
.undated-list .when { display: none; }
.undated-list .dot { display: none; }
/* ---------------------------------------------------------------- conflicts */
.conflict { background: var(--paper); border: 1px solid var(--line); border-radius: 8px;
  padding: 12px 16px; margin: 0 0 14px; }
.conflict:target { outline: 3px solid var(--accent); outline-offset: 2px; }
.conflict h3 { margin: 0; font-size: 15.5px; overflow-wrap: anywhere; }
.conflict .c-head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-bottom: 4px; }
.conflict .c-id { margin-left: auto; font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  color: var(--muted); }
.conflict .c-meta { margin: 0 0 8px; font-size: 13px; color: var(--muted); }
table.sides { width: 100%; border-collapse: collapse; font-size: 13px; margin: 4px 0 8px; }
.sides th { text-align: left; font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em;
  color: var(--muted); border-bottom: 1px solid var(--line); padding: 4px 8px 4px 0; }
.sides td { border-bottom: 1px solid #eaeef2; padding: 5px 8px 5px 0; vertical-align: top;
  overflow-wrap: anywhere; }
.sides td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
.sides tr.superseded .value { text-decoration: line-through; color: var(--muted); }
.sides tr.stands .value { font-weight: 700; }
.verdict { margin: 6px 0 0; padding: 8px 12px; background: var(--bg); border-radius: 6px; font-size: 13.5px; }
.verdict.none { color: var(--disputed); }
.backlinks { margin: 8px 0 0; font-size: 12.5px; color: var(--muted); }
footer.page-foot { margin-top: 36px; padding-top: 12px; border-top: 1px solid var(--line);
  color: var(--faint); font-size: 12px; }
@media (max-width: 720px) {
  .page { padding: 20px 14px 36px; }
  .axis::before { left: 7px; }
  .marker, .gap { padding-left: 26px; }
  .marker::before { left: 1px; }
  .marker.month::before { left: 0; }
  .entry { grid-template-columns: 26px minmax(0, 1fr); }
  .when { grid-column: 2; text-align: left; padding-top: 0; }
  .dot { grid-column: 1; grid-row: 1; margin: 3px 0 0 0; justify-self: start; }
  .card { grid-column: 2; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 11pt; }
  .page { max-width: none; padding: 0; }
  .card, .conflict { box-shadow: none; break-inside: avoid; page-break-inside: avoid; }
  .entry, .marker { break-inside: avoid; page-break-inside: avoid; }
  .marker { break-after: avoid; page-break-after: avoid; }
  .badge, .dot, .card, .tag, .actors li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .conflicts { break-before: page; page-break-before: always; }
  .marker span, .marker::before { background: #fff; }
}
"""


class _Ref:
    """One report as the page shows it: a claim's source, or an event report (its trigger as the cue)."""

    __slots__ = ("actor", "article_id", "claim_id", "cue", "modality", "outlet", "published", "publisher", "source")

    def __init__(self, **kw: object) -> None:
        for k in self.__slots__:
            setattr(self, k, kw.get(k))


def _refs(entry: Any) -> list[Any]:
    """The reports behind an entry: ``sources`` of a claim entry, ``reports`` of an event entry."""
    sources = getattr(entry, "sources", None)
    if sources is not None:
        return list(sources)
    return [
        _Ref(
            claim_id=r.claim_id or r.event_id,
            article_id=r.article_id,
            publisher=r.publisher,
            outlet=getattr(r, "outlet", None),
            published=r.published,
            source=getattr(r, "source", None),
            actor=getattr(r, "actor", None),
            cue=r.trigger.text if r.trigger else None,
            modality=r.factuality,
        )
        for r in getattr(entry, "reports", ())
    ]


def _claims(entry: Any) -> list[str]:
    ids = list(getattr(entry, "claim_ids", None) or [])
    return ids or [r.claim_id for r in _refs(entry)]


def order_key(entry: Any) -> tuple[Any, ...]:
    """Place of a dated entry on the page (see the module docstring): year; year-long entries first; then the
    month it starts in, quarter/season before month before week before day before time; then dates."""
    start = entry.start
    gran = entry.granularity or "day"
    end = entry.end or start
    if gran in _YEAR_TIER:
        return (start.year, 0, 0, 0, start, end)
    return (start.year, 1, start.month, _RANK.get(gran, 3), start, end)


def _outlet(ref: Any) -> str:
    """Who published a report, for a reader (its display ``outlet``, else its publisher, else its article)."""
    return getattr(ref, "outlet", None) or ref.publisher or ref.article_id


def _source_li(ref: SourceRef, status: str) -> str:
    cls = {"superseded": " superseded", "outvoted": " outvoted", "disputed": " disputed"}.get(status, "")
    parts = [f'<span class="outlet">{_e(_outlet(ref))}</span>']
    if ref.published is not None:
        parts.append(f'<time class="pub" datetime="{ref.published.isoformat()}">{_e(format_day(ref.published))}</time>')
    if ref.source:
        who = _e(ref.source)
        if ref.actor and ref.actor != ref.source:
            who += f' <span class="pub">({_e(ref.actor)})</span>'
        parts.append(f'<span class="who">{who}</span>')
    elif ref.actor:
        parts.append(f'<span class="who">{_e(ref.actor)}</span>')
    elif not isinstance(ref, _Ref):  # an event report without a speaker may still be inside a quotation
        parts.append('<span class="who cue">the outlet itself</span>')
    if ref.cue:
        parts.append(f'<span class="cue">“{_e(ref.cue)}”</span>')
    line = " ".join(parts)
    if status == "superseded":
        line = f'<s class="line">{line}</s> <span class="src-status">superseded</span>'
    else:
        line = f'<span class="line">{line}</span>'
        if status in ("outvoted", "disputed"):
            line += f' <span class="src-status">{_e(status)}</span>'
    return (
        f'<li class="source{cls}" data-claim="{_e(ref.claim_id)}">{line}'
        f'<span class="cert">{_badge(ref.modality, small=True)}</span></li>'
    )


def _entry_li(
    entry: TimelineEntry,
    idx: int,
    claim_status: dict[str, str],
    conflict_anchor: dict[str, tuple[str, int]],
) -> str:
    scls = _cls(entry.status)
    superseded = set(getattr(entry, "superseded_claim_ids", ()))
    refs = _refs(entry)
    start = entry.start.isoformat() if entry.start else ""
    end = entry.end.isoformat() if entry.end else ""
    attrs = (
        f'class="entry s-{scls}" id="entry-{idx}" data-start="{start}" data-end="{end}" '
        f'data-granularity="{_e(entry.granularity or "")}" data-basis="{_e(entry.date_basis)}" '
        f'data-status="{_e(entry.status)}" data-claims="{_e(" ".join(_claims(entry)))}"'
    )
    # date column
    when_cls = f"when basis-{_cls_basis(entry.date_basis)}"
    when = f'<time datetime="{start}">{_e(entry.date_label)}</time>' if start else _e(entry.date_label)
    if entry.start and entry.end and entry.start != entry.end and entry.date_basis == "text":
        when += f'<span class="range">{_e(range_label(entry.start, entry.end))}</span>'
    elif entry.date_basis == "publication":
        when += '<span class="range">no event date in text</span>'
    # card
    head = [_badge(entry.status)]
    for cid in getattr(entry, "conflict_ids", ()):
        anchor = conflict_anchor.get(cid)
        if anchor is not None:
            head.append(
                f'<a class="badge b-conflict" href="#{anchor[0]}" title="{_e(cid)}">&#9888; Conflict {anchor[1]}</a>'
            )
        else:
            head.append(f'<span class="badge b-disputed" title="{_e(cid)}">&#9888; Conflict</span>')
    tags = []
    tier = getattr(entry, "network_tier", None)
    if tier:
        tags.append(f'<span class="tag tier-{_cls_tier(tier)}">{_e(tier)}</span>')
    tags.extend(f'<span class="tag">{_e(s)}</span>' for s in getattr(entry, "use_scopes", ()))
    n = len(refs)
    outlets = len({_outlet(r) for r in refs})
    tags.append(
        f'<span class="tag">{n} report{"s" if n != 1 else ""} · {outlets} outlet{"s" if outlets != 1 else ""}</span>'
    )
    head.append(f'<span class="tags">{"".join(tags)}</span>')
    label = _e(entry.label)
    if entry.status == "superseded":
        label = f"<s>{label}</s>"
    words = getattr(entry, "event", None)
    if words:  # an event entry: the event in its own words, then its sentence
        label = f'<span class="event">{_e(words)}</span><span class="sentence">{label}</span>'
    actors = "".join(f"<li>{_e(a)}</li>" for a in entry.actors)
    sources = "".join(
        _source_li(ref, "superseded" if ref.claim_id in superseded else claim_status.get(ref.claim_id, "stands"))
        for ref in refs
    )
    return (
        f"<li {attrs}>"
        f'<div class="{when_cls}">{when}</div>'
        f'<div class="dot" aria-hidden="true"></div>'
        f'<article class="card"><div class="card-head">{"".join(head)}</div>'
        f'<p class="label">{label}</p>'
        f'<ul class="actors" aria-label="Actors">{actors}</ul>'
        f'<ul class="sources" aria-label="Sources">{sources}</ul>'
        f"</article></li>"
    )


def _cls_basis(basis: str) -> str:
    return basis if basis in ("text", "publication", "none") else "none"


def _cls_tier(tier: str) -> str:
    return tier if tier in ("classified", "unclassified", "mixed") else "other"


def _months_between(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def _who(entry: Any) -> str:
    """Outlets and speakers of an entry in one line (for a "reported on" item)."""
    from .timeline_table import who_said

    return who_said(entry)


def _what(entry: Any) -> str:
    """An item of a "reported on" card: the event in its own words, then its sentence (escaped)."""
    words = getattr(entry, "event", None)
    if not words:
        return _e(entry.label)
    return f'<span class="event">{_e(words)}</span> — {_e(entry.label)}'


def _day_card(group: Sequence[Any], idx: int, claim_status, conflict_anchor) -> str:
    """One card for the entries dated only by their publication on one day."""
    day = group[0].start
    outlets = sorted({_outlet(r) for e in group for r in _refs(e)})
    items = []
    for entry in group:
        badges = [_badge(entry.status, small=True)]
        for cid in getattr(entry, "conflict_ids", ()):
            anchor = conflict_anchor.get(cid)
            if anchor is not None:
                badges.append(
                    f'<a class="badge badge-sm b-conflict" href="#{anchor[0]}" title="{_e(cid)}">'
                    f"&#9888; Conflict {anchor[1]}</a>"
                )
        items.append(
            f'<li class="report-item s-{_cls(entry.status)}" data-status="{_e(entry.status)}" '
            f'data-claims="{_e(" ".join(_claims(entry)))}"><span class="badges">{"".join(badges)}</span>'
            f'<span class="what">{_what(entry)}</span><span class="by">{_e(_who(entry))}</span></li>'
        )
    n = len(group)
    return (
        f'<li class="entry reported-day s-reported" id="entry-{idx}" data-start="{day.isoformat()}" '
        f'data-end="{day.isoformat()}" data-granularity="day" data-basis="publication" data-items="{n}">'
        f'<div class="when basis-publication"><time datetime="{day.isoformat()}">{_e(format_day(day))}</time>'
        '<span class="range">reported on; no event date in text</span></div>'
        '<div class="dot" aria-hidden="true"></div>'
        f'<article class="card"><div class="card-head"><strong>Reported on {_e(format_day(day))}</strong>'
        f'<span class="tags"><span class="tag">{n} item{"s" if n != 1 else ""} · {len(outlets)} '
        f"outlet{'s' if len(outlets) != 1 else ''}</span></span></div>"
        f'<ul class="report-items" aria-label="Reported on {_e(format_day(day))}">{"".join(items)}</ul>'
        "</article></li>"
    )


def _blocks(entries: Sequence[Any]) -> list[list[Any]]:
    """Entries in page order, those dated only by publication grouped per day (one block each)."""
    blocks: list[list[Any]] = []
    day_block: dict[date, list[Any]] = {}
    for entry in sorted(entries, key=order_key):
        if entry.date_basis == "publication":
            if entry.start in day_block:
                day_block[entry.start].append(entry)
                continue
            day_block[entry.start] = [entry]
            blocks.append(day_block[entry.start])
        else:
            blocks.append([entry])
    return blocks


def _axis(blocks: Sequence[Sequence[Any]], start_idx: int, claim_status, conflict_anchor) -> str:
    out: list[str] = []
    year: int | None = None
    month: tuple[int, int] | None = None  # the open month marker
    fine: date | None = None  # the last entry of month granularity or finer
    idx = start_idx
    for block in blocks:
        entry = block[0]
        d = entry.start
        assert d is not None
        is_fine = (entry.granularity or "day") in _FINE or entry.date_basis == "publication"
        if is_fine and fine is not None:
            gap = _months_between(fine, d)
            if gap >= 3:
                out.append(
                    f'<li class="gap" aria-hidden="true" data-months="{gap - 1}">'
                    f"· · · {gap - 1} months without events</li>"
                )
        if d.year != year:
            out.append(f'<li class="marker year"><span>{d.year}</span></li>')
            year, month = d.year, None
        if is_fine:
            fine = d if fine is None or d > fine else fine
        if (entry.granularity or "day") not in _YEAR_TIER:  # a quarter or season opens the month it starts in
            if (d.year, d.month) != month:
                out.append(f'<li class="marker month"><span>{_MONTHS[d.month - 1]} {d.year}</span></li>')
                month = (d.year, d.month)
        if entry.date_basis == "publication":
            out.append(_day_card(block, idx, claim_status, conflict_anchor))
        else:
            out.append(_entry_li(entry, idx, claim_status, conflict_anchor))
        idx += 1
    return "".join(out)


def _strip(entries: Sequence[Any]) -> str:
    """An inline SVG bar per month: how many entries of month granularity or finer start in it."""
    counts: dict[tuple[int, int], int] = {}
    for e in entries:
        if e.start is not None and ((e.granularity or "day") in _FINE or e.date_basis == "publication"):
            key = (e.start.year, e.start.month)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return ""
    (y0, m0), (y1, m1) = min(counts), max(counts)
    months = [((y0 * 12 + m0 - 1 + k) // 12, (m0 - 1 + k) % 12 + 1) for k in range((y1 - y0) * 12 + m1 - m0 + 1)]
    if len(months) > 240:  # twenty years: one bar per year instead would be another chart; keep the latest
        months = months[-240:]
    top = max(counts.values())
    step = min(720 / len(months), 24.0)  # a short span keeps narrow bars
    bar_w = max(1.0, step - 2)
    bars, labels = [], []
    for k, (y, m) in enumerate(months):
        n = counts.get((y, m), 0)
        h = 0 if n == 0 else max(2.0, 38 * n / top)
        x = k * step + (step - bar_w) / 2
        name = f"{_MONTHS[m - 1]} {y}"
        what = f"{name}: {n} event{'s' if n != 1 else ''}"
        if n:
            bars.append(
                f'<rect class="bar" x="{x:.1f}" y="{40 - h:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'data-month="{y:04d}-{m:02d}" data-count="{n}"><title>{_e(what)}</title></rect>'
            )
        else:
            bars.append(
                f'<rect class="zero" x="{x:.1f}" y="39" width="{bar_w:.1f}" height="1" '
                f'data-month="{y:04d}-{m:02d}" data-count="0"><title>{_e(what)}</title></rect>'
            )
        if m == 1 or k == 0:
            labels.append(f'<text x="{k * step:.1f}" y="52">{_e(name if k == 0 else str(y))}</text>')
    busiest = max(counts, key=lambda key: (counts[key], key))
    total = sum(counts[k] for k in months if k in counts)
    summary = (
        f"Events per month, {_MONTHS[months[0][1] - 1]} {months[0][0]} to {_MONTHS[months[-1][1] - 1]} "
        f"{months[-1][0]}: {total} events dated to a month or finer; busiest {_MONTHS[busiest[1] - 1]} "
        f"{busiest[0]} with {counts[busiest]}."
    )
    return (
        '<figure class="strip-wrap"><figcaption>Events per month</figcaption>'
        f'<svg class="strip" role="img" aria-label="{_e(summary)}" viewBox="0 0 720 56" '
        'preserveAspectRatio="xMinYMid meet">'
        f"<title>{_e(summary)}</title>{''.join(bars)}{''.join(labels)}</svg></figure>"
    )


def _side_row(side: Side, facet: str | None = None) -> str:
    outlets = ", ".join(dict.fromkeys(_e(_outlet(r)) for r in side.sources)) or _e(", ".join(side.claim_ids))
    who = "; ".join(
        dict.fromkeys(
            (_e(r.source or r.actor) if (r.source or r.actor) else "the outlet")
            + (f" <i>{_e(r.cue)}</i>" if r.cue else "")
            for r in side.sources
        )
    )
    css = _cls(side.status)
    return (
        f'<tr class="{css}"><td class="value">{_e(readable(side.value, facet))}</td><td>{outlets}</td>'
        f'<td>{who}</td><td class="num">{side.score:.2f}</td><td>{_badge(side.status, small=True)}</td></tr>'
    )


def _conflict_section(conflict: Conflict, anchor: str, number: int, backlinks: list[tuple[int, str]]) -> str:
    title = conflict.question or conflict.facet
    meta = []
    if conflict.subject:
        meta.append(f"About <strong>{_e(', '.join(conflict.subject))}</strong>")
    meta.append(f"facet: {_e(conflict.facet)}")
    if conflict.margin is not None:
        meta.append(f"margin {conflict.margin:.2f}")
    rows = "".join(_side_row(s, conflict.facet) for s in conflict.sides)
    if conflict.resolution is not None:
        r = conflict.resolution
        verdict = (
            f'<p class="verdict"><strong>Verdict:</strong> {_e(readable(r.value, conflict.facet))} — '
            f"{_e(readable_reason(conflict))} "
            f'<span class="pub">(rule: {_e(_RULES.get(r.rule, r.rule))})</span></p>'
        )
    else:
        verdict = '<p class="verdict none"><strong>Verdict:</strong> unresolved — the sources disagree.</p>'
    links = ""
    if backlinks:
        links = (
            '<p class="backlinks">Events: '
            + ", ".join(f'<a href="#entry-{i}">{_e(label)}</a>' for i, label in backlinks)
            + "</p>"
        )
    return (
        f'<section class="conflict" id="{anchor}" data-conflict="{_e(conflict.id)}">'
        f'<div class="c-head">{_badge(conflict.status)}<h3>Conflict {number}: {_e(title)}</h3>'
        f'<span class="c-id">{_e(conflict.id)}</span></div>'
        f'<p class="c-meta">{" · ".join(meta)}</p>'
        f'<table class="sides"><thead><tr><th>Value</th><th>Outlets</th><th>Sources</th><th>Score</th>'
        f"<th>Status</th></tr></thead><tbody>{rows}</tbody></table>"
        f"{verdict}{links}</section>"
    )


def _legend() -> str:
    items = [
        ("confirmed", "stated as fact"),
        ("reported", "attributed to a source"),
        ("hedged", "qualified (may, reportedly)"),
        ("speculative", "conjecture"),
        ("denied", "denied or negated, never confirmed"),
        ("disputed", "sources disagree"),
        ("superseded", "corrected later"),
        ("expected", "planned or forecast"),
    ]
    return (
        '<ul class="legend" aria-label="Legend">'
        + "".join(f"<li>{_badge(s, small=True)} {_e(text)}</li>" for s, text in items)
        + "</ul>"
    )


def render_html(
    entries: Sequence[TimelineEntry],
    conflicts: Sequence[Conflict] = (),
    *,
    title: str = "claimline timeline",
    generated: str | None = None,
) -> str:
    """One self-contained, printable HTML page drawing the timeline.

    ``entries`` as returned by :func:`claimline.timeline.build_timeline` (dated
    ones in chronological order; undated ones are shown in their own section
    whatever their position). ``conflicts`` fills the conflicts section that
    the entries' conflict badges link to. ``generated`` (e.g. a timestamp) is
    shown in the header; leave it None for byte-identical output.
    """
    talk = [e for e in entries if e.status == "commentary"]
    dated, loose = split_undated(e for e in entries if e.status != "commentary")
    blocks = _blocks(dated)
    claim_status = claim_statuses(conflicts)
    conflict_anchor: dict[str, tuple[str, int]] = {}
    for conflict in conflicts:
        if conflict.id not in conflict_anchor:
            n = len(conflict_anchor) + 1
            conflict_anchor[conflict.id] = (f"conflict-{n}", n)

    ordered = [*blocks, *([e] for e in loose), *([e] for e in talk)]
    backlinks: dict[str, list[tuple[int, str]]] = {}
    for i, block in enumerate(ordered, 1):
        for entry in block:
            for cid in getattr(entry, "conflict_ids", ()):
                backlinks.setdefault(cid, []).append((i, entry.date_label))

    # header
    n_sources = sum(len(_refs(e)) for block in ordered for e in block)
    n_outlets = len({_outlet(r) for block in ordered for e in block for r in _refs(e)})
    n_open = sum(1 for c in conflicts if c.status != "resolved")
    stats = [
        f"<li><strong>{len(dated)}</strong> dated event{'s' if len(dated) != 1 else ''}</li>",
        f"<li><strong>{len(loose)}</strong> undated</li>",
        f"<li><strong>{n_sources}</strong> report{'s' if n_sources != 1 else ''} from "
        f"<strong>{n_outlets}</strong> outlet{'s' if n_outlets != 1 else ''}</li>",
        f"<li><strong>{len(conflicts)}</strong> conflict{'s' if len(conflicts) != 1 else ''}"
        f" ({n_open} unresolved)</li>",
    ]
    if dated:
        first = min(e.start for e in dated if e.start)
        last = max((e.end or e.start) for e in dated if e.start)
        stats.append(
            f"<li>Span <strong>{_e(format_day(first))}</strong> – <strong>{_e(format_day(last))}</strong></li>"
        )
    if generated:
        stats.append(f"<li>Generated {_e(generated)}</li>")

    body: list[str] = [
        '<div class="page">',
        '<header class="page-head"><p class="eyebrow">claimline · event timeline</p>',
        f"<h1>{_e(title)}</h1>",
        f'<ul class="stats">{"".join(stats)}</ul>',
        _legend(),
        _strip(dated),
        "</header><main>",
        f'<section class="timeline" aria-labelledby="h-dated"><h2 id="h-dated">Events'
        f'<span class="count">{len(dated)}</span></h2>',
    ]
    if dated:
        body.append(f'<ol class="axis">{_axis(blocks, 1, claim_status, conflict_anchor)}</ol>')
    else:
        body.append('<p class="empty">No dated events.</p>')
    body.append("</section>")
    if loose:
        items = "".join(_entry_li(e, len(blocks) + 1 + i, claim_status, conflict_anchor) for i, e in enumerate(loose))
        body.append(
            '<section class="undated" aria-labelledby="h-undated"><h2 id="h-undated">Undated events'
            f'<span class="count">{len(loose)}</span></h2>'
            '<p class="c-meta">Neither the text nor the article gives a date for these events.</p>'
            f'<ul class="undated-list">{items}</ul></section>'
        )
    if talk:
        first = len(blocks) + len(loose) + 1
        items = "".join(_entry_li(e, first + i, claim_status, conflict_anchor) for i, e in enumerate(talk))
        body.append(
            '<section class="undated commentary" aria-labelledby="h-talk"><h2 id="h-talk">Commentary'
            f'<span class="count">{len(talk)}</span></h2>'
            '<p class="c-meta">Speech or opinion that reports no event.</p>'
            f'<ul class="undated-list">{items}</ul></section>'
        )
    if conflicts:
        sections = "".join(
            _conflict_section(c, conflict_anchor[c.id][0], conflict_anchor[c.id][1], backlinks.get(c.id, []))
            for c in conflicts
        )
        body.append(
            '<section class="conflicts" id="conflicts" aria-labelledby="h-conflicts">'
            f'<h2 id="h-conflicts">Conflicts<span class="count">{len(conflicts)}</span></h2>'
            f"{sections}</section>"
        )
    body.append(
        '</main><footer class="page-foot">Generated offline by claimline. Dates are shown at the '
        "granularity the sources give; “reported on” marks events dated only by publication.</footer></div>"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"
        '<meta name="referrer" content="no-referrer">'
        '<meta name="generator" content="claimline">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>\n"
        f"<body>{''.join(body)}</body></html>\n"
    )
