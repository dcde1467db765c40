"""Output formats shared by every listing: table, json, jsonl, csv, md.

``table`` is a rich table on a terminal and plain aligned text otherwise
(pipes, files, tests); ``json`` is one JSON array of the contract models;
``jsonl`` one object per line; ``csv`` is plain text for a spreadsheet: a nested
object becomes columns of its own (``source.actor``, ``time.value``), a list is
joined with ``; `` and a list of objects is summarised one phrase per object
(``Atlantic Signal 2026-03-06: a senior NATO official``) — no JSON in a cell;
``md`` a pipe table ready for a report.

CSV cells come from untrusted web pages (titles, publishers, quotations): a
cell that begins with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a
leading ``'`` so that a spreadsheet shows it as text instead of running it as a
formula (OWASP, "CSV Injection").

Items are pydantic models, or (table, json, jsonl, md) :class:`~claimline.views.View` rows: what
query commands read from the store without validating it again. Light to import: pydantic and
rich load only when a model is dumped or a terminal is written to, so a piped query starts fast.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..errors import ClaimlineError

if TYPE_CHECKING:
    from pydantic import BaseModel
    from rich.console import Console
    from rich.table import Table


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    md = "md"


Column = tuple[str, Callable[[Any], Any]]


PLAIN_WIDTH = 200

#: Invisible marks that reorder or hide what follows them where text is shown (the bidirectional embeddings,
#: overrides and isolates U+202A-202E and U+2066-2069, the marks U+200E, U+200F and U+061C, the zero-width space
#: U+200B): shown as their escape ``\u202e`` (review 19: ``claims`` printed U+202E raw, reversing the rest of the
#: terminal line). The store keeps the text as given (offsets index it); in JSON the escape is the same string.
INVISIBLE = {c: f"\\u{c:04x}" for c in (0x200B, 0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def shown(text: str) -> str:
    """``text`` as it may be written to a terminal, a page or a file: :data:`INVISIBLE` marks escaped."""
    return text.translate(INVISIBLE)


class ShownFile:
    """A text stream whose writes go through :func:`shown`; everything else is the stream's own (``isatty``,
    ``flush``, ``close``...), so a rich console or a command writes to it as to the stream."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(shown(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    def __enter__(self) -> ShownFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()


def console(file: Any = None) -> Console:
    """A console for stdout (or ``file``): rich on a terminal, plain and wide otherwise."""
    from rich.console import Console

    file = ShownFile(sys.stdout if file is None else file)
    c = Console(file=file, soft_wrap=False, highlight=False)
    if not c.is_terminal and "COLUMNS" not in os.environ:
        c = Console(file=file, soft_wrap=False, highlight=False, width=PLAIN_WIDTH, color_system=None)
    return c


def open_output(path: Path) -> TextIO:
    """Open ``path`` for writing text, in a folder that exists (as a store is made only in one: a typo in the
    folder is one red line, not a new folder, review 11 S14); one clear :class:`ClaimlineError` when that
    cannot be done."""
    folder = path.parent
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise ClaimlineError(f"cannot write {path}: the folder {folder} {what}")
    try:
        return ShownFile(path.open("w", encoding="utf-8"))  # type: ignore[return-value]
    except OSError as exc:
        what = "it is a folder" if path.is_dir() else (exc.strerror or str(exc))
        raise ClaimlineError(f"cannot write {path}: {what}") from None


_MARKUP = re.compile(r"\[/?(?:red|bold|green|yellow|cyan|magenta)\]")


class PlainConsole:
    """What the commands use of a rich console, for a stream that is not a terminal: text as it is.

    ``print`` writes its text and a newline (markup tags the commands use, such as ``[red]``,
    are dropped when ``markup=True``); nothing is wrapped, highlighted or styled.
    """

    is_terminal = False

    def __init__(self, stream: str = "stdout") -> None:
        self._stream = stream

    @property
    def file(self) -> Any:
        return ShownFile(getattr(sys, self._stream))  # looked up on use: test runners swap sys.stdout

    def print(self, *objects: Any, markup: bool | None = None, end: str = "\n", **_: Any) -> None:
        text = " ".join(str(o) for o in objects)
        if markup:
            text = _MARKUP.sub("", text)
        f = self.file
        f.write(text + end)
        f.flush()  # as rich does: stdout and stderr lines keep their order


class AutoConsole:
    """A rich console when the stream is a terminal, else a :class:`PlainConsole` (decided on each use)."""

    def __init__(self, stream: str = "stdout") -> None:
        self._stream = stream
        self._plain = PlainConsole(stream)
        self._rich: Any = None
        self._rich_for: Any = None

    def _target(self) -> Any:
        f = getattr(sys, self._stream)
        if not (hasattr(f, "isatty") and f.isatty()):
            return self._plain
        if self._rich is None or self._rich_for is not f:
            if self._stream == "stderr":
                from rich.console import Console

                self._rich = Console(file=ShownFile(sys.stderr), highlight=False)
            else:
                self._rich = console()
            self._rich_for = f
        return self._rich

    def __getattr__(self, name: str) -> Any:
        return getattr(self._target(), name)


def cell(value: Any) -> str:
    """One value as plain text: lists joined with ``; ``, objects summarised (:func:`phrase`)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple | set):
        return "; ".join(c for c in (cell(v) for v in value) if c)
    if hasattr(value, "model_dump") and not isinstance(value, dict):  # a pydantic model (a view is a dict)
        return phrase(value.model_dump(mode="json"))
    if isinstance(value, dict):
        return phrase(value)
    return str(value)


def phrase(obj: dict[str, Any]) -> str:
    """A nested object in a few words: a report as ``Outlet date: source (cue)``, a conflict side as
    ``value [status]``, a verdict as ``value: reason``, a span as its text; else ``key=value`` pairs."""
    if "claim_id" in obj and "publisher" in obj:  # a report behind an entry or a side
        who = obj.get("source") or "(author)"
        head = " ".join(str(x) for x in (obj.get("outlet") or obj.get("publisher") or "?", obj.get("published")) if x)
        return f"{head}: {who}" + (f" ({obj['cue']})" if obj.get("cue") else "")
    if "sources" in obj and "value" in obj:  # a conflict side
        outlets = sorted({s.get("outlet") or s.get("publisher") or "?" for s in obj["sources"]})
        return f"{obj['value']} [{obj.get('status', '')}] ({', '.join(outlets)})"
    if "reason" in obj and "value" in obj:  # a verdict
        return f"{obj['value']}: {obj['reason']}"
    for key in ("text", "value", "name"):
        if obj.get(key):
            return str(obj[key])
    return ", ".join(f"{k}={cell(v)}" for k, v in obj.items() if v not in (None, [], ""))


def to_json(items: Sequence[Any]) -> str:
    return json.dumps([i.model_dump(mode="json") for i in items], indent=2, ensure_ascii=False)


def to_jsonl(items: Sequence[BaseModel]) -> str:
    return "".join(i.model_dump_json() + "\n" for i in items)


#: First characters that make a spreadsheet read a cell as a formula (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """``value`` with a leading ``'`` if a spreadsheet would run it as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _nested_model(annotation: Any) -> type[BaseModel] | None:
    """The model class of a field typed ``Model`` or ``Model | None``."""
    import types
    import typing

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        return None
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if len(args) == 1 and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        return args[0]
    return None


def csv_fields(model: type[BaseModel]) -> list[str]:
    """CSV columns of a model: its fields, a nested object's fields as ``field.sub``."""
    fields: list[str] = []
    for name, info in model.model_fields.items():
        sub = _nested_model(info.annotation)
        fields.extend([f"{name}.{s}" for s in sub.model_fields] if sub else [name])
    return fields


def flat(item: BaseModel) -> dict[str, str]:
    """One CSV row: nested objects spread over ``field.sub`` columns (blank when absent)."""
    row: dict[str, str] = {}
    data = item.model_dump(mode="json")
    for name, info in type(item).model_fields.items():
        sub = _nested_model(info.annotation)
        if sub is None:
            row[name] = cell(data.get(name))
            continue
        value = data.get(name) or {}
        for s in sub.model_fields:
            row[f"{name}.{s}"] = cell(value.get(s))
    return row


def to_csv(items: Sequence[BaseModel], fields: Sequence[str] | None = None) -> str:
    rows = [{k: csv_safe(v) for k, v in flat(i).items()} for i in items]
    if fields is None:
        fields = csv_fields(type(items[0])) if items else []
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


def _clean(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a cell of ``rows`` has whitespace that ``" ".join(cell.split())`` would change: a character
    other than a space that is not printable (every other whitespace), two spaces, or a space at either end
    of a cell (cells joined with ``|``: a ``|`` in a cell at worst cleans a table that needed none)."""
    text = "|" + "|".join(["|".join(row) for row in rows]) + "|"
    return "  " in text or "| " in text or " |" in text or not text.isprintable()


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Aligned plain text, one line per row (fast, greppable: for pipes and files); the whitespace in a cell
    collapses to single spaces."""
    cleaned = [[" ".join(c.split()) for c in row] for row in rows] if _clean(rows) else rows
    widths = list(map(len, headers))
    if cleaned:  # a cell per header in every row
        widths = [max(w, *map(len, col)) for w, col in zip(widths, zip(*cleaned, strict=True), strict=True)]
    line = "  ".join([f"%-{w}s" for w in widths])  # each cell padded to its column's width
    lines = ["  ".join([h.ljust(w) for h, w in zip(headers, widths, strict=True)]).rstrip()]
    lines += [(line % tuple(row)).rstrip() for row in cleaned]
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
