"""A dump of everything claimline makes of the stories: a speed-up meant to leave the output alone
is checked by this dump before and after it.

Usage::

    .venv/bin/python benchmarks/stories_dump.py [--story SLUG ...] [--dev] [--heldout]
        [--save DIR] [--against DIR]

Each story (the five dev stories in ``sample_articles/<slug>/`` and the held-out ones in
``benchmarks/heldout_stories/<slug>/``; both sets unless ``--dev`` or ``--heldout`` narrows them)
is ingested into a fresh SQLite store through the CLI (typer's runner, in process, as
``benchmarks/stories_eval.py`` does), then dumped: every row of every table of the store (sorted;
the clock's columns blanked), the stored frames as the readers see them
(``claimline.store.events.events``: ``model_dump_json``), their clusters, and the JSON of
``claimline conflicts``, ``conflicts --summary`` and ``timeline --all`` (``--events`` too).
``--save DIR`` writes one file per story; ``--against DIR`` compares with such a directory and prints
the first differing lines of each story that differs (exit 1 when any does). The dump of the store's
tables is compared apart from the readers' view, so a change to how rows are written (columns,
JSON) shows as ``tables`` only while the readers' view stays the same: say so in its commit.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories_eval import claimline_cli  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "sample_articles"
HELDOUT = ROOT / "benchmarks" / "heldout_stories"
#: columns holding the wall clock (blanked in the dump)
CLOCK = re.compile(r"(_at|^at|when|^started|^finished|^ran)$")


def stories(dev: bool, heldout: bool) -> list[Path]:
    out: list[Path] = []
    if dev:
        out += sorted(p for p in DEV.iterdir() if p.is_dir())
    if heldout:
        out += sorted(p for p in HELDOUT.iterdir() if p.is_dir())
    return out


def dump(folder: Path) -> dict[str, list[str]]:
    """Sections (``tables``, ``readers``) of the dump of one story, one line per row."""
    from claimline.store import events as stored
    from claimline.store.sqlite import Store

    cli = claimline_cli()
    files = sorted(str(p) for p in folder.iterdir() if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "story.db")
        getattr(stored, "forget_frames", lambda: None)()
        cli("ingest", "--db", db, *files)
        readers = [
            "conflicts " + cli("conflicts", "--db", db, "--format", "json"),
            "summary " + cli("conflicts", "--db", db, "--summary", "--format", "json"),
            "timeline " + cli("timeline", "--db", db, "--all", "--format", "json"),
            "timeline-events " + cli("timeline", "--db", db, "--all", "--events", "--format", "json"),
        ]
        with Store(db) as store:
            of = stored.cluster_ids(store.db)
            readers += [f"frame {f.model_dump_json()} cluster {of.get(f.id)}" for f in stored.events(store.db)]
        con = sqlite3.connect(db)
        tables = []
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        for name in names:
            cur = con.execute(f'SELECT * FROM "{name}"')  # noqa: S608 (names from sqlite_master)
            cols = [d[0] for d in cur.description]
            rows = []
            for r in cur:
                rows.append(json.dumps([None if CLOCK.search(c) else v for c, v in zip(cols, r, strict=True)]))
            tables += [f"{name} {row}" for row in sorted(rows)]
        con.close()
    return {"tables": tables, "readers": [line.rstrip("\n") for line in readers]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--story", action="append", help="story slug (default: all)")
    ap.add_argument("--dev", action="store_true", help="only the dev stories")
    ap.add_argument("--heldout", action="store_true", help="only the held-out stories")
    ap.add_argument("--save", type=Path, help="write one dump per story here")
    ap.add_argument("--against", type=Path, help="compare with dumps saved by --save")
    args = ap.parse_args(argv)
    both = not (args.dev or args.heldout)
    folders = stories(args.dev or both, args.heldout or both)
    if args.story:
        folders = [f for f in folders if f.name in args.story]
    differing = 0
    for folder in folders:
        d = dump(folder)
        text = "".join(f"[{sec}] {line}\n" for sec, lines in d.items() for line in lines)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{folder.name}.txt").write_text(text)
        if args.against:
            old = (args.against / f"{folder.name}.txt").read_text()
            if old != text:
                differing += 1
                diff = list(difflib.unified_diff(old.splitlines(), text.splitlines(), lineterm="", n=0))
                secs = sorted({ln[1:].split("]")[0].lstrip("[") for ln in diff[2:] if ln[:1] in "+-"})
                print(f"{folder.name}: differs ({', '.join(secs)}; {len(diff) - 2} diff lines)")
                for ln in diff[2:14]:
                    print("   ", ln[:300])
            else:
                print(f"{folder.name}: same")
        else:
            print(f"{folder.name}: {len(text.splitlines())} lines")
    if args.against:
        print(f"{differing} of {len(folders)} stories differ from {args.against}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
