"""Long and pathological articles through ``claimline ingest``: wall and CPU seconds, peak RSS.

Issue 11 asks that a 5 MB article be extracted under 1.5 GB peak RSS and a 920 KB single line
be handled within 60 s. The articles are synthetic, written here from our own sentence
templates (no real article text); each case runs in its own ``claimline ingest`` process into a
fresh store, measured with ``os.wait4`` (peak RSS of that process alone).

    .venv/bin/python benchmarks/bench_robust.py                # all cases
    .venv/bin/python benchmarks/bench_robust.py --case line920k
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SUBJECTS = [
    "The ministry",
    "NATO officials",
    "A spokesperson for the port",
    "Analysts",
    "The company",
    "Mikko Laine, the port's director,",
    "The city council",
    "Two people familiar with the talks",
    "The agency",
    "Critics",
]
CUES = ["said", "told reporters", "argued", "confirmed", "suggested", "added", "claimed", "stated"]
CONTENTS = [
    "the project would start in {m} {y}",
    "the budget had risen to {n} million euros",
    "the system would run on unclassified networks",
    "the talks had not reached a deal",
    "the vote would be close",
    "the plan was not part of any military programme",
    "the work could finish within {n} months",
    "{n} berths would be added by {y}",
]
MONTHS = ["January", "March", "May", "June", "September", "November"]
HEAD = "Port authority plans a long expansion\n\nBy Ann Gray\nMarch 5, 2026\n\n"


def sentence(r: random.Random) -> str:
    content = r.choice(CONTENTS).format(m=r.choice(MONTHS), y=r.randint(2024, 2030), n=r.randint(2, 90))
    return f"{r.choice(SUBJECTS)} {r.choice(CUES)} on Tuesday that {content}."


def article(nbytes: int, *, paragraphs: bool = True, seed: int = 1) -> str:
    """A synthetic article of about ``nbytes`` characters; without ``paragraphs``, one line."""
    r = random.Random(seed)
    parts = [HEAD if paragraphs else HEAD.replace("\n", " ")]
    size = len(parts[0])
    while size < nbytes:
        para = " ".join(sentence(r) for _ in range(r.randint(3, 6)))
        parts.append(para + ("\n\n" if paragraphs else " "))
        size += len(para) + 2
    return "".join(parts)


CASES = {
    "long2mb": lambda: article(2_000_000),
    "long5mb": lambda: article(4_900_000),
    "line920k": lambda: article(920_000, paragraphs=False),
}


def claimline() -> list[str]:
    exe = Path(sys.executable).parent / "claimline"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "claimline"]


def measured(name: str, tmp: Path) -> dict[str, object]:
    """One ingest process, measured by ``os.wait4`` (CPU seconds and peak RSS of that process)."""
    path = tmp / f"{name}.txt"
    path.write_text(CASES[name](), encoding="utf-8")
    db = tmp / f"{name}.db"
    out_path, err_path = tmp / f"{name}.out", tmp / f"{name}.err"
    t0 = time.monotonic()
    with out_path.open("w") as out, err_path.open("w") as err:
        pid = os.posix_spawn(
            claimline()[0],
            [*claimline(), "ingest", "--db", str(db), "--format", "json", str(path)],
            os.environ,
            file_actions=[(os.POSIX_SPAWN_DUP2, out.fileno(), 1), (os.POSIX_SPAWN_DUP2, err.fileno(), 2)],
        )
        _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - t0
    report = json.loads(out_path.read_text() or "{}")
    return {
        "case": name,
        "bytes": path.stat().st_size,
        "exit": os.waitstatus_to_exitcode(status),
        "wall_s": round(wall, 1),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),
        "stored": report.get("stored"),
        "claims": report.get("claims"),
        "errors": err_path.read_text().strip()[:300],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--case", choices=sorted(CASES), action="append", help="run only this case (repeatable)")
    ap.add_argument("--out", type=Path, default=HERE / "results_robust.json")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.case or list(CASES):
            row = measured(name, Path(tmp))
            rows.append(row)
            print(
                f"{row['case']:<10} {row['bytes']:>9,} bytes  exit {row['exit']}  wall {row['wall_s']:>6} s  "
                f"cpu {row['cpu_s']:>6} s  peak RSS {row['peak_rss_mb']:>5} MB  claims {row['claims']}",
                flush=True,
            )
    load = os.getloadavg()
    result = {"machine": {"cpus": os.cpu_count(), "loadavg_at_end": [round(x, 1) for x in load]}, "cases": rows}
    args.out.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
