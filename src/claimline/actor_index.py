"""``--actor`` for queries: the gazetteer's names and aliases, cached on disk.

:func:`claimline.extraction.actors.matching` needs the validated actor lexicon, which costs a
query more than its whole answer (pydantic and the TOML files). The only part a query needs is
the table *casefolded name or alias -> canonical name*; it is kept as JSON in the user cache
directory under a key made of claimline's version and the size and modification time of every
``actors.toml`` in use (shipped and ``CLAIMLINE_LEXICONS``), so an edited lexicon is read again.
A cache that cannot be written is no error: the table is then built each time.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from .extraction.actors import clean_name
from .lexicon_files import extra_dirs, models_dir
from .version import __version__

CACHE_ENV = "CLAIMLINE_CACHE_DIR"
FILE = "actors.toml"


def _cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("claimline"))


def _key() -> str:
    parts = [__version__]
    for directory in [models_dir(), *extra_dirs()]:
        path = directory / FILE
        try:
            st = path.stat()
        except OSError:
            continue
        parts.append(f"{path.resolve()}:{st.st_size}:{st.st_mtime_ns}")
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:16]


def _tables() -> dict[str, Any]:
    path = _cache_dir() / f"actor-aliases-{_key()}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and set(data) == {"aliases", "part_of", "types", "listed", "bodies"}:
            return data
    except (OSError, ValueError):
        pass
    from .extraction.actors import gazetteer

    g = gazetteer()
    from . import lexicons

    lex = lexicons.actors()
    listed = {e.name: list(e.aliases) for e in lex.actor}
    bodies = sorted({n.casefold() for t in lex.types.values() for n in t.nouns})
    data = {
        "aliases": dict(g.by_folded),
        "part_of": dict(g.part_of),
        "types": dict(g.types),
        "listed": listed,
        "bodies": bodies,
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return data


def alias_table() -> dict[str, str]:
    """Casefolded name or alias -> canonical actor name, as :func:`~claimline.extraction.actors.gazetteer` has it."""
    return _tables()["aliases"]


def actor_types() -> dict[str, str]:
    """Canonical actor -> its type in ``actors.toml`` (``organisation``, ``person`` …)."""
    return _tables()["types"]


def listed_aliases() -> dict[str, list[str]]:
    """Canonical actor -> its aliases as ``actors.toml`` lists them (for ``claimline actors``)."""
    return _tables()["listed"]


def body_nouns() -> frozenset[str]:
    """The head nouns of descriptions of bodies (``[types.*] nouns`` in ``actors.toml``: council, ministry …)."""
    return frozenset(_tables()["bodies"])


def part_of_table() -> dict[str, str]:
    """Canonical actor -> the canonical actor it belongs to (``part_of`` in ``actors.toml``)."""
    return _tables()["part_of"]


def parts(name: str) -> set[str]:
    """What :func:`claimline.extraction.actors.parts` returns, from the cached table."""
    from .extraction.actors import parts as _parts

    return _parts(name, part_of_table())


def matching(query: str, known: set[str] | None = None) -> set[str]:
    """What :func:`claimline.extraction.actors.matching` returns, from the cached table."""
    table = alias_table()
    folded = clean_name(query).casefold()
    out: set[str] = set()
    hit = table.get(folded) or table.get(query.strip().casefold())
    if hit:
        out.add(hit)
    for name in known or ():
        if name.casefold() == folded:
            out.add(name)
    return out
