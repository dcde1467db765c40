"""A conflict with its sides and sources, for ``claimline conflicts`` and ``claimline show``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from .render import plain_table

if TYPE_CHECKING:
    from rich.console import Console

    from ..reconcile.comparison import Comparison
    from ..schemas import Conflict

NOTHING_TO_COMPARE = "No question was reported by two sources: nothing to compare."


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def comparison_line(c: Comparison) -> str:
    """``12 questions compared across 9 articles: 10 agree, 2 in conflict.``, or that nothing could be compared."""
    compared, agree, conflict = c.totals()
    if not compared:
        return NOTHING_TO_COMPARE
    return (
        f"{_n(compared, 'question', 'questions')} compared across {_n(c.articles, 'article', 'articles')}: "
        f"{agree} {'agrees' if agree == 1 else 'agree'}, {conflict} in conflict."
    )


HEADERS = ("Value", "Source", "Outlet", "Date", "Cue", "Certainty", "Claim", "Side")


def _parts(c: Conflict | dict[str, Any]) -> tuple[str, list[tuple[str, ...]], str | None]:
    """A conflict's heading, its rows (:data:`HEADERS`: one per report) and its reason."""
    d: dict[str, Any] = c if isinstance(c, dict) else c.model_dump(mode="json")  # a view is its JSON
    res = d["resolution"]
    verdict = d["status"].upper()
    if res:
        verdict += f": {res['value']}"
    elif d["margin"] is not None:
        verdict += f" (margin {d['margin']:.2f})"
    event = d.get("event")
    if event:  # a conflict on an event: its question names the event; which outlets report it
        clusters, outlets = ", ".join(event["cluster_ids"]), ", ".join(event["outlets"])
        head = (
            f"{d['id']}  {d['facet']}: {d['question']}   {verdict}"
            f"\n  Event: {event['label']} ({clusters}); outlets: {outlets}"
        )
    else:
        head = f"{d['id']}  {d['facet']} — {' / '.join(d['subject'])}   {verdict}"
    rows = [
        (
            side["value"],
            ref["source"] or "(author)",
            ref["publisher"] or "",
            ref["published"] or "",
            ref["cue"] or "",
            ref["modality"],
            ref["claim_id"],
            side["status"],
        )
        for side in d["sides"]
        for ref in side["sources"]
    ]
    return head, rows, res["reason"] if res else d["reason"]


def plain_blocks(conflicts: Iterable[Conflict | dict[str, Any]]) -> Iterator[str]:
    """The blocks of :func:`conflict_block` off a terminal, one text each (for ``writelines``)."""
    for c in conflicts:
        head, rows, reason = _parts(c)
        yield head + "\n" + plain_table(HEADERS, rows) + (f"  Reason: {reason}\n\n" if reason else "\n")


def conflict_block(c: Conflict | dict[str, Any], console: Console) -> None:
    """One conflict: its question, verdict, a row per report and the reason (plain text off a terminal)."""
    if not console.is_terminal:
        console.file.writelines(plain_blocks([c]))
        return
    from rich.table import Table

    head, rows, reason = _parts(c)
    console.print(f"[bold]{head}[/bold]", soft_wrap=True)
    t = Table(box=None, show_edge=False, pad_edge=False, header_style="bold")
    for col in HEADERS:
        t.add_column(col, overflow="fold")
    for row in rows:
        t.add_row(*row)
    console.print(t)
    if reason:
        console.print(f"  Reason: {reason}", markup=False, soft_wrap=True)
    console.print("")
