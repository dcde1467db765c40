"""What an ingest run reads: files, web pages, feeds and manifest rows, as ingest :class:`Item` s.

* A command-line argument starting with ``http://`` or ``https://`` is a page to fetch.
* ``--feed URL`` fetches an RSS or Atom feed now and adds each article it lists (its title and date
  become the article's metadata unless the page or a manifest says otherwise).
* ``--manifest FILE`` adds one item per row, with the row's metadata.
* A file with a ``NAME.json`` sidecar gets the sidecar's metadata.

Pages are fetched lazily, one at a time, by the ingest loop, which first skips a URL already stored.
A feed or manifest that cannot be read becomes one failing item, so its error is reported in line
with the others and the rest of the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ClaimlineError
from ..read.feed import parse_feed
from ..read.fetch import Fetcher, is_url
from ..read.manifest import load_manifest, sidecar
from .loop import Item, discover

SUFFIX_BY_TYPE = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
}
FEED_ACCEPT = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"


def page_item(url: str, fetcher: Fetcher, overrides: dict[str, Any] | None = None) -> Item:
    """An item that fetches ``url`` when read; the article is stored with that URL."""

    def load() -> tuple[bytes, str | None]:
        page = fetcher.get(url)
        suffix = SUFFIX_BY_TYPE.get(page.content_type)
        if suffix is None and page.content_type and not page.content_type.startswith("text/"):
            raise ClaimlineError(f"{url}: not an article ({page.content_type})")
        return page.data, suffix

    return Item(name=url, url=url, load=load, overrides={"url": url, **(overrides or {})})


def failing_item(name: str, message: str) -> Item:
    """An item whose reading fails with ``message`` (a feed or manifest that could not be read)."""

    def load() -> tuple[bytes, str | None]:
        raise ClaimlineError(message)

    return Item(name=name, load=load, error=message)


def feed_items(feed_url: str, fetcher: Fetcher) -> list[Item]:
    try:
        page = fetcher.get(feed_url, accept=FEED_ACCEPT)
        entries = parse_feed(page.data, page.final_url)
    except ClaimlineError as exc:
        return [failing_item(feed_url, str(exc))]
    items = []
    for entry in entries:
        meta: dict[str, Any] = {}
        if entry.published:
            meta["published"] = entry.published.isoformat()
        items.append(page_item(entry.url, fetcher, meta))
    return items


def manifest_items(manifest: str | Path, fetcher: Fetcher) -> list[Item]:
    try:
        rows, errors = load_manifest(manifest)
    except ClaimlineError as exc:
        return [failing_item(str(manifest), str(exc))]
    items = [failing_item(e.where, f"{e.where}: {e.error}") for e in errors]
    for row in rows:
        meta = row.overrides()
        if row.path:
            for item in file_items(row.path):
                item.overrides = {**item.overrides, **meta}
                items.append(item)
        else:
            assert row.url is not None
            items.append(page_item(row.url, fetcher, meta))
    return items


def file_items(arg: str) -> list[Item]:
    """Items for a file, folder or ``-``, each with its sidecar's metadata."""
    found, bad = discover([arg])
    items = [failing_item(f.path, f.error) for f in bad]
    for item in found:
        try:
            side = sidecar(item.path) if item.path else None
        except ClaimlineError as exc:
            items.append(failing_item(item.name, str(exc)))
            continue
        if side:
            item.overrides = side.overrides()
        items.append(item)
    return items


def collect(
    args: Sequence[str],
    *,
    feeds: Iterable[str] = (),
    manifests: Iterable[str | Path] = (),
    fetcher: Fetcher | None = None,
) -> list[Item]:
    """Items for an ingest run, in the order given: arguments, then feeds, then manifests.

    Whatever cannot be found or read becomes a failing item (one error line when ingested).
    """
    fetcher = fetcher or Fetcher()
    items: list[Item] = []
    for arg in args:
        items.extend([page_item(arg, fetcher)] if is_url(arg) else file_items(arg))
    for feed in feeds:
        items.extend(feed_items(feed, fetcher))
    for manifest in manifests:
        items.extend(manifest_items(manifest, fetcher))
    return items
