"""Ingest: find article files, read them, extract claims, store them.

``ingest(store, paths)`` is what ``claimline ingest`` runs. It streams:
files are read one at a time, parsed in batches with ``nlp.pipe``, and each
article is stored in its own transaction as soon as it is extracted, so
memory stays bounded and an interrupted batch leaves only complete
articles behind (re-running it completes the rest). An article already in
the store (same text hash) is skipped before any parsing. A bad file is
reported and the batch goes on.

Extraction runs on an executor of :mod:`claimline.jobs.loop` (serial, ``--jobs``
worker processes, or Dask); the parent reads files and writes the store. Any
failure is reported with the file's name and the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from pydantic import BaseModel, Field

from ..errors import first_error
from ..schemas import Extraction
from ..store.sqlite import Store
from .changes import refresh_with_history
from .collector import fewer_collections
from .loop import Executor, Failure, Item, Job, ProcessPool, Serial, Stored, discover, read_jobs

#: extracted articles stored in one transaction (:meth:`Store.add_many`), at most, and at most this many
#: characters of text among them (a batch is held in memory until stored)
STORE_BATCH = 16
STORE_BATCH_CHARS = 2_000_000


class IngestReport(BaseModel):
    stored: int = 0
    present: int = 0
    failed: int = 0
    claims: int = 0
    conflicts: int | None = None
    failures: list[Failure] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list, description="What reading repaired, one line each")
    article_ids: list[str] = Field(default_factory=list)


@fewer_collections()
def ingest(
    store: Store,
    paths: Iterable[str | Item],
    *,
    overrides: dict[str, Any] | None = None,
    jobs: int = 1,
    pipeline: str | None = None,
    max_bytes: int = 5_000_000,
    batch_size: int = 16,
    executor: Executor | None = None,
    on_progress: Callable[[str, int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    refresh: bool = True,
) -> IngestReport:
    """Ingest ``paths`` into ``store``; see the module docstring.

    ``executor`` says where extraction runs (default: :class:`Serial` with ``batch_size``, or
    :class:`ProcessPool` of ``jobs`` processes when ``jobs > 1``). The collector collects less
    often while it runs (:func:`fewer_collections`), in the worker processes too.
    """
    report = IngestReport()
    new_ids: list[str] = []  # stored by this run: reconciled incrementally
    items, failures = discover(paths)
    report.failures.extend(failures)
    if on_total:
        on_total(len(items))
    if not items:  # nothing to read: say so without loading spaCy
        report.failed = len(report.failures)
        return report
    if executor is None:
        executor = ProcessPool(jobs, pipeline) if jobs > 1 else Serial(pipeline, batch_size)
    extra = {k: v for k, v in (overrides or {}).items() if v is not None}
    seen: set[str] = set()
    own: list[Store] = []

    def checker() -> Store:
        # with a threaded executor the job stream runs in another thread: it opens its own connection there
        if not executor.threaded_input:
            return store
        if not own:
            own.append(store.reopen())
        return own[0]

    def done(name: str) -> None:
        if on_progress:
            on_progress(name, 1)

    def failed(f: Failure) -> None:
        report.failures.append(f)
        done(f.path)

    def present(job: Job) -> bool:
        """An article already stored, or met earlier in this run, counts as present and is skipped."""
        from ..extraction.claims import article_id

        report.warnings.extend(job.read.warnings)
        aid = article_id(job.read.text)
        if aid in seen or checker().has_article(aid):
            report.present += 1
            report.article_ids.append(aid)
            done(job.name)
            return True
        seen.add(aid)
        return False

    def fetched_before(item: Item) -> bool:
        """A web page stored on an earlier run is not asked for again."""
        if item.url is not None and item.load is not None and checker().has_url(item.url):
            report.present += 1
            done(item.name)
            return True
        return False

    pending: list[Extraction] = []  # extracted, stored together (one transaction) when a batch is full

    def store_pending() -> None:
        for ex, added in zip(pending, store.add_many(pending), strict=True):
            _count(report, new_ids, ex, added)
            done(ex.article.path or ex.article.id)
        pending.clear()

    jobs_in = read_jobs(items, extra, max_bytes, failed, skip=present, skip_item=fetched_before)
    for job, ex, err in executor.map(jobs_in):
        if ex is None:
            store_pending()  # (reports and progress in input order)
            failed(Failure(path=job.name, error=err or f"{job.name}: extraction failed"))
            continue
        if isinstance(ex, Stored):  # a worker wrote it to the shared store
            store_pending()
            report.stored += ex.stored
            report.present += not ex.stored
            report.claims += ex.claims if ex.stored else 0
            if ex.stored:
                new_ids.append(ex.id)
            report.article_ids.append(ex.id)
            done(job.name)
            continue
        pending.append(ex)
        if len(pending) >= STORE_BATCH or sum(len(p.text) for p in pending) >= STORE_BATCH_CHARS:
            store_pending()
    store_pending()
    report.failed = len(report.failures)
    if refresh and report.stored:
        report.conflicts = refresh_with_history(store, new_ids)  # only what they touch
    return report


def extract_paths(
    paths: Iterable[str | Item],
    *,
    overrides: dict[str, Any] | None = None,
    pipeline: str | None = None,
    max_bytes: int = 5_000_000,
    executor: Executor | None = None,
    warnings: list[str] | None = None,
) -> tuple[Iterator[Extraction], list[Failure]]:
    """Extract ``paths`` without a store: the extractions (a lazy stream) and the failures.

    The failure list (and ``warnings``, what reading repaired) fills while the stream is consumed
    (the same loop as :func:`ingest`).
    """
    items, failures = discover(paths)
    extra = {k: v for k, v in (overrides or {}).items() if v is not None}

    def stream() -> Iterator[Extraction]:
        if not items:
            return
        ex_ = executor or Serial(pipeline)

        def note(job: Job) -> bool:
            if warnings is not None:
                warnings.extend(job.read.warnings)
            return False

        for job, ex, err in ex_.map(read_jobs(items, extra, max_bytes, failures.append, skip=note)):
            if ex is None:
                failures.append(Failure(path=job.name, error=err or f"{job.name}: extraction failed"))
            else:
                yield ex

    return stream(), failures


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
                    report.failures.append(Failure(path=f"{raw}:{lineno}", error=first_error(exc)))
                    continue
                _count(report, new_ids, ex, store.add(ex))
    report.failed = len(report.failures)
    if refresh and report.stored:
        report.conflicts = refresh_with_history(store, new_ids)  # only what they touch
    return report


def _count(report: IngestReport, new_ids: list[str], ex: Extraction, added: bool) -> None:
    """One extraction the store took (``added``) or already held, counted in ``report``."""
    if added:
        report.stored += 1
        new_ids.append(ex.article.id)
        report.claims += len(ex.claims)
    else:
        report.present += 1
    report.article_ids.append(ex.article.id)
