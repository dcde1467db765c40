"""RSS and Atom feeds: the article links they list, with title and date when given.

RSS 2.0 (``<item><link>``), RSS 1.0/RDF and Atom 1.0 (``<entry><link rel="alternate" href>``) are read
with the standard library's XML parser (expat refuses entity-expansion bombs); relative links are
resolved against the feed's address. A feed that is not XML, or lists nothing, is a ClaimlineError.
"""

from __future__ import annotations

import urllib.parse
import xml.etree.ElementTree as ET
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from pydantic import BaseModel

from ..errors import ClaimlineError


class FeedItem(BaseModel):
    url: str
    title: str | None = None
    published: date | None = None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(node: ET.Element, *names: str) -> str | None:
    for child in node:
        if _local(child.tag) in names and child.text and child.text.strip():
            return " ".join(child.text.split())
    return None


def _date(text: str | None) -> date | None:
    if not text:
        return None
    text = text.strip()
    try:
        return parsedate_to_datetime(text).date()  # RSS: RFC 822
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()  # Atom: RFC 3339
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _atom_link(entry: ET.Element) -> str | None:
    best = None
    for child in entry:
        if _local(child.tag) != "link" or not child.get("href"):
            continue
        rel = child.get("rel", "alternate")
        if rel == "alternate" and (child.get("type") or "text/html").startswith(("text/html", "application/xhtml")):
            return child.get("href")
        best = best or (child.get("href") if rel == "alternate" else None)
    return best


def parse_feed(data: bytes, base_url: str = "") -> list[FeedItem]:
    """The items of an RSS or Atom document, in the feed's order, without repeated links."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise ClaimlineError(f"{base_url or 'the feed'} is not an RSS or Atom feed ({exc})") from None
    kind = _local(root.tag)
    if kind not in ("rss", "rdf", "feed"):
        raise ClaimlineError(f"{base_url or 'the feed'} is not an RSS or Atom feed (root element <{kind}>)")
    items: list[FeedItem] = []
    seen: set[str] = set()
    for node in root.iter():
        name = _local(node.tag)
        if name == "item":  # RSS 2.0 and 1.0
            link = _child_text(node, "link")
            if link is None:  # RSS 2.0 allows a permalink guid instead of a link
                for child in node:
                    if _local(child.tag) == "guid" and child.get("isPermaLink", "true") == "true" and child.text:
                        link = child.text.strip()
            published = _date(_child_text(node, "pubdate", "date"))
        elif name == "entry":  # Atom
            link = _atom_link(node)
            published = _date(_child_text(node, "published", "updated"))
        else:
            continue
        if not link:
            continue
        url = urllib.parse.urljoin(base_url, link.strip())
        if url in seen:
            continue
        seen.add(url)
        items.append(FeedItem(url=url, title=_child_text(node, "title"), published=published))
    if not items:
        raise ClaimlineError(f"{base_url or 'the feed'} lists no articles")
    return items
