"""Ingest on a Dask cluster: extraction on the workers, the store stays here.

``ingest_dask(store, paths)`` is what ``claimline ingest --dask ADDRESS``
runs. It does what :func:`claimline.ingest.ingest` does, with the parse
spread over ``dask.distributed`` workers:

* The client (this process) discovers and reads the files and skips articles
  already in the store (same text hash as local ingest) *before* anything is
  sent. Workers receive the read articles, not paths, so they need no access
  to the corpus: any cluster with claimline and the spaCy pipeline installed
  will do.
* Articles are sent in partitions of ``partition_size`` with
  :meth:`distributed.Client.submit`; each worker loads the pipeline once (a
  per-process cache keyed by pipeline name, warmed up on every worker when
  the client connects) and returns ``Extraction.model_dump_json()`` strings.
* At most ``max_in_flight`` partitions are outstanding (submitted but not
  yet stored): reading, network and memory stay bounded however large the
  corpus. Results come back in any order (:class:`distributed.as_completed`)
  and go through a reorder buffer, so articles are stored in input order,
  each in its own transaction (:meth:`Store.add`), and conflicts are
  refreshed once at the end. An interrupted run leaves only complete
  articles behind; re-running it sends only the rest.
* ``address=None`` (or ``"local"``) starts a ``LocalCluster`` of ``workers``
  single-threaded processes, and only when there is something to parse. The
  client and any cluster it started are closed on success, error and
  Ctrl-C.

Dask is an optional extra (``pip install 'claimline[dask]'``) and is
imported only here, only when this function runs.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import ClaimlineError, first_error
from ..schemas import Extraction
from ..store.sqlite import Store
from ..version import __version__
from .collector import fewer_collections
from .ingest import IngestReport, ingest
from .loop import Job, Outcome, Stored, chunks, extract_batch, failure_message

#: Articles per task. Small enough to keep workers busy and results small,
#: large enough that scheduling overhead (~1 ms a task) is noise next to the
#: parse (~0.1-0.4 s an article).
PARTITION_SIZE = 8
CONNECT_TIMEOUT = "15s"
LOCAL = "local"

# ------------------------------------------------------------- worker side
# Everything below up to ``ingest_dask`` runs in the worker processes. It is
# pickled by reference, so workers must have claimline installed.
_LOCK = threading.Lock()


def _nlp(pipeline: str | None) -> Any:
    """The worker's pipeline: loaded once per process (``nlp.load`` is cached by name)."""
    from ..extraction import pipeline as nlp

    with _LOCK:
        return nlp.load(pipeline)


def _warm(pipeline: str | None) -> tuple[str, str, str]:
    """Load the pipeline on a worker; report the versions it will extract with."""
    model = _nlp(pipeline)
    return __version__, str(model.meta.get("name", "")), str(model.meta.get("version", ""))


_STORES: dict[str, Any] = {}


def _worker_store(target: str) -> Any:
    """The worker's own connection to a shared (PostgreSQL) store, opened once per process."""
    from ..store import open_store

    with _LOCK:
        store = _STORES.get(target)
        if store is None:
            store = _STORES[target] = open_store(target)
        return store


def _extract_partition(
    batch: list[tuple[str, Any, dict[str, Any]]], pipeline: str | None, target: str | None = None
) -> list[tuple[str | None, str]]:
    """Extract a partition of ``(name, ReadResult, meta)``; one ``(error, json)`` per article, in order.

    The partition goes through ``nlp.pipe`` in one batch; should an article fail, only it is
    reported (:func:`claimline.jobs.loop.extract_batch`). With ``target`` (a PostgreSQL store every
    worker reaches) the worker stores each article itself and returns ``{"id", "stored", "claims"}``
    instead of the extraction.
    """
    model = _nlp(pipeline)
    jobs = [Job(name, read, meta) for name, read, meta in batch]
    # spaCy is not documented as thread-safe: a multi-threaded worker parses one batch at a time, and
    # raises (then restores) the collector's threshold under the same lock
    with _LOCK, fewer_collections():
        results = extract_batch(jobs, model)
    if target is None:
        return [(err, ex.model_dump_json() if ex is not None else "") for ex, err in results]
    store = _worker_store(target)
    out: list[tuple[str | None, str]] = []
    for ex, err in results:
        if ex is None:
            out.append((err, ""))
            continue
        stored = store.add(ex)
        out.append((None, json.dumps({"id": ex.article.id, "stored": stored, "claims": len(ex.claims)})))
    return out


# ------------------------------------------------------------- client side
def _require_dask() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise ClaimlineError("Dask is not installed: pip install 'claimline[dask]'") from exc


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Keep Dask's INFO/WARNING chatter (start-up, shutdown, closed comms) off the user's terminal."""
    loggers = [logging.getLogger(n) for n in ("distributed", "tornado", "asyncio")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels, strict=True):
            lg.setLevel(level)


class _Cluster:
    """A connected :class:`distributed.Client`, plus the ``LocalCluster`` it started, if any."""

    def __init__(self, address: str | None, workers: int, pipeline: str | None) -> None:
        from distributed import Client, LocalCluster

        self.cluster: Any = None
        self.client: Any = None
        try:
            if address in (None, "", LOCAL):
                if workers < 1:
                    raise ClaimlineError(f"--dask-workers must be at least 1, not {workers}")
                self.cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                    # no dashboard; the scheduler's /health server on any free port, not a warning about :8787
                    scheduler_kwargs={"dashboard_address": ":0"},
                )
                self.client = Client(self.cluster)
            else:
                try:
                    self.client = Client(address, timeout=CONNECT_TIMEOUT)
                except (OSError, TimeoutError, ValueError) as exc:
                    raise ClaimlineError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
            self.check(pipeline)
        except BaseException:
            self.close()
            raise

    def workers(self) -> list[str]:
        return sorted(self.client.scheduler_info(n_workers=-1)["workers"])

    def threads(self) -> int:
        info = self.client.scheduler_info(n_workers=-1)["workers"]
        return sum(int(w.get("nthreads", 1)) for w in info.values()) or 1

    def check(self, pipeline: str | None) -> None:
        """Load the pipeline on every worker now (not in the first task), and check versions agree."""
        addrs = self.workers()
        if not addrs:
            raise ClaimlineError("the Dask cluster has no workers")
        futures = [
            self.client.submit(_warm, pipeline, key=f"claimline-warm-{uuid.uuid4().hex}", workers=[a], pure=False)
            for a in addrs
        ]
        try:
            found = dict(zip(addrs, self.client.gather(futures), strict=True))
        except ClaimlineError:
            raise
        except Exception as exc:
            raise ClaimlineError(f"a Dask worker could not load claimline's pipeline: {exc}") from exc
        for addr, (version, _, _) in found.items():
            if version != __version__:
                raise ClaimlineError(
                    f"Dask worker {addr} runs claimline {version}, this client {__version__}; install the same version"
                )
        if len({v[1:] for v in found.values()}) > 1:
            seen = ", ".join(sorted({f"{n} {v}" for _, n, v in found.values()}))
            raise ClaimlineError(f"Dask workers have different spaCy pipelines ({seen}); install the same one")

    def close(self) -> None:
        for thing in (self.client, self.cluster):
            if thing is not None:
                with contextlib.suppress(Exception):
                    thing.close()


@dataclass
class DaskExecutor:
    """Extraction on a Dask cluster (see the module docstring); a cluster starts only when there is work."""

    address: str | None = None
    workers: int = 2
    pipeline: str | None = None
    partition_size: int = PARTITION_SIZE
    max_in_flight: int | None = None
    on_started: Callable[[], None] | None = None
    target: str | None = None  # a PostgreSQL store the workers write to themselves
    threaded_input: bool = False

    def map(self, jobs: Iterator[Job]) -> Iterator[Outcome]:
        from pydantic import ValidationError

        partitions = chunks(jobs, self.partition_size)
        first = next(partitions, None)
        if first is None:  # nothing new to parse: no cluster at all
            return
        with _quiet():
            for job, err, payload in self._run(itertools.chain([first], partitions)):
                if err:
                    yield job, None, err
                    continue
                if self.target is not None:  # the worker stored it
                    done = json.loads(payload)
                    yield job, Stored(done["id"], done["stored"], done["claims"]), None
                    continue
                try:
                    ex = Extraction.model_validate_json(payload)
                except ValidationError as exc:  # systematic (a worker with other code), so stop rather than fail each
                    raise ClaimlineError(
                        f"a Dask worker returned an extraction of {job.name} this client cannot read "
                        f"({first_error(exc)}); run the same claimline on the workers and the client"
                    ) from exc
                yield job, ex, None

    def _run(self, partitions: Iterator[list[Job]]) -> Iterator[tuple[Job, str | None, str]]:
        """Submit partitions with a bounded window; yield ``(job, error, json)`` in input order."""
        from distributed import as_completed

        engine = _Cluster(self.address, self.workers, self.pipeline)
        outstanding: dict[str, tuple[int, list[Job], Any]] = {}  # key -> (seq, jobs, future)
        try:
            client = engine.client
            window = self.max_in_flight or 2 * engine.threads()
            if self.on_started:
                self.on_started()
            run_id = uuid.uuid4().hex[:8]
            ready: dict[int, tuple[list[Job], list[tuple[str | None, str]]]] = {}
            done = as_completed()
            submitted = stored = 0

            def fill() -> None:
                nonlocal submitted
                while submitted - stored < window:
                    batch = next(partitions, None)
                    if batch is None:
                        return
                    key = f"claimline-extract-{run_id}-{submitted}"
                    payload = [(j.name, j.read, j.meta) for j in batch]
                    fut = client.submit(_extract_partition, payload, self.pipeline, self.target, key=key, pure=False)
                    outstanding[key] = (submitted, batch, fut)
                    done.add(fut)
                    submitted += 1

            fill()
            while outstanding:
                fut = next(done)
                seq, batch, _ = outstanding.pop(fut.key)
                try:
                    results = fut.result()
                except Exception as exc:  # noqa: BLE001 - a lost partition fails its articles, not the run
                    results = [(failure_message(j.name, exc), "") for j in batch]
                fut.release()
                ready[seq] = (batch, results)
                while stored in ready:
                    batch_jobs, batch_results = ready.pop(stored)
                    for job, (err, payload) in zip(batch_jobs, batch_results, strict=True):
                        yield job, err, payload
                    stored += 1
                fill()
        finally:
            for _, _, fut in outstanding.values():
                with contextlib.suppress(Exception):
                    fut.cancel()
            engine.close()


def ingest_dask(
    store: Store,
    paths: Iterable[str],
    *,
    address: str | None = None,
    workers: int = 2,
    overrides: dict[str, Any] | None = None,
    pipeline: str | None = None,
    max_bytes: int = 5_000_000,
    partition_size: int = PARTITION_SIZE,
    max_in_flight: int | None = None,
    on_progress: Callable[[str, int], None] | None = None,
    on_total: Callable[[int], None] | None = None,
    on_started: Callable[[], None] | None = None,
    refresh: bool = True,
    direct: bool | None = None,
) -> IngestReport:
    """Ingest ``paths`` into ``store`` with extraction on a Dask cluster; see the module docstring.

    ``address``: a scheduler address (``tcp://host:8786``), or ``None`` /
    ``"local"`` for a ``LocalCluster`` of ``workers`` processes (ignored with
    an address). ``max_in_flight``: partitions submitted but not yet stored
    (default: twice the cluster's worker threads). ``on_started`` is called
    once the cluster is up and every worker has loaded the pipeline, before
    the first partition is submitted. Returns the same report as local ingest.

    ``direct`` (default: when the store is PostgreSQL): the workers write the articles to the store
    themselves, each over its own connection, so the client only reads files and reconciles; no
    single writer caps the throughput. A SQLite file is written by the client.
    """
    _require_dask()
    if partition_size < 1:
        raise ClaimlineError(f"partition size must be at least 1, not {partition_size}")
    if direct is None:
        direct = store.kind == "postgresql"
    target = store.target if direct else None
    executor = DaskExecutor(address, workers, pipeline, partition_size, max_in_flight, on_started, target)
    return ingest(
        store,
        paths,
        overrides=overrides,
        max_bytes=max_bytes,
        executor=executor,
        on_progress=on_progress,
        on_total=on_total,
        refresh=refresh,
    )
