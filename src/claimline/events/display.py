"""How an event and the outlet reporting it are named for a reader (no spaCy, no pydantic).

* :func:`event_words`: the event of a timeline entry in its own words — its participants around its
  trigger and the amounts it holds, ``Marjana hit Rogač, Šolta (152)`` — so that two entries from one
  sentence (three frames of "The ferry hit the seabed, the agency reported, quoting the harbour
  master") read as three events, not as one sentence three times.
* :func:`outlet_name`: who published an article, for a reader: its publisher, else the host of its
  URL, else its file name, else its title, else its id (a page without a masthead is named by
  something the reader recognises, never by a hash alone).

Both take the pydantic models or the store's light views (attribute access only).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

__all__ = ["event_words", "outlet_name"]

MAX_NAMES = 4
MAX_AMOUNTS = 3


_WORD = re.compile(r"\w+")


def _words(name: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(name.casefold()))


def _contained(name: str, others: list[str]) -> bool:
    """``name`` is a run of whole words of a longer name already kept ("Ministry" of "Ministry of the Sea")."""
    w = _words(name)
    n = len(w)
    if not n:
        return False
    for other in others:
        o = _words(other)
        if len(o) > n and any(o[i : i + n] == w for i in range(len(o) - n + 1)):
            return True
    return False


def _names(participants: list[Any]) -> list[str]:
    """Their names, once each (a name inside a longer one kept is left out), in text order."""
    first: dict[str, int] = {}
    for p in participants:
        name = " ".join(p.name.split())
        if name:
            first[name] = min(first.get(name, p.start), p.start)
    kept: list[str] = []
    for n in sorted(first, key=len, reverse=True):
        if n.casefold() not in {k.casefold() for k in kept} and not _contained(n, kept):
            kept.append(n)
    return sorted(kept, key=lambda n: first[n])


def event_words(event: Any, sentence: str | None = None) -> str:
    """``agents trigger others (amounts)``: the event of an entry (an
    :class:`~claimline.schemas.EventSummary` or its view) in the words of its frame. With the
    ``sentence`` shown beside it, only the amounts that sentence states (an entry's amounts come from
    all its reports: another outlet's figure would read as this sentence's)."""
    parts = list(event.participants or ())
    agents = _names([p for p in parts if p.role == "agent"])[:MAX_NAMES]
    others = [n for n in _names([p for p in parts if p.role != "agent"]) if not _contained(n, agents)]
    others = [n for n in others if n.casefold() not in {a.casefold() for a in agents}][: MAX_NAMES - len(agents)]
    amounts: list[str] = []
    for q in event.quantities or ():
        text = " ".join(q.text.split())
        if sentence is not None and text not in sentence:
            continue
        if text and text.casefold() not in {a.casefold() for a in amounts}:
            amounts.append(text)
    words = [", ".join(agents), " ".join(event.trigger.text.split()), ", ".join(others)]
    out = " ".join(w for w in words if w)
    if amounts:
        shown = ", ".join(amounts[:MAX_AMOUNTS]) + (" …" if len(amounts) > MAX_AMOUNTS else "")
        out += f" ({shown})"
    return out


def outlet_name(article: Any, fallback: str | None = None) -> str | None:
    """The article's publisher, else its URL's host (without ``www.``), else its file name, else its
    title, else ``fallback`` (an article id)."""
    if article is None:
        return fallback
    publisher = " ".join((getattr(article, "publisher", None) or "").split())
    if publisher:
        return publisher
    url = getattr(article, "url", None) or ""
    host = urlsplit(url).hostname if "://" in url else None
    if host:
        return host.removeprefix("www.")
    path = getattr(article, "path", None) or ""
    if "://" in path:  # a page fetched by URL keeps its URL as its path
        host = urlsplit(path).hostname
        if host:
            return host.removeprefix("www.")
    name = re.split(r"[\\/]", path.rstrip("/\\"))[-1] if path and path != "-" else ""
    if name:
        return name
    title = " ".join((getattr(article, "title", None) or "").split())
    return title or fallback
