"""The timeline as a table that fits the screen: Date | Event | Who said it | Status.

One table for both kinds of entry: a claim timeline's :class:`~claimline.schemas.TimelineEntry`
(reports in ``sources``, each with its speaker) and an event timeline's
:class:`~claimline.schemas.EventEntry` (reports in ``reports``; the speaker when the report
carries one).

* **Width**: the terminal's on a terminal; otherwise ``COLUMNS`` when set, else
  :data:`DEFAULT_WIDTH` (100) — so a pasted table fits a report or an e-mail. Long cells wrap
  inside their column (a blank line separates entries when any does); no line is wider than the
  width, down to :data:`MIN_WIDTH`.
* **Who said it** (:func:`who_said`): each speaker with the outlets that quote it,
  ``NATO officials (Atlantic Signal, The Policy Wire)``; the outlet alone when it speaks itself.
  A source phrase that does not name its actor gives way to the actor ("He" -> "Sam Altman");
  phrases and outlet names longer than :data:`SPEAKER_CHARS` are cut at a word; at most
  :data:`MAX_SPEAKERS` speakers and :data:`MAX_OUTLETS` outlets each, then ``+N``.
* **Status** is a word, never a colour alone: a denied, disputed, expected, hedged or superseded
  entry reads so in every format; on a terminal it is also coloured. An event entry's ``asserted``
  reads ``confirmed``, the word of the claim timeline, the Markdown and the HTML (JSON keeps ``asserted``).

Light: no rich import unless the output is a terminal, no pydantic.
"""

from __future__ import annotations

import os
import re
import textwrap
from collections.abc import Sequence
from typing import Any

from ..events.display import event_words

__all__ = ["DEFAULT_WIDTH", "HEADERS", "emit_timeline", "shown_status", "table_text", "who_said"]

DEFAULT_WIDTH = 100
MIN_WIDTH = 60
MAX_SPEAKERS = 3
MAX_OUTLETS = 2
SPEAKER_CHARS = 28
NAME_CHARS = 20
HEADERS = ("Date", "Event", "Who said it", "Status")
_GAP = 2
#: Statuses that must never pass for an established fact, and their colour on a terminal.
_STYLE = {
    "denied": "bold red",
    "negated": "red",
    "disputed": "bold red",
    "superseded": "dim",
    "expected": "magenta",
    "hedged": "yellow",
    "speculative": "yellow",
    "commentary": "dim",
}


def _short(text: str, limit: int = SPEAKER_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space >= limit // 2 else cut[:limit]).rstrip(" ,;:-–—") + "…"


def _outlet(name: str) -> str:
    """An outlet as the Who column shows it: cut at a word like a speaker; a name with no space (a file
    name or a host: ``100911_Northrop_Grumman_and_Airbus.txt``) at :data:`NAME_CHARS`, after a ``_``,
    ``-`` or ``.`` where it can, so that it fits the column instead of breaking mid-word."""
    name = " ".join(name.split())
    if " " in name or len(name) <= NAME_CHARS:
        return _short(name)
    cut = name[:NAME_CHARS]
    at = max(cut.rfind(c) for c in "_-.")
    return (cut[:at] if at >= NAME_CHARS // 2 else cut) + "…"


def _speaker(ref: Any) -> str | None:
    """Who speaks in one report: the source phrase when it names its actor ("NATO officials"), else the
    canonical actor ("He" -> "Sam Altman"), else the phrase; cut at a word when long."""
    text = " ".join((getattr(ref, "source", None) or "").split())
    actor = getattr(ref, "actor", None) or None
    if actor and actor.casefold() not in text.casefold():
        return _short(actor)
    return _short(text) if text else actor


def _outlets(names: Sequence[str]) -> str:
    shown = ", ".join(names[:MAX_OUTLETS])
    return shown + (f" +{len(names) - MAX_OUTLETS}" if len(names) > MAX_OUTLETS else "")


_SEPARATORS = "_-. "


def _apart(names: Sequence[str]) -> dict[str, str]:
    """Each full outlet name as shown (:func:`_outlet`); names whose cut forms collide
    (``2026-09-02_story_harbour.txt`` / ``2026-09-02_story_north.txt``) lose their common prefix, up to
    a separator, instead of their tails: ``…harbour.txt`` / ``…north.txt``."""
    shown = {n: _outlet(n) for n in names}
    by_cut: dict[str, list[str]] = {}
    for n, cut in shown.items():
        by_cut.setdefault(cut, []).append(n)
    for same in by_cut.values():
        if len(same) < 2:
            continue
        prefix = os.path.commonprefix(same)
        at = max(prefix.rfind(c) for c in _SEPARATORS) + 1
        for n in same:
            tail = n[at:] if at > 0 else n
            shown[n] = ("…" if at > 0 else "") + (tail if len(tail) <= 2 * NAME_CHARS else "…" + tail[-NAME_CHARS:])
    return shown


def _full_outlets(entry: Any) -> list[str]:
    """The entry's outlet names in full, once each."""
    refs = entry.sources if "sources" in _fields(entry) else entry.reports
    names = [
        " ".join(
            (
                getattr(r, "outlet", None) or getattr(r, "publisher", None) or getattr(r, "article_id", None) or "?"
            ).split()
        )
        for r in refs
    ]
    if not names:
        names = [" ".join(o.split()) for o in getattr(entry, "outlets", None) or ()]
    return list(dict.fromkeys(names))


def who_said(entry: Any, shown_as: dict[str, str] | None = None) -> str:
    """Speakers and outlets of an entry, shortened (see the module docstring); ``shown_as``: the full
    outlet names of the whole table as :func:`_apart` shows them (else those of this entry)."""
    refs = entry.sources if "sources" in _fields(entry) else entry.reports
    groups: dict[str | None, tuple[str | None, list[str]]] = {}  # speaker key -> (as shown, full outlet names)
    for ref in refs:
        outlet = " ".join(
            (
                getattr(ref, "outlet", None)
                or getattr(ref, "publisher", None)
                or getattr(ref, "article_id", None)
                or "?"
            ).split()
        )
        speaker = _speaker(ref)
        _, outlets = groups.setdefault(speaker.casefold() if speaker else None, (speaker, []))
        if outlet not in outlets:
            outlets.append(outlet)
    if not groups and getattr(entry, "outlets", None):
        groups[None] = (None, list(dict.fromkeys(" ".join(o.split()) for o in entry.outlets)))
    shown = shown_as if shown_as is not None else _apart(_full_outlets(entry))
    parts = [
        _outlets([shown[o] for o in outlets])
        if speaker is None
        else f"{speaker} ({_outlets([shown[o] for o in outlets])})"
        for speaker, outlets in list(groups.values())[:MAX_SPEAKERS]
    ]
    if len(groups) > MAX_SPEAKERS:
        parts.append(f"+{len(groups) - MAX_SPEAKERS} more")
    return "; ".join(parts)


def _fields(entry: Any) -> Any:
    """The entry's field names (a model's fields, or a view's keys)."""
    return type(entry).model_fields if hasattr(type(entry), "model_fields") else entry


def _date_cell(label: str) -> str:
    """A date label; "reported on 3 Mar 2026" keeps its date on one line."""
    return label.replace("reported on ", "reported on\n", 1) if label.startswith("reported on ") else label


def event_cell(entry: Any) -> str:
    """The Event cell: for an event entry, the event in the words of its sentence on the first line
    (:func:`~claimline.events.display.event_words`: ``Orsa sank near Velmora (six crew)``), then its
    sentence; for a claim entry, or an event whose words cannot be told, the sentence."""
    label = " ".join(entry.label.split())
    if "event" in _fields(entry) and getattr(entry, "event", None) is not None:
        words = event_words(entry.event, label)
        return f"{words}\n{label}" if words else label
    return label


#: An event entry's status as every human format words it (the claim timeline's word).
_SHOWN_STATUS = {"asserted": "confirmed"}


def shown_status(status: str) -> str:
    """A status as the table, CSV, Markdown and HTML say it: ``asserted`` -> ``confirmed``."""
    return _SHOWN_STATUS.get(status, status)


def row(entry: Any, shown_as: dict[str, str] | None = None) -> tuple[str, str, str, str]:
    return (
        _date_cell(entry.date_label or ""),
        event_cell(entry),
        who_said(entry, shown_as),
        shown_status(entry.status),
    )


def screen_width(out: Any = None) -> int:
    """Width to fit: the terminal's, else ``COLUMNS``, else :data:`DEFAULT_WIDTH` (never under :data:`MIN_WIDTH`)."""
    if out is not None and getattr(out, "is_terminal", False):
        return max(MIN_WIDTH, int(out.width))
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        width = DEFAULT_WIDTH
    return max(MIN_WIDTH, width)


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def widths(rows: Sequence[Sequence[str]], total: int) -> list[int]:
    """Column widths that fit ``total``: Date and Status as wide as needed (Date at most 14), Who said it
    16–24 (more when room is left), Event the rest."""
    natural = [max([len(h)] + [_longest_line(r[k]) for r in rows]) for k, h in enumerate(HEADERS)]
    date_w = min(natural[0], 14)
    status_w = natural[3]
    room = total - _GAP * (len(HEADERS) - 1) - date_w - status_w
    who_w = min(natural[2], 24, max(16, room // 3))
    event_w = room - who_w
    if event_w > natural[1]:  # the events are short: give the rest to who said it
        who_w = min(natural[2], who_w + event_w - natural[1])
        event_w = natural[1]
    return [date_w, max(event_w, 10), who_w, status_w]


_SPACES = re.compile(r"( +)")


def _wrap_words(para: str, width: int) -> list[str] | None:
    """``textwrap.wrap(para, width, break_on_hyphens=False)`` for a paragraph of printable characters
    with no word longer than ``width`` (a table's cells: most fit at once), without its set-up; None for
    any other paragraph (tabs, other white space, a word to break), which textwrap wraps."""
    if not para.isprintable():
        return None
    if len(para) <= width:
        return [para] if para[-1] != " " else None
    chunks = [c for c in _SPACES.split(para) if c]
    chunks.reverse()
    lines: list[str] = []
    while chunks:  # textwrap's greedy fill: white space dropped where a line starts (not the first) or ends
        if lines and chunks[-1][0] == " ":
            chunks.pop()
        line: list[str] = []
        size = 0
        while chunks and size + len(chunks[-1]) <= width:
            size += len(chunks[-1])
            line.append(chunks.pop())
        if chunks and len(chunks[-1]) > width:
            return None
        if line and line[-1][0] == " ":
            line.pop()
        if line:
            lines.append("".join(line))
    return lines


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for para in text.split("\n"):
        fast = _wrap_words(para, width) if para else None
        lines.extend((fast if fast is not None else textwrap.wrap(para, width, break_on_hyphens=False)) or [""])
    return lines


def table_text(rows: Sequence[Sequence[str]], width: int, title: str | None = None) -> str:
    """Plain aligned text no wider than ``width``: long cells wrap within their column."""
    ws = widths(rows, width)
    wrapped = [[_wrap(c, ws[k]) for k, c in enumerate(r)] for r in rows]
    spaced = any(len(c) > 1 for r in wrapped for c in r)
    sep = " " * _GAP
    out = [title] if title else []
    out.append(sep.join(h.ljust(ws[k]) for k, h in enumerate(HEADERS)).rstrip())
    for i, cells in enumerate(wrapped):
        if spaced and i:
            out.append("")
        for n in range(max(len(c) for c in cells)):
            out.append(sep.join((c[n] if n < len(c) else "").ljust(ws[k]) for k, c in enumerate(cells)).rstrip())
    return "\n".join(out) + "\n"


def _rich_table(rows: Sequence[Sequence[str]], width: int, title: str | None) -> Any:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    ws = widths(rows, width - (len(HEADERS) - 1))  # the box puts a third character between columns
    t = Table(title=title, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold", expand=False)
    for k, h in enumerate(HEADERS):
        t.add_column(h, width=ws[k], overflow="fold")
    spaced = any(len(_wrap(c, ws[k])) > 1 for r in rows for k, c in enumerate(r))
    for i, r in enumerate(rows):
        if i and spaced:  # as in the plain table: a blank line between entries when any wraps
            t.add_row("", "", "", "")
        words, _, sentence = r[1].partition("\n")  # an event's own words first, in bold
        event = Text()
        event.append(words, style="bold" if sentence else "")
        if sentence:
            event.append("\n" + sentence)
        t.add_row(r[0], event, r[2], Text(r[3], style=_STYLE.get(r[3], "")))
    return t


def emit_timeline(
    entries: Sequence[Any],
    *,
    out: Any,
    title: str | None = None,
    empty: str = "nothing found",
    width: int | None = None,
) -> None:
    """Print timeline entries (claim or event entries) as a table that fits ``width`` (default :func:`screen_width`)."""
    if not entries:
        out.print(empty, markup=False)
        return
    shown_as = _apart(list(dict.fromkeys(o for e in entries for o in _full_outlets(e))))  # told apart table-wide
    rows = list(dict.fromkeys(row(e, shown_as) for e in entries))  # rows that read the same are shown once
    w = width or screen_width(out)
    if getattr(out, "is_terminal", False):
        out.print(_rich_table(rows, w, title), width=w)
    else:
        out.file.write(table_text(rows, w, title))
