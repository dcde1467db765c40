"""The timeline as one self-contained HTML page.

The page draws the timeline as a picture: a vertical axis with year and month
markers, one card per event in chronological order (date at its real
granularity, label, actors, certainty badge, every source with outlet, source,
cue and certainty), superseded claims struck through but visible, conflict
badges linking to a conflicts section (sides and verdict with its reason), and
undated events in a separate section.

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
sections ``<section class="conflict" id="conflict-N" data-conflict="...">``.

This module must stay light: no spaCy, no dateparser.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from ..reconcile import claim_statuses
from ..schemas import Conflict, Side, SourceRef, TimelineEntry
from ..timeline import format_day, range_label, split_undated

__all__ = ["render_html"]

#: Status / certainty -> (css class, text shown). Unknown values map to "unknown".
_STATUS = {
    "confirmed": ("confirmed", "Confirmed"),
    "reported": ("reported", "Reported"),
    "hedged": ("hedged", "Hedged"),
    "speculative": ("speculative", "Speculative"),
    "denied": ("disputed", "Denied"),
    "disputed": ("disputed", "Disputed"),
    "superseded": ("superseded", "Superseded"),
    "stands": ("stands", "Stands"),
    "outvoted": ("outvoted", "Outvoted"),
    "unsupported": ("unsupported", "Unsupported"),
    "resolved": ("resolved", "Resolved"),
    "open": ("open", "Open"),
    # event timeline entries (claimline.events.timeline.as_timeline_entries)
    "expected": ("speculative", "Expected"),
    "commentary": ("unknown", "Commentary"),
}
_RULES = {"supersession": "supersession", "vote": "vote of sources", "truth_discovery": "truth discovery"}
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


def _source_li(ref: SourceRef, status: str) -> str:
    cls = {"superseded": " superseded", "outvoted": " outvoted", "disputed": " disputed"}.get(status, "")
    parts = [f'<span class="outlet">{_e(ref.publisher or ref.article_id)}</span>']
    if ref.published is not None:
        parts.append(f'<time class="pub" datetime="{ref.published.isoformat()}">{_e(format_day(ref.published))}</time>')
    if ref.source:
        who = _e(ref.source)
        if ref.actor and ref.actor != ref.source:
            who += f' <span class="pub">({_e(ref.actor)})</span>'
        parts.append(f'<span class="who">{who}</span>')
    elif ref.actor:
        parts.append(f'<span class="who">{_e(ref.actor)}</span>')
    else:
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
    superseded = set(entry.superseded_claim_ids)
    start = entry.start.isoformat() if entry.start else ""
    end = entry.end.isoformat() if entry.end else ""
    attrs = (
        f'class="entry s-{scls}" id="entry-{idx}" data-start="{start}" data-end="{end}" '
        f'data-granularity="{_e(entry.granularity or "")}" data-basis="{_e(entry.date_basis)}" '
        f'data-status="{_e(entry.status)}" data-claims="{_e(" ".join(entry.claim_ids))}"'
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
    for cid in entry.conflict_ids:
        anchor = conflict_anchor.get(cid)
        if anchor is not None:
            head.append(
                f'<a class="badge b-conflict" href="#{anchor[0]}" title="{_e(cid)}">&#9888; Conflict {anchor[1]}</a>'
            )
        else:
            head.append(f'<span class="badge b-disputed" title="{_e(cid)}">&#9888; Conflict</span>')
    tags = []
    if entry.network_tier:
        tags.append(f'<span class="tag tier-{_cls_tier(entry.network_tier)}">{_e(entry.network_tier)}</span>')
    tags.extend(f'<span class="tag">{_e(s)}</span>' for s in entry.use_scopes)
    n = len(entry.sources)
    outlets = len({r.publisher or r.article_id for r in entry.sources})
    tags.append(
        f'<span class="tag">{n} report{"s" if n != 1 else ""} · {outlets} outlet{"s" if outlets != 1 else ""}</span>'
    )
    head.append(f'<span class="tags">{"".join(tags)}</span>')
    label = _e(entry.label)
    if entry.status == "superseded":
        label = f"<s>{label}</s>"
    actors = "".join(f"<li>{_e(a)}</li>" for a in entry.actors)
    sources = "".join(
        _source_li(ref, "superseded" if ref.claim_id in superseded else claim_status.get(ref.claim_id, "stands"))
        for ref in entry.sources
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


def _axis(entries: Sequence[TimelineEntry], start_idx: int, claim_status, conflict_anchor) -> str:
    out: list[str] = []
    prev: date | None = None
    for i, entry in enumerate(entries):
        assert entry.start is not None
        d = entry.start
        if prev is None or (d.year, d.month) != (prev.year, prev.month):
            if prev is not None:
                gap = _months_between(prev, d)
                if gap >= 3:
                    out.append(f'<li class="gap" aria-hidden="true">· · · {gap - 1} months without events</li>')
            if prev is None or d.year != prev.year:
                out.append(f'<li class="marker year"><span>{d.year}</span></li>')
            out.append(f'<li class="marker month"><span>{_MONTHS[d.month - 1]} {d.year}</span></li>')
        prev = d
        out.append(_entry_li(entry, start_idx + i, claim_status, conflict_anchor))
    return "".join(out)


def _side_row(side: Side) -> str:
    outlets = ", ".join(dict.fromkeys(_e(r.publisher or r.article_id) for r in side.sources)) or _e(
        ", ".join(side.claim_ids)
    )
    who = "; ".join(
        dict.fromkeys(
            (_e(r.source or r.actor) if (r.source or r.actor) else "the outlet")
            + (f" <i>{_e(r.cue)}</i>" if r.cue else "")
            for r in side.sources
        )
    )
    css = _cls(side.status)
    return (
        f'<tr class="{css}"><td class="value">{_e(side.value)}</td><td>{outlets}</td>'
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
    rows = "".join(_side_row(s) for s in conflict.sides)
    if conflict.resolution is not None:
        r = conflict.resolution
        verdict = (
            f'<p class="verdict"><strong>Verdict:</strong> {_e(r.value)} — {_e(r.reason)} '
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
    dated, loose = split_undated(entries)
    claim_status = claim_statuses(conflicts)
    conflict_anchor: dict[str, tuple[str, int]] = {}
    for conflict in conflicts:
        if conflict.id not in conflict_anchor:
            n = len(conflict_anchor) + 1
            conflict_anchor[conflict.id] = (f"conflict-{n}", n)

    ordered = list(dated) + list(loose)
    backlinks: dict[str, list[tuple[int, str]]] = {}
    for i, entry in enumerate(ordered, 1):
        for cid in entry.conflict_ids:
            backlinks.setdefault(cid, []).append((i, entry.date_label))

    # header
    n_sources = sum(len(e.sources) for e in ordered)
    n_outlets = len({r.publisher or r.article_id for e in ordered for r in e.sources})
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
        "</header><main>",
        f'<section class="timeline" aria-labelledby="h-dated"><h2 id="h-dated">Events'
        f'<span class="count">{len(dated)}</span></h2>',
    ]
    if dated:
        body.append(f'<ol class="axis">{_axis(dated, 1, claim_status, conflict_anchor)}</ol>')
    else:
        body.append('<p class="empty">No dated events.</p>')
    body.append("</section>")
    if loose:
        items = "".join(_entry_li(e, len(dated) + 1 + i, claim_status, conflict_anchor) for i, e in enumerate(loose))
        body.append(
            '<section class="undated" aria-labelledby="h-undated"><h2 id="h-undated">Undated events'
            f'<span class="count">{len(loose)}</span></h2>'
            '<p class="c-meta">Neither the text nor the article gives a date for these events.</p>'
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
