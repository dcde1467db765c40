"""Where the lexicons are: the shipped ``models/`` directory and ``CLAIMLINE_LEXICONS``.

Apart from :mod:`claimline.lexicons` (which validates them with pydantic), so that a query can
tell whether its cached actor aliases are still current without importing pydantic.
"""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path

from .errors import ClaimlineError

LEXICON_ENV = "CLAIMLINE_LEXICONS"


@cache
def models_dir() -> Path:
    """Directory of the shipped lexicons: inside the installed package, else the checkout (found once per
    process: each event clustering asks it for the linker's weights: ~2 % of storing went to its stat calls)."""
    packaged = resources.files("claimline") / "models"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "models"
    if checkout.is_dir():
        return checkout
    raise ClaimlineError("claimline's models/ directory is missing from this installation")


def extra_dirs() -> list[Path]:
    raw = os.environ.get(LEXICON_ENV, "")
    return [Path(p) for p in raw.split(os.pathsep) if p]


def merge(base: dict, extra: dict) -> dict:
    """``extra`` added to ``base``: lists appended, tables merged, other values replaced."""
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + value
        elif isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


#: The time vocabulary, in ``models/timex``: validated by :mod:`claimline.timex.vocab`.
TIMEX_FILE = "en.toml"


def read_file(path: Path, what: str) -> dict:
    """The raw data of one TOML file (tomllib alone, no validation); an error names it as ``what`` ("lexicon")."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ClaimlineError(f"cannot read {what} {path}: {exc}") from exc


def read_with_additions(relative: str, what: str) -> dict:
    """``models/<relative>`` with every ``CLAIMLINE_LEXICONS`` addition (``<relative>`` there) merged in order."""
    data = read_file(models_dir() / relative, what)
    for directory in extra_dirs():
        path = directory / relative
        if path.is_file():
            data = merge(data, read_file(path, what))
    return data


def read_time_words(path: Path) -> dict:
    """The raw data of a time vocabulary file (tomllib alone, no validation)."""
    return read_file(path, "time vocabulary")


@cache
def time_words() -> dict:
    """``models/timex/en.toml`` as read once per process: what :func:`claimline.timex.vocab.vocabulary` validates
    and what a query's listing reads its words from (without pydantic: one loader of the file, review 9 W30), with
    every ``CLAIMLINE_LEXICONS`` addition (``timex/en.toml`` there) merged as the other lexicons are (review 10,
    R23)."""
    return read_with_additions(f"timex/{TIMEX_FILE}", "time vocabulary")


@cache
def lexicon_data(name: str) -> dict:
    """A lexicon file of ``models/`` (``"cues.toml"``) as read once per process, tomllib alone, with every
    ``CLAIMLINE_LEXICONS`` addition merged as :func:`claimline.lexicons.read_merged` merges them (lists appended):
    for the query paths, which read a list or two of a file that :mod:`claimline.lexicons` validates, without
    pydantic and without opening the file themselves."""
    data: dict = {}
    for folder in (models_dir(), *extra_dirs()):
        path = folder / name
        if path.is_file():
            data = merge(data, read_file(path, "lexicon"))
    return data


def files_stamp() -> str:
    """Which lexicon files there are and when each last changed (the shipped ``models/`` and every
    ``CLAIMLINE_LEXICONS`` directory): what a kept timeline entry or listing block was read with besides the code,
    so that an edited or added vocabulary builds them again (review 10, R23)."""
    parts: list[str] = []
    for folder in (models_dir(), *extra_dirs()):
        for path in sorted(folder.rglob("*.toml")) if folder.is_dir() else ():
            stat = path.stat()
            parts.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)
