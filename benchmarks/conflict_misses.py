"""Why each gold conflict of a multi-outlet story is missed: counts by kind.

For every gold conflict of a story (``benchmarks/stories_eval.py``'s gold), the frames whose trigger lies in a
side's excerpts (or, for gold without side excerpts, in the event's mentions in the side's files) are looked up
in claimline's event clusters:

- ``found``: stories_eval matched a reported conflict to it;
- ``no frame on a side``: one side's excerpts hold no event frame;
- ``sides in different clusters``: every side has frames, no cluster holds frames of all sides (event identity);
- ``one cluster, no conflict reported``: a cluster holds frames of all sides, yet nothing was reported.

    python benchmarks/conflict_misses.py [--heldout] [STORY ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stories_eval as se  # noqa: E402


def side_frames(side: dict[str, Any], run: se.Run, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Frames whose trigger starts inside one of the side's excerpts."""
    out = []
    excerpts = side.get("excerpts") or [m for m in mentions if m["file"] in side["files"]]
    for ex in excerpts:
        # an excerpt is {"file", "excerpt"}, or a bare string found in any of the side's files
        pairs = [(ex["file"], ex["excerpt"])] if isinstance(ex, dict) else [(f, ex) for f in side["files"]]
        for name, excerpt in pairs:
            text = run.texts.get(name)
            start = text.find(excerpt) if text is not None else -1
            if start < 0:
                continue
            end = start + len(excerpt)
            out += [f for f in run.frames if f["file"] == name and start <= f["start"] < end]
    return out


def kinds(story: str, heldout: bool) -> list[tuple[str, str, str]]:
    """(conflict id, facet, kind) for each gold conflict of the story."""
    gold_dir = se._folders(story, heldout)[1]
    gold = json.loads((gold_dir / "conflicts.json").read_text(encoding="utf-8"))
    events = json.loads((gold_dir / "events.json").read_text(encoding="utf-8"))
    events = events["events"] if isinstance(events, dict) else events
    mentions = {e["id"]: e.get("mentions", []) for e in events}
    run = se.run_claimline(story, heldout)
    found = {r["id"] for r in se.score_conflicts(gold, run)["rows"] if r["found"]}
    out = []
    for g in gold["conflicts"]:
        if g["id"] in found:
            kind = "found"
        else:
            frames = [side_frames(s, run, mentions.get(g["event_id"], [])) for s in g["sides"]]
            if any(not f for f in frames):
                kind = "no frame on a side"
            elif not set.intersection(*({f["cluster"] for f in side} for side in frames)):
                kind = "sides in different clusters"
            else:
                kind = "one cluster, no conflict reported"
        out.append((g["id"], g["facet"], kind))
    return out


def main(argv: list[str]) -> int:
    heldout = "--heldout" in argv
    names = [a for a in argv if not a.startswith("--")] or se.stories(heldout)
    tally: Counter[str] = Counter()
    by_facet: Counter[tuple[str, str]] = Counter()
    for story in names:
        for cid, facet, kind in kinds(story, heldout):
            print(f"{story}\t{cid}\t{facet}\t{kind}")
            tally[kind] += 1
            by_facet[(facet, kind)] += 1
    print()
    for kind, n in tally.most_common():
        print(f"{n:4d}  {kind}")
    print()
    for (facet, kind), n in sorted(by_facet.items()):
        print(f"{n:4d}  {facet:24s} {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
