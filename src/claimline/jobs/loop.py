"""The one ingest loop: find files, read them, extract them on an executor, hand each result on.

``claimline ingest`` (into the store), ``claimline extract`` (to stdout) and every executor share
it. Executors differ only in where extraction runs: :class:`Serial` (this process, ``nlp.pipe``
batches), :class:`ProcessPool` (``--jobs N`` worker processes) and
:class:`~claimline.jobs.distributed.DaskExecutor` (``--dask``). In all three a file that fails,
for any reason, is reported with its name and the batch goes on.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel

from ..errors import ClaimlineError
from ..schemas import Extraction

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


class Failure(BaseModel):
    path: str
    error: str


@dataclass
class Item:
    """One input: a file, or stdin's bytes."""

    name: str
    data: bytes | None = None  # stdin
    path: Path | None = None
    overrides: dict[str, Any] = field(default_factory=dict)  # per-article metadata (manifest, sidecar, feed)
    url: str | None = None  # a web page: skipped when stored, else fetched by ``load``
    load: Callable[[], tuple[bytes, str | None]] | None = None  # -> (data, suffix such as ".html")
    error: str | None = None  # known before reading: the item can only fail with this message


@dataclass
class Job:
    """One read article to extract: its name (for reports), the read page and the metadata overrides."""

    name: str
    read: Any  # claimline.read.ReadResult
    meta: dict[str, Any]


@dataclass
class Stored:
    """An article a worker wrote to a shared store itself (Dask workers on PostgreSQL)."""

    id: str
    stored: bool  # False: it was there already
    claims: int


#: ``(job, extraction or Stored, None)`` or ``(job, None, error message naming the file)``, in input order.
Outcome = tuple[Job, "Extraction | Stored | None", str | None]


def discover(paths: Iterable[str | Item]) -> tuple[list[Item], list[Failure]]:
    """Expand files, directories (recursively) and ``-`` (stdin) into items; items pass as they are."""
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


def read_item(item: Item, max_bytes: int) -> Any:
    """The item read (a ``ReadResult``); :class:`ClaimlineError` when it cannot be."""
    from ..read import read_bytes, read_path
    from ..read.reader import check_english

    if item.path is not None:
        read = read_path(item.path, max_bytes=max_bytes)
    else:
        suffix = None
        if item.data is None and item.load is not None:
            item.data, suffix = item.load()
        if item.data is None:
            raise ClaimlineError(f"{item.name}: nothing to read")
        read = read_bytes(item.data, name=item.name, suffix=suffix, max_bytes=max_bytes)
    check_english(read.text, item.name)  # (review 16 X8: no English-parsed nonsense of another language)
    return read


def failure_message(name: str, exc: BaseException) -> str:
    """One line naming the file: a ClaimlineError as it reads, anything else with its type."""
    if isinstance(exc, ClaimlineError):
        text = str(exc)
        return text if name in text else f"{name}: {text}"
    return f"{name}: extraction failed: {type(exc).__name__}: {exc}"


def extract_batch(jobs: Sequence[Job], nlp: Any) -> list[tuple[Extraction | None, str | None]]:
    """Extract ``jobs`` in one ``nlp.pipe`` batch; one ``(extraction, error)`` per job, in order.

    Should any article fail, the batch is redone one article at a time so that only the bad one
    is reported and the others are kept. Any exception counts, not only ClaimlineError.
    """
    from ..extraction.claims import extract_many

    try:
        return [(ex, None) for ex in extract_many(((j.read, j.meta) for j in jobs), nlp=nlp, batch_size=len(jobs))]
    except Exception:  # noqa: BLE001 - isolate the bad article below
        pass
    out: list[tuple[Extraction | None, str | None]] = []
    for job in jobs:
        try:
            out.append((next(extract_many([(job.read, job.meta)], nlp=nlp)), None))
        except Exception as exc:  # noqa: BLE001 - one article must not sink the batch
            out.append((None, failure_message(job.name, exc)))
    return out


def chunks(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch


class Executor(Protocol):
    """Where extraction runs. ``map`` yields one outcome per job, in input order."""

    #: the job stream is consumed in another thread (a store connection of its own is needed there)
    threaded_input: bool

    def map(self, jobs: Iterator[Job]) -> Iterator[Outcome]: ...


@dataclass
class Serial:
    """In this process, ``batch_size`` articles per ``nlp.pipe`` batch."""

    pipeline: str | None = None
    batch_size: int = 16
    threaded_input: bool = False

    def map(self, jobs: Iterator[Job]) -> Iterator[Outcome]:
        from ..extraction import pipeline as nlp_mod

        model = None
        for batch in chunks(jobs, self.batch_size):
            model = model or nlp_mod.load(self.pipeline)
            for job, (ex, err) in zip(batch, extract_batch(batch, model), strict=True):
                yield job, ex, err


# ------------------------------------------------------------ worker process
_WORKER_NLP: Any = None


def _worker_init(pipeline: str | None) -> None:
    global _WORKER_NLP
    from ..extraction import pipeline as nlp
    from .collector import raise_young_threshold

    raise_young_threshold()  # for the worker's life, which is one ingest
    _WORKER_NLP = nlp.load(pipeline)


def _worker_extract(job: Job) -> tuple[str | None, str]:
    ((ex, err),) = extract_batch([job], _WORKER_NLP)
    return err, ex.model_dump_json() if ex is not None else ""


@dataclass
class ProcessPool:
    """``jobs`` worker processes, each loading the pipeline once; the parent reads and stores."""

    jobs: int = 2
    pipeline: str | None = None
    threaded_input: bool = True

    def map(self, jobs: Iterator[Job]) -> Iterator[Outcome]:
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        sent: list[Job] = []

        def feed() -> Iterator[Job]:
            for job in jobs:
                sent.append(job)
                yield job

        with ctx.Pool(self.jobs, initializer=_worker_init, initargs=(self.pipeline,)) as pool:
            for n, (err, payload) in enumerate(pool.imap(_worker_extract, feed(), chunksize=2)):
                job = sent[n]
                sent[n] = None  # type: ignore[call-overload]  # keep memory flat
                if err:
                    yield job, None, err
                else:
                    yield job, Extraction.model_validate_json(payload), None


def read_jobs(
    items: Iterable[Item],
    overrides: dict[str, Any],
    max_bytes: int,
    on_failure: Callable[[Failure], None],
    skip: Callable[[Job], bool] | None = None,
    skip_item: Callable[[Item], bool] | None = None,
) -> Iterator[Job]:
    """Read each item into a job; a file that cannot be read goes to ``on_failure``.

    ``skip_item`` drops an item before it is read (a URL already stored), ``skip`` a job after.
    """
    for item in items:
        if skip_item is not None and skip_item(item):
            continue
        try:
            read = read_item(item, max_bytes)
        except Exception as exc:  # noqa: BLE001 - any reading failure is this file's alone
            on_failure(Failure(path=item.name, error=failure_message(item.name, exc)))
            continue
        job = Job(item.name, read, {**overrides, **item.overrides, "path": item.name if item.path else None})
        if skip is None or not skip(job):
            yield job
