"""Why each gold conflict of a multi-outlet story is missed: counts by kind.

For every gold conflict of a story (``benchmarks/stories_eval.py``'s gold), the frames whose trigger lies in a
side's excerpts (or, for gold without side excerpts, in the event's mentions in the side's files) are looked up
in claimline's event clusters:

- ``found``: stories_eval matched a reported conflict to it;
- ``no frame on a side``: no frame lies in the sentences holding one side's excerpts;
- ``time on no frame`` / ``figure on no frame`` / ``... on another frame``: a side's excerpts hold no trigger (the
  gold excerpt is often the time or figure alone, "shortly after 2 a.m.", "1,200 evacuees"), its sentence holds a
  frame of the event (one in a cluster with every other side) or, for a time or figure, no frame carrying it at all,
  and no frame of the event carries the excerpt's time, figure or party (``value``): it is on ``another frame`` of
  the sentence (hung on the wrong one) or on ``no frame`` (lost). Otherwise such a side stands by the sentence's
  frames carrying the excerpt (else all of them), and the kinds below are suffixed ``(its sentence)``;
- ``sides in different clusters``: every side has frames, no cluster holds frames of all sides (event identity);
- ``one cluster, no conflict reported``: a cluster holds frames of all sides, yet nothing was reported; ``(a
  figure's cluster only)`` when, for a facet no figure answers (a date, deadline, time of day, factuality or network
  tier), every such cluster holds only figures' frames (class ``measure``) of some side: the sides share a number
  ("14 interchanges"), the event's own frames lie apart (an identity miss, not a question left unasked).

``--frameless`` prints, under a side read through its sentence, its excerpts, the sentence and each of its frames
(what of the excerpt it carries, whether it is the event's).

``--why``: for each conflict whose sides are in different clusters, what keeps the sides' clusters apart (the
pair of clusters, one holding frames of each of two sides, that is nearest to being one event — of pairs kept apart
by as many reasons, one whose classes match: a split is put down to its class only when no such pair is): the reasons
:func:`claimline.events.identity.explain` gives for their pairs of members other than ``unlinked``
(``class``, ``time``, ``participants``, ``commentary`` ..., joined by ``+``; a side's commentary frames — the
telling, "..., police said" — count only when the side has no other frame; ``class (an unlisted word)`` when
every pair kept apart by its class has a frame of class ``other``, a word the lexicon does not list), else
``no link`` (every pair compatible, none linked: no shared party, no same-article reference, no same specific
time) or ``joinable`` (some pair identity would join: the clustering's order or another member kept them
apart). ``no link`` is suffixed ``(nameless)`` when one of the two clusters names no party at all. ``-v``
prints the two clusters' members (class, lemma, factuality, parties, time, article).

    python benchmarks/conflict_misses.py [--heldout] [--why [-v]] [--frameless] [STORY ...]
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import stories_eval as se  # noqa: E402


def excerpt_spans(side: dict[str, Any], run: se.Run, mentions: list[dict[str, Any]]) -> list[tuple[str, int, int]]:
    """(file, start, end) of each of the side's excerpts found in its file's text."""
    out = []
    excerpts = side.get("excerpts") or [m for m in mentions if m["file"] in side["files"]]
    for ex in excerpts:
        # an excerpt is {"file", "excerpt"}, or a bare string found in any of the side's files
        pairs = [(ex["file"], ex["excerpt"])] if isinstance(ex, dict) else [(f, ex) for f in side["files"]]
        for name, excerpt in pairs:
            text = run.texts.get(name)
            start = text.find(excerpt) if text is not None else -1
            if start >= 0:
                out.append((name, start, start + len(excerpt)))
    return out


def side_frames(side: dict[str, Any], run: se.Run, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Frames whose trigger starts inside one of the side's excerpts."""
    spans = excerpt_spans(side, run, mentions)
    return [f for name, start, end in spans for f in run.frames if f["file"] == name and start <= f["start"] < end]


def sentence_frames(spans: list[tuple[str, int, int]], run: se.Run) -> list[dict[str, Any]]:
    """Frames of the sentences that hold the excerpts (a frame's sentence holds an excerpt's start)."""
    out = []
    for f in run.frames:
        m = run.members.get(f["id"])
        if m is None:
            continue
        sent = m.frame.sentence
        if any(f["file"] == name and sent.start <= start < sent.end for name, start, _ in spans) and f not in out:
            out.append(f)
    return out


def carried(f: dict[str, Any], run: se.Run, spans: list[tuple[str, int, int]]) -> list[str]:
    """What of an excerpt a frame carries: its ``time`` (or ``told time``: the time of the telling, which identity
    and conflicts do not read), a ``figure`` (one of its quantities), a ``party``, when the span lies in an excerpt."""
    frame = run.members[f["id"]].frame

    def inside(a: int, b: int) -> bool:
        return any(f["file"] == name and a < end and start < b for name, start, end in spans)

    out = []
    if frame.time is not None and inside(frame.time.char_start, frame.time.char_end):
        out.append("time")
    if frame.told_time is not None and inside(frame.told_time.char_start, frame.told_time.char_end):
        out.append("told time")
    if any(inside(q.start, q.end) for q in frame.quantities):
        out.append("figure")
    if any(inside(p.start, p.end) for p in frame.participants):
        out.append("party")
    return out


#: what a side's excerpt gives, by gold facet: a time, a figure, else a value (a party, a scope ...)
_TIME_FACETS = frozenset({"date", "deadline", "time_of_day", "duration"})


def _what(facet: str) -> str:
    return "time" if facet in _TIME_FACETS else "figure" if facet in ("quantity", "amount") else "value"


def by_sentence(
    sides: list[list[dict[str, Any]]], spans: list[list[tuple[str, int, int]]], facet: str, run: se.Run
) -> tuple[list[list[dict[str, Any]]], str | None, list[str]]:
    """The sides' frames once a side whose excerpts hold no trigger is read through its sentences (the gold
    excerpt is often the time or figure alone, "shortly after 2 a.m."), and the kind it is missed for when that
    decides it (else None), with a line per frame of such a sentence (``--frameless``).

    A side whose excerpts' sentences hold no frame is ``no frame on a side``. Otherwise the sentences' frames that
    share a cluster with every other side are the event's; those carrying the excerpt's time, figure or party
    (:func:`carried`) stand for the side when one of them is the event's; when the event's frame lies in the
    sentence but none of its frames that carries the excerpt is the event's, the kind is ``<time|figure|value> on
    another frame`` (a frame of the sentence carries it: the parser hung it on the wrong one), or ``<...> on no
    frame`` (no frame of the sentence carries it). A sentence holding no frame of the event stands for the side by
    its carriers (else all its frames), and the split is told as for any side."""
    out: list[list[dict[str, Any]]] = [list(s) for s in sides]
    lines: list[str] = []
    kind = None
    for i, side in enumerate(sides):
        if side:
            continue
        sent = sentence_frames(spans[i], run)
        if not spans[i] or not sent:
            return out, "no frame on a side", lines
        others = [o if o else sentence_frames(spans[j], run) for j, o in enumerate(sides) if j != i]
        joined = set.intersection(*({f["cluster"] for f in o} for o in others)) if others else set()
        event = [f for f in sent if f["cluster"] in joined]
        carriers = [f for f in sent if carried(f, run, spans[i])]
        said = {
            (f["file"], run.members[f["id"]].frame.sentence.start, run.members[f["id"]].frame.sentence.end)
            for f in sent
        }
        for name, a, b in sorted(said):
            lines.append(f"      side {i + 1} sentence: {run.texts[name][a:b]!r}")
        for f in sent:
            m = run.members[f["id"]]
            tags = ",".join(carried(f, run, spans[i])) or "-"
            lines.append(f"      side {i + 1} sentence: {_describe(m)} carries={tags} event={f in event}")
        what = _what(facet)
        if any(f in event for f in carriers):
            out[i] = [f for f in carriers if f in event]
        elif event or (not carriers and what != "value"):
            kind = kind or f"{what} on {'another' if carriers else 'no'} frame"
        else:
            out[i] = carriers or sent
    return out, kind, lines


def _describe(m: Any) -> str:
    f = m.frame
    parties = ",".join(f"{p.role[0]}:{p.name}" for p in f.participants)
    t = f"{f.time.start}..{f.time.end}" if f.time is not None and f.time.start else "-"
    theme = f" th={f.theme_noun}" if f.theme_noun else ""
    measured = ",".join(sorted(identity_measured(f)))
    q = f" q={measured}" if measured else ""
    return f"{f.event_class}:{f.trigger.lemma}[{f.factuality}] ({parties}){theme}{q} t={t} art={f.article_id[:6]}"


def identity_measured(f: Any) -> set[str]:
    """What a frame's amounts measure (:func:`claimline.events.identity.measured`)."""
    from claimline.events import identity

    return identity.measured(f)


def _events_first(side: list[dict[str, Any]], run: se.Run) -> list[dict[str, Any]]:
    """A side's frames that are no commentary, or all of them when every one is."""
    told = [f for f in side if (m := run.members.get(f["id"])) is None or not m.frame.commentary]
    return told or side


def why_apart(frames: list[list[dict[str, Any]]], run: se.Run, verbose: bool = False) -> str:
    """What keeps the sides' clusters apart (see the module docstring)."""
    from claimline.events import identity
    from claimline.events.lexicon import OTHER

    # a side's telling ("..., police said") is not what keeps it apart when its excerpt holds the event too: its
    # commentary frames count only for a side that has nothing else
    frames = [_events_first(side, run) for side in frames]
    members: dict[str, list[Any]] = {}
    for f in run.frames:
        if f["id"] in run.members:
            members.setdefault(f["cluster"], []).append(run.members[f["id"]])
    best: tuple[int, bool, str, str, str] | None = None
    with identity.using_aliases(run.aliases):
        for i, side in enumerate(frames):
            for other in frames[i + 1 :]:
                for cx in sorted({f["cluster"] for f in side}):
                    for cy in sorted({f["cluster"] for f in other}):
                        if cx == cy:
                            continue
                        said = [(a.frame, b.frame, identity.explain(a, b)) for a in members[cx] for b in members[cy]]
                        reasons = {r for _, _, r in said}
                        blocks = sorted(r for r in reasons if r not in (None, "unlinked"))
                        if "class" in blocks and all(
                            OTHER in (fa.event_class, fb.event_class) for fa, fb, r in said if r == "class"
                        ):
                            blocks[blocks.index("class")] = "class (an unlisted word)"
                        if blocks:
                            why = "+".join(blocks)
                        elif None in reasons:
                            why = "joinable"
                        else:
                            nameless = any(not identity._strong(m.frame) for c in (cx, cy) for m in members[c]) and any(
                                all(not identity._strong(m.frame) for m in members[c]) for c in (cx, cy)
                            )
                            why = "no link (nameless)" if nameless else "no link"
                        # of pairs kept apart by as many reasons, one whose classes match tells more: "class" is
                        # the reason only when every nearest pair is of two classes (not by the reasons' spelling)
                        key = (len(blocks), why.startswith("class"), why, cx, cy)
                        if best is None or key[:3] < best[:3]:
                            best = key
    if best is None:
        return "-"
    if verbose:
        for c in best[3:]:
            print(f"      cluster {c}:")
            for m in members[c]:
                print(f"        {_describe(m)}")
    return best[2]


def _frameless(side: dict[str, Any], run: se.Run, mentions: list[dict[str, Any]]) -> str:
    """``--frameless``: a side with no frame, its value and its excerpts (a tab and a line each)."""
    if side_frames(side, run, mentions):
        return ""
    excerpts = side.get("excerpts") or [m for m in mentions if m["file"] in side["files"]]
    said = [f"{ex['file']}: {ex['excerpt']}" if isinstance(ex, dict) else str(ex) for ex in excerpts]
    return f"\n      side {json.dumps(side.get('value'))}" + "".join(f"\n        | {x}" for x in said)


#: gold facets no figure answers (a figure's frame, class ``measure``, is never the frame of the facet); a quantity's,
#: a scope's ("12 aircraft" / "16 drones") or a classification's may be
_NO_FIGURE = frozenset({"date", "deadline", "time_of_day", "factuality", "network_tier"})


def _figure_only(frames: list[list[dict[str, Any]]], run: se.Run) -> bool:
    """Every cluster holding frames of all sides holds, of some side, only figures' frames (class ``measure``: "240
    cameras", "two unnamed people"): the sides share a figure, not the event the gold conflict is about — its frames
    are in other clusters (an identity miss, not a question reconciliation failed to ask)."""
    from claimline.events.measures import MEASURE

    def measure(f: dict[str, Any]) -> bool:
        m = run.members.get(f["id"])
        return m is not None and m.frame.event_class == MEASURE

    common = set.intersection(*({f["cluster"] for f in side} for side in frames))
    return all(any(all(measure(f) for f in side if f["cluster"] == c) for side in frames) for c in common)


def kinds(
    story: str, heldout: bool, why: bool = False, verbose: bool = False, frameless: bool = False
) -> list[tuple[str, str, str]]:
    """(conflict id, facet, kind) for each gold conflict of the story (``why``: a split's kind says the
    nearest reason, :func:`why_apart`)."""
    gold_dir = se._folders(story, heldout)[1]
    gold = json.loads((gold_dir / "conflicts.json").read_text(encoding="utf-8"))
    events = json.loads((gold_dir / "events.json").read_text(encoding="utf-8"))
    events = events["events"] if isinstance(events, dict) else events
    mentions = {e["id"]: e.get("mentions", []) for e in events}
    run = se.run_claimline(story, heldout)
    found = {r["id"] for r in se.score_conflicts(gold, run)["rows"] if r["found"]}
    out = []
    for g in gold["conflicts"]:
        ms = mentions.get(g["event_id"], [])
        if g["id"] in found:
            kind = "found"
        else:
            own = [side_frames(s, run, ms) for s in g["sides"]]
            spans = [excerpt_spans(s, run, ms) for s in g["sides"]]
            frames, decided, lines = by_sentence(own, spans, g["facet"], run)
            read = " (its sentence)" if any(not o for o in own) else ""
            if decided is not None:
                kind = decided
            elif not set.intersection(*({f["cluster"] for f in side} for side in frames)):
                kind = "sides in different clusters"
                if why:
                    if verbose:
                        print(f"    {story} {g['id']} {g['facet']}:")
                    kind += ": " + why_apart(frames, run, verbose)
                kind += read
            else:
                kind = "one cluster, no conflict reported" + read
                if g["facet"] in _NO_FIGURE and _figure_only(frames, run):
                    kind += " (a figure's cluster only)"
            if frameless and read:
                kind += "".join(_frameless(s, run, ms) for s in g["sides"]) + "".join(f"\n{x}" for x in lines)
        out.append((g["id"], g["facet"], kind))
    return out


def main(argv: list[str]) -> int:
    heldout, why, verbose, frameless = "--heldout" in argv, "--why" in argv, "-v" in argv, "--frameless" in argv
    names = [a for a in argv if not a.startswith("-")] or se.stories(heldout)
    tally: Counter[str] = Counter()
    by_facet: Counter[tuple[str, str]] = Counter()
    for story in names:
        for cid, facet, kind in kinds(story, heldout, why, verbose, frameless):
            print(f"{story}\t{cid}\t{facet}\t{kind}")
            tally[kind.split("\n")[0]] += 1
            by_facet[(facet, kind.split("\n")[0])] += 1
    print()
    for kind, n in tally.most_common():
        print(f"{n:4d}  {kind}")
    print()
    for (facet, kind), n in sorted(by_facet.items()):
        print(f"{n:4d}  {facet:24s} {kind}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
