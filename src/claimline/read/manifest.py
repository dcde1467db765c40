"""Per-article metadata for a batch: a manifest file (CSV or JSONL) and ``NAME.json`` sidecars.

A manifest row names one article by ``path`` (a file, relative to the manifest's folder) or by ``url``
(a page to fetch), and may give ``publisher``, ``published`` (YYYY-MM-DD), ``title``, ``author`` and,
beside a ``path``, the ``url`` the file was saved from. CSV needs a header row; JSONL is one object a line.
A sidecar is a JSON object with the same keys, saved as ``story.json`` or ``story.html.json`` beside
``story.html``.

Precedence, most specific first: manifest row, sidecar, command-line flags, what the page says.
"""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from ..errors import ClaimlineError, first_error

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")
META_KEYS = ("publisher", "published", "title", "url", "author")


class Metadata(BaseModel):
    """What a manifest row or a sidecar may say about one article."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    publisher: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, v: Any) -> Any:
        return None if isinstance(v, str) and not v.strip() else v

    @field_validator("published", mode="before")
    @classmethod
    def _iso_date(cls, v: Any) -> Any:
        if isinstance(v, str):  # a date, or the date of an ISO timestamp
            if not v.strip():
                return None
            try:
                if _ISO_DAY.match(v):
                    return date.fromisoformat(v[:10])
            except ValueError:
                pass
            raise ValueError(f"use YYYY-MM-DD, not {v!r}")
        if v is not None and not isinstance(v, date):  # (a JSON number or list: review 16 X12)
            raise ValueError(f"use YYYY-MM-DD, not {v!r}")
        return v

    def overrides(self) -> dict[str, Any]:
        """The keys given, as ``extract_many`` meta (dates as ISO text)."""
        out: dict[str, Any] = {}
        for key in META_KEYS:
            value = getattr(self, key)
            if value is not None:
                out[key] = value.isoformat() if isinstance(value, date) else value
        return out


class ManifestRow(Metadata):
    path: str | None = None

    @model_validator(mode="after")
    def _path_or_url(self) -> ManifestRow:
        if not self.path and not self.url:
            raise ValueError("a row needs a path or a url")
        return self


class RowError(BaseModel):
    where: str  # "manifest.csv:3"
    error: str


def _message(exc: ValidationError) -> str:
    return first_error(exc)


def load_manifest(path: str | Path) -> tuple[list[ManifestRow], list[RowError]]:
    """Rows of a CSV (``.csv``) or JSONL (``.jsonl``/``.ndjson``/``.json``) manifest.

    Paths come back resolved against the manifest's folder. A bad row is returned as a
    :class:`RowError` (the others are kept); an unreadable file raises ClaimlineError.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ClaimlineError(f"manifest {path} does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ClaimlineError(f"cannot read manifest {path}: {exc}") from None
    suffix = path.suffix.lower()
    raw: list[tuple[int, Any]]
    if suffix == ".csv":
        reader = csv.DictReader(text.splitlines(keepends=True))
        fields = set(reader.fieldnames or [])
        if not fields & {"path", "url"}:
            raise ClaimlineError(f"manifest {path}: the header needs a 'path' or 'url' column")
        unknown = fields - {"path", *META_KEYS}
        if unknown:
            raise ClaimlineError(f"manifest {path}: unknown column(s) {', '.join(sorted(unknown))}")
        raw = [(reader.line_num, dict(row)) for row in reader]  # line_num: where the record ends
    elif suffix in (".jsonl", ".ndjson", ".json"):
        raw = []
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                raw.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                raw.append((lineno, exc))
    else:
        raise ClaimlineError(f"manifest {path}: use .csv or .jsonl")
    rows: list[ManifestRow] = []
    errors: list[RowError] = []
    for lineno, data in raw:
        where = f"{path}:{lineno}"
        if isinstance(data, Exception):
            errors.append(RowError(where=where, error=f"not JSON ({data.msg})"))
            continue
        if not isinstance(data, dict):
            errors.append(RowError(where=where, error="a row must be an object"))
            continue
        try:
            row = ManifestRow.model_validate(data)
        except ValidationError as exc:
            errors.append(RowError(where=where, error=_message(exc)))
            continue
        if row.path:
            row.path = str(path.parent / row.path) if not Path(row.path).is_absolute() else row.path
        rows.append(row)
    return rows, errors


def sidecar(article: str | Path) -> Metadata | None:
    """The metadata saved beside ``article`` as ``NAME.json`` or ``NAME.EXT.json``, if any."""
    article = Path(article)
    for candidate in (article.with_suffix(".json"), article.with_name(article.name + ".json")):
        if not candidate.is_file():
            continue
        try:
            data = json.loads(candidate.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ClaimlineError(f"sidecar {candidate}: not readable JSON ({exc})") from None
        if not isinstance(data, dict):
            raise ClaimlineError(f"sidecar {candidate}: must be a JSON object")
        try:
            return Metadata.model_validate(data)
        except ValidationError as exc:
            raise ClaimlineError(f"sidecar {candidate}: {_message(exc)}") from None
    return None
