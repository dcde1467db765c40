"""The long fuzz run (issue 11): the inputs of tests/test_fuzz.py, many more of them.

Random and mutated bytes, generated HTML and text in several encodings go through reading and
extraction with the real pipeline; nothing but ClaimlineError may escape, every offset must
slice the text. Prints the number of examples run, how many were refused with a clear line,
read, or extracted, and the seconds; on a failure Hypothesis prints the smallest input that
shows it (and the run exits 1).

    .venv/bin/python benchmarks/fuzz_long.py --examples 5000
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from tests.fuzz_inputs import any_input, check  # noqa: E402

from claimline.extraction import pipeline  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--examples", type=int, default=5000, help="examples through reading and extraction")
    ap.add_argument("--read-only", action="store_true", help="reading only (no spaCy): many more per second")
    ap.add_argument("--out", type=Path, default=None, help="write the counts as JSON here")
    args = ap.parse_args()
    nlp = None if args.read_only else pipeline.load()
    outcomes: Counter[str] = Counter()

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(any_input())
    def run(case: tuple[bytes, str]) -> None:
        outcomes[check(case[0], case[1], nlp)] += 1

    t0 = time.monotonic()
    cpu0 = time.process_time()
    failed = None
    try:
        run()
    except Exception as exc:  # noqa: BLE001 - report the falsifying example and exit 1
        failed = f"{type(exc).__name__}: {exc}"
    result = {
        "examples": sum(outcomes.values()),
        "outcomes": dict(outcomes),
        "extraction": nlp is not None,
        "wall_s": round(time.monotonic() - t0, 1),
        "cpu_s": round(time.process_time() - cpu0, 1),
        "failure": failed,
    }
    print(json.dumps(result, indent=2))
    if args.out:
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
