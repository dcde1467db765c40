"""The two blind multi-outlet stories: claimline's event clusters and conflicts against their gold.

Usage::

    .venv/bin/python benchmarks/stories_eval.py [--story SLUG ...] [--heldout] [--json] [--why [-v]]

Each story (``sample_articles/<slug>/``, gold in ``tests/gold/stories/<slug>/``: ``events.json``,
``conflicts.json`` and the README that defines the format) is ingested into a fresh store through
the CLI (typer's runner, in process), then read back with ``claimline articles``, ``claimline
timeline --events --all`` and ``claimline conflicts`` (all ``--format json``) and the stored frames
(``claimline.store.events``). The gold was written by someone who never read claimline's rules.

Events
    * mention: a gold mention (file, excerpt, trigger word) is *found* when a frame of that file
      has its trigger inside the excerpt's span; *on trigger* when the frame's trigger overlaps the
      gold trigger word itself. The frame standing for the mention is the one on the trigger, else
      the one nearest to it inside the excerpt.
    * clustering, on the found mentions (gold and system then cover the same mentions): pairwise
      precision/recall/F1 over pairs of mentions in one event, and B-cubed; ``end-to-end pairs`` is
      the share of all gold pairs (found or not) put in one cluster.
    * dates: for each gold event with a time and each cluster holding one of its mentions, the
      cluster's event time (the ``timeline --events`` entry, only when dated from the text, not the
      publication date) against the gold time at its granularity: a day must be that day, a month
      that month, a year that year; an interval's given bounds must be the cluster's bounds; a
      deadline's end the cluster's end. ``main`` scores only the cluster holding most of the event's
      mentions. Gold times of type ``relative`` or granularity ``vague``/``part_of_month`` are left
      out (counted as unscored).
    * factuality: the frame's factuality against the mention's (``asserted`` when the gold mention
      gives none, as the gold README says).

Conflicts
    A gold conflict is *found* by a reported conflict whose facet matches (``FACETS``: the gold's
    ``deadline`` is a ``date`` conflict in claimline, ``factuality`` a ``polarity`` one) and whose
    sides cover the gold sides' files: each gold side shares a file with a different reported side;
    a reported conflict finds one gold conflict at most (pairs whose values match are made first).
    Its *verdict is right* when the reported conflict is resolved and the side that stands is the
    one matched to the gold verdict's side. A reported conflict that finds no gold conflict is
    *false*; one of those that matches a gold non-conflict the same way is *flagged* (a false
    positive the writer predicted). Matching is by facet and files only, so a conflict that finds
    a gold conflict is not counted again against a non-conflict over the same files.

Why events split (``--why``)
    For every pair of found mentions of one gold event that claimline puts in two clusters (each
    pair of distinct frames counted once), the reason event identity gives
    (:func:`claimline.events.identity.explain`: ``class``, ``participants``, ``time``,
    ``unlinked``, ``commentary``, ``sentence``, ...). A pair identity would join (no reason) is
    tallied by the reason a member of the other cluster refuses it (``via member: <reason>``), or
    ``candidates`` when none does (the clustering never compared them). ``-v`` lists the class pairs
    (sorted class names, with the trigger words) behind ``class``, and the other pairs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from calendar import monthrange
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "sample_articles"
GOLD = ROOT / "tests" / "gold" / "stories"
#: stories nobody developed on (``--heldout``): articles in ``<slug>/``, their gold in ``<slug>/gold/``
HELDOUT = ROOT / "benchmarks" / "heldout_stories"


def _folders(story: str, heldout: bool) -> tuple[Path, Path]:
    """(articles, gold) folders of a story."""
    if heldout:
        return HELDOUT / story, HELDOUT / story / "gold"
    return ARTICLES / story, GOLD / story


FACETS: dict[str, set[str]] = {
    "date": {"date"},
    "deadline": {"date", "deadline"},
    "factuality": {"factuality", "polarity"},
    "quantity": {"quantity"},
    "duration": {"quantity"},  # (claimline reports a duration as a quantity in days)
    "network_tier": {"network_tier"},
    # a gold "scope" conflict may be the network a system runs on (classified vs unclassified), which
    # claimline reports as its network_tier facet
    "scope": {"scope", "network_tier"},
    # who did it: claimline's agent facet answers a gold "participant" conflict (which party did or undergoes it)
    "participant": {"agent"},
    "agent": {"agent"},
}
UNSCORED_GRANULARITY = {"vague", "part_of_month"}


# ------------------------------------------------------------------ running claimline
@dataclass
class Run:
    """What claimline made of one story."""

    files: dict[str, str]  # article id -> file name
    texts: dict[str, str]  # file name -> article text
    frames: list[dict[str, Any]]  # id, file, start, end, text, factuality, cluster
    cluster_time: dict[str, tuple[date | None, date | None, str]]  # cluster -> start, end, granularity
    conflicts: list[dict[str, Any]]
    members: dict[str, Any] = field(default_factory=dict)  # frame id -> identity.Member (as stored)
    aliases: dict[tuple[str, ...], set[tuple[str, ...]]] = field(default_factory=dict)
    compared: dict[str, int] = field(default_factory=dict)  # ``conflicts --summary``: questions compared, agree


def claimline_cli() -> Callable[..., str]:
    """``cli(*args)``: claimline's CLI run in this process, its output returned; a failing command stops the run."""
    from typer.testing import CliRunner

    from claimline.cli import app

    runner = CliRunner()

    def cli(*args: str) -> str:
        result = runner.invoke(app, list(args))
        if result.exit_code != 0:
            raise SystemExit(f"claimline {' '.join(args)} failed: {result.output}")
        return result.output

    return cli


def run_claimline(story: str, heldout: bool = False) -> Run:
    from claimline.read.reader import read_path
    from claimline.store import events as stored
    from claimline.store.sqlite import Store

    cli = claimline_cli()
    folder = _folders(story, heldout)[0]
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "story.db")
        cli("ingest", "--db", db, *sorted(str(p) for p in folder.iterdir() if p.is_file()))
        articles = json.loads(cli("articles", "--db", db, "--format", "json"))
        entries = json.loads(cli("timeline", "--db", db, "--all", "--format", "json"))
        conflicts = json.loads(cli("conflicts", "--db", db, "--format", "json"))
        compared = json.loads(cli("conflicts", "--db", db, "--summary", "--format", "json"))
        with Store(db) as store:
            frames = stored.events(store.db)
            of = stored.cluster_ids(store.db)
            members = {m.frame.id: m for _, m in stored._members(store.db, "1", [])}
            aliases = stored.stored_aliases(store.db)
    files = {a["id"]: Path(a["path"]).name for a in articles}
    texts = {name: read_path(folder / name).text for name in files.values()}
    cluster_time: dict[str, tuple[date | None, date | None, str]] = {}
    for e in entries:
        if e.get("event") and e.get("date_basis") == "text" and (e["start"] or e["end"]):
            cluster_time[e["event"]["cluster_id"]] = (_day(e["start"]), _day(e["end"]), e["granularity"])
    out = []
    for f in frames:
        name = files[f.article_id]
        t = f.trigger
        if texts[name][t.start : t.end] != t.text:
            raise SystemExit(f"trigger offsets of {f.id} do not point into {name}")
        out.append(
            dict(id=f.id, file=name, start=t.start, end=t.end, text=t.text, factuality=f.factuality, cluster=of[f.id])
        )
    return Run(files, texts, out, cluster_time, conflicts, members, aliases, compared)


def _day(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


# ------------------------------------------------------------------ why events split
def why_split(
    pairs: list[tuple[str, str]],
    members: dict[str, Any],
    cluster_of: dict[str, str],
    aliases: dict[tuple[str, ...], set[tuple[str, ...]]] | None = None,
) -> dict[str, Any]:
    """Why each pair of frames (gold: one event) is in two clusters (see the module docstring):
    ``reasons`` (reason -> pairs), ``class_pairs`` ("class/class" -> pairs) and, per reason, the
    pairs as (class, lemma) of each frame."""
    from claimline.events import identity

    in_cluster: dict[str, list[str]] = {}
    for fid, cid in cluster_of.items():
        in_cluster.setdefault(cid, []).append(fid)
    reasons: Counter[str] = Counter()
    class_pairs: Counter[str] = Counter()
    examples: dict[str, Counter[str]] = {}
    seen: set[tuple[str, str]] = set()
    with identity.using_aliases(aliases or {}):
        for x, y in pairs:
            key = (min(x, y), max(x, y))
            if x == y or key in seen or cluster_of.get(x) == cluster_of.get(y):
                continue
            seen.add(key)
            a, b = members.get(x), members.get(y)
            if a is None or b is None:
                reasons["not stored"] += 1
                continue
            reason = identity.explain(a, b)
            if reason is None:
                # identity joins the two: a member of either cluster refuses the other frame
                refusals = [
                    r
                    for m, other in ((a, y), (b, x))
                    for fid in in_cluster.get(cluster_of[other], [])
                    if fid in members and (r := identity.explain(m, members[fid])) not in (None, "unlinked")
                ]
                reason = f"via member: {refusals[0]}" if refusals else "candidates"
            reasons[reason] += 1
            fa, fb = sorted((a.frame, b.frame), key=lambda f: (f.event_class, f.trigger.lemma))
            if reason == "class":
                class_pairs[f"{fa.event_class}/{fb.event_class}"] += 1
            examples.setdefault(reason, Counter())[
                f"{fa.event_class}:{fa.trigger.lemma} / {fb.event_class}:{fb.trigger.lemma}"
            ] += 1
    return {"pairs": sum(reasons.values()), "reasons": reasons, "class_pairs": class_pairs, "examples": examples}


def format_why(name: str, why: dict[str, Any], verbose: bool = False) -> list[str]:
    """Lines of a :func:`why_split` tally (``verbose``: the class pairs and the pairs per reason)."""
    reasons = ", ".join(f"{r} {n}" for r, n in why["reasons"].most_common())
    out = [f"  {name} why split: {why['pairs']} gold pairs of frames in two clusters: {reasons or '-'}"]
    if verbose:
        if why["class_pairs"]:
            out.append("    class pairs: " + ", ".join(f"{c} {n}" for c, n in why["class_pairs"].most_common()))
        for reason, pairs in sorted(why["examples"].items(), key=lambda rp: -sum(rp[1].values())):
            out.append(f"    {reason}: " + "; ".join(f"{p} ({n})" if n > 1 else p for p, n in pairs.most_common()))
    return out


# ------------------------------------------------------------------ gold times
def bounds(value: str) -> tuple[date, date]:
    """First and last day of an ISO date, month, quarter ("2027-Q1") or year (a clock time after
    "T" is dropped)."""
    year, _, rest = value.split("T")[0].partition("-")
    if rest[:1] == "Q" and rest[1:].isdigit():
        first = 3 * int(rest[1:]) - 2
        return date(int(year), first, 1), date(int(year), first + 2, monthrange(int(year), first + 2)[1])
    parts = [int(p) for p in value.split("T")[0].split("-")]
    if len(parts) == 3:
        d = date(*parts)
        return d, d
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def wanted(time: dict[str, Any] | None) -> tuple[date | None, date | None] | None:
    """The bounds a cluster must have for the gold time (None for a bound the gold leaves open),
    or None when the gold time is not scored."""
    if not time or time.get("granularity") in UNSCORED_GRANULARITY:
        return None
    kind = time["type"]
    if kind == "date" and time.get("value"):
        return bounds(time["value"])
    if kind == "interval" and (time.get("start") or time.get("end")):
        lo = bounds(time["start"])[0] if time.get("start") else None
        hi = bounds(time["end"])[1] if time.get("end") else None
        return lo, hi
    if kind == "deadline" and time.get("end"):
        return None, bounds(time["end"])[1]
    return None


def time_right(want: tuple[date | None, date | None], got: tuple[date | None, date | None, str] | None) -> bool:
    if got is None:
        return False
    return all(w is None or w == g for w, g in zip(want, got[:2], strict=True))


# ------------------------------------------------------------------ scores
def prf(tp: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def pairwise(gold: dict[int, str], system: dict[int, str]) -> dict[str, float]:
    items = sorted(gold)
    g = {(a, b) for a, b in combinations(items, 2) if gold[a] == gold[b]}
    s = {(a, b) for a, b in combinations(items, 2) if system[a] == system[b]}
    return prf(len(g & s), len(s), len(g))


def pair_counts(gold: dict[int, str], system: dict[int, str]) -> dict[str, int]:
    """The counts behind :func:`pairwise`: gold pairs joined (``tp``), system pairs, gold pairs."""
    items = sorted(gold)
    g = {(a, b) for a, b in combinations(items, 2) if gold[a] == gold[b]}
    s = {(a, b) for a, b in combinations(items, 2) if system[a] == system[b]}
    return {"tp": len(g & s), "sys": len(s), "gold": len(g)}


def bcubed(gold: dict[int, str], system: dict[int, str]) -> dict[str, float]:
    items = sorted(gold)
    if not items:
        return {"p": 0.0, "r": 0.0, "f1": 0.0}
    p = r = 0.0
    for i in items:
        gi = {j for j in items if gold[j] == gold[i]}
        si = {j for j in items if system[j] == system[i]}
        p += len(gi & si) / len(si)
        r += len(gi & si) / len(gi)
    p, r = p / len(items), r / len(items)
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class StoryScore:
    story: str
    events: dict[str, Any] = field(default_factory=dict)
    conflicts: dict[str, Any] = field(default_factory=dict)


def mention_frame(
    text: str, m: dict[str, Any], frames: list[dict[str, Any]]
) -> tuple[int, int, dict[str, Any] | None, bool]:
    """A gold mention's excerpt span in ``text``, the frame of ``frames`` (one file's) on its trigger, else
    the nearest inside the excerpt (None without one), and whether it is on the trigger."""
    lo = text.index(m["excerpt"])
    hi = lo + len(m["excerpt"])
    # a discontinuous trigger ("put on hold" for "put the contract on hold"): its first word
    words = (m["trigger"], m["trigger"].split()[0])
    hit = next((h for w in words for h in (re.search(rf"\b{re.escape(w)}\b", m["excerpt"]),) if h), None) or re.search(
        re.escape(m["trigger"]), m["excerpt"]
    )
    assert hit, m
    t_lo, t_hi = lo + hit.start(), lo + hit.end()
    inside = [f for f in frames if lo <= f["start"] and f["end"] <= hi]
    on = [f for f in inside if f["start"] < t_hi and t_lo < f["end"]]
    best = (on or sorted(inside, key=lambda f: abs(f["start"] - t_lo)))[:1]
    return lo, hi, (best[0] if best else None), bool(on)


def score_events(gold: list[dict[str, Any]], run: Run) -> dict[str, Any]:
    by_file: dict[str, list[dict[str, Any]]] = {}
    for f in run.frames:
        by_file.setdefault(f["file"], []).append(f)
    mentions: list[tuple[str, dict[str, Any], dict[str, Any] | None, bool]] = []
    for event in gold:
        for m in event["mentions"]:
            _, _, frame, on = mention_frame(run.texts[m["file"]], m, by_file.get(m["file"], []))
            mentions.append((event["id"], m, frame, on))
    n = len(mentions)
    found = [i for i, (_, _, f, _) in enumerate(mentions) if f]
    gold_of = {i: mentions[i][0] for i in found}
    sys_of = {i: mentions[i][2]["cluster"] for i in found}  # type: ignore[index]
    all_gold_pairs = sum(1 for a, b in combinations(range(n), 2) if mentions[a][0] == mentions[b][0])
    e2e = sum(1 for a, b in combinations(found, 2) if mentions[a][0] == mentions[b][0] and sys_of[a] == sys_of[b])
    # dates
    by_event: dict[str, Counter[str]] = {}
    for i in found:
        by_event.setdefault(gold_of[i], Counter())[sys_of[i]] += 1
    date_rows = []
    unscored = 0
    for event in gold:
        want = wanted(event["time"])
        held = by_event.get(event["id"])
        if want is None:
            unscored += 1
            continue
        if not held:
            date_rows.append({"event": event["id"], "main": False, "clusters": 0, "right": 0, "undated": 0})
            continue
        main = held.most_common(1)[0][0]
        right = [c for c in held if time_right(want, run.cluster_time.get(c))]
        date_rows.append(
            {
                "event": event["id"],
                "main": main in right,
                "clusters": len(held),
                "right": len(right),
                "undated": sum(c not in run.cluster_time for c in held),
            }
        )
    fact = Counter()
    confusions: Counter[str] = Counter()
    for i in found:
        _, m, f, _ = mentions[i]
        g = m.get("factuality", "asserted")
        fact[f["factuality"] == g] += 1  # type: ignore[index]
        if f["factuality"] != g:  # type: ignore[index]
            confusions[f"{g}->{f['factuality']}"] += 1  # type: ignore[index]
    frame_of = {i: mentions[i][2]["id"] for i in found}  # type: ignore[index]
    split = [
        (frame_of[a], frame_of[b])
        for a, b in combinations(found, 2)
        if gold_of[a] == gold_of[b] and sys_of[a] != sys_of[b]
    ]
    why = why_split(split, run.members, {f["id"]: f["cluster"] for f in run.frames}, run.aliases)
    scored = len(date_rows)
    event_rows = [
        {
            "event": event["id"],
            "class": event["class"],
            "mentions": len(event["mentions"]),
            "found": sum(by_event.get(event["id"], Counter()).values()),
            "clusters": sorted(by_event.get(event["id"], Counter())),
        }
        for event in gold
    ]
    return {
        "gold_events": len(gold),
        "gold_mentions": n,
        "frames": len(run.frames),
        "clusters": len({f["cluster"] for f in run.frames}),
        "mention_recall": len(found) / n if n else 0.0,
        "on_trigger_recall": sum(1 for *_, on in mentions if on) / n if n else 0.0,
        "pairwise": pairwise(gold_of, sys_of),
        "pair_counts": pair_counts(gold_of, sys_of),
        "bcubed": bcubed(gold_of, sys_of),
        "end_to_end_pairs": e2e / all_gold_pairs if all_gold_pairs else 0.0,
        "gold_pairs": all_gold_pairs,
        "end_to_end_joined": e2e,
        "found_mentions": len(found),
        "events": event_rows,
        "why_split": why,
        "dates": {
            "events_scored": scored,
            "events_unscored": unscored,
            "main_right": sum(r["main"] for r in date_rows),
            "main_accuracy": sum(r["main"] for r in date_rows) / scored if scored else 0.0,
            "clusters_scored": sum(r["clusters"] for r in date_rows),
            "clusters_right": sum(r["right"] for r in date_rows),
            "clusters_undated": sum(r["undated"] for r in date_rows),
            "cluster_accuracy": (
                sum(r["right"] for r in date_rows) / sum(r["clusters"] for r in date_rows)
                if sum(r["clusters"] for r in date_rows)
                else 0.0
            ),
            "rows": date_rows,
        },
        "factuality": {
            "right": fact[True],
            "scored": len(found),
            "accuracy": fact[True] / len(found) if found else 0.0,
            "confusions": dict(confusions.most_common()),
        },
    }


def facet_matches(gold: str, system: str) -> bool:
    """Whether a reported conflict's facet can answer a gold conflict's.

    A gold ``scope`` or ``scope:<kind>`` (what an event covers: the fleet, the routes, the use) is answered by
    any of claimline's scope facets — ``scope`` (all / only), ``scope:<term>`` (a use such as targeting) or
    ``network_tier`` — since gold names the kind of thing covered and claimline the way it reads it; the sides
    must still come from the gold sides' files.
    """
    if gold == "scope" or gold.startswith("scope:"):
        return system in {"scope", "network_tier"} or system.startswith("scope:")
    return system in FACETS.get(gold, {gold})


def _matches(gold_c: dict[str, Any], sys_c: dict[str, Any], files: dict[str, str]) -> list[int] | None:
    """Indices of the reported sides matched to the gold sides (distinct), or None."""
    if not facet_matches(gold_c["facet"], sys_c["facet"]):
        return None
    sys_files = [{files[s["article_id"]] for s in side["sources"]} for side in sys_c["sides"]]

    def assign(k: int, used: tuple[int, ...]) -> list[int] | None:
        if k == len(gold_c["sides"]):
            return list(used)
        want = set(gold_c["sides"][k]["files"])
        for j, got in enumerate(sys_files):
            if j not in used and want & got:
                done = assign(k + 1, (*used, j))
                if done is not None:
                    return done
        return None

    return assign(0, ())


#: the keys of a gold value that say the value itself (with ``unit``); the others (``note``, ``qualifier``,
#: ``source``, ``approximate``, ``kind`` ...) describe it and are no part of which side the verdict names
_VALUE_KEYS = ("value", "start", "end", "months", "days")


def _is_verdict(value: Any, verdict: Any) -> bool:
    """Whether a gold side's value is the gold verdict: equal; of two dicts, the value keys (``_VALUE_KEYS``) the
    verdict and the side both give, and the unit when both give one, are equal (every key when the verdict gives no
    value key: a vote's tally); of two strings, the verdict a prefix of the value."""
    if value == verdict:
        return True
    if isinstance(value, dict) and isinstance(verdict, dict):
        if not any(k in verdict for k in _VALUE_KEYS):
            return all(value.get(k) == v for k, v in verdict.items())
        keys = [k for k in (*_VALUE_KEYS, "unit") if k in verdict and k in value]
        return any(k != "unit" for k in keys) and all(value[k] == verdict[k] for k in keys)
    return isinstance(value, str) and isinstance(verdict, str) and value.startswith(verdict)


_BOUND_WORDS = re.compile(r"^(?:by|within) | \((?:after|before|until|START|MID|END)\)$")


def _same_value(got: Any, gold: Any) -> bool:
    """A reported side's value against a gold side's: equal, the gold's dated bound, or its prefix;
    a reported bound is read without its words ("2026-07-15 (after)" is the bound 2026-07-15, "by
    2027-12-31" the deadline 2027-12-31)."""
    if isinstance(got, str):
        got = _BOUND_WORDS.sub("", got)
    if isinstance(gold, dict):
        if isinstance(got, str) and (amount := _amount(got)) is not None:
            return _same_amount(amount, gold)
        return any(_same_value(got, v) for k, v in gold.items() if k in ("value", "start", "end", "months"))
    return str(got) == str(gold) or (isinstance(gold, str) and gold.startswith(str(got)) and bool(str(got)))


#: an ISO duration as a side's value ("P24M", "within P30D"), and the gold's words for its units
_DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([DWMY])$")
_UNIT_WORDS = {"D": ("day", "days"), "W": ("week", "weeks"), "M": ("month", "months"), "Y": ("year", "years")}
#: an amount as a side's value: "36000000 CROWN", "12 bid"
_NUMBER_UNIT = re.compile(r"^(\d+(?:\.\d+)?)(?: (\S+))?$")


def _amount(got: str) -> tuple[float, str | None, bool] | None:
    """(number, unit, is a duration) of a reported quantity side, or None when it is no amount."""
    if m := _DURATION.match(got):
        return float(m.group(1)), m.group(2), True
    if m := _NUMBER_UNIT.match(got):
        return float(m.group(1)), m.group(2), False
    return None


def _same_amount(amount: tuple[float, str | None, bool], gold: dict[str, Any]) -> bool:
    """A reported amount against a gold value dict: a duration's number in the gold's unit (``value``
    with ``unit`` month, or ``months``/``days``), an amount's number (and its currency, when the gold
    gives a three-letter code)."""
    number, unit, duration = amount
    if duration:
        words = _UNIT_WORDS[unit or "D"]
        if gold.get("unit") in words and gold.get("value") is not None:
            return float(gold["value"]) == number
        return any(float(gold[w]) == number for w in words if gold.get(w) is not None)
    if gold.get("value") is None or float(gold["value"]) != number:
        return False
    code = gold.get("unit")
    return not (isinstance(code, str) and len(code) == 3 and code.isupper() and unit and unit != code)


def score_conflicts(gold: dict[str, Any], run: Run) -> dict[str, Any]:
    rows = []
    used: set[str] = set()

    def values_match(g: dict[str, Any], s: dict[str, Any], sides: list[int]) -> bool:
        return all(
            _same_value(s["sides"][j]["value"], side["value"]) for j, side in zip(sides, g["sides"], strict=True)
        )

    # one reported conflict finds one gold conflict: those whose values match are paired first
    pairs = [
        (g, s, m) for g in gold["conflicts"] for s in run.conflicts if (m := _matches(g, s, run.files)) is not None
    ]
    chosen: dict[str, tuple[dict[str, Any], list[int]]] = {}
    for exact in (True, False):
        for g, s, m in pairs:
            if g["id"] not in chosen and s["id"] not in used and values_match(g, s, m) == exact:
                chosen[g["id"]] = (s, m)
                used.add(s["id"])
    for g in gold["conflicts"]:
        hit = chosen.get(g["id"])
        verdict_right = values_right = False
        if hit:
            s, sides = hit
            verdict_side = next(
                (k for k, side in enumerate(g["sides"]) if _is_verdict(side["value"], g["verdict"])), None
            )
            stands = s["resolution"]["value"] if s.get("resolution") else None
            values_right = all(
                _same_value(s["sides"][j]["value"], side["value"]) for j, side in zip(sides, g["sides"], strict=True)
            )
            if verdict_side is not None and stands is not None:
                verdict_right = s["sides"][sides[verdict_side]]["value"] == stands
        rows.append(
            {
                "id": g["id"],
                "facet": g["facet"] + (f"/{g['subfacet']}" if g.get("subfacet") else ""),
                "event": g["event_id"],
                "found": hit is not None,
                "conflict": hit[0]["id"] if hit else None,
                "values_right": values_right,
                "verdict_right": verdict_right,
            }
        )
    flagged = [
        {"id": n["id"], "conflict": s["id"]}
        for n in gold["non_conflicts"]
        for s in run.conflicts
        if s["id"] not in used and _matches(n, s, run.files) is not None
    ]
    false = [
        {
            "id": s["id"],
            "facet": s["facet"],
            "question": s.get("question"),
            "values": [side["value"] for side in s["sides"]],
        }
        for s in run.conflicts
        if s["id"] not in used
    ]
    return {
        "gold": len(rows),
        "reported": len(run.conflicts),
        "found": sum(r["found"] for r in rows),
        "values_right": sum(r["values_right"] for r in rows),
        "verdicts_right": sum(r["verdict_right"] for r in rows),
        "false": len(false),
        "non_conflicts": len(gold["non_conflicts"]),
        "non_conflicts_flagged": len(flagged),
        "questions_compared": run.compared.get("questions_compared", 0),
        "questions_agree": run.compared.get("agree", 0),
        "rows": rows,
        "false_conflicts": false,
        "flagged": flagged,
    }


def evaluate_story(story: str, heldout: bool = False) -> StoryScore:
    gold_dir = _folders(story, heldout)[1]
    events = json.loads((gold_dir / "events.json").read_text(encoding="utf-8"))
    conflicts = json.loads((gold_dir / "conflicts.json").read_text(encoding="utf-8"))
    run = run_claimline(story, heldout)
    return StoryScore(story, score_events(events, run), score_conflicts(conflicts, run))


def stories(heldout: bool = False) -> list[str]:
    if heldout:
        return sorted(p.name for p in HELDOUT.iterdir() if (p / "gold" / "events.json").is_file())
    return sorted(p.name for p in GOLD.iterdir() if (p / "events.json").is_file())


# ------------------------------------------------------------------ output
def table(scores: list[StoryScore]) -> str:
    head = (
        f"{'story':32} {'ment R':>6} {'on trg':>6} {'pair P':>6} {'pair R':>6} {'pair F':>6} {'B3 F':>6}"
        f" {'e2e R':>6} {'date':>7} {'date cl':>7} {'fact':>6} {'confl':>6} {'verd':>5} {'false':>5} {'non':>4}"
    )
    lines = [head, "-" * len(head)]
    for s in scores:
        e, c, d = s.events, s.conflicts, s.events["dates"]
        lines.append(
            f"{s.story:32} {e['mention_recall']:6.2f} {e['on_trigger_recall']:6.2f} {e['pairwise']['p']:6.2f}"
            f" {e['pairwise']['r']:6.2f} {e['pairwise']['f1']:6.2f} {e['bcubed']['f1']:6.2f}"
            f" {e['end_to_end_pairs']:6.2f} {d['main_right']:>3}/{d['events_scored']:<3}"
            f" {d['clusters_right']:>3}/{d['clusters_scored']:<3} {e['factuality']['accuracy']:6.2f}"
            f" {c['found']:>3}/{c['gold']:<2} {c['verdicts_right']:>5} {c['false']:>5}"
            f" {c['non_conflicts_flagged']:>2}/{c['non_conflicts']}"
        )
    lines.append(totals(scores))
    lines.append("")
    lines.append(
        "ment R: gold mentions with a frame in the excerpt; on trg: on the trigger word; pair/B3: clustering of the"
    )
    lines.append(
        "found mentions; e2e R: gold pairs in one cluster / all gold pairs; date: events whose main cluster has the"
    )
    lines.append(
        "gold time / events scored; date cl: clusters with the gold time / clusters holding mentions; confl: gold"
    )
    lines.append(
        "conflicts found (facet and files); verd: verdicts right; false: reported conflicts matching none;"
        " non: non-conflicts flagged"
    )
    for s in scores:
        rows = s.events["events"]
        lines.append(
            f"  {s.story} events: {sum(r['found'] for r in rows)} found mentions of {len(rows)} gold events"
            f" fall in {sum(len(r['clusters']) for r in rows)} clusters ("
            + ", ".join(f"{r['event']} {r['found']}/{r['mentions']}->{len(r['clusters'])}" for r in rows)
            + ")"
        )
        lines.append(
            f"  {s.story} questions two or more articles answer: {s.conflicts['questions_compared']} compared,"
            f" {s.conflicts['questions_agree']} agree, {s.conflicts['reported']} conflicts reported"
        )
        for row in s.conflicts["rows"]:
            lines.append(
                f"  {s.story} {row['id']} {row['facet']:28} found={'yes' if row['found'] else 'no':3}"
                f" values={'right' if row['values_right'] else '-':5}"
                f" verdict={'right' if row['verdict_right'] else '-'}"
            )
        for f in s.conflicts["flagged"]:
            lines.append(f"  {s.story} {f['id']} (not a conflict) flagged by {f['conflict']}")
        for f in s.conflicts["false_conflicts"]:
            lines.append(f"  {s.story} false {f['id']} {f['question']}: {f['values']}")
    return "\n".join(lines)


def totals(scores: list[StoryScore]) -> str:
    """The stories' totals in one line: conflicts found / false / non-conflicts flagged, event dates, mention
    recall, and the clustering's pairwise precision/recall over all stories' found gold mentions (micro: pairs
    summed over the stories), with the end-to-end share of all gold pairs put in one cluster."""
    tp = sum(s.events["pair_counts"]["tp"] for s in scores)
    n_sys = sum(s.events["pair_counts"]["sys"] for s in scores)
    n_gold = sum(s.events["pair_counts"]["gold"] for s in scores)
    pair = prf(tp, n_sys, n_gold)
    e2e = sum(s.events["end_to_end_joined"] for s in scores)
    all_pairs = sum(s.events["gold_pairs"] for s in scores)
    mentions = sum(s.events["gold_mentions"] for s in scores)
    found_m = sum(s.events["found_mentions"] for s in scores)
    c = {k: sum(s.conflicts[k] for s in scores) for k in ("found", "gold", "false", "non_conflicts_flagged")}
    non = sum(s.conflicts["non_conflicts"] for s in scores)
    d_right = sum(s.events["dates"]["main_right"] for s in scores)
    d_scored = sum(s.events["dates"]["events_scored"] for s in scores)
    return (
        f"TOTAL {len(scores)} stories: conflicts {c['found']}/{c['gold']} found, {c['false']} false,"
        f" {c['non_conflicts_flagged']}/{non} flagged; dates {d_right}/{d_scored}; mentions {found_m}/{mentions};"
        f" pairs P {pair['p']:.3f} R {pair['r']:.3f} F {pair['f1']:.3f} ({tp} of {n_gold} gold pairs joined,"
        f" {n_sys} system pairs); e2e {e2e}/{all_pairs} = {e2e / all_pairs if all_pairs else 0.0:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--story", action="append", help="story slug (default: every story with gold)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--heldout",
        action="store_true",
        help="the held-out stories in benchmarks/heldout_stories/ (written blind, never developed on)",
    )
    parser.add_argument(
        "--why", action="store_true", help="tally why gold pairs of one event are in two clusters (identity.explain)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="with --why: the class pairs and the pairs")
    args = parser.parse_args(argv)
    names = args.story or stories(args.heldout)
    unknown = sorted(set(names) - set(stories(args.heldout)))
    if unknown:
        print(f"no gold for {', '.join(unknown)} in {GOLD}", file=sys.stderr)
        return 1
    scores = [evaluate_story(n, args.heldout) for n in names]
    if args.json:
        print(json.dumps([{"story": s.story, "events": s.events, "conflicts": s.conflicts} for s in scores], indent=2))
    else:
        print(table(scores))
    if args.why and not args.json:
        lines: list[str] = []
        for sc in scores:
            lines += format_why(sc.story, sc.events["why_split"], args.verbose)
        if len(scores) > 1:
            total: dict[str, Any] = {"pairs": 0, "reasons": Counter(), "class_pairs": Counter(), "examples": {}}
            for sc in scores:
                w = sc.events["why_split"]
                total["pairs"] += w["pairs"]
                total["reasons"] += w["reasons"]
                total["class_pairs"] += w["class_pairs"]
                for r, c in w["examples"].items():
                    total["examples"].setdefault(r, Counter()).update(c)
            lines += format_why("all", total, args.verbose)
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
