"""SemEval-2015 Task 4 (TimeLine: cross-document event ordering), main track, on claimline.

Usage::

    .venv/bin/python benchmarks/semeval_timeline.py [--data PATH] [--corpus 1,2,3] [--limit N]
        [--json] [--out DIR] [--errors]

The data directory defaults to ``$SEMEVAL_TIMELINE_DIR`` or
``../shared/data/semeval2015-timeline`` relative to the repository root
(SemEval_Task4_data/corpus_{1,2,3}: 30 Wikinews articles each as tokens in CAT
XML, a list of target entities and one gold timeline per entity). See
``benchmarks/README_events.md`` for the method and the figures.

Systems run side by side on the same texts:

``claimline``
    Every article (rebuilt from its tokens, title and dateline on lines of their
    own) is ingested into a fresh store with its document creation date
    (``claimline ingest --published DCT``), then ``claimline timeline --actor
    ENTITY --format json`` (the event timeline, claimline's default) is built for
    every target entity: one line per entry (an event cluster), its mentions the
    ``trigger`` (character offsets) of every report behind it (several mentions
    on one line = cross-document coreference), commentary left out. Its date is
    the anchor (``YYYY-MM-DD``, ``YYYY-MM-XX``, ``YYYY-XX-XX``); an entry the
    text gives no date is anchored at its first publication date, as the
    timeline shows it ("reported on …"; ``--reported-on undated`` puts it at
    position 0 as ``XXXX-XX-XX`` instead, which loses its order: corpus 1
    scores F1 8.0 that way against 15.4), an entry without any date goes to
    position 0, and positions follow the dates (coarser anchors first, as the
    gold does). An event mention is ``DOCID-SENTENCE-WORD`` of its trigger
    token.
``claimline-all``
    The same with ``claimline timeline --all --actor ENTITY``: speech and
    opinion events ("says", "claims", "criticised"), which the timeline lists
    apart as commentary, are lines too — the task's gold counts them as events.
``claims``
    The same store, the claim timeline (``claimline timeline --claims --actor
    ENTITY --format json``): one line per entry, its claims the mentions at the
    token of the claim's content whose lemma is the claim's ``predicate``, else
    the content's first verb, else its first token (claims have no trigger);
    dated like the entries above.
``frames`` (not run by default)
    The event layer through the library, as it was measured before the CLI
    had it: the frames of ``extract_events`` per article, clustered article by
    article (``EventClusters``); an entity's timeline holds the clusters of the
    frames it takes part in (a participant's name, canonical actor or text equal
    to the entity's name, case-insensitive; ``--name-match words`` also takes a
    run of the entity's words, "A380" for "Airbus A380"), commentary left out;
    each cluster is one line, dated by its narrowest event time, else its first
    report.
``baseline``
    The trivial baseline of issue 15: in every sentence of the corpus naming
    the entity (its name, case-insensitive), the main verb (the first verb
    heading its spaCy clause, else the first verb) is an event, anchored at the
    document creation date; one line per mention, ordered by date.

Scoring (``score_timelines``) follows the task's official method as its
organisers describe it (the official script is not part of the data, so it is
re-implemented here): each timeline becomes a graph of TimeML relations — every
anchor value is a TIMEX3 and each event is SIMULTANEOUS with its anchor; events
on one line, or on lines of equal position, are SIMULTANEOUS; every event of a
position is BEFORE every event of the next position; position 0 is unordered and
its anchor ``XXXX-XX-XX`` is no time — and the graphs are compared with
UzZaman & Allen's temporal awareness: precision = share of the system's reduced
graph found in the closure of the gold graph, recall = share of the gold's
reduced graph found in the closure of the system graph, micro-averaged over all
target entities. A graph has many reduced forms (any spanning tree of a
SIMULTANEOUS class, any pair of events for a BEFORE edge between classes: the
task's graphs link events to events and events to times, never two times); the
one that agrees most with the other graph is used, so the figure does not depend
on the order of the links.

Also printed, per corpus: event recall (share of gold mentions in the entity's
system timeline), anchor accuracy (of those, share with the gold anchor) and
pairwise order accuracy (of the pairs of found mentions at different non-zero
gold positions, share the system orders the same way).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from meantime_attribution import _dateline_date, _parse_dct, rebuild_text  # noqa: E402

DEFAULT_DIR = REPO.parent / "shared" / "data" / "semeval2015-timeline"
CORPORA = ("1", "2", "3")
UNDATED = "XXXX-XX-XX"
BEST_PUBLISHED_F1 = 7.85
RESULTS = REPO / "benchmarks" / "results_events.json"


# -- the corpus ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    sentence: int
    word: str


@dataclass
class Document:
    docid: str
    text: str
    dct: date | None
    tokens: list[Token]
    sentences: dict[int, tuple[int, int]]

    def token_at(self, pos: int) -> Token | None:
        """The token covering character ``pos``, else the first one after it."""
        for tok in self.tokens:
            if tok.end > pos:
                return tok
        return None

    def mention(self, tok: Token, end: int | None = None) -> str:
        """``DOCID-SENTENCE-WORD``; with ``end``, every token of the sentence up to it, joined by ``_``."""
        words = [tok.word]
        if end is not None:
            words += [t.word for t in self.tokens if t.sentence == tok.sentence and tok.end <= t.start < end]
        return f"{self.docid}-{tok.sentence}-{'_'.join(words)}"


@dataclass(frozen=True)
class Line:
    ordinal: int
    anchor: str
    mentions: tuple[str, ...]


@dataclass
class Timeline:
    entity: str
    lines: list[Line] = field(default_factory=list)

    def render(self) -> str:
        rows = [self.entity]
        rows += [f"{ln.ordinal}\t{ln.anchor}\t" + "\t".join(ln.mentions) for ln in self.lines]
        return "\n".join(rows) + "\n"


@dataclass
class Corpus:
    name: str
    documents: list[Document]
    entities: list[str]
    gold: dict[str, Timeline]


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The task's directory: ``path``, else ``$SEMEVAL_TIMELINE_DIR``, else the shared default."""
    if path:
        return Path(path)
    env = os.environ.get("SEMEVAL_TIMELINE_DIR")
    return Path(env) if env else DEFAULT_DIR


def corpus_dir(root: Path, name: str) -> Path:
    return root / "SemEval_Task4_data" / f"corpus_{name}"


def available(root: Path) -> list[str]:
    return [c for c in CORPORA if (corpus_dir(root, c) / "corpus_trackA_CAT").is_dir()]


def load_document(path: Path) -> Document:
    """A CAT file of track A: tokens numbered per sentence, the DCT among the markables."""
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    text, offsets, sentences = rebuild_text(tokens)
    toks = [
        Token(offsets[t.get("t_id", "")][0], offsets[t.get("t_id", "")][1], int(t.get("sentence", "0")), t.text or "")
        for t in tokens
    ]
    dct_value = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct_value = timex.get("value", "")
    s, e = sentences.get(1, (0, 0))
    dateline = text[s:e]
    dct = _parse_dct(dct_value, dateline) if dct_value else _dateline_date(dateline)
    docid = root.get("doc_id") or path.name.split("_")[0].split("-")[0]
    return Document(docid=docid, text=text, dct=dct, tokens=toks, sentences=sentences)


_ANCHOR = re.compile(r"^(\d{4}|XXXX)(?:-(\d\d|XX)(?:-(\d\d|XX))?)?$")


def normalise_anchor(value: str) -> str:
    """``2005`` → ``2005-XX-XX``, ``2008-07`` → ``2008-07-XX``; anything else unparsable is undated."""
    m = _ANCHOR.match(value.strip())
    if not m:
        return UNDATED
    return f"{m[1]}-{m[2] or 'XX'}-{m[3] or 'XX'}"


def parse_timeline(text: str, entity: str | None = None) -> Timeline:
    """A timeline file: the entity, then ``ORDINAL<TAB>ANCHOR<TAB>MENTION...`` lines."""
    rows = text.splitlines()
    tl = Timeline(entity or (rows[0].strip() if rows else ""))
    for row in rows[1:]:
        cells = [c.strip() for c in row.split("\t") if c.strip()]
        if len(cells) < 3 or not cells[0].isdigit():
            continue
        tl.lines.append(Line(int(cells[0]), normalise_anchor(cells[1]), tuple(cells[2:])))
    return tl


def gold_file(cdir: Path, entity: str) -> Path:
    return cdir / "TimeLines_Gold_Standard" / (entity.lower().replace(" ", "_") + ".txt")


def load_corpus(root: Path, name: str, limit: int | None = None) -> Corpus:
    """Documents, target entities and gold timelines of ``corpus_<name>``.

    With ``limit`` only the first ``limit`` documents (by file name) are read and
    the gold timelines keep only their mentions in those documents.
    """
    cdir = corpus_dir(root, name)
    files = sorted((cdir / "corpus_trackA_CAT").glob("*.xml"))
    if limit is not None:
        files = files[:limit]
    docs = [load_document(f) for f in files]
    keep = {d.docid for d in docs}
    (listing,) = cdir.glob("list_target_entities*.txt")
    entities: list[str] = []
    for row in listing.read_text(encoding="utf-8").splitlines():
        if row.strip() and row.strip() not in entities:
            entities.append(row.strip())
    gold: dict[str, Timeline] = {}
    for ent in entities:
        path = gold_file(cdir, ent)
        tl = parse_timeline(path.read_text(encoding="utf-8"), entity=ent) if path.exists() else Timeline(ent)
        lines = []
        for ln in tl.lines:
            ms = tuple(m for m in ln.mentions if m.split("-", 1)[0] in keep)
            if ms:
                lines.append(Line(ln.ordinal, ln.anchor, ms))
        gold[ent] = Timeline(ent, lines)
    return Corpus(name=name, documents=docs, entities=entities, gold=gold)


# -- temporal awareness --------------------------------------------------------------------


class Graph:
    """A timeline as TimeML relations, closed: SIMULTANEOUS classes and BEFORE between them."""

    def __init__(self, tl: Timeline, *, undated_as_time: bool = False) -> None:
        self.parent: dict[str, str] = {}
        before: list[tuple[str, str]] = []
        by_ordinal: dict[int, list[str]] = defaultdict(list)
        for ln in tl.lines:
            events = [f"e:{m}" for m in ln.mentions]
            for ev in events:
                self._add(ev)
            for ev in events[1:]:
                self._union(events[0], ev)
            if ln.anchor != UNDATED or undated_as_time:
                timex = f"t:{ln.anchor}"
                self._add(timex)
                self._union(events[0], timex)
            if ln.ordinal > 0:
                by_ordinal[ln.ordinal].extend(events)
        ordinals = sorted(by_ordinal)
        for o in ordinals:
            for ev in by_ordinal[o][1:]:
                self._union(by_ordinal[o][0], ev)
        for a, b in zip(ordinals, ordinals[1:], strict=False):
            before.append((by_ordinal[a][0], by_ordinal[b][0]))
        self.members: dict[str, list[str]] = defaultdict(list)
        for node in self.parent:
            self.members[self._find(node)].append(node)
        self.succ: dict[str, set[str]] = defaultdict(set)
        for a, b in before:
            ca, cb = self._find(a), self._find(b)
            if ca != cb:
                self.succ[ca].add(cb)
        self.reach: dict[str, set[str]] = {c: self._reachable(c) for c in self.members}

    def _add(self, node: str) -> None:
        self.parent.setdefault(node, node)

    def _find(self, node: str) -> str:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def _reachable(self, start: str) -> set[str]:
        seen: set[str] = set()
        stack = list(self.succ.get(start, ()))
        while stack:
            c = stack.pop()
            if c not in seen:
                seen.add(c)
                stack.extend(self.succ.get(c, ()))
        return seen

    def cls(self, node: str) -> str | None:
        return self._find(node) if node in self.parent else None

    def simultaneous(self, a: str, b: str) -> bool:
        ca, cb = self.cls(a), self.cls(b)
        return ca is not None and ca == cb

    def before(self, a: str, b: str) -> bool:
        ca, cb = self.cls(a), self.cls(b)
        return ca is not None and cb is not None and cb in self.reach[ca]

    def reduced_against(self, other: Graph) -> tuple[int, int]:
        """(relations in the reduced graph, how many of them ``other``'s closure holds),
        choosing the reduced graph that agrees most with ``other``."""
        total = correct = 0
        for members in self.members.values():
            groups: dict[str, list[str]] = defaultdict(list)
            for m in members:
                groups[other.cls(m) or f"alone:{m}"].append(m)
            total += len(members) - 1
            for group in groups.values():
                if any(m.startswith("e:") for m in group):  # no relation links two times directly
                    correct += len(group) - 1
        for a, succ in self.succ.items():
            for b in succ:
                if any(b in self.reach[s] for s in succ if s != b):
                    continue  # implied by a longer path: not in the reduced graph
                total += 1
                events_a = [x for x in self.members[a] if x.startswith("e:")]
                events_b = [y for y in self.members[b] if y.startswith("e:")]
                if any(other.before(x, y) for x in events_a for y in events_b):
                    correct += 1
        return total, correct


@dataclass
class Counts:
    sys_reduced: int = 0
    sys_correct: int = 0
    gold_reduced: int = 0
    gold_found: int = 0

    def add(self, other: Counts) -> None:
        self.sys_reduced += other.sys_reduced
        self.sys_correct += other.sys_correct
        self.gold_reduced += other.gold_reduced
        self.gold_found += other.gold_found

    def prf(self) -> dict[str, float]:
        p = self.sys_correct / self.sys_reduced if self.sys_reduced else 0.0
        r = self.gold_found / self.gold_reduced if self.gold_reduced else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(100 * p, 2), "recall": round(100 * r, 2), "f1": round(100 * f, 2)}


def score_timeline(gold: Timeline, system: Timeline, *, undated_as_time: bool = False) -> Counts:
    """Temporal-awareness counts of one entity's timeline; ``undated_as_time`` makes
    ``XXXX-XX-XX`` a TIMEX3 too (a reading of the task's description, see the README)."""
    g, s = Graph(gold, undated_as_time=undated_as_time), Graph(system, undated_as_time=undated_as_time)
    sys_total, sys_ok = s.reduced_against(g)
    gold_total, gold_ok = g.reduced_against(s)
    return Counts(sys_total, sys_ok, gold_total, gold_ok)


def score_timelines(
    gold: dict[str, Timeline], system: dict[str, Timeline], *, undated_as_time: bool = False
) -> dict[str, Any]:
    """Micro-averaged temporal awareness over all entities (a missing timeline is empty)."""
    total = Counts()
    for ent, gtl in gold.items():
        total.add(score_timeline(gtl, system.get(ent, Timeline(ent)), undated_as_time=undated_as_time))
    return {**total.prf(), **total.__dict__}


# -- the other figures ---------------------------------------------------------------------


def _positions(tl: Timeline) -> dict[str, tuple[int, str]]:
    out: dict[str, tuple[int, str]] = {}
    for ln in tl.lines:
        for m in ln.mentions:
            out.setdefault(m, (ln.ordinal, ln.anchor))
    return out


def diagnostics(gold: dict[str, Timeline], system: dict[str, Timeline]) -> dict[str, Any]:
    """Event recall, anchor accuracy and pairwise order accuracy, micro over entities."""
    n_gold = found = anchor_ok = pairs = pairs_ok = n_sys = sys_in_gold = 0
    for ent, gtl in gold.items():
        gpos = _positions(gtl)
        spos = _positions(system.get(ent, Timeline(ent)))
        n_gold += len(gpos)
        n_sys += len(spos)
        sys_in_gold += sum(1 for m in spos if m in gpos)
        hits = [m for m in gpos if m in spos]
        found += len(hits)
        anchor_ok += sum(1 for m in hits if gpos[m][1] == spos[m][1])
        for i, a in enumerate(hits):
            for b in hits[i + 1 :]:
                ga, gb = gpos[a][0], gpos[b][0]
                if ga == 0 or gb == 0 or ga == gb:
                    continue
                pairs += 1
                sa, sb = spos[a][0], spos[b][0]
                if sa and sb and (sa < sb) == (ga < gb) and sa != sb:
                    pairs_ok += 1

    def pct(a: int, b: int) -> float:
        return round(100 * a / b, 2) if b else 0.0

    return {
        "gold_mentions": n_gold,
        "system_mentions": n_sys,
        "event_recall": pct(found, n_gold),
        "event_precision": pct(sys_in_gold, n_sys),
        "anchor_accuracy": pct(anchor_ok, found),
        "order_pairs": pairs,
        "order_accuracy": pct(pairs_ok, pairs),
        "entities_with_timeline": sum(1 for ent in gold if system.get(ent) and system[ent].lines),
        "entities": len(gold),
    }


# -- why gold events are missed -----------------------------------------------------------

#: Error classes of a gold mention, in the order of the analysis.
ERROR_CLASSES = (
    "no_timeline",  # the entity has no timeline at all
    "no_event",  # the mention's word is in no claim (claimline) / is no frame trigger (events)
    "in_claim_not_its_event",  # inside a claim's content, but not the claim's event (claimline only)
    "other_timeline",  # an event of the system, but not in this entity's timeline
    "right_date",
    "report_date_gold_undated",  # dated by its article's date; the gold says the text gives no date
    "report_date_gold_other",  # dated by its article's date; the gold has another date
    "undated_gold_dated",
    "other_date_same_period",  # a date at another granularity, within the gold's
    "other_date",
)


def _gold_position(doc: Document, mention: str) -> int | None:
    _, sent, word = mention.split("-", 2)
    first = word.split("_")[0]
    for tok in doc.tokens:
        if tok.sentence == int(sent) and tok.word == first:
            return tok.start
    return None


def _same_period(system: str, gold: str) -> bool:
    return all(a == b or "X" in a or "X" in b for a, b in zip(system.split("-"), gold.split("-"), strict=True))


def error_analysis(
    corpus: Corpus,
    timelines: dict[str, Timeline],
    events: set[str],
    spans: dict[str, list[tuple[int, int]]] | None = None,
) -> dict[str, dict[str, int]]:
    """Per entity, how many gold mentions fall in each of :data:`ERROR_CLASSES`."""
    docs = {d.docid: d for d in corpus.documents}
    out: dict[str, dict[str, int]] = {}
    for ent, gtl in corpus.gold.items():
        counts = dict.fromkeys(("gold", *ERROR_CLASSES), 0)
        stl = timelines.get(ent) or Timeline(ent)
        spos = _positions(stl)
        for m, (_, anchor) in _positions(gtl).items():
            counts["gold"] += 1
            doc = docs[m.split("-", 1)[0]]
            dct = doc.dct.isoformat() if doc.dct else None
            if not stl.lines:
                key = "no_timeline"
            elif m in spos:
                got = spos[m][1]
                if got == anchor:
                    key = "right_date"
                elif got == dct:
                    key = "report_date_gold_undated" if anchor == UNDATED else "report_date_gold_other"
                elif got == UNDATED:
                    key = "undated_gold_dated"
                elif anchor != UNDATED and _same_period(got, anchor):
                    key = "other_date_same_period"
                else:
                    key = "other_date"
            elif m in events:
                key = "other_timeline"
            else:
                pos = _gold_position(doc, m)
                inside = pos is not None and any(s <= pos < e for s, e in (spans or {}).get(doc.docid, []))
                key = "in_claim_not_its_event" if inside else "no_event"
            counts[key] += 1
        out[ent] = counts
    return out


def format_errors(name: str, system: str, analysis: dict[str, dict[str, int]]) -> str:
    short = ("gold", "no tl", "no event", "in claim", "other tl", "date ok", "rep/undt", "rep/oth")
    short += ("undated", "period", "other")
    head = f"{'corpus_' + name + ' ' + system:<40}" + "".join(f"{c:>9}" for c in short)
    rows = [head]
    total = dict.fromkeys(("gold", *ERROR_CLASSES), 0)
    for ent, c in analysis.items():
        rows.append(f"  {ent:<38}" + "".join(f"{c[k]:>9}" for k in ("gold", *ERROR_CLASSES)))
        for k in total:
            total[k] += c[k]
    rows.append(f"  {'total':<38}" + "".join(f"{total[k]:>9}" for k in ("gold", *ERROR_CLASSES)))
    return "\n".join(rows)


# -- from dated items to a timeline --------------------------------------------------------


def anchor_of(start: date | None, end: date | None) -> str:
    """The task's anchor for a calendar interval: day, month or year, else undated."""
    if start is None:
        return UNDATED
    end = end or start
    if start == end:
        return start.isoformat()
    if start.year == end.year and start.month == end.month:
        return f"{start:%Y-%m}-XX"
    if start.year == end.year:
        return f"{start:%Y}-XX-XX"
    return UNDATED


def _anchor_key(anchor: str) -> tuple[str, int]:
    """Chronological key: by first day, coarser anchors first (2005 before 2005-01 before 2005-01-18)."""
    y, m, d = anchor.split("-")
    return (f"{y}-{'01' if m == 'XX' else m}-{'01' if d == 'XX' else d}", (m != "XX") + (d != "XX"))


def build_timeline(entity: str, items: Iterable[tuple[str, Sequence[str]]]) -> Timeline:
    """``items``: (anchor, mentions of one event). Positions follow the anchors; each mention once."""
    seen: set[str] = set()
    rows: list[tuple[str, tuple[str, ...]]] = []
    for anchor, mentions in items:
        ms = tuple(m for m in dict.fromkeys(mentions) if m not in seen)
        seen.update(ms)
        if ms:
            rows.append((anchor, ms))
    order = sorted({a for a, _ in rows if a != UNDATED}, key=_anchor_key)
    rank = {a: i + 1 for i, a in enumerate(order)}
    lines = [Line(rank.get(a, 0), a, ms) for a, ms in rows]
    lines.sort(key=lambda ln: (ln.ordinal, ln.mentions))
    return Timeline(entity, lines)


# -- claimline -----------------------------------------------------------------------------


def _cli(args: list[str]) -> tuple[int, str]:
    """Run ``claimline ARGS`` in this process (the spaCy pipeline loads once)."""
    from typer.testing import CliRunner

    from claimline.cli import app

    result = CliRunner().invoke(app, args)
    return result.exit_code, result.stdout


@dataclass
class ClaimlineRun:
    timelines: dict[str, Timeline]
    no_timeline: list[str]
    trigger_source: dict[str, int]
    claims: dict[str, dict[str, Any]]
    seconds: float
    events: set[str] = field(default_factory=set)  # the trigger mention of every claim
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # docid → claim content spans


def _lemma_index(nlp: Any, doc: Document) -> list[tuple[int, int, str, str]]:
    """(start, end, lemma, pos) of every spaCy token of the document."""
    return [(t.idx, t.idx + len(t.text), t.lemma_.lower(), t.pos_) for t in nlp(doc.text)]


def _trigger(
    obj: dict[str, Any], claim: dict[str, Any] | None, lemmas: list[tuple[int, int, str, str]]
) -> tuple[int | None, int | None, str]:
    """Character offsets (start, end or None) of the event trigger and where they came from."""
    for holder in (obj, claim or {}):
        event = holder.get("event")
        for trig in (holder.get("trigger"), event.get("trigger") if isinstance(event, dict) else None):
            if isinstance(trig, dict) and trig.get("start") is not None:
                end = trig.get("end")
                return int(trig["start"]), (int(end) if end is not None else None), "trigger"
    if claim is None:
        return None, None, "none"
    s, e = claim["start"], claim["end"]
    inside = [t for t in lemmas if t[0] >= s and t[1] <= e]
    pred = (claim.get("predicate") or "").lower()
    for t in inside:
        if pred and t[2] == pred:
            return t[0], None, "predicate"
    for t in inside:
        if t[3] in ("VERB", "AUX"):
            return t[0], None, "first_verb"
    return (inside[0][0] if inside else s), None, "claim_start"


def ingest(documents: Sequence[Any], db: Path) -> dict[str, Any]:
    """``claimline ingest --published DCT`` each document into a fresh store; article id → document."""
    if db.exists():
        db.unlink()
    texts = db.with_suffix("")
    texts.mkdir(parents=True, exist_ok=True)
    by_path: dict[str, Any] = {}
    for doc in documents:
        path = texts / f"{doc.docid}.txt"
        path.write_text(doc.text, encoding="utf-8")
        args = ["ingest", "--db", str(db), str(path)]
        if doc.dct:
            args[1:1] = ["--published", doc.dct.isoformat()]
        code, out = _cli(args)
        if code != 0:
            raise RuntimeError(f"claimline ingest failed on {path}: {out}")
        by_path[str(path)] = doc
    code, out = _cli(["articles", "--db", str(db), "--format", "json"])
    articles = json.loads(out) if code == 0 else []
    return {a["id"]: by_path.get(a.get("path") or "") for a in articles}


def run_claim_timeline(
    corpus: Corpus, nlp: Any, db: Path, doc_of: dict[str, Any], reported_on: str = "date"
) -> ClaimlineRun:
    """Every entity's ``claimline timeline --claims --actor ENTITY --format json`` (claim entries)."""
    t0 = time.perf_counter()
    code, out = _cli(["claims", "--db", str(db), "--format", "json"])
    claims = {c["id"]: c for c in (json.loads(out) if code == 0 else [])}
    lemmas = {d.docid: _lemma_index(nlp, d) for d in corpus.documents}
    timelines: dict[str, Timeline] = {}
    missing: list[str] = []
    sources: dict[str, int] = defaultdict(int)
    for ent in corpus.entities:
        code, out = _cli(["timeline", "--claims", "--db", str(db), "--actor", ent, "--format", "json"])
        if code != 0:
            missing.append(ent)
            timelines[ent] = Timeline(ent)
            continue
        items = []
        for entry in json.loads(out):
            anchor = _entry_anchor(entry, reported_on)
            mentions = []
            for cid in entry.get("claim_ids", []):
                claim = claims.get(cid)
                doc = doc_of.get(claim["article_id"]) if claim else None
                if doc is None:
                    continue
                pos, end, how = _trigger(
                    entry if len(entry.get("claim_ids", [])) == 1 else {}, claim, lemmas[doc.docid]
                )
                tok = doc.token_at(pos) if pos is not None else None
                if tok is not None:
                    sources[how] += 1
                    mentions.append(doc.mention(tok, end))
            items.append((anchor, mentions))
        timelines[ent] = build_timeline(ent, items)
    run = ClaimlineRun(timelines, missing, dict(sources), claims, time.perf_counter() - t0)
    for claim in claims.values():
        doc = doc_of.get(claim["article_id"])
        if doc is None:
            continue
        run.spans.setdefault(doc.docid, []).append((claim["start"], claim["end"]))
        pos, t_end, _ = _trigger({}, claim, lemmas[doc.docid])
        tok = doc.token_at(pos) if pos is not None else None
        if tok is not None:
            run.events.add(doc.mention(tok, t_end))
    return run


def _report_mentions(entry: dict[str, Any], doc_of: dict[str, Any]) -> list[str]:
    """The trigger mention of every report of an event entry."""
    mentions = []
    for rep in entry.get("reports", []):
        doc = doc_of.get(rep.get("article_id"))
        trig = rep.get("trigger") or {}
        tok = doc.token_at(trig["start"]) if doc is not None and trig.get("start") is not None else None
        if tok is not None:
            mentions.append(doc.mention(tok, trig.get("end")))
    return mentions


def _entry_anchor(entry: dict[str, Any], reported_on: str = "date") -> str:
    """The task's anchor of a timeline entry; ``reported_on="undated"``: an entry dated only by its
    publication ("reported on …": the text gives no event time) is undated, else at that date."""
    first = date.fromisoformat(entry["start"]) if entry.get("start") else None
    last = date.fromisoformat(entry["end"]) if entry.get("end") else None
    basis = entry.get("date_basis")
    if basis == "none" or (basis == "publication" and reported_on == "undated"):
        return UNDATED
    return anchor_of(first, last)


def run_event_timeline(
    corpus: Corpus, db: Path, doc_of: dict[str, Any], reported_on: str = "date", commentary: bool = False
) -> ClaimlineRun | None:
    """Every entity's ``claimline timeline --actor ENTITY --format json`` (the event timeline): one
    line per event entry, its reports' triggers as mentions; None when the CLI gives no event entries.
    ``commentary``: ``timeline --all`` (speech and opinion events too, which the gold counts)."""
    t0 = time.perf_counter()
    code, out = _cli(["timeline", "--db", str(db), "--all", "--format", "json"])
    if code != 0 or not out.strip().startswith("["):
        return None
    every = json.loads(out)
    run = ClaimlineRun({}, [], {"trigger": 0}, {}, 0.0)
    run.events = {m for entry in every for m in _report_mentions(entry, doc_of)}
    for ent in corpus.entities:
        extra = ["--all"] if commentary else []
        code, out = _cli(["timeline", "--db", str(db), "--actor", ent, "--format", "json", *extra])
        entries = json.loads(out) if code == 0 and out.strip().startswith("[") else []
        if not entries:
            run.no_timeline.append(ent)
        items = []
        for entry in entries:
            if entry.get("status") == "commentary" and not commentary:
                continue
            mentions = _report_mentions(entry, doc_of)
            run.trigger_source["trigger"] += len(mentions)
            items.append((_entry_anchor(entry, reported_on), mentions))
        run.timelines[ent] = build_timeline(ent, items)
    run.seconds = time.perf_counter() - t0
    return run


# -- the event layer through the library (until the timeline JSON carries events) -----------


@dataclass
class FrameRun:
    """Event frames of every document, clustered: (document, frame, cluster id, publication date)."""

    frames: list[tuple[Document, Any, str, date | None]]
    seconds: float


def run_frames(documents: Sequence[Any], nlp: Any) -> FrameRun | None:
    """``claimline.events``: frames per article, clustered article by article; None without the layer."""
    try:
        from claimline.events import EventClusters, extract_events, members
    except ImportError:
        return None
    t0 = time.perf_counter()
    clusters = EventClusters()
    found: list[tuple[Any, Any, date | None]] = []
    for doc in documents:
        ex, frames = extract_events(doc.text, published=doc.dct, nlp=nlp)
        if ex.text != doc.text:  # offsets would not be ours
            raise RuntimeError(f"claimline changed the text of {doc.docid}")
        clusters.add(members(ex, frames))
        found += [(doc, f, doc.dct) for f in frames]
    cluster_of = clusters.of_frame()
    return FrameRun([(d, f, cluster_of[f.id], p) for d, f, p in found], time.perf_counter() - t0)


def _words(name: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[\w&]+", name.casefold()) if w not in ("the", "s"))


def _within(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """``a`` is a run of consecutive words of ``b``."""
    return bool(a) and any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


def _names(frame: Any, entities: Sequence[str], name_match: str) -> set[str]:
    """The entities (casefolded) a frame's participants name. ``exact``: a participant's name,
    canonical actor or text equals the entity's name; ``words``: also when one is a run of
    words of the other ("A380" / "Airbus A380"), unless the participant is exactly another entity."""
    names = {n for p in frame.participants for n in (p.name, p.actor, p.text) if n}
    found = {n.casefold() for n in names}
    if name_match == "words":
        targets = {e.casefold(): _words(e) for e in entities}
        for n in names:
            w = _words(n)
            if any(t == w for t in targets.values()):
                continue
            found |= {e for e, t in targets.items() if _within(w, t) or _within(t, w)}
    return found


def frame_timelines(run: FrameRun, entities: Sequence[str], name_match: str = "exact") -> dict[str, Timeline]:
    """One timeline per entity: the clusters of the frames it takes part in (by name, see :func:`_names`),
    commentary left out; a cluster is dated by its narrowest event time, else its first report."""
    by_cluster: dict[str, list[tuple[Document, Any, date | None]]] = defaultdict(list)
    for doc, frame, cid, published in run.frames:
        by_cluster[cid].append((doc, frame, published))

    def anchor(cid: str) -> str:
        timed = [f.time for _, f, _ in by_cluster[cid] if f.time is not None and f.time.start is not None]
        if timed:
            t = min(timed, key=lambda t: ((t.end or t.start) - t.start, t.start))
            return anchor_of(t.start, t.end)
        reported = [p for _, _, p in by_cluster[cid] if p is not None]
        return min(reported).isoformat() if reported else UNDATED

    out: dict[str, Timeline] = {}
    for ent in entities:
        key = ent.casefold()
        items: dict[str, list[str]] = {}
        for doc, frame, cid, _ in run.frames:
            if frame.commentary or key not in _names(frame, entities, name_match):
                continue
            tok = doc.token_at(frame.trigger.start)
            if tok is not None:
                items.setdefault(cid, []).append(doc.mention(tok, frame.trigger.end))
        out[ent] = build_timeline(ent, [(anchor(cid), ms) for cid, ms in items.items()])
    return out


# -- the trivial baseline ------------------------------------------------------------------


def _main_verb(sent_tokens: list[Any], s: int, e: int) -> Any | None:
    """The main verb of the corpus sentence [s, e): a verb heading its clause, else the first verb."""
    verbs = [t for t in sent_tokens if t.pos_ in ("VERB", "AUX")]
    for t in verbs:
        if t.dep_ == "ROOT" or not (s <= t.head.idx < e):
            if t.pos_ == "VERB" or not any(v.pos_ == "VERB" for v in verbs):
                return t
    heads = [t for t in verbs if t.pos_ == "VERB"]
    return heads[0] if heads else (verbs[0] if verbs else None)


def run_baseline(corpus: Corpus, nlp: Any) -> dict[str, Timeline]:
    """Main verb of every sentence naming the entity, anchored at the document date."""
    parsed = {d.docid: nlp(d.text) for d in corpus.documents}
    per_entity: dict[str, list[tuple[str, list[str]]]] = {ent: [] for ent in corpus.entities}
    for doc in corpus.documents:
        anchor = doc.dct.isoformat() if doc.dct else UNDATED
        sdoc = parsed[doc.docid]
        for n, (s, e) in sorted(doc.sentences.items()):
            sentence = doc.text[s:e].lower()
            naming = [ent for ent in corpus.entities if ent.lower() in sentence]
            if not naming:
                continue
            span = sdoc.char_span(s, e, alignment_mode="expand")
            verb = _main_verb(list(span), s, e) if span is not None else None
            tok = doc.token_at(verb.idx) if verb is not None else None
            if tok is None or tok.sentence != n:
                continue
            for ent in naming:
                per_entity[ent].append((anchor, [doc.mention(tok)]))
    return {ent: build_timeline(ent, items) for ent, items in per_entity.items()}


# -- running -------------------------------------------------------------------------------


def load_pipeline() -> Any:
    """claimline's spaCy pipeline (wherever the package keeps its loader)."""
    import importlib

    for name in ("claimline.extraction.pipeline", "claimline.nlp"):
        try:
            return importlib.import_module(name).load()
        except ModuleNotFoundError:
            continue
    raise RuntimeError("claimline's spaCy pipeline loader not found")


def evaluate(
    path: str | os.PathLike[str] | None = None,
    corpora: Sequence[str] = CORPORA,
    limit: int | None = None,
    nlp: Any = None,
    out_dir: Path | None = None,
    systems: Sequence[str] = ("claimline", "claimline-all", "claims", "baseline"),
    name_match: str = "exact",
    reported_on: str = "date",
    commentary: bool = False,
) -> dict[str, Any]:
    """Run the systems on the corpora and score them; returns a JSON-ready dict."""
    root = data_dir(path)
    nlp = nlp or load_pipeline()
    systems = list(dict.fromkeys("claimline" if s == "events" else s for s in systems))  # "events": its old name
    results: dict[str, Any] = {"corpora": {}, "best_published_f1": BEST_PUBLISHED_F1}
    totals: dict[str, Counts] = {s: Counts() for s in systems}
    all_gold: dict[str, Timeline] = {}
    all_sys: dict[str, dict[str, Timeline]] = {s: {} for s in systems}
    with tempfile.TemporaryDirectory(prefix="semeval_timeline_") as tmp:
        work = Path(tmp)
        for name in corpora:
            corpus = load_corpus(root, name, limit)
            res: dict[str, Any] = {"documents": len(corpus.documents), "entities": len(corpus.entities)}
            outputs: dict[str, dict[str, Timeline]] = {}
            errors: dict[str, Any] = {}
            if {"claimline", "claimline-all", "claims"} & set(systems):
                t0 = time.perf_counter()
                db = work / f"corpus_{corpus.name}.db"
                doc_of = ingest(corpus.documents, db)
                res["ingest_seconds"] = round(time.perf_counter() - t0, 1)
            for sysname, talk in (("claimline", commentary), ("claimline-all", True)):
                if sysname not in systems:
                    continue
                ev = run_event_timeline(corpus, db, doc_of, reported_on, talk)
                if ev is not None:
                    outputs[sysname] = ev.timelines
                    res["no_timeline" if sysname == "claimline" else "all_no_timeline"] = ev.no_timeline
                    errors[sysname] = error_analysis(corpus, ev.timelines, ev.events)
            if "claims" in systems:
                run = run_claim_timeline(corpus, nlp, db, doc_of, reported_on)
                outputs["claims"] = run.timelines
                res["claims_no_timeline"] = run.no_timeline
                res["trigger_source"] = run.trigger_source
                errors["claims"] = error_analysis(corpus, run.timelines, run.events, run.spans)
            if "frames" in systems:
                frames = run_frames(corpus.documents, nlp)
                if frames is not None:
                    outputs["frames"] = frame_timelines(frames, corpus.entities, name_match)
                    triggers = {
                        d.mention(t, f.trigger.end)
                        for d, f, _, _ in frames.frames
                        if (t := d.token_at(f.trigger.start))
                    }
                    errors["frames"] = error_analysis(corpus, outputs["frames"], triggers)
            res["errors"] = errors
            if "baseline" in systems:
                outputs["baseline"] = run_baseline(corpus, nlp)
            for sysname, tls in outputs.items():
                per_entity = {
                    ent: score_timeline(corpus.gold[ent], tls.get(ent, Timeline(ent))) for ent in corpus.entities
                }
                counts = Counts()
                for c in per_entity.values():
                    counts.add(c)
                totals[sysname].add(counts)
                res[sysname] = {
                    **counts.prf(),
                    "f1_undated_as_time": score_timelines(corpus.gold, tls, undated_as_time=True)["f1"],
                    **diagnostics(corpus.gold, tls),
                    "per_entity": {ent: c.prf()["f1"] for ent, c in per_entity.items()},
                }
                for ent, tl in tls.items():
                    all_sys[sysname][f"{name}/{ent}"] = tl
                if out_dir:
                    d = out_dir / sysname / f"corpus_{name}"
                    d.mkdir(parents=True, exist_ok=True)
                    for ent, tl in tls.items():
                        (d / gold_file(Path("."), ent).name).write_text(tl.render(), encoding="utf-8")
            for ent, tl in corpus.gold.items():
                all_gold[f"{name}/{ent}"] = tl
            results["corpora"][name] = res
    systems = [s for s in systems if all_sys[s]]
    results["all"] = {
        s: {
            **totals[s].prf(),
            "f1_undated_as_time": score_timelines(all_gold, all_sys[s], undated_as_time=True)["f1"],
            **diagnostics(all_gold, all_sys[s]),
        }
        for s in systems
    }
    return results


def format_report(res: dict[str, Any]) -> str:
    cols = ("P", "R", "F1", "F1 XXXX=t", "ev.recall", "ev.prec", "anchor acc", "order acc", "pairs", "timelines")
    head = f"{'corpus':<10} {'system':<13} " + " ".join(f"{c:>10}" for c in cols[:-2]) + "  pairs timelines"
    rows = [head, "-" * len(head)]

    def row(corpus: str, system: str, r: dict[str, Any]) -> str:
        vals = (
            r["precision"],
            r["recall"],
            r["f1"],
            r["f1_undated_as_time"],
            r["event_recall"],
            r["event_precision"],
            r["anchor_accuracy"],
            r["order_accuracy"],
        )
        return (
            f"{corpus:<10} {system:<13} "
            + " ".join(f"{v:>10.2f}" for v in vals)
            + f" {r['order_pairs']:>6} {r['entities_with_timeline']:>5}/{r['entities']}"
        )

    for name, res_c in res["corpora"].items():
        for s in ("claimline", "claimline-all", "claims", "frames", "baseline"):
            if s in res_c:
                rows.append(row(f"corpus_{name}", s, res_c[s]))
    for s, r in res["all"].items():
        rows.append(row("all", s, r))
    rows.append(f"best published system (main track): F1 {res['best_published_f1']}")
    for name, res_c in res["corpora"].items():
        notes = [f"ingest {res_c.get('ingest_seconds')} s"]
        if "no_timeline" in res_c:
            notes.append(f"event timeline: none for {len(res_c['no_timeline'])} of {res_c['entities']} entities")
        if "claims_no_timeline" in res_c:
            notes.append(
                f"claim timeline: none for {len(res_c['claims_no_timeline'])}, trigger offsets from "
                + ", ".join(f"{k} {v}" for k, v in sorted(res_c["trigger_source"].items()))
            )
        rows.append(f"corpus_{name}: " + "; ".join(notes))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="semeval2015-timeline directory (default: ../shared/data/...)")
    ap.add_argument("--corpus", default=",".join(CORPORA), help="corpora to run, e.g. 1 or 1,3 (default: all)")
    ap.add_argument("--limit", type=int, help="only the first N documents of each corpus (gold cut to them)")
    ap.add_argument(
        "--system",
        default="claimline,claimline-all,claims,baseline",
        help="comma-separated: claimline (the event timeline, `timeline --actor`), claimline-all (`timeline --all "
        "--actor`: speech and opinion events too), claims (the claim timeline, `timeline --claims`), frames (the "
        "event layer through the library), baseline",
    )
    ap.add_argument(
        "--reported-on",
        choices=("undated", "date"),
        default="date",
        help="anchor of an entry dated only by its publication ('reported on …'): undated (the text gives no "
        "event time) or the publication date",
    )
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--out", type=Path, help="write the system timelines (task format) under this directory")
    ap.add_argument("--save", action="store_true", help=f"also write the results to {RESULTS.name}")
    ap.add_argument("--errors", action="store_true", help="print, per entity, why gold events are missed")
    ap.add_argument(
        "--name-match",
        choices=("exact", "words"),
        default="exact",
        help="frames system: participant = entity by exact name, or also by a run of its words",
    )
    args = ap.parse_args(argv)
    root = data_dir(args.data)
    found = available(root)
    wanted = [c.strip().removeprefix("corpus_") for c in args.corpus.split(",") if c.strip()]
    missing = [c for c in wanted if c not in found]
    if missing:
        print(f"no SemEval-2015 Task 4 corpus {', '.join(missing)} under {root}", file=sys.stderr)
        return 1
    res = evaluate(
        root,
        wanted,
        args.limit,
        out_dir=args.out,
        systems=args.system.split(","),
        name_match=args.name_match,
        reported_on=args.reported_on,
    )
    if args.save:
        RESULTS.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(res, indent=2) if args.json else format_report(res))
    if args.errors and not args.json:
        for name, res_c in res["corpora"].items():
            for system, analysis in res_c.get("errors", {}).items():
                print()
                print(format_errors(name, system, analysis))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
