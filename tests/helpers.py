"""Small story-building helpers the tests share."""

from __future__ import annotations

from pathlib import Path

from claimline import api


def through_store(docs, folder: Path, *, published: str | None = None) -> list:
    """``docs`` ingested into a new store in ``folder`` (made if missing), one file an article in order, and the
    conflicts ``claimline conflicts`` would list. Each doc is ``(outlet, published, text)``, or ``(outlet, text)``
    when every article is published on ``published``."""
    folder.mkdir(parents=True, exist_ok=True)
    with api.open_store(folder / "case.db", create=True) as store:
        for k, doc in enumerate(docs):
            outlet, day, text = doc if published is None else (doc[0], published, doc[1])
            path = folder / f"a{k}.txt"
            path.write_text(text + "\n", encoding="utf-8")
            api.ingest(store, [str(path)], published=day, publisher=outlet)
        return api.conflicts(store)
