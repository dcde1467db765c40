"""Ingest: find article files, read them, extract claims, store them.

``ingest(store, paths)`` is what ``claimline ingest`` runs. It streams:
files are read one at a time, parsed in batches with ``nlp.pipe``, and each
article is stored in its own transaction as soon as it is extracted, so
memory stays bounded and an interrupted batch leaves only complete
articles behind (re-running it completes the rest). An article already in
the store (same text hash) is skipped before any parsing. A bad file is
reported and the batch goes on.

With ``jobs > 1`` extraction runs in worker processes (each loads the spaCy
pipeline once); the parent only reads files and writes the store.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from ..errors import ClaimlineError
from ..schemas import Extraction
from ..store.sqlite import Store

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


class Failure(BaseModel):
    path: str
    error: str


class IngestReport(BaseModel):
    stored: int = 0
    present: int = 0
    failed: int = 0
    claims: int = 0
    conflicts: int | None = None
    failures: list[Failure] = Field(default_factory=list)
    article_ids: list[str] = Field(default_factory=list)


@dataclass
class Item:
    name: str
    data: bytes | None = None  # stdin
    path: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)  # per-article metadata (manifest, sidecar, feed)
    url: str | None = None  # a web page: skipped when stored, else fetched by ``load``
    load: Callable[[], tuple[bytes, str | None]] | None = None  # -> (data, suffix such as ".html")


def discover(paths: Iterable[str | Item]) -> tuple[list[Item], list[Failure]]:
    """Expand files, directories (recursively) and ``-`` (stdin) into items."""
    items: list[Item] = []
    failures: list[Failure] = []
    for raw in paths:
        if isinstance(raw, Item):  # made by jobs.sources (URLs, feeds, manifest rows)
            items.append(raw)
            continue
        if raw == "-":
            items.append(Item(name="<stdin>", data=sys.stdin.buffer.read()))
            continue
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                failures.append(Failure(path=raw, error=f"no articles (.txt, .md, .html) in directory {raw}"))
            items.extend(Item(name=str(f), path=f) for f in found)
        elif p.exists():
            items.append(Item(name=str(p), path=p))
        else:
            failures.append(Failure(path=raw, error=f"no such file or directory: {raw}"))
    return items, failures


def _read(item: Item, max_bytes: int):  # type: ignore[no-untyped-def]
    from ..read.reader import read_bytes, read_path

    if item.path is not None:
        return read_path(item.path, max_bytes=max_bytes)
    suffix = None
    if item.data is None and item.load is not None:
        item.data, suffix = item.load()
    assert item.data is not None
    return read_bytes(item.data, name=item.name, suffix=suffix, max_bytes=max_bytes)


def new_articles(
    items: Iterable[Item],
    store: Store,
    report: IngestReport,
    overrides: dict[str, Any],
    max_bytes: int,
    on_progress: Callable[[str, int], None] | None = None,
) -> Iterator[tuple[Item, Any, dict[str, Any]]]:
    """Read each item and yield ``(item, read, meta)`` for articles not yet stored.

    A file that cannot be read goes to ``report.failures``; an article already in
    the store, or met earlier in this run, counts as present. Either way the item
    is done for ``on_progress``.
    """
    from ..extraction.claims import article_id

    seen: set[str] = set()
    for item in items:
        if item.url is not None and item.load is not None and store.has_url(item.url):
            report.present += 1  # fetched on an earlier run: not asked for again
            if on_progress:
                on_progress(item.name, 1)
            continue
        try:
            read = _read(item, max_bytes)
        except ClaimlineError as exc:
            report.failures.append(Failure(path=item.name, error=str(exc)))
            if on_progress:
                on_progress(item.name, 1)
            continue
        aid = article_id(read.text)
        if aid in seen or store.has_article(aid):
            report.present += 1
            report.article_ids.append(aid)
            if on_progress:
                on_progress(item.name, 1)
            continue
        seen.add(aid)
        yield item, read, {**overrides, **item.overrides, "path": item.name if item.path else None}


# ------------------------------------------------------------ worker process
_WORKER_NLP: Any = None


def _worker_init(pipeline: str | None) -> None:
    global _WORKER_NLP
    from ..extraction import pipeline as nlp

    _WORKER_NLP = nlp.load(pipeline)


def _worker_extract(job: tuple[Any, dict[str, Any]]) -> tuple[str | None, str]:
    from ..extraction.claims import extract_many

    read, meta = job
    try:
        ex = next(extract_many([(read, meta)], nlp=_WORKER_NLP))
        return None, ex.model_dump_json()
    except ClaimlineError as exc:
        return str(exc), ""


def ingest(
    store: Store,
    paths: Iterable[str],
    *,
    overrides: dict[str, Any] | None = None,
    jobs: int = 1,
    pipeline: str | None = None,
    max_bytes: int = 5_000_000,
    batch_size: int = 16,
    on_progress: Callable[[str, int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    refresh: bool = True,
) -> IngestReport:
    """Ingest ``paths`` into ``store``; see the module docstring."""
    report = IngestReport()
    new_ids: list[str] = []  # stored by this run: reconciled incrementally
    items, failures = discover(paths)
    report.failures.extend(failures)
    if on_total:
        on_total(len(items))
    if not items:  # nothing to read: say so without loading spaCy
        report.failed = len(report.failures)
        return report
    from ..extraction.claims import extract_many

    extra = {k: v for k, v in (overrides or {}).items() if v is not None}

    def reads() -> Iterator[tuple[Any, dict[str, Any]]]:
        # with jobs > 1 this generator runs in the pool's feeder thread: give it its own connection
        checker = store if jobs == 1 else store.reopen()
        for _item, read, meta in new_articles(items, checker, report, extra, max_bytes, on_progress):
            yield read, meta

    def save(ex: Extraction) -> None:
        if store.add(ex):
            report.stored += 1
            new_ids.append(ex.article.id)
            report.claims += len(ex.claims)
        else:
            report.present += 1
        report.article_ids.append(ex.article.id)
        if on_progress:
            on_progress(ex.article.path or ex.article.id, 1)

    if jobs > 1:
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ctx.Pool(jobs, initializer=_worker_init, initargs=(pipeline,)) as pool:
            for err, payload in pool.imap(_worker_extract, reads(), chunksize=2):
                if err:
                    report.failures.append(Failure(path="?", error=err))
                    continue
                save(Extraction.model_validate_json(payload))
    else:
        for ex in extract_many(reads(), pipeline=pipeline, batch_size=batch_size):
            save(ex)
    report.failed = len(report.failures)
    if refresh and report.stored:
        report.conflicts = store.refresh_conflicts(new_ids)  # only what they touch
    return report


def load_jsonl(store: Store, paths: Iterable[str], *, refresh: bool = True) -> IngestReport:
    """Store extractions written by ``claimline extract --format jsonl`` (one per line).

    Every record is validated; a bad one is reported with its line number and
    the rest are stored.
    """
    from pydantic import ValidationError

    report = IngestReport()

    new_ids: list[str] = []  # stored by this run: reconciled incrementally
    for raw in paths:
        try:
            fh = sys.stdin if raw == "-" else open(raw, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            report.failures.append(Failure(path=raw, error=f"cannot read {raw}: {exc.strerror}"))
            continue
        with fh:
            for lineno, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    ex = Extraction.model_validate_json(line)
                except ValidationError as exc:
                    first = exc.errors()[0]
                    where = ".".join(str(p) for p in first["loc"])
                    report.failures.append(Failure(path=f"{raw}:{lineno}", error=f"{where}: {first['msg']}"))
                    continue
                if store.add(ex):
                    report.stored += 1
                    new_ids.append(ex.article.id)
                    report.claims += len(ex.claims)
                else:
                    report.present += 1
                report.article_ids.append(ex.article.id)
    report.failed = len(report.failures)
    if refresh and report.stored:
        report.conflicts = store.refresh_conflicts(new_ids)  # only what they touch
    return report
