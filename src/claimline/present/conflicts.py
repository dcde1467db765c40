"""A conflict with its sides and sources, for ``claimline conflicts`` and ``claimline show``."""

from __future__ import annotations

from rich.console import Console

from ..schemas import Conflict
from .render import plain_table


def conflict_block(c: Conflict, console: Console) -> None:
    """A conflict as a block: head line (id, facet, subject, verdict), one row per source, the reason."""
    from rich.table import Table

    verdict = c.status.upper()
    if c.resolution:
        verdict += f": {c.resolution.value}"
    elif c.margin is not None:
        verdict += f" (margin {c.margin:.2f})"
    head = f"{c.id}  {c.facet} — {' / '.join(c.subject)}   {verdict}"
    headers = ("Value", "Source", "Outlet", "Date", "Cue", "Certainty", "Claim", "Side")
    rows = [
        (
            side.value,
            ref.source or "(author)",
            ref.publisher or "",
            ref.published.isoformat() if ref.published else "",
            ref.cue or "",
            ref.modality,
            ref.claim_id,
            side.status,
        )
        for side in c.sides
        for ref in side.sources
    ]
    reason = c.resolution.reason if c.resolution else c.reason
    if not console.is_terminal:
        console.file.write(head + "\n" + plain_table(headers, rows))
        if reason:
            console.file.write(f"  Reason: {reason}\n")
        console.file.write("\n")
        return
    console.print(f"[bold]{head}[/bold]", soft_wrap=True)
    t = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for col in headers:
        t.add_column(col, overflow="fold")
    for row in rows:
        t.add_row(*row)
    console.print(t)
    if reason:
        console.print(f"  Reason: {reason}", markup=False, soft_wrap=True)
    console.print("")
