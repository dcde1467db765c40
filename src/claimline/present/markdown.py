"""A timeline as Markdown, ready to paste into a report."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..schemas import SourceRef, TimelineEntry
from ..timeline import format_day, split_undated

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~])")


def _md(text: str) -> str:
    """Plain text safe inside a Markdown list item (no markup, no raw HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _md_source(ref: SourceRef, *, event: bool = False) -> str:
    """One report: ``**Outlet** (date): source cue — certainty``; of an event entry (whose cue is the
    event's trigger), ``**Outlet** (date): trigger — certainty, according to source``."""
    outlet = getattr(ref, "outlet", None) or ref.publisher or ref.article_id
    parts = [f"**{_md(outlet)}**"]
    if ref.published is not None:
        parts.append(f" ({format_day(ref.published)})")
    if event:
        parts.append(f": {_md(ref.cue)} — {ref.modality}" if ref.cue else f" — {ref.modality}")
        if ref.source:
            parts.append(f", according to {_md(ref.source)}")
        return "".join(parts)
    who = []
    if ref.source:
        who.append(_md(ref.source))
    if ref.cue:
        who.append(_md(ref.cue))
    if who:
        parts.append(": " + " ".join(who))
    parts.append(f" — {ref.modality}")
    return "".join(parts)


def _md_entry(e: TimelineEntry) -> list[str]:
    label = _md(e.label)
    if e.status == "superseded":
        label = f"~~{label}~~"
    words = getattr(e, "event", None)  # a claim entry (model or stored view) has none
    if words:  # an event entry: the event in its own words and its status, then its sentence
        lines = [f"- **{_md(e.date_label)}** — **{_md(words)}** *({e.status})*: {label}"]
    else:
        lines = [f"- **{_md(e.date_label)}** — {label} *({e.status})*"]
    if e.actors:
        lines.append(f"  - Actors: {', '.join(_md(a) for a in e.actors)}")
    superseded = set(e.superseded_claim_ids)
    n = len(e.sources)
    lines.append(f"  - Sources ({n}):" if n != 1 else "  - Source:")
    for ref in e.sources:
        text = _md_source(ref, event=bool(words))
        if ref.claim_id in superseded:
            text = f"~~{text}~~ (superseded)"
        lines.append(f"    - {text}")
    if e.conflict_ids:
        lines.append(f"  - Conflicts: {', '.join(_md(k) for k in e.conflict_ids)}")
    return lines


def render_markdown(entries: Sequence[TimelineEntry], *, title: str | None = None) -> str:
    """The timeline as Markdown, ready to paste into a report.

    Dated entries in the given order, then an "Undated" section. Every string
    from an article is escaped, so it renders as text and never as markup.
    """
    dated, loose = split_undated(entries)
    lines: list[str] = []
    if title:
        lines += [f"# {_md(title)}", ""]
    if not dated and not loose:
        lines.append("*No events.*")
    for e in dated:
        lines += _md_entry(e)
    if loose:
        if dated:
            lines.append("")
        lines += ["## Undated", ""]
        for e in loose:
            lines += _md_entry(e)
    return "\n".join(lines) + "\n"
