"""``claimline changes`` as text to read over coffee: one section per kind of change, each item with
the articles that caused it; lines fit 100 columns."""

from __future__ import annotations

from typing import Any

from ..events.display import outlet_name

WIDTH = 100


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _article(a: Any, indent: int) -> str:
    outlet = (outlet_name(a) if a.publisher or a.url or a.path else None) or "?"  # the title follows: not twice
    head = " ".join(x for x in (outlet, str(a.published) if a.published else "") if x)
    title = f' "{a.title}"' if a.title else ""
    tail = f" ({a.id})"
    return _cut(f"{head}{title}", WIDTH - indent - len(tail)) + tail


def _change_line(c: Any) -> str:
    if c.kind == "new_conflict":
        tail = f"{c.now}" if c.now in ("disputed", "open") else f"{c.now} stands"
    elif c.kind == "verdict_flipped":
        tail = f"{c.was} -> {c.now}"
    elif c.kind == "conflict_gone":
        tail = f"was {c.was}, the sources now agree"
    else:
        tail = f"was {c.was or 'unreconciled'}" if c.was else ""
    ref = f"  [{c.ref}]"
    body = f"{c.what}: {tail}" if tail else c.what
    return "  " + _cut(body, WIDTH - 2 - len(ref)) + ref


def render_changes(report: Any) -> str:
    """The report of :func:`claimline.jobs.change_report.changes` (a view) as text."""
    lines = [f"Changes since {report.since}: {report.runs} ingest run(s), {len(report.articles)} new article(s)"]
    for a in report.articles:
        lines.append("  " + _article(a, 2))
    sections: list[tuple[str, list]] = [
        ("New events", report.new_events),
        ("New conflicts", report.new_conflicts),
        ("Verdicts flipped", report.verdicts_flipped),
        ("Claims newly superseded", report.newly_superseded),
        ("Conflicts settled (the sources now agree)", report.conflicts_gone),
    ]
    undated = [e for e in report.new_events if e.date_basis != "text"]
    sections[0] = ("New events", [e for e in report.new_events if e.date_basis == "text"])
    quiet = []
    for title, items in sections:
        if not items:
            quiet.append(title.split(" (")[0].lower())
            continue
        lines.append("")
        lines.append(f"{title} ({len(items)})")
        for item in items:
            if "kind" in item:  # a change (an event has no kind)
                lines.append(_change_line(item))
                label = "superseded by" if item.kind == "superseded" else "caused by"
            else:
                what = f"{item.event} — {item.label}" if item.event else item.label  # which event, then its sentence
                lines.append("  " + _cut(f"{item.date}  {what}", WIDTH - 2))
                label = "reported by"
            for a in item.articles:
                lines.append(f"    {label}: {_article(a, 6 + len(label))}")
        if title == "New events" and undated:
            lines.append(f"  (and {len(undated)} events dated only by their report: --format json lists them)")
    if quiet:
        lines.append("")
        lines.append("No " + ", no ".join(quiet) + ".")
    return "\n".join(lines) + "\n"
