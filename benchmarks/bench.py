"""claimline's benchmark: ingest throughput against raw spaCy, parallel ingest, memory, and queries.

Usage::

    .venv/bin/python benchmarks/bench.py [--articles 300] [--jobs 2] [--memory-articles 5000]
                                         [--query-claims 100000] [--quick] [--profile] [--json]

Everything runs in one go on one corpus (see ``benchmarks/corpus.py``), built
in a temporary directory:

the ingest ratio (``--method processes``, the default)
    each round runs raw spaCy and ingest ``-j1`` each in a fresh process of its own (``--child``:
    pipeline loaded and warmed, then the work timed with ``getrusage`` of the whole process: every
    thread, nothing left out), raw first on even rounds, ingest first on odd ones; the figure is the
    median and spread of the per-round ratios of CPU, with the load average after each run, the
    whole processes' ratio (imports and loading included, ``os.wait4``) beside it. A fresh process
    per run draws each process's own luck (hash seed, memory layout) anew, which the rounds of one
    process share. ``--method beside`` keeps the in-process method described next.
raw spaCy (``--method beside``)
    ``nlp.pipe`` over the *same masked texts* claimline parses (the article text with page
    furniture blanked out, as ``claimline.extraction.claims.prepare`` makes it), with ingest's
    batch size, on *the pipeline object ingest parses with* (``pipeline.load()``: same weights in
    memory, vocabulary and string store), run with spaCy's own attribute ruler and lemmatizer
    (``pipeline.stock_components``; claimline's find the same annotations faster). Measured two
    ways in each round: beside ingest, batch by batch (each batch ingest parses is parsed by raw
    spaCy just before or after, alternately, and that CPU is taken out of ingest's: the two sides
    alternate seconds apart, so the machine's load falls on both alike), and as a whole run before
    ingest. This is the physical limit of the design: claimline cannot ingest faster than its parse.
    ``--old-method`` adds the method used before 2026-12-04 evening beside it: raw spaCy on a
    stock copy of its own (``build(stock=True)``).
rounds
    one warm-up round (``--warm-rounds``, not counted: every side meets the corpus's words once),
    then ``--repeat`` rounds (default 5) of raw, then ingest with raw beside it; the rows give the
    medians, and the ratio is printed as the median and spread (min-max) of the per-round ratios,
    with the load average.
claimline's parse alone
    (``--own-parse``) ``nlp.pipe`` of the same object with claimline's own components: what
    extraction, events and storage add, apart from the faster ruler. Without it, the CPU of the
    parse inside ingest (``nlp.pipe`` timed inside the ingest run) stands for it.
ingest -j1 / -jN
    ``claimline.jobs.ingest.ingest`` into a fresh store, as ``claimline ingest``
    runs it: discovery, reading, masking, parsing, extraction, storage, then
    the conflict refresh (timed separately and included in the total).
dask
    ``benchmarks/bench_dask.py``'s ``run(paths, workers)`` when that file exists.
memory
    a ``claimline ingest`` subprocess over ``--memory-articles`` articles; its
    peak resident set size (``getrusage`` high-water mark of the process) and
    the sampled peak of its process tree.
queries
    a store of ``--query-claims`` claims, built by replicating the real
    extractions of the ingest run; whole-process wall time of each query
    command (median of 3 runs) and of ``claimline.jobs.refresh.refresh_conflicts``.

``--profile`` adds a cProfile of the single-process ingest (claimline's own
functions by cumulative time). ``--json`` writes ``benchmarks/results.json``.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import importlib.util
import io
import json
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

import psutil

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from claimline.jobs.refresh import refresh_conflicts  # noqa: E402

VENV_BIN = Path(sys.executable).parent
CLAIMLINE = str(VENV_BIN / "claimline") if (VENV_BIN / "claimline").exists() else "claimline"


# ----------------------------------------------------------------- helpers
class PeakRSS:
    """Sample the resident set size of this process and its children every ``interval`` seconds.

    The sampling thread's own CPU time (``cpu``: a ``psutil`` walk of the process table, ~3 ms per
    sample on a busy machine, i.e. ~6 % of a core per second of *wall* time) is kept apart, so that the
    CPU figures of the timed runs leave it out: it grows with the machine's load, not with the work.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.05) -> None:
        self.proc = psutil.Process(pid or os.getpid())
        self.interval = interval
        self.peak = 0
        self.samples: list[tuple[float, int]] = []
        self.cpu = 0.0  # CPU seconds the sampling thread used
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._t0 = time.perf_counter()

    def tree_rss(self) -> int:
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total

    def _run(self) -> None:
        c0 = time.thread_time()
        try:
            while not self._stop.is_set():
                rss = self.tree_rss()
                if not rss:
                    break  # the process is gone
                self.peak = max(self.peak, rss)
                self.samples.append((time.perf_counter() - self._t0, rss))
                self._stop.wait(self.interval)
        finally:
            self.cpu = time.thread_time() - c0

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@dataclass
class Row:
    name: str
    articles: int
    tokens: int
    seconds: float
    peak_mb: float | None = None
    raw_seconds: float | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    cpu_seconds: float | None = None
    raw_cpu_seconds: float | None = None

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.raw_seconds if self.raw_seconds else None

    @property
    def cpu_ratio(self) -> float | None:
        return self.cpu_seconds / self.raw_cpu_seconds if self.cpu_seconds and self.raw_cpu_seconds else None


def cpu_now() -> float:
    """CPU seconds (user + system) of this process and of its reaped children so far."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def spread(values: list[float]) -> dict[str, Any]:
    """Median and (min, max) of per-round ratios."""
    return {"median": round(statistics.median(values), 3), "spread": [round(min(values), 3), round(max(values), 3)]}


def _span(d: dict[str, Any]) -> str:
    return f"median {d['median']:.3f}x, spread {d['spread'][0]:.3f}-{d['spread'][1]:.3f}x"


def mb(n: int | float) -> float:
    return round(n / 1e6, 1)


def machine() -> dict[str, Any]:
    import spacy

    import claimline
    from claimline import __version__, config

    cpu = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = psutil.virtual_memory().total
    try:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = ""
    name = config.pipeline_name()
    return {
        "nproc": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu": cpu or platform.processor(),
        "ram_gb": round(ram / 2**30, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "pipeline": f"{name} {config.pipeline_version(name)}",
        "claimline": __version__,
        "claimline_src": str(Path(claimline.__file__).parent),
        "commit": commit,
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "date": time.strftime("%Y-%m-%d %H:%M"),
    }


# ------------------------------------------------------------------ stages
def prepared_texts(paths: list[Path]) -> tuple[list[str], float]:
    """The masked texts claimline parses for ``paths`` (and the time reading + masking took)."""
    from claimline.extraction.claims import prepare
    from claimline.read import read_path

    t0 = time.perf_counter()
    out = [prepare(read_path(p)).masked for p in paths]
    return out, time.perf_counter() - t0


def run_raw(nlp: Any, texts: list[str], batch_size: int) -> tuple[int, float, int, float, float]:
    """(tokens, seconds, peak tree RSS, CPU seconds, CPU seconds of this thread) of raw ``nlp.pipe``
    over ``texts``."""
    tokens = 0
    with PeakRSS() as mem:
        c0, t0, th0 = cpu_now(), time.perf_counter(), time.thread_time()
        for doc in nlp.pipe(texts, batch_size=batch_size):
            tokens += len(doc)
        secs, cpu, thread = time.perf_counter() - t0, cpu_now() - c0, time.thread_time() - th0
    return tokens, secs, mem.peak, cpu - mem.cpu, thread  # (the sampler's own CPU left out)


class ParseClock:
    """CPU (``time.thread_time`` of the calling thread) spent inside ``nlp.pipe`` of one pipeline
    object while the block runs: article bodies and headlines apart (ingest parses a batch's
    headlines in one ``nlp.pipe`` of their own, ``claims._parse_headlines``). The bodies' texts are
    kept in order with their batch sizes, so a reader can check that ingest parsed what the raw side
    parsed, in the same batches. ``nlp.pipe`` is wrapped on the instance (removed after);
    ``nlp(text)`` calls (texts in parts, a headline parsed alone) are not counted here.

    With ``shadow``, each body batch ingest parses is parsed once more by raw spaCy, on the same
    object with spaCy's own ruler and lemmatizer (:func:`stock_components`), with the collector's
    thresholds of outside the ingest and ``batch_size``: before ingest's parse of the batch on even
    batches, after it on odd ones. ``raw_cpu`` is that raw parse's CPU; ``shadow_cpu`` all the CPU
    the shadow took (toggling included), which the caller takes out of ingest's. So raw spaCy and
    ingest alternate batch by batch, seconds apart, and a change of the machine's load falls on
    both alike."""

    def __init__(self, nlp: Any, *, shadow: bool = False, batch_size: int = 16) -> None:
        self.nlp = nlp
        self.cpu = {"body": 0.0, "headline": 0.0}
        self.texts: list[str] = []
        self.batches: list[int] = []
        self.shadow, self.batch_size = shadow, batch_size
        self.raw_cpu = self.shadow_cpu = self.shadow_seconds = 0.0
        self._key = "body"
        self._inside = False
        self._gc = gc.get_threshold()

    def _raw(self, texts: list[str]) -> None:
        from claimline.extraction.pipeline import stock_components

        t0, w0, kept = time.thread_time(), time.perf_counter(), gc.get_threshold()
        gc.set_threshold(*self._gc)
        try:
            with stock_components(self.nlp):
                t1 = time.thread_time()
                for _ in type(self.nlp).pipe(self.nlp, texts, batch_size=self.batch_size):
                    pass
                self.raw_cpu += time.thread_time() - t1
        finally:
            gc.set_threshold(*kept)
            self.shadow_cpu += time.thread_time() - t0
            self.shadow_seconds += time.perf_counter() - w0

    def _pipe(self, texts: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
        if self._inside:  # spaCy's pipe calls itself (as_tuples): timed by the outer call
            yield from type(self.nlp).pipe(self.nlp, texts, *args, **kwargs)
            return
        key = self._key
        shadow: list[str] = []
        if key == "body":
            texts = list(texts)
            shadow = [t[0] if kwargs.get("as_tuples") else t for t in texts]
            self.batches.append(len(texts))
            self.texts.extend(shadow)
        first = self.shadow and shadow and len(self.batches) % 2 == 1
        if first:
            self._raw(shadow)
        gen = type(self.nlp).pipe(self.nlp, texts, *args, **kwargs)
        while True:
            self._inside, t0 = True, time.thread_time()
            try:
                x = next(gen)
            except StopIteration:
                break
            finally:
                self._inside = False
                self.cpu[key] += time.thread_time() - t0
            yield x
        if self.shadow and shadow and not first:
            self._raw(shadow)

    def __enter__(self) -> ParseClock:
        from claimline.extraction import claims

        self._gc = gc.get_threshold()
        self._headlines = claims._parse_headlines

        def headlines(*args: Any, **kwargs: Any) -> Any:
            self._key = "headline"
            try:
                return self._headlines(*args, **kwargs)
            finally:
                self._key = "body"

        claims._parse_headlines = headlines
        self.nlp.pipe = self._pipe
        return self

    def __exit__(self, *exc: object) -> None:
        from claimline.extraction import claims

        claims._parse_headlines = self._headlines
        del self.nlp.pipe


def run_ingest(db: Path, corpus_dir: Path, jobs: int, batch_size: int, clock: Any = None) -> dict[str, Any]:
    """Ingest ``corpus_dir`` into a fresh store ``db``, then ``refresh_conflicts``. ``clock``: a
    :class:`ParseClock` on the pipeline ingest loads (its parse CPU is given back as well)."""
    from claimline.jobs.ingest import ingest
    from claimline.store import events as stored
    from claimline.store.sqlite import Store

    getattr(stored, "forget_frames", lambda: None)()  # each run as a fresh process: no stored frame parsed yet
    with PeakRSS() as mem, Store(db) as store, clock or contextlib.nullcontext():
        c0, t0 = cpu_now(), time.perf_counter()
        report = ingest(store, [str(corpus_dir)], jobs=jobs, batch_size=batch_size, refresh=False)
        t_ingest = time.perf_counter() - t0 - (clock.shadow_seconds if clock else 0.0)
        t0 = time.perf_counter()
        conflicts = refresh_conflicts(store)
        t_refresh = time.perf_counter() - t0
        cpu = cpu_now() - c0
    cpu -= mem.cpu  # the sampler's own CPU left out
    cpu -= clock.shadow_cpu if clock else 0.0  # and the raw parses done beside it (ParseClock's shadow)
    return {
        "seconds": t_ingest + t_refresh,
        "cpu_seconds": cpu,
        "ingest_seconds": t_ingest,
        "refresh_seconds": t_refresh,
        "stored": report.stored,
        "failed": report.failed,
        "claims": report.claims,
        "conflicts": conflicts,
        "peak": mem.peak,
        **(
            {"parse_cpu": clock.cpu["body"], "headline_parse_cpu": clock.cpu["headline"], "parsed": clock.texts,
             "batches": clock.batches, "raw_beside_cpu": clock.raw_cpu, "shadow_cpu": clock.shadow_cpu}
            if clock else {}
        ),
    }  # fmt: skip


def _texts_key(texts: list[str]) -> str:
    import hashlib

    return hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]


def child(spec_path: Path) -> int:
    """One side of one round, in a process of its own (``bench.py --child SPEC.json``): load the pipeline,
    warm it (and, on the ingest side, claimline), then the timed work; its CPU (``getrusage`` of this
    process, every thread: nothing left out) and wall time are written to ``spec["out"]``. ``raw``:
    ``nlp.pipe`` of the masked texts with spaCy's own ruler and lemmatizer; ``ingest``: ingest ``-j1``
    of the corpus into a fresh store, then ``refresh_conflicts``, as ``claimline ingest`` runs it."""
    spec = json.loads(spec_path.read_text())
    from claimline.extraction import pipeline as nlp_mod

    nlp = nlp_mod.load()
    texts: list[str] = json.loads(Path(spec["texts"]).read_text())
    bs = spec["batch_size"]
    out: dict[str, Any] = {"kind": spec["kind"], "components": nlp.pipe_names}
    if spec["kind"] == "raw":
        with nlp_mod.stock_components(nlp):
            for _ in nlp.pipe(texts[:8], batch_size=bs):
                pass
            tokens, c0, t0 = 0, cpu_now(), time.perf_counter()
            for doc in nlp.pipe(texts, batch_size=bs):
                tokens += len(doc)
            out.update(cpu_seconds=cpu_now() - c0, seconds=time.perf_counter() - t0, tokens=tokens)
    else:
        from claimline.api import extract as claimline_extract
        from claimline.jobs.ingest import ingest
        from claimline.store.sqlite import Store

        for _ in nlp.pipe(texts[:8], batch_size=bs):
            pass
        warm, _ = claimline_extract(spec["warm_paths"])  # lexicons, patterns, regexes: once per process
        for _ in warm:
            pass
        clock = ParseClock(nlp, batch_size=bs)
        with Store(Path(spec["db"])) as store, clock:
            c0, t0 = cpu_now(), time.perf_counter()
            report = ingest(store, [spec["corpus"]], jobs=1, batch_size=bs, refresh=False)
            t1 = time.perf_counter()
            conflicts = refresh_conflicts(store)
            out.update(cpu_seconds=cpu_now() - c0, seconds=time.perf_counter() - t0, ingest_seconds=t1 - t0,
                       refresh_seconds=time.perf_counter() - t1)  # fmt: skip
        out.update(stored=report.stored, failed=report.failed, claims=report.claims, conflicts=conflicts,
                   parse_cpu=clock.cpu["body"], headline_parse_cpu=clock.cpu["headline"],
                   parsed_key=_texts_key(clock.texts), batches=clock.batches)  # fmt: skip
    Path(spec["out"]).write_text(json.dumps(out))
    return 0


def run_child(tmp: Path, name: str, spec: dict[str, Any]) -> dict[str, Any]:
    """Run :func:`child` in a fresh process; its report plus the whole process's CPU and peak RSS
    (``os.wait4``: imports, pipeline load and warm-up included) and the load average after it."""
    spec_path, out = tmp / f"{name}.spec.json", tmp / f"{name}.out.json"
    spec_path.write_text(json.dumps({**spec, "out": str(out)}))
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--child", str(spec_path)])
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise RuntimeError(f"bench child {name} exited with {proc.returncode}")
    rep = json.loads(out.read_text())
    rep.update(process_cpu_seconds=usage.ru_utime + usage.ru_stime, process_seconds=time.perf_counter() - t0,
               peak=usage.ru_maxrss * 1024, load=os.getloadavg()[0])  # fmt: skip
    return rep


def process_rounds(args: Any, tmp: Path, corpus_dir: Path, paths: list[Path], masked: list[str]) -> dict[str, Any]:
    """The ingest ratio with each side in processes of its own, round by round: raw spaCy, then ingest on
    even rounds, ingest then raw on odd ones (so a drift of the machine's load falls on both alike), a
    fresh process for every run (a process's own luck, hash seed and memory layout, is drawn anew each
    run rather than once for the whole measurement). Per round, ingest's CPU over raw's; the median and
    spread of those ratios are the figure, with the load average after each run."""
    texts = tmp / "masked.json"
    texts.write_text(json.dumps(masked))
    common = {"texts": str(texts), "batch_size": args.batch_size}
    ingest_spec = {**common, "kind": "ingest", "corpus": str(corpus_dir), "warm_paths": [str(p) for p in paths[:8]]}
    rounds = args.warm_rounds + args.repeat
    runs: list[dict[str, Any]] = []
    db = tmp / "single.db"
    for k in range(rounds):
        tag = f"round {k + 1}/{rounds}" + (" (warm-up, not counted)" if k < args.warm_rounds else "")
        got: dict[str, dict[str, Any]] = {}
        for kind in ("raw", "ingest") if k % 2 == 0 else ("ingest", "raw"):
            with step(f"{kind} in a process of its own, {tag}"):
                db = tmp / f"single{k}.db"
                spec = ingest_spec | {"db": str(db)} if kind == "ingest" else common | {"kind": "raw"}
                got[kind] = run_child(tmp, f"{kind}{k}", spec)
        r, x = got["raw"], got["ingest"]
        run = {
            "round": k + 1, "counted": k >= args.warm_rounds, "order": "raw first" if k % 2 == 0 else "ingest first",
            "load": [round(r["load"], 2), round(x["load"], 2)],
            "raw_cpu_seconds": round(r["cpu_seconds"], 3), "raw_seconds": round(r["seconds"], 3),
            "cpu_seconds": round(x["cpu_seconds"], 3), "seconds": round(x["seconds"], 3),
            "parse_cpu_seconds": round(x["parse_cpu"], 3),
            "headline_parse_cpu_seconds": round(x["headline_parse_cpu"], 3),
            "raw_process_cpu_seconds": round(r["process_cpu_seconds"], 3),
            "process_cpu_seconds": round(x["process_cpu_seconds"], 3),
            "cpu_ratio": round(x["cpu_seconds"] / r["cpu_seconds"], 3),
            "process_cpu_ratio": round(x["process_cpu_seconds"] / r["process_cpu_seconds"], 3),
            "ratio": round(x["seconds"] / r["seconds"], 3),
        }  # fmt: skip
        runs.append({**run, "_raw": r, "_ingest": x})
        print(
            f"  {tag}: ingest {x['cpu_seconds']:.2f} s CPU / raw {r['cpu_seconds']:.2f} s = {run['cpu_ratio']:.3f}x"
            f" (whole processes {run['process_cpu_ratio']:.3f}x; parse inside ingest"
            f" {x['parse_cpu'] / r['cpu_seconds']:.3f}x raw); load {r['load']:.1f}/{x['load']:.1f}",
            file=sys.stderr,
        )
    counted = [u for u in runs if u["counted"]]
    want_batches = [len(masked[i : i + args.batch_size]) for i in range(0, len(masked), args.batch_size)]
    method = {
        "method": "processes", "rounds": len(counted), "warm_rounds": args.warm_rounds,
        "ratio": spread([u["cpu_ratio"] for u in counted]),
        "whole_processes": spread([u["process_cpu_ratio"] for u in counted]),
        "wall": spread([u["ratio"] for u in counted]),
        "load": [round(min(min(u["load"]) for u in counted), 2), round(max(max(u["load"]) for u in counted), 2)],
        "parse_inside_ingest_over_raw": spread([u["parse_cpu_seconds"] / u["raw_cpu_seconds"] for u in counted]),
        "raw_cpu": spread([u["raw_cpu_seconds"] for u in counted]),
        "ingest_cpu": spread([u["cpu_seconds"] for u in counted]),
        "ingest_parsed_the_raw_texts": all(u["_ingest"]["parsed_key"] == _texts_key(masked) for u in runs),
        "ingest_batches_as_raw": all(u["_ingest"]["batches"] == want_batches for u in runs),
    }  # fmt: skip
    return {"runs": runs, "counted": counted, "method": method, "db": db}


def run_dask(paths: list[Path], workers: int) -> dict[str, Any] | None:
    path = HERE / "bench_dask.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("bench_dask", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
        run = mod.run
    except Exception as exc:  # the other engineer's file: report, don't crash the benchmark
        return {"error": f"bench_dask.py not usable: {exc!r}"}
    with PeakRSS() as mem:
        c0, t0 = cpu_now(), time.perf_counter()
        try:
            result = dict(run(paths, workers) or {})
        except Exception as exc:
            return {"error": f"bench_dask.run failed: {exc!r}"}
        secs = time.perf_counter() - t0
    result.setdefault("wall_seconds", secs)
    result["bench_cpu_seconds"] = cpu_now() - c0  # includes cluster start-up and worker pipeline loads
    result["peak"] = mem.peak
    return result


MEMORY_WRAPPER = """
import json, resource, sys
from claimline.cli import app
out = sys.argv[1]
try:
    app(args=sys.argv[2:], prog_name="claimline")
except SystemExit as exc:
    code = exc.code
else:
    code = 0
with open(out, "w") as fh:
    json.dump({"code": code, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               "children_maxrss_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}, fh)
"""


def run_memory(corpus_dir: Path, db: Path, jobs: int) -> dict[str, Any]:
    """A whole ``claimline ingest`` process over ``corpus_dir``: wall time, peak RSS, RSS over time."""
    usage = db.with_suffix(".rusage.json")
    cmd = [sys.executable, "-c", MEMORY_WRAPPER, str(usage), "ingest", "--db", str(db), "--format", "json"]
    cmd += ["--jobs", str(jobs), str(corpus_dir)]
    c0, t0 = cpu_now(), time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    with PeakRSS(proc.pid, interval=0.25) as mem:
        stdout, stderr = proc.communicate()
    secs, cpu = time.perf_counter() - t0, cpu_now() - c0
    info = json.loads(usage.read_text()) if usage.exists() else {}
    try:
        report = json.loads(stdout[stdout.index("{") :]) if "{" in stdout else {}
    except ValueError:
        report = {}
    # RSS at 10 %, 25 %, 50 %, 75 % and 100 % of the run: flat means streaming
    curve = []
    if mem.samples:
        end = mem.samples[-1][0]
        for frac in (0.1, 0.25, 0.5, 0.75, 1.0):
            near = min(mem.samples, key=lambda s, f=frac: abs(s[0] - f * end))
            curve.append(mb(near[1]))
    return {
        "seconds": secs,
        "cpu_seconds": cpu,
        "exit_code": proc.returncode,
        "stderr_tail": stderr.strip().splitlines()[-3:],
        "maxrss_mb": mb(max(info.get("maxrss_kb", 0), info.get("children_maxrss_kb", 0)) * 1024),
        "tree_peak_mb": mb(mem.peak),
        "rss_curve_mb": curve,
        "stored": report.get("stored"),
        "claims": report.get("claims"),
        "conflicts": report.get("conflicts"),
        "failed": report.get("failed"),
    }


# ----------------------------------------------------------------- queries
def _extractions(db: Path) -> list[Any]:
    """The extractions stored in ``db``, rebuilt (article, text, times, claims)."""
    from claimline.schemas import Extraction
    from claimline.store.sqlite import Store

    out = []
    with Store(db, create=False) as store:
        for a in store.articles():
            got = store.article(a.id)
            assert got is not None
            article, text, times = got
            out.append(Extraction(article=article, text=text, times=times, claims=store.claims(article=a.id)))
    return out


def _copy(ex: Any, k: int, groups: int) -> Any:
    """Copy ``k`` of an extraction: new text (so a new ID), later date, actors renamed unless k % groups == 0."""
    from claimline.extraction.claims import article_id

    text = ex.text + f"\n\n[benchmark copy {k}]\n"
    aid = article_id(text)
    suffix = "" if k % groups == 0 else f" {k % groups}"

    def rename(name: str | None) -> str | None:
        return name + suffix if name and suffix else name

    published = ex.article.published + timedelta(days=37 * k) if ex.article.published else None
    article = ex.article.model_copy(update={"id": aid, "published": published, "path": None})
    claims = []
    for n, c in enumerate(ex.claims, start=1):
        upd: dict[str, Any] = {
            "id": f"{aid}-{n:03d}",
            "article_id": aid,
            "actors": [rename(a) for a in c.actors],
            "subject": rename(c.subject),
        }
        if c.source is not None:
            upd["source"] = c.source.model_copy(update={"actor": rename(c.source.actor)})
        claims.append(c.model_copy(update=upd))
    return ex.model_copy(update={"article": article, "text": text, "claims": claims})


def build_query_store(source_db: Path, db: Path, target_claims: int, groups: int) -> dict[str, Any]:
    """Fill ``db`` with copies of the extractions in ``source_db`` until it holds ``target_claims`` claims.

    Times ``claimline.jobs.refresh.refresh_conflicts`` at about half and at the full size.
    """
    from claimline.store.sqlite import Store

    base = _extractions(source_db)
    per_copy = sum(len(e.claims) for e in base)
    if per_copy == 0:
        raise SystemExit("the ingest run found no claims; cannot build the query store")
    copies = -(-target_claims // per_copy)
    refresh: dict[str, float] = {}
    t0 = time.perf_counter()
    with Store(db) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # building the fixture, not measuring writes
        for k in range(copies):
            for ex in base:
                store.add(ex if k == 0 else _copy(ex, k, groups))
            if k == copies // 2 - 1 and copies >= 4:
                n = store.counts()["claims"]
                t1 = time.perf_counter()
                refresh_conflicts(store)
                refresh[str(n)] = time.perf_counter() - t1
        n = store.counts()["claims"]
        t1 = time.perf_counter()
        refresh_conflicts(store)
        refresh[str(n)] = time.perf_counter() - t1
        counts = store.counts()
    counts["build_seconds"] = round(time.perf_counter() - t0 - sum(refresh.values()), 1)
    counts["copies"] = copies
    counts["refresh_seconds"] = {k: round(v, 2) for k, v in refresh.items()}
    return counts


def _pick_ids(db: Path, actor: str) -> tuple[str | None, str | None]:
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        claim = con.execute("SELECT claim_id FROM claim_actors WHERE actor = ? LIMIT 1", (actor,)).fetchone()
        conflict = con.execute("SELECT id FROM conflicts LIMIT 1").fetchone()
    finally:
        con.close()
    return (claim[0] if claim else None), (conflict[0] if conflict else None)


IMPORT_CHECK = """
import sys
from claimline.cli import app
try:
    app(args=sys.argv[1:], prog_name="claimline")
except SystemExit:
    pass
heavy = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in ("spacy", "dateparser", "thinc")})
sys.stderr.write("HEAVY:" + ",".join(heavy) + "\\n")
"""


def time_queries(db: Path, actor: str, repeat: int = 3) -> list[dict[str, Any]]:
    claim_id, conflict_id = _pick_ids(db, actor)
    commands: list[tuple[str, list[str]]] = [
        (f"timeline --actor {actor}", ["timeline", "--actor", actor]),
        ("conflicts", ["conflicts"]),
        (f"conflicts --actor {actor}", ["conflicts", "--actor", actor]),
        (f"claims --actor {actor} --limit 50", ["claims", "--actor", actor, "--limit", "50"]),
        ("articles", ["articles"]),
    ]
    if claim_id:
        commands.append(("show CLAIM", ["show", claim_id]))
    if conflict_id:
        commands.append(("show CONFLICT", ["show", conflict_id]))
    commands.append(("--version (startup floor)", ["--version"]))
    rows = []
    env = {**os.environ, "COLUMNS": "160"}
    for label, args in commands:
        full = [*args, "--db", str(db)] if args[0] != "--version" else args
        times = []
        out_bytes = 0
        code = 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            res = subprocess.run([CLAIMLINE, *full], capture_output=True, env=env, check=False)
            times.append(time.perf_counter() - t0)
            code = res.returncode
            out_bytes = len(res.stdout)
            if times[-1] > 5:
                break  # slow enough that one run says it
        check = subprocess.run(
            [sys.executable, "-c", IMPORT_CHECK, *full], capture_output=True, text=True, env=env, check=False
        )
        heavy = next((ln[6:] for ln in check.stderr.splitlines() if ln.startswith("HEAVY:")), "?")
        rows.append(
            {
                "command": label,
                "median_s": round(statistics.median(times), 3),
                "max_s": round(max(times), 3),
                "exit_code": code,
                "output_kb": round(out_bytes / 1024, 1),
                "heavy_imports": heavy or "none",
            }
        )
    return rows


# ----------------------------------------------------------------- profile
def stage_breakdown(nlp: Any, paths: list[Path], db: Path, batch_size: int) -> dict[str, float]:
    """Ingest's stages timed one by one, without a profiler: read + mask, parse, extraction rules, store."""
    from claimline.extraction.claims import finish, prepare
    from claimline.read import read_path
    from claimline.store.sqlite import Store

    t: dict[str, float] = {"read_mask": 0.0, "parse": 0.0, "extract_rules": 0.0, "store_add": 0.0}
    t0 = time.perf_counter()
    preps = [(prepare(read_path(p)), str(p)) for p in paths]
    t["read_mask"] = time.perf_counter() - t0
    with Store(db) as store:
        docs = nlp.pipe(((prep.masked, (prep, path)) for prep, path in preps), as_tuples=True, batch_size=batch_size)
        while True:
            t0 = time.perf_counter()
            try:
                doc, (prep, path) = next(docs)
            except StopIteration:
                break
            t1 = time.perf_counter()
            ex = finish(prep, doc, path=path)
            t2 = time.perf_counter()
            store.add(ex)
            t3 = time.perf_counter()
            t["parse"] += t1 - t0
            t["extract_rules"] += t2 - t1
            t["store_add"] += t3 - t2
        t0 = time.perf_counter()
        refresh_conflicts(store)
        t["refresh_conflicts"] = time.perf_counter() - t0
    t["total"] = sum(t.values())
    return {k: round(v, 3) for k, v in t.items()}


def profile_ingest(db: Path, corpus_dir: Path, top: int = 30) -> str:
    """cProfile of a single-process ingest: claimline's own functions by cumulative time."""
    from claimline.jobs.ingest import ingest
    from claimline.store.sqlite import Store

    prof = cProfile.Profile()
    with Store(db) as store:
        prof.enable()
        ingest(store, [str(corpus_dir)], jobs=1)
        prof.disable()
    buf = io.StringIO()
    stats = pstats.Stats(prof, stream=buf)
    stats.sort_stats("cumulative").print_stats(r"claimline", top)
    lines = buf.getvalue().splitlines()
    start = next((i for i, ln in enumerate(lines) if "ncalls" in ln), 0)
    total = next((ln.strip() for ln in lines if "function calls" in ln), "")
    keep = [total, ""] + [ln.replace(str(REPO / "src") + "/", "") for ln in lines[start:] if ln.strip()]
    return "\n".join(keep)


# ------------------------------------------------------------------- print
def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    fmt = lambda cells: "  ".join(  # noqa: E731
        c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
    )
    return "\n".join([fmt(headers), fmt(["-" * w for w in widths]), *(fmt(r) for r in rows)])


def print_rows(rows: list[Row]) -> str:
    cells = []
    for r in rows:
        cells.append(
            [
                r.name,
                f"{r.articles:,}",
                f"{r.tokens:,}",
                f"{r.seconds:.2f}",
                f"{r.cpu_seconds:.2f}" if r.cpu_seconds is not None else "-",
                f"{r.tokens_per_s:,.0f}",
                f"{r.ratio:.2f}x" if r.ratio is not None else "-",
                f"{r.cpu_ratio:.2f}x" if r.cpu_ratio is not None else "-",
                f"{r.peak_mb:,.0f}" if r.peak_mb is not None else "-",
                r.note,
            ]
        )
    headers = ["run", "articles", "tokens", "seconds", "CPU s", "tokens/s", "vs raw", "vs raw CPU", "peak MB", "note"]
    return table(headers, cells)


@contextlib.contextmanager
def step(name: str) -> Iterator[None]:
    print(f"... {name}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    yield
    print(f"    done in {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)


# -------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="claimline benchmark (see module docstring)")
    ap.add_argument("--articles", type=int, default=300, help="corpus size for the throughput rows")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the parallel row")
    ap.add_argument("--memory-articles", type=int, default=5000, help="corpus size of the memory run (0: skip)")
    ap.add_argument("--memory-jobs", type=int, default=1, help="--jobs of the memory run")
    ap.add_argument("--query-claims", type=int, default=100_000, help="claims in the query store (0: skip)")
    ap.add_argument("--query-groups", type=int, default=10, help="actor groups among the copies (see README)")
    ap.add_argument("--actor", default="NATO", help="actor for the query commands")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (ingest's default is 16)")
    ap.add_argument("--repeat", type=int, default=5, help="counted rounds of raw, parse alone and -j1 ingest")
    ap.add_argument("--warm-rounds", type=int, default=1, help="rounds run first and not counted")
    ap.add_argument("--old-method", action="store_true", help="also raw spaCy on its own stock copy, each round")
    ap.add_argument("--own-parse", action="store_true", help="also claimline's parse alone, each round")
    ap.add_argument("--quick", action="store_true", help="small sizes: 60 articles, 300 memory, 10,000 claims")
    ap.add_argument("--profile", action="store_true", help="cProfile the single-process ingest")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask row")
    ap.add_argument("--json", action="store_true", help="write benchmarks/results.json")
    ap.add_argument("--json-out", type=Path, default=HERE / "results.json", help="where --json writes")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument(
        "--method", choices=("processes", "beside"), default="processes",
        help="ingest ratio: each side in processes of its own, rounds alternating (default), or raw spaCy"
        " beside ingest batch by batch in this process (the method of 2026-12-04 evening)",
    )  # fmt: skip
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child)
    if args.quick:
        args.articles, args.memory_articles, args.query_claims = 60, 300, 10_000

    from claimline.extraction import pipeline as nlp_mod

    info = machine()
    tmp = Path(tempfile.mkdtemp(prefix="claimline-bench-"))
    results: dict[str, Any] = {"machine": info, "args": vars(args)}
    rows: list[Row] = []
    try:
        with step(f"corpus of {args.articles} articles"):
            corpus_dir = tmp / "corpus"
            paths = corpus.build(corpus_dir, args.articles)
            chars = sum(p.stat().st_size for p in paths)
        if args.method == "processes":
            c0 = cpu_now()
            masked, t_read = prepared_texts(paths)
            cpu_read = cpu_now() - c0
            nlp = old = None
            P = process_rounds(args, tmp, corpus_dir, paths, masked)
            results["ratio_method"] = P["method"]
            results["pipeline_components"] = P["runs"][-1]["_raw"]["components"]
            raws = [(u["_raw"]["tokens"], u["_raw"]["seconds"], u["_raw"]["peak"], u["_raw"]["cpu_seconds"], 0.0)
                    for u in P["counted"]]  # fmt: skip
            singles = [u["_ingest"] | {"peak": u["_ingest"]["peak"]} for u in P["counted"]]
            single_db, counted = P["db"], []
            median_keys: tuple[str, ...] = ("seconds", "cpu_seconds", "ingest_seconds", "refresh_seconds",
                                            "parse_cpu", "headline_parse_cpu", "process_cpu_seconds")  # fmt: skip
            all_runs = [{k: v for k, v in u.items() if not k.startswith("_")} for u in P["runs"]]
        else:
            median_keys = ("seconds", "cpu_seconds", "ingest_seconds", "refresh_seconds", "parse_cpu",
                           "headline_parse_cpu", "raw_beside_cpu", "shadow_cpu")  # fmt: skip
            with step("loading and warming the pipeline"):
                # ONE pipeline object for both sides: the one ingest parses with (nlp_mod.load(), cached per
                # process). Raw spaCy runs it with spaCy's own attribute ruler and lemmatizer
                # (stock_components: same weights, vocabulary and string store), claimline's parse alone
                # and ingest with claimline's (the same annotations, found faster).
                nlp = nlp_mod.load()
                c0 = cpu_now()
                masked, t_read = prepared_texts(paths)
                cpu_read = cpu_now() - c0
                # the method before 2026-12-04 evening, kept beside for comparison: raw spaCy on a copy
                # of its own (build(stock=True): other weights in memory, its own vocabulary)
                old = nlp_mod.build(stock=True) if args.old_method else None
                with nlp_mod.stock_components(nlp):
                    for _ in nlp.pipe(masked[:8], batch_size=args.batch_size):
                        pass
                for pipe in (nlp, old):
                    for _ in pipe.pipe(masked[:8], batch_size=args.batch_size) if pipe is not None else ():
                        pass
                # claimline warmed the same way: its lexicons, patterns and regexes are built once per
                # process (as spaCy's are at load), not per ingest
                from claimline.api import extract as claimline_extract

                warm, _ = claimline_extract([str(p) for p in paths[:8]])
                for _ in warm:
                    pass
                results["pipeline_components"] = nlp.pipe_names
            raws: list[tuple[int, float, int, float, float]] = []
            owns: list[tuple[int, float, int, float, float] | None] = []
            olds: list[tuple[int, float, int, float, float] | None] = []
            singles: list[dict[str, Any]] = []
            loads: list[float] = []
            rounds = args.warm_rounds + args.repeat
            for rep in range(rounds):
                tag = f"round {rep + 1}/{rounds}" + (" (warm-up, not counted)" if rep < args.warm_rounds else "")
                olds.append(None)
                if old is not None:
                    with step(f"raw nlp.pipe, own stock copy (old method), {tag}"):
                        olds[-1] = run_raw(old, masked, args.batch_size)
                with step(f"raw nlp.pipe, {tag}"), nlp_mod.stock_components(nlp):
                    raws.append(run_raw(nlp, masked, args.batch_size))
                owns.append(None)
                if args.own_parse:
                    with step(f"claimline's parse alone, {tag}"):
                        owns[-1] = run_raw(nlp, masked, args.batch_size)
                with step(f"ingest --jobs 1, raw spaCy beside it batch by batch, {tag}"):
                    db = tmp / f"single{rep}.db"
                    clock = ParseClock(nlp, shadow=True, batch_size=args.batch_size)
                    singles.append(run_ingest(db, corpus_dir, 1, args.batch_size, clock))
                    single_db = db
                loads.append(os.getloadavg()[0])
                r, x = raws[-1], singles[-1]
                print(
                    f"  {tag}: ingest {x['cpu_seconds']:.2f} s CPU / raw beside it {x['raw_beside_cpu']:.2f} s ="
                    f" {x['cpu_seconds'] / x['raw_beside_cpu']:.3f}x; / raw whole run {r[3]:.2f} s ="
                    f" {x['cpu_seconds'] / r[3]:.3f}x"
                    + (f"; old method {x['cpu_seconds'] / olds[-1][3]:.3f}x" if olds[-1] else "")
                    + f"; parse inside ingest {x['parse_cpu'] / x['raw_beside_cpu']:.3f}x raw beside;"
                    f" load {loads[-1]:.1f}",
                    file=sys.stderr,
                )
            parsed_same = singles[-1].get("parsed") == masked
            batches_same = singles[-1].get("batches") == [len(masked[i : i + args.batch_size])
                                                           for i in range(0, len(masked), args.batch_size)]  # fmt: skip
            for x in singles:
                x.pop("parsed", None)
            every = list(zip(raws, owns, singles, olds, loads, strict=True))
            counted = every[args.warm_rounds :]
            raws, singles = [c[0] for c in counted], [c[2] for c in counted]
        # medians of each side (wall and CPU separately); with one run, that run
        tokens, raw_peak = raws[0][0], max(r[2] for r in raws)
        raw_s, raw_cpu = statistics.median(r[1] for r in raws), statistics.median(r[3] for r in raws)
        single = dict(singles[0])
        for key in median_keys:
            single[key] = statistics.median(r[key] for r in singles)
        single["peak"] = max(r["peak"] for r in singles)
        if args.method == "beside":
            single["runs"] = [
                {"round": k + 1, "counted": k >= args.warm_rounds, "load": round(ld, 2),
                 "raw_seconds": round(r[1], 3), "raw_cpu_seconds": round(r[3], 3),
                 "raw_beside_cpu_seconds": round(x["raw_beside_cpu"], 3),
                 "shadow_cpu_seconds": round(x["shadow_cpu"], 3),
                 "seconds": round(x["seconds"], 3), "cpu_seconds": round(x["cpu_seconds"], 3),
                 "parse_cpu_seconds": round(x["parse_cpu"], 3),
                 "headline_parse_cpu_seconds": round(x["headline_parse_cpu"], 3),
                 "ratio": round(x["seconds"] / r[1], 3), "cpu_ratio": round(x["cpu_seconds"] / r[3], 3),
                 "cpu_ratio_beside": round(x["cpu_seconds"] / x["raw_beside_cpu"], 3),
                 **({"own_parse_cpu_seconds": round(o[3], 3)} if o else {}),
                 **({"old_raw_cpu_seconds": round(od[3], 3), "old_cpu_ratio": round(x["cpu_seconds"] / od[3], 3)}
                    if od else {})}
                for k, (r, o, x, od, ld) in enumerate(every)
            ]  # fmt: skip
            runs = [u for u in single["runs"] if u["counted"]]

            method: dict[str, Any] = {
                "rounds": len(counted), "warm_rounds": args.warm_rounds,
                "beside": spread([u["cpu_ratio_beside"] for u in runs]),
                "whole_runs": {**spread([u["cpu_ratio"] for u in runs]),
                               "ratio_of_medians": round(single["cpu_seconds"] / raw_cpu, 3)},
                "load": [round(min(u["load"] for u in runs), 2), round(max(u["load"] for u in runs), 2)],
                "raw_beside_over_raw_whole": spread([u["raw_beside_cpu_seconds"] / u["raw_cpu_seconds"] for u in runs]),
                "parse_inside_ingest_over_raw_beside": spread(
                    [u["parse_cpu_seconds"] / u["raw_beside_cpu_seconds"] for u in runs]),
                "ingest_parsed_the_raw_texts": parsed_same, "ingest_batches_as_raw": batches_same,
            }  # fmt: skip
            if args.own_parse:
                method["parse_inside_ingest_over_own_parse"] = spread(
                    [u["parse_cpu_seconds"] / u["own_parse_cpu_seconds"] for u in runs])  # fmt: skip
            if old is not None:
                # the method before: raw on its own stock copy, every run counted (it had no warm-up round)
                method["old_method"] = {
                    "runs": len(every), **spread([u["old_cpu_ratio"] for u in single["runs"]]),
                    "ratio_of_medians": round(
                        statistics.median(u["cpu_seconds"] for u in single["runs"])
                        / statistics.median(u["old_raw_cpu_seconds"] for u in single["runs"]), 3),
                    "old_raw_over_raw": spread([u["old_raw_cpu_seconds"] / u["raw_cpu_seconds"] for u in runs]),
                }  # fmt: skip
            results["ratio_method"] = method
        else:
            single["runs"] = all_runs
        base = {"tokens": tokens, "raw_seconds": raw_s, "raw_cpu_seconds": raw_cpu}
        rows.append(
            Row("raw spaCy nlp.pipe", len(paths), seconds=raw_s, cpu_seconds=raw_cpu, peak_mb=mb(raw_peak),
                note="masked texts; ingest's pipeline object, spaCy's ruler and lemmatizer", **base)
        )  # fmt: skip
        if old is not None:
            od_counted = [c[3] for c in counted]
            rows.append(
                Row("raw spaCy, own copy (old)", len(paths), seconds=statistics.median(r[1] for r in od_counted),
                    cpu_seconds=statistics.median(r[3] for r in od_counted),
                    peak_mb=mb(max(r[2] for r in od_counted)), note="build(stock=True): the method before", **base)
            )  # fmt: skip
        own_runs = [c[1] for c in counted if c[1]]
        own_cpu = statistics.median(r[3] for r in own_runs) if own_runs else single["parse_cpu"]
        if own_runs:
            rows.append(
                Row("claimline's parse alone", len(paths), seconds=statistics.median(r[1] for r in own_runs),
                    cpu_seconds=own_cpu, peak_mb=mb(max(r[2] for r in own_runs)),
                    note="its pipeline (look-up attribute ruler), no extraction", **base)
            )  # fmt: skip
        rows.append(
            Row("read + mask only", len(paths), seconds=t_read, cpu_seconds=cpu_read,
                note="reader + furniture masking, no parse", **base)
        )  # fmt: skip
        s = single
        rows.append(
            Row("claimline ingest -j1", s["stored"], seconds=s["seconds"], cpu_seconds=s["cpu_seconds"],
                peak_mb=mb(s["peak"]), extra=s, **base,
                note=f"incl. refresh_conflicts {s['refresh_seconds']:.2f}s; {s['claims']} claims; "
                f"{s['cpu_seconds'] / own_cpu:.2f}x CPU its own parse" + ("" if own_runs else " inside it"))
        )  # fmt: skip
        if args.jobs > 1:
            with step(f"ingest --jobs {args.jobs}"):
                try:
                    p = run_ingest(tmp / "parallel.db", corpus_dir, args.jobs, args.batch_size)
                except Exception as exc:  # report a failing row, don't lose the others
                    p = {"error": f"{type(exc).__name__}: {exc}"}
                    print(f"ingest --jobs {args.jobs} FAILED: {p['error']}", file=sys.stderr)
            if "error" in p:
                results["parallel_error"] = p["error"]
                rows.append(Row(f"claimline ingest -j{args.jobs}", 0, 0, 0.0, note="FAILED: " + p["error"][:90]))
            else:
                rows.append(
                    Row(f"claimline ingest -j{args.jobs}", p["stored"], seconds=p["seconds"],
                        cpu_seconds=p["cpu_seconds"], peak_mb=mb(p["peak"]), extra=p, **base,
                        note=f"{s['seconds'] / p['seconds']:.2f}x the -j1 throughput")
                )  # fmt: skip
        if not args.no_dask:
            with step("dask (benchmarks/bench_dask.py)"):
                d = run_dask(paths, args.jobs)
            if d is None:
                results["dask"] = "benchmarks/bench_dask.py not present"
            elif "error" in d:
                results["dask"] = d
                print(f"dask: {d['error']}", file=sys.stderr)
            else:
                secs = float(d.get("seconds") or d.get("wall_seconds"))
                rows.append(
                    Row(f"dask ({args.jobs} workers)", int(d.get("articles") or d.get("stored") or len(paths)),
                        seconds=secs, peak_mb=mb(d["peak"]), **base,
                        extra={k: v for k, v in d.items() if isinstance(v, (int, float, str, bool))},
                        note=f"{s['seconds'] / secs:.2f}x the -j1 throughput; cluster start-up "
                        f"{float(d.get('startup_seconds') or 0):.1f}s not counted")
                )  # fmt: skip
        if args.memory_articles:
            with step(f"memory run: claimline ingest of {args.memory_articles} articles (subprocess)"):
                mem_dir = tmp / "memory_corpus"
                mem_paths = corpus.build(mem_dir, args.memory_articles)
                mem_chars = sum(p.stat().st_size for p in mem_paths)
                m = run_memory(mem_dir, tmp / "memory.db", args.memory_jobs)
            est = round(tokens / chars * mem_chars)
            rows.append(
                Row(f"ingest -j{args.memory_jobs} subprocess", args.memory_articles, tokens=est,
                    seconds=m["seconds"], cpu_seconds=m["cpu_seconds"], peak_mb=m["maxrss_mb"],
                    raw_seconds=raw_s / tokens * est, raw_cpu_seconds=raw_cpu / tokens * est, extra=m,
                    note=f"whole process; tokens estimated; RSS at 10/25/50/75/100%: {m['rss_curve_mb']} MB")
            )  # fmt: skip
        results["rows"] = [
            {**{k: v for k, v in asdict(r).items() if k != "extra"}, "tokens_per_s": round(r.tokens_per_s),
             "ratio": round(r.ratio, 3) if r.ratio else None,
             "cpu_ratio": round(r.cpu_ratio, 3) if r.cpu_ratio else None, "extra": r.extra}
            for r in rows
        ]  # fmt: skip
        print()
        print(
            f"Machine: {info['nproc']} CPUs ({info['cpu']}), {info['ram_gb']} GB RAM, Python {info['python']}, "
            f"spaCy {info['spacy']}, {info['pipeline']}; load average at start {info['load_avg_at_start']}"
        )
        print(f"Pipeline: {' > '.join(results['pipeline_components'])}; batch size {args.batch_size}")
        print()
        print(print_rows(rows))
        m = results["ratio_method"]
        if args.method == "processes":
            print(
                f"ingest -j1 / raw spaCy, CPU of the work in processes of their own, {m['rounds']} rounds after"
                f" {m['warm_rounds']} warm-up (order alternating), load {m['load'][0]:.1f}-{m['load'][1]:.1f}:\n"
                f"  {_span(m['ratio'])}  <- the figure\n"
                f"  whole processes (imports, pipeline load, warm-up included): {_span(m['whole_processes'])};"
                f" wall: {_span(m['wall'])}\n"
                f"  raw CPU {m['raw_cpu']['median']:.2f} s ({m['raw_cpu']['spread'][0]:.2f}-"
                f"{m['raw_cpu']['spread'][1]:.2f}),"
                f" ingest CPU {m['ingest_cpu']['median']:.2f} s ({m['ingest_cpu']['spread'][0]:.2f}-"
                f"{m['ingest_cpu']['spread'][1]:.2f}); parse inside ingest / raw:"
                f" {m['parse_inside_ingest_over_raw']['median']:.3f}x; ingest parsed the raw texts:"
                f" {m['ingest_parsed_the_raw_texts']}, in its batches: {m['ingest_batches_as_raw']}"
            )
            print("rounds (ratio, whole processes, order, load after raw/ingest): " + "; ".join(
                f"{r['cpu_ratio']:.3f}x, {r['process_cpu_ratio']:.3f}x, {r['order']},"
                f" {r['load'][0]:.1f}/{r['load'][1]:.1f}"
                + ("" if r["counted"] else " (warm-up)") for r in single["runs"]
            ))  # fmt: skip
        if args.method == "beside":
            b, w = m["beside"], m["whole_runs"]
            print(
                f"ingest -j1 / raw spaCy, CPU, one pipeline object, {m['rounds']} rounds after"
                f" {m['warm_rounds']} warm-up,"
                f" load {m['load'][0]:.1f}-{m['load'][1]:.1f}:\n"
                f"  raw beside ingest, batch by batch: {_span(b)}\n"
                f"  raw as a whole run before ingest: {_span(w)} (ratio of the medians {w['ratio_of_medians']:.3f}x)\n"
                f"  raw beside / raw whole run: {m['raw_beside_over_raw_whole']['median']:.3f}x;"
                f" parse inside ingest / raw beside: {m['parse_inside_ingest_over_raw_beside']['median']:.3f}x;"
                f" ingest parsed the raw texts: {m['ingest_parsed_the_raw_texts']},"
                f" in its batches: {m['ingest_batches_as_raw']}"
            )
            if "old_method" in m:
                o = m["old_method"]
                print(
                    f"  old method (raw on its own stock copy, all {o['runs']} runs): {_span(o)},"
                    f" ratio of the medians {o['ratio_of_medians']:.3f}x;"
                    f" its raw {o['old_raw_over_raw']['median']:.3f}x the same-object raw"
                )
            print("rounds (beside, whole run, load): " + "; ".join(
                f"{r['cpu_ratio_beside']:.3f}x, {r['cpu_ratio']:.3f}x at {r['load']:.1f}"
                + ("" if r["counted"] else " (warm-up)") for r in single["runs"]
            ))  # fmt: skip
        print()
        if args.query_claims:
            with step(f"query store of ~{args.query_claims:,} claims"):
                qdb = tmp / "query.db"
                results["query_store"] = build_query_store(single_db, qdb, args.query_claims, args.query_groups)
            with step("query commands (3 runs each)"):
                results["queries"] = time_queries(qdb, args.actor)
            qs = results["query_store"]
            print(
                f"Query store: {qs['articles']:,} articles, {qs['claims']:,} claims, {qs['conflicts']:,} conflicts; "
                f"refresh_conflicts: "
                + ", ".join(f"{v:.2f} s at {int(k):,} claims" for k, v in qs["refresh_seconds"].items())
            )
            print(
                table(
                    ["command", "median s", "max s", "exit", "output KB", "spaCy/dateparser imported"],
                    [
                        [
                            q["command"],
                            f"{q['median_s']:.3f}",
                            f"{q['max_s']:.3f}",
                            str(q["exit_code"]),
                            f"{q['output_kb']:,.1f}",
                            q["heavy_imports"],
                        ]
                        for q in results["queries"]
                    ],
                )  # fmt: skip
            )
            print()
        if args.profile:
            nlp = nlp or nlp_mod.load()  # (with --method processes the parse ran in the children only)
            with step("stage breakdown of ingest --jobs 1 (no profiler)"):
                results["stages"] = stage_breakdown(nlp, paths, tmp / "stages.db", args.batch_size)
            st = results["stages"]
            print("Stages of a single-process ingest (seconds, share of total):")
            print(
                table(
                    ["stage", "seconds", "share"],
                    [[k, f"{v:.2f}", f"{v / st['total']:.0%}"] for k, v in st.items() if k != "total"]
                    + [["total", f"{st['total']:.2f}", "100%"]],
                )
            )
            print()
            with step("cProfile of ingest --jobs 1"):
                results["profile"] = profile_ingest(tmp / "profile.db", corpus_dir)
            print(results["profile"])
        if args.json:
            out = args.json_out
            out.write_text(json.dumps(results, indent=2, default=str) + "\n")
            print(f"wrote {out}", file=sys.stderr)
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
