"""Score claimline's attributions on the held-out tenth of PolNeAR train (``code.py`` HOLDOUT).

The tagger's thresholds and gates are tuned here, never on PolNeAR dev (dev is for the
figures in ``benchmarks/README_polnear.md``). Usage (from the repository root)::

    .venv/bin/python training/attribution/tune.py [--model on|off|PATH] [--errors N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "benchmarks"))

import polnear_eval  # noqa: E402


def _in_fold():
    """``in_fold`` of training/attribution/code.py (loaded by path: ``code`` is also a stdlib module)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("attribution_training_code", HERE / "code.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.in_fold


def heldout(path: str | None = None) -> list[polnear_eval.Document]:
    """The held-out texts of PolNeAR train, in name order."""
    docs = polnear_eval.load_corpus("train", path)
    in_fold = _in_fold()
    return [d for n, d in enumerate(docs) if in_fold(n, "heldout")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=None, help="CLAIMLINE_CUE_MODEL for the run (on, off or a directory)")
    ap.add_argument("--data", default=None, help="PolNeAR directory (default ../shared/data/polnear)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N examples per error kind")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if args.model is not None:
        os.environ["CLAIMLINE_CUE_MODEL"] = args.model
    docs = heldout(args.data)
    polnear_eval.load_corpus = lambda *a, **k: docs  # evaluate() scores exactly these texts
    res = polnear_eval.evaluate("train", path=args.data, errors=args.errors)
    res["split"] = "train (held-out tenth)"
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    else:
        polnear_eval._print(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
