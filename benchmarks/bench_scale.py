"""Scale: query latency at 100k claims, concurrent writers, incremental reconciliation; SQLite and PostgreSQL.

Usage::

    .venv/bin/python benchmarks/bench_scale.py                       # SQLite only
    source scripts/pg-cluster.sh && pg_cluster_start                 # a throwaway PostgreSQL server
    .venv/bin/python benchmarks/bench_scale.py --pg "$CLAIMLINE_TEST_PG"  # both stores, side by side
    .venv/bin/python benchmarks/bench_scale.py --only queries --json
    # the queries alone, on stores built before (no extraction loaded, nothing built):
    .venv/bin/python benchmarks/bench_scale.py --only queries --sqlite-store BIG.db --pg-store URL --repeat 7

Sections (``--only`` picks some):

``queries``
    A store of ``--claims`` (100,000) claims: the real extractions of ``--articles`` (300) corpus
    articles (``benchmarks/corpus.py``, parsed once and cached as JSONL in ``--cache``), copied
    with new text, later dates and, in nine copies out of ten, renamed actors (``NATO 3``), as
    ``bench.py`` does (the copies are articles of their own: own fingerprint, frames renamed
    apart). Each query command then runs as a whole process (``claimline CMD --db STORE``, output
    to a pipe), once untimed (it fills the event timeline's entry cache, as the first query after
    an ingest does; reported as ``first``), then the stores' runs interleaved so the machine's
    load hits both alike, ``--repeat`` times; median and min. One ``-X importtime`` run per
    command gives the heaviest imports. ``--sqlite-store``/``--pg-store``: time existing stores
    instead of building them.
``writers``
    ``--writer-articles`` (300) extractions written by 1, 2 and 4 processes into one fresh store
    (each process a disjoint share; its extractions are built before the clock starts). Reports
    articles/s and claims/s from the first write to the last commit, and the writers' CPU (their
    sum: the figure a loaded machine does not change), then checks that the store holds every
    article and claim once. Then conflicts are reconciled once as ``claimline reconcile`` does
    (timed apart; frames clustered again in publication order, so the count does not depend on
    the order the writers stored the articles in).
``incremental``
    One new article (``corpus.py`` article ``--articles``, not in the store) ingested with the
    pipeline loaded, into an empty store and into the 100k store: parse + store + reconciliation.
    The goal is a ratio <= 1.5. These articles are stories the 100k store holds ~26 copies of (every
    corpus document is copied), so what they add is compared with every stored report of their story;
    then (``incremental_new_story``) the first article of each of :data:`NEW_STORIES` (held-out stories
    the corpus does not hold), whose ingest into the 100k store meets nothing of its story: what an
    ingest costs for the store's size alone.
``parse``
    Per-worker parse rate: a whole ``claimline ingest`` of ``--parse-articles`` (60) articles with
    one process, minus nothing (start-up included), for docs/distributed.md.

Nothing is fetched; PostgreSQL needs a server you name (``--pg URL``; the benchmark creates and
drops its own databases there).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing as mp
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402
from claimline.jobs.changes import refresh_with_history  # noqa: E402
from claimline.jobs.refresh import refresh_conflicts  # noqa: E402

VENV_BIN = Path(sys.executable).parent
CLAIMLINE = str(VENV_BIN / "claimline") if (VENV_BIN / "claimline").exists() else "claimline"


# ------------------------------------------------------------------ stores
def open_store(target: str, *, create: bool = True) -> Any:
    from claimline import store as store_mod

    opener = getattr(store_mod, "open_store", None)
    if opener is not None:
        return opener(target, create=create)
    return store_mod.Store(target, create=create)


def pg_url(base_url: str, name: str) -> str:
    """``base_url`` with its database replaced by ``name``."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(base_url)
    return urlunsplit(parts._replace(path="/" + name))


def pg_database(base_url: str, name: str) -> str:
    """A fresh database ``name`` on the server of ``base_url`` (dropped first); its URL."""
    import psycopg

    with psycopg.connect(base_url, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{name}"')
    return pg_url(base_url, name)


def pg_drop(base_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(base_url, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh_target(kind: str, tmp: Path, name: str, pg: str | None) -> str:
    if kind == "sqlite":
        path = tmp / f"{name}.db"
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        return str(path)
    assert pg
    return pg_database(pg, f"claimline_bench_{name}")


# -------------------------------------------------------------- extractions
def base_extractions(cache: Path, n: int) -> list[Any]:
    """The extractions of corpus articles 0..n-1, parsed once and cached as JSONL."""
    from claimline.schemas import Extraction

    path = cache / f"base-{n}.jsonl"
    if not path.exists():
        corpus_dir = cache / f"corpus-{n}"
        corpus.build(corpus_dir, n)
        print(f"[base] parsing {n} articles once (cached in {path}) ...", file=sys.stderr, flush=True)
        with open(str(path) + ".tmp", "w", encoding="utf-8") as fh:
            subprocess.run([CLAIMLINE, "extract", str(corpus_dir), "--format", "jsonl"], stdout=fh, check=True)
        os.replace(str(path) + ".tmp", path)
    with open(path, encoding="utf-8") as fh:
        return [Extraction.model_validate_json(line) for line in fh if line.strip()]


def copies(base: list[Any], target_claims: int, groups: int = 10) -> list[Any]:
    """``base`` and its copies (``bench._copy``) until about ``target_claims`` claims."""
    from bench import _copy

    per_copy = sum(len(e.claims) for e in base)
    n = -(-target_claims // per_copy)
    return [ex if k == 0 else _with_frames(_copy(ex, k, groups), ex, k, groups) for k in range(n) for ex in base]


def _with_frames(copy: Any, ex: Any, k: int, groups: int) -> Any:
    """``copy`` (``bench._copy`` of ``ex``, claims only) with ``ex``'s event frames too: new ids, the
    copy's claim ids, participants renamed in nine copies out of ten (so the event timeline has events).
    A renamed participant shares no first or last word with the original ("3NATO3"): event identity
    looks for clusters by those words, and copies of every story under one key would make each
    ingest compare a frame with every copy's cluster."""
    g = k % groups
    aid = copy.article.id
    # a later article of its own, not a syndicated copy of the original (same fingerprint and sentences):
    # 26 syndicated copies of every story would make each copy's frames join every earlier copy's events
    fingerprint = hashlib.sha256(aid.encode()).hexdigest()[:16] if copy.article.fingerprint else None
    claim_ids = {old.id: new.id for old, new in zip(ex.claims, copy.claims, strict=True)}

    def rename(p: Any) -> Any:
        if not g:
            return p
        return p.model_copy(update={"name": f"{g}{p.name}{g}", "actor": f"{g}{p.actor}{g}" if p.actor else None})

    frames = [
        f.model_copy(
            update={
                "id": aid + f.id[len(ex.article.id) :],
                "article_id": aid,
                "claim_id": claim_ids.get(f.claim_id) if f.claim_id else None,
                "participants": [rename(p) for p in f.participants],
            }
        )
        for f in ex.events
    ]
    article = copy.article.model_copy(update={"fingerprint": fingerprint})
    return copy.model_copy(update={"article": article, "events": frames})


def fill(target: str, extractions: list[Any]) -> dict[str, Any]:
    t0 = time.perf_counter()
    with open_store(target) as store:
        fast = getattr(store, "bulk_mode", None)
        if fast is not None:
            fast()
        for ex in extractions:
            store.add(ex)
        t1 = time.perf_counter()
        refresh_with_history(store)  # as `claimline ingest` does: the articles count as reconciled in the history
        t2 = time.perf_counter()
        counts = store.counts()
    return {**counts, "add_seconds": round(t1 - t0, 1), "reconcile_seconds": round(t2 - t1, 2)}


# ----------------------------------------------------------------- queries
def pick_ids(target: str, actor: str) -> tuple[str | None, str | None]:
    with open_store(target, create=False) as store:
        claims = store.claims(actors={actor}, limit=1)
        conflicts = store.conflicts()
    return (claims[0].id if claims else None), (conflicts[0].id if conflicts else None)


def query_commands(target: str, actor: str) -> list[tuple[str, list[str]]]:
    claim_id, conflict_id = pick_ids(target, actor)
    cmds = [
        (f"timeline --actor {actor} (events)", ["timeline", "--actor", actor]),
        (f"timeline --actor {actor} --claims", ["timeline", "--actor", actor, "--claims"]),
        ("conflicts", ["conflicts"]),
        (f"conflicts --actor {actor}", ["conflicts", "--actor", actor]),
        (f"claims --actor {actor} --limit 50", ["claims", "--actor", actor, "--limit", "50"]),
        (f"claims --actor {actor}", ["claims", "--actor", actor]),
        ("claims --attribution indirect --limit 50", ["claims", "--attribution", "indirect", "--limit", "50"]),
    ]
    if claim_id:
        cmds.append(("show CLAIM", ["show", claim_id]))
    if conflict_id:
        cmds.append(("show CONFLICT", ["show", conflict_id]))
    cmds.append(("--version (start-up floor)", ["--version"]))
    return cmds


CLI_CODE = "import sys; from claimline.cli import main; sys.argv[0] = 'claimline'; main()"


def run_cmd(args: list[str], target: str, pythonpath: str | None = None) -> tuple[float, float, int, int]:
    """One whole ``claimline`` process: (wall s, CPU s of the child, exit code, stdout bytes)."""
    full = args if args[0] == "--version" else [*args, "--db", target]
    env = {**os.environ, "COLUMNS": "160"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    before = os.times()
    t0 = time.perf_counter()
    res = subprocess.run([sys.executable, "-c", CLI_CODE, *full], capture_output=True, env=env, check=False)
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return wall, cpu, res.returncode, len(res.stdout)


def importtime(args: list[str], target: str, top: int = 8, pythonpath: str | None = None) -> list[tuple[str, float]]:
    """The heaviest imports (cumulative ms) of one whole-process run, two levels deep."""
    full = args if args[0] == "--version" else [*args, "--db", target]
    env = {**os.environ, "COLUMNS": "160"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    res = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", CLI_CODE, *full],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    rows = []
    for line in res.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m[3]) <= 3 and m[4] != "claimline.cli":  # top level and one below
            rows.append((m[4], int(m[2]) / 1000))
    rows.sort(key=lambda r: -r[1])
    return rows[:top]


_POSTMASTER: dict[str, int | None] = {}


def server_cpu(target: str) -> float | None:
    """CPU seconds the PostgreSQL server of ``target`` has spent in the connections it has closed so far:
    user + system of the postmaster's reaped children (each connection is a backend process the
    postmaster forks and reaps; ``/proc/PID/stat`` cutime and cstime), when the server runs on this
    machine and ``target`` is a PostgreSQL URL; else None. (Background workers it reaps count too: noise.)"""
    if not target.startswith(("postgresql:", "postgres:")):
        return None
    if target not in _POSTMASTER:
        pid = None
        try:
            import psycopg

            with psycopg.connect(target) as con:
                backend = con.execute("SELECT pg_backend_pid()").fetchone()[0]  # type: ignore[index]
            pid = int(Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except Exception:  # noqa: BLE001 (a server we cannot reach, or not on this machine: no figure)
            pid = None
        _POSTMASTER[target] = pid
    pid = _POSTMASTER[target]
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # (cutime, cstime)


def time_queries(systems: dict[str, tuple[str, str | None]], actor: str, repeat: int) -> list[dict[str, Any]]:
    """Every query command on every system (label -> (store, PYTHONPATH)), runs interleaved. On a PostgreSQL
    store served from this machine, also the server's CPU for the command (:func:`server_cpu`, the mean of
    the runs: a backend's CPU is counted in clock ticks, 10 ms)."""
    first = next(t for t, pp in systems.values() if pp is None)
    out = []
    for label, args in query_commands(first, actor):
        per: dict[str, dict[str, Any]] = {}
        walls: dict[str, list[float]] = {k: [] for k in systems}
        cpus: dict[str, list[float]] = {k: [] for k in systems}
        servers: dict[str, list[float]] = {k: [] for k in systems}
        info: dict[str, tuple[int, int]] = {}
        first: dict[str, tuple[float, float]] = {}
        for name, (target, pp) in systems.items():
            wall, cpu, _, _ = run_cmd(args, target, pp)
            first[name] = (wall, cpu)
        for _ in range(repeat):
            for name, (target, pp) in systems.items():
                s0 = server_cpu(target)
                wall, cpu, code, size = run_cmd(args, target, pp)
                if s0 is not None:
                    time.sleep(0.05)  # (the backend exits when its client has gone; the postmaster reaps it)
                    servers[name].append(server_cpu(target) - s0)  # type: ignore[operator]
                walls[name].append(wall)
                cpus[name].append(cpu)
                info[name] = (code, size)
        for name in systems:
            per[name] = {
                "median_s": round(statistics.median(walls[name]), 3),
                "min_s": round(min(walls[name]), 3),
                "cpu_median_s": round(statistics.median(cpus[name]), 3),
                "server_cpu_mean_s": round(statistics.mean(servers[name]), 4) if servers[name] else None,
                "first_s": round(first[name][0], 3),
                "first_cpu_s": round(first[name][1], 3),
                "exit_code": info[name][0],
                "output_kb": round(info[name][1] / 1024, 1),
            }
        imports = {name: importtime(args, target, pythonpath=pp) for name, (target, pp) in systems.items()}
        out.append({"command": label, "stores": per, "top_imports_ms": imports})
        cells = "  ".join(
            f"{k} {v['median_s']:.3f}s ({v['cpu_median_s']:.2f} cpu"
            + (f" + {v['server_cpu_mean_s']:.3f} server)" if v["server_cpu_mean_s"] is not None else ")")
            for k, v in per.items()
        )
        print(f"[queries] {label:<34} {cells}", file=sys.stderr, flush=True)
    return out


# ----------------------------------------------------------------- writers
def _writer(target: str, lines: list[str], barrier: Any, result: Any) -> None:
    from claimline.schemas import Extraction

    exs = [Extraction.model_validate_json(x) for x in lines]
    store = open_store(target)
    barrier.wait()
    t0, c0 = time.perf_counter(), time.process_time()
    stored = sum(bool(store.add(ex)) for ex in exs)
    store.close()
    result.put((stored, t0, time.perf_counter(), time.process_time() - c0))


def run_writers(target: str, extractions: list[Any], procs: int) -> dict[str, Any]:
    lines = [ex.model_dump_json() for ex in extractions]
    open_store(target).close()  # migrate once, before the clock
    ctx = mp.get_context("fork")
    barrier, result = ctx.Barrier(procs), ctx.Queue()
    workers = [ctx.Process(target=_writer, args=(target, lines[i::procs], barrier, result)) for i in range(procs)]
    for w in workers:
        w.start()
    got = [result.get() for _ in workers]
    for w in workers:
        w.join()
    start, end = min(g[1] for g in got), max(g[2] for g in got)
    with open_store(target) as store:
        counts = store.counts()
        t0 = time.perf_counter()
        # (as `claimline reconcile`: every frame clustered again in publication order, so the conflicts do not
        # depend on the order the writers stored the articles in)
        conflicts = refresh_conflicts(store, recluster=True)
        reconcile = time.perf_counter() - t0
    want_claims = sum(len(ex.claims) for ex in extractions)
    secs = end - start
    return {
        "processes": procs,
        "articles": len(extractions),
        "claims": want_claims,
        "seconds": round(secs, 3),
        "articles_per_s": round(len(extractions) / secs, 1),
        "claims_per_s": round(want_claims / secs, 1),
        # CPU of the writer processes (their sum; a PostgreSQL server's own work is not in it): on a shared
        # machine the figure that does not depend on the load
        "writers_cpu_s": round(sum(g[3] for g in got), 2),
        "cpu_ms_per_article": round(1000 * sum(g[3] for g in got) / len(extractions), 2),
        "stored_reported": sum(g[0] for g in got),
        "articles_in_store": counts["articles"],
        "claims_in_store": counts["claims"],
        "lossless": counts["articles"] == len(extractions) and counts["claims"] == want_claims,
        "reconcile_seconds": round(reconcile, 2),
        "conflicts": conflicts,
    }


# ------------------------------------------------------------- incremental
#: held-out stories (``benchmarks/heldout_stories``) none of whose text is in the corpus: the first article of
#: each is a new story's to the 100k store (the last one warms up only, as ``run_incremental`` does)
NEW_STORIES = (
    "austria-ennstal-signalling-tender-annulled",
    "baltic-kurelink-cable-anchor",
    "belgium-oostkerkebrug-plant-explosion",
    "austria-oberlechner-skier-doping-ban",
    "brno-transit-hub-video-analytics",
    "bulgaria-kartaltek-drone-procurement-dispute",
)


def new_story_articles() -> list[Path]:
    """The first article of each of :data:`NEW_STORIES`."""
    root = HERE / "heldout_stories"
    return [sorted(p for p in (root / s).iterdir() if p.is_file())[0] for s in NEW_STORIES]


def _ingest_one(target: str, path: Path) -> dict[str, float]:
    from claimline.jobs.ingest import ingest
    from claimline.store import events as stored

    getattr(stored, "forget_frames", lambda: None)()  # as a fresh process: no stored frame parsed yet
    with open_store(target) as store:
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest(store, [str(path)])
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert report.stored == 1, report
    return {"seconds": round(secs, 3), "cpu": round(cpu, 3), "claims": report.claims}


def run_incremental(kind: str, big: str, tmp: Path, pg: str | None, articles: list[Path]) -> dict[str, Any]:
    """Each new article but the last into a fresh empty store and into the big store (which keeps it).
    Every article is ingested first into a throwaway store, so first-use costs (lexicons, lazy imports,
    the time patterns compiled for the words an article holds) are timed on neither side."""
    from claimline.extraction import pipeline as nlp_mod

    nlp_mod.load()  # loaded before anything is timed
    for i, path in enumerate(articles):
        _ingest_one(fresh_target(kind, tmp, f"warm{i}", pg), path)
    rows = []
    for i, path in enumerate(articles[:-1]):
        empty = _ingest_one(fresh_target(kind, tmp, f"empty{i}", pg), path)
        full = _ingest_one(big, path)
        rows.append({"article": path.name, "empty_s": empty["seconds"], "big_s": full["seconds"],
                     "empty_cpu": empty["cpu"], "big_cpu": full["cpu"], "claims": empty["claims"]})  # fmt: skip
    e, b = sum(r["empty_s"] for r in rows), sum(r["big_s"] for r in rows)
    ec, bc = sum(r["empty_cpu"] for r in rows), sum(r["big_cpu"] for r in rows)
    # CPU of this process (the client's: a PostgreSQL server's work is in wall time only)
    return {"articles": rows, "empty_s": round(e, 3), "big_s": round(b, 3), "ratio": round(b / e, 2),
            "empty_cpu": round(ec, 3), "big_cpu": round(bc, 3), "cpu_ratio": round(bc / ec, 2)}  # fmt: skip


# ------------------------------------------------------------------- parse
def run_parse(tmp: Path, n: int) -> dict[str, Any]:
    corpus_dir = tmp / "parse-corpus"
    corpus.build(corpus_dir, n)
    db = tmp / "parse.db"
    t0 = time.perf_counter()
    subprocess.run([CLAIMLINE, "ingest", str(corpus_dir), "--db", str(db)], capture_output=True, check=True)
    secs = time.perf_counter() - t0
    return {"articles": n, "seconds": round(secs, 1), "articles_per_s": round(n / secs, 2)}


# -------------------------------------------------------------------- main
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="claimline scale benchmark (see module docstring)")
    ap.add_argument("--pg", default=os.environ.get("CLAIMLINE_BENCH_PG"), help="PostgreSQL server URL")
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--articles", type=int, default=300, help="real extractions the copies are made of")
    ap.add_argument("--writer-articles", type=int, default=300)
    ap.add_argument("--parse-articles", type=int, default=60)
    ap.add_argument("--actor", default="NATO")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--only", default="queries,writers,incremental,parse")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "claimline-scale")
    ap.add_argument("--reuse", action="store_true", help="reuse the 100k stores of an earlier run in --cache")
    ap.add_argument("--sqlite-store", help="time the queries on this existing SQLite store (nothing built)")
    ap.add_argument("--pg-store", help="time the queries on this existing PostgreSQL store (a URL)")
    ap.add_argument("--json", action="store_true", help="write benchmarks/results_scale.json")
    ap.add_argument(
        "--baseline",
        nargs=2,
        metavar=("PYTHONPATH", "STORE"),
        help="also run the queries with an older claimline (its src on PYTHONPATH) on its own store",
    )
    ap.add_argument(
        "--baseline-pg", metavar="URL", help="with --baseline: also run the older claimline on this PostgreSQL store"
    )
    args = ap.parse_args(argv)
    only = set(args.only.split(","))
    args.cache.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="claimline-scale-"))
    kinds = ["sqlite"] + (["pg"] if args.pg else [])
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "nproc": len(os.sched_getaffinity(0)),
        "args": {k: str(v) for k, v in vars(args).items() if k not in ("pg", "pg_store", "baseline_pg")},
    }
    big: dict[str, str] = {}
    if args.sqlite_store:
        big["sqlite"] = args.sqlite_store
    if args.pg_store:
        big["pg"] = args.pg_store
    base = base_extractions(args.cache, args.articles) if only - {"queries"} or not big else []
    if only & {"queries", "incremental"} and not big:
        exs = copies(base, args.claims)
        for kind in kinds:
            target = (
                str(args.cache / f"big-{args.claims}.db")
                if kind == "sqlite"
                else pg_database(args.pg, f"claimline_bench_big{args.claims}")
                if not args.reuse
                else pg_url(args.pg, f"claimline_bench_big{args.claims}")
            )
            if not args.reuse:
                if kind == "sqlite":
                    for suffix in ("", "-wal", "-shm"):
                        Path(target + suffix).unlink(missing_ok=True)
                print(f"[build] {kind}: {len(exs)} articles ...", file=sys.stderr, flush=True)
                results.setdefault("build", {})[kind] = fill(target, exs)
                print(f"[build] {kind}: {results['build'][kind]}", file=sys.stderr, flush=True)
            big[kind] = target
    if "queries" in only:
        systems: dict[str, tuple[str, str | None]] = {}
        if args.baseline:
            systems["before"] = (args.baseline[1], args.baseline[0])
            if args.baseline_pg:
                systems["pg before"] = (args.baseline_pg, args.baseline[0])
        systems.update((kind, (target, None)) for kind, target in big.items())
        results["queries"] = time_queries(systems, args.actor, args.repeat)
    if "writers" in only:
        wex = copies(base, 1)[: args.writer_articles]
        for kind in kinds:
            for procs in (1, 2, 4):
                target = fresh_target(kind, tmp, f"writers{procs}", args.pg)
                row = run_writers(target, wex, procs)
                results.setdefault("writers", {}).setdefault(kind, []).append(row)
                print(f"[writers] {kind} {procs}: {row}", file=sys.stderr, flush=True)
    if "incremental" in only:
        new_dir = args.cache / "new-articles"
        new_dir.mkdir(exist_ok=True)
        paths = []
        for name, text in list(corpus.texts(args.articles + 4))[args.articles :]:
            (new_dir / name).write_text(text, encoding="utf-8")
            paths.append(new_dir / name)
        for kind in (k for k in kinds if k in big):  # (only the stores named, when some are)
            row = run_incremental(kind, big[kind], tmp, args.pg, paths)
            results.setdefault("incremental", {})[kind] = row
            print(f"[incremental] {kind}: {row}", file=sys.stderr, flush=True)
            row = run_incremental(kind, big[kind], tmp, args.pg, new_story_articles())
            results.setdefault("incremental_new_story", {})[kind] = row
            print(f"[incremental, new stories] {kind}: {row}", file=sys.stderr, flush=True)
    if "parse" in only:
        results["parse"] = run_parse(tmp, args.parse_articles)
        print(f"[parse] {results['parse']}", file=sys.stderr, flush=True)
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        (HERE / "results_scale.json").write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
