"""Output formats shared by every listing: table, json, jsonl, csv, md.

``table`` is a rich table on a terminal and plain aligned text otherwise
(pipes, files, tests); ``json`` is one JSON array of the contract models;
``jsonl`` one object per line; ``csv`` flattens nested fields (lists joined
with ``; ``, objects as JSON); ``md`` a pipe table ready for a report.

CSV cells come from untrusted web pages (titles, publishers, quotations): a
cell that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
leading ``'`` so that a spreadsheet shows it as text instead of running it as a
formula (OWASP, "CSV Injection").
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from pydantic import BaseModel
from rich.console import Console

from ..errors import ClaimlineError

if TYPE_CHECKING:
    from rich.table import Table


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"


Column = tuple[str, Callable[[Any], Any]]


PLAIN_WIDTH = 200


def console(file: Any = None) -> Console:
    """A console for stdout (or ``file``): rich on a terminal, plain and wide otherwise."""
    c = Console(file=file, soft_wrap=False, highlight=False)
    if not c.is_terminal and "COLUMNS" not in os.environ:
        c = Console(file=file, soft_wrap=False, highlight=False, width=PLAIN_WIDTH, color_system=None)
    return c


def open_output(path: Path) -> TextIO:
    """Open ``path`` for writing text, creating its missing parent folders; one clear
    :class:`ClaimlineError` when that cannot be done."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClaimlineError(
            f"cannot write {path}: cannot create its folder {path.parent} ({exc.strerror or exc})"
        ) from None
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        what = "it is a folder" if path.is_dir() else (exc.strerror or str(exc))
        raise ClaimlineError(f"cannot write {path}: {what}") from None


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple | set):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, BaseModel):
        return json.dumps(value.model_dump(mode="json"), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def to_json(items: Sequence[BaseModel]) -> str:
    return json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False)


def to_jsonl(items: Sequence[BaseModel]) -> str:
    return "".join(i.model_dump_json() + "\n" for i in items)


#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """``value`` with a leading ``'`` if a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def flat(item: BaseModel) -> dict[str, str]:
    return {k: cell(v) for k, v in item.model_dump(mode="json").items()}


def to_csv(items: Sequence[BaseModel], fields: Sequence[str] | None = None) -> str:
    rows = [{k: csv_safe(v) for k, v in flat(i).items()} for i in items]
    if fields is None:
        fields = list(rows[0]) if rows else []
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(fields), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_md(items: Sequence[Any], columns: Sequence[Column]) -> str:
    lines = ["| " + " | ".join(h for h, _ in columns) + " |", "|" + "---|" * len(columns)]
    for item in items:
        lines.append("| " + " | ".join(md_escape(cell(get(item))) for _, get in columns) + " |")
    return "\n".join(lines) + "\n"


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Aligned plain text, one line per row (fast, greppable: for pipes and files)."""
    cleaned = [[" ".join(c.split()) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cleaned:
        for k, c in enumerate(row):
            if len(c) > widths[k]:
                widths[k] = len(c)
    lines = ["  ".join(h.ljust(widths[k]) for k, h in enumerate(headers)).rstrip()]
    lines.extend("  ".join(c.ljust(widths[k]) for k, c in enumerate(row)).rstrip() for row in cleaned)
    return "\n".join(lines) + "\n"


def table(items: Sequence[Any], columns: Sequence[Column], *, title: str | None = None, rich_mode: bool) -> Table:
    from rich import box
    from rich.table import Table

    t = Table(
        title=title,
        box=box.SIMPLE_HEAD if rich_mode else None,
        show_edge=False,
        header_style="bold" if rich_mode else "",
        pad_edge=False,
        expand=False,
    )
    for header, _ in columns:
        t.add_column(header, overflow="fold")
    for item in items:
        t.add_row(*(cell(get(item)) for _, get in columns))
    return t


def emit(
    items: Sequence[Any],
    fmt: Format,
    columns: Sequence[Column],
    *,
    out: Console,
    title: str | None = None,
    empty: str = "nothing found",
) -> None:
    """Print ``items`` in ``fmt``; pydantic models for json/jsonl/csv."""
    if fmt is Format.json:
        out.print(to_json(items), markup=False, soft_wrap=True)
    elif fmt is Format.jsonl:
        out.file.write(to_jsonl(items))
    elif fmt is Format.csv:
        out.file.write(to_csv(items))
    elif fmt is Format.md:
        out.file.write(to_md(items, columns))
    elif not items:
        out.print(empty, markup=False)
    elif not out.is_terminal:
        if title:
            out.file.write(title + "\n")
        out.file.write(plain_table([h for h, _ in columns], [[cell(get(i)) for _, get in columns] for i in items]))
    else:
        out.print(table(items, columns, title=title, rich_mode=True))
