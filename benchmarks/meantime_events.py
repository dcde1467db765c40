"""MEANTIME event coreference (within and across documents) against claimline's event clusters.

Usage::

    .venv/bin/python benchmarks/meantime_events.py [--data PATH] [--corpus airbus,gm] [--limit N] [--json]
        [--why [-v]]

The data directory defaults to ``$MEANTIME_DIR`` or ``../shared/data/meantime``
relative to the repository root; the files read are
``intra_cross-doc_annotation/corpus_{airbus,apple,gm,stock}/*.xml`` (4 × 30
Wikinews articles). See ``benchmarks/README_events.md`` for the figures.

Gold chains
    Every EVENT_MENTION in the annotated part of an article (sentences 0-5: the
    title, the dateline, the first four body sentences) is a gold mention. Its
    chain is the cross-document instance (``instance_id``) of the EVENT it
    ``REFERS_TO``; an EVENT without instance (grammatical events) is a chain of
    its own document; a mention linked to no EVENT is a singleton.

System clusters
    Each corpus is ingested into a fresh store with the articles' creation dates
    (``claimline ingest --published DCT``, run in process). Two systems read it:

    * ``claimline``: every claim is an event mention at its trigger (the token
      of the claim's content whose lemma is its ``predicate``; see
      ``semeval_timeline._trigger``), clustered as the claim timeline merges
      them: the claims of one ``claimline timeline --claims --format json`` entry form
      one cluster, a claim in no entry (no actor) is a singleton;
    * ``events``: every report of every entry of ``claimline timeline --events
      --all --format json`` is an event mention at its ``trigger`` (character
      offsets), clustered by the entry's event cluster.

    ``--system frames`` adds the event layer called as a library
    (``extract_events`` + ``EventClusters``), as measured before the CLI had it.

Scores
    * mentions: a claim *detects* the gold mention whose tokens its trigger
      overlaps (several claims on one mention count once); detection recall and
      precision (claims in the annotated sentences whose trigger is on a gold
      event).
    * coreference on the detected mentions (the gold and the system then cover
      the same mentions): pairwise precision/recall/F1 (pairs of mentions in one
      cluster), the same for the pairs of mentions in two different documents
      (cross-document coreference), and B-cubed precision/recall/F1.
    * end to end: the share of all gold coreference pairs (and of the
      cross-document ones) that the system puts in one cluster.

``--why`` tallies, for the gold coreferent pairs of detected mentions (within and across documents)
that the event clusters split, the reason event identity gives (``stories_eval.why_split``:
class, participants, time, unlinked, commentary, ...); ``-v`` lists the class pairs.

Two reference clusterings of the same detected mentions are scored alongside:
``singletons`` (nothing merged) and ``same lemma`` (one cluster per predicate
lemma per corpus, the usual strong baseline of event coreference).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from meantime_attribution import _dateline_date, _parse_dct, rebuild_text  # noqa: E402
from semeval_timeline import _cli, _lemma_index, _trigger, ingest, load_pipeline, run_frames  # noqa: E402
from stories_eval import format_why, why_split  # noqa: E402

DEFAULT_DIR = REPO.parent / "shared" / "data" / "meantime"
CORPORA = ("airbus", "apple", "gm", "stock")
#: MEANTIME annotates the title (0), the dateline (1) and the first four body sentences.
LAST_ANNOTATED_SENTENCE = 5


@dataclass
class Mention:
    id: str
    docid: str
    start: int
    end: int
    chain: str


@dataclass
class Article:
    docid: str
    text: str
    dct: Any
    annotated_end: int
    mentions: list[Mention] = field(default_factory=list)


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    if path:
        return Path(path)
    env = os.environ.get("MEANTIME_DIR")
    return Path(env) if env else DEFAULT_DIR


def corpus_files(root: Path, name: str, limit: int | None = None) -> list[Path]:
    files = sorted((root / "intra_cross-doc_annotation" / f"corpus_{name}").glob("*.xml"))
    return files[:limit] if limit is not None else files


def available(root: Path) -> list[str]:
    return [c for c in CORPORA if corpus_files(root, c)]


def load_article(path: Path) -> Article:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    text, offsets, sentences = rebuild_text(tokens)
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in tokens}
    docid = root.get("doc_id") or path.stem.split("_")[0]
    markables = root.find("Markables")
    relations = root.find("Relations")
    events: dict[str, str] = {}
    dct_value = ""
    if markables is not None:
        for ev in markables.iter("EVENT"):
            events[ev.get("m_id", "")] = ev.get("instance_id") or f"{docid}:{ev.get('m_id')}"
        for tx in markables.iter("TIMEX3"):
            if tx.get("functionInDocument") == "CREATION_TIME":
                dct_value = tx.get("value", "")
    chain_of: dict[str, str] = {}
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is None or target.get("m_id") not in events:
                continue
            for src in rel.iter("source"):
                chain_of[src.get("m_id", "")] = events[target.get("m_id", "")]
    s1, e1 = sentences.get(1, (0, 0))
    dateline = text[s1:e1]
    dct = _parse_dct(dct_value, dateline) if dct_value else _dateline_date(dateline)
    last = max((n for n in sentences if n <= LAST_ANNOTATED_SENTENCE), default=0)
    art = Article(docid=docid, text=text, dct=dct, annotated_end=sentences.get(last, (0, 0))[1])
    if markables is not None:
        for m in markables.iter("EVENT_MENTION"):
            anchors = [a.get("t_id", "") for a in m.iter("token_anchor")]
            anchors = [a for a in anchors if a in offsets]
            if not anchors or sentence_of[anchors[0]] > LAST_ANNOTATED_SENTENCE:
                continue
            mid = f"{docid}:{m.get('m_id')}"
            art.mentions.append(
                Mention(
                    id=mid,
                    docid=docid,
                    start=min(offsets[a][0] for a in anchors),
                    end=max(offsets[a][1] for a in anchors),
                    chain=chain_of.get(m.get("m_id", ""), f"single:{mid}"),
                )
            )
    return art


# -- scoring ------------------------------------------------------------------------------


def _pairs(clusters: dict[str, str], keep: set[str] | None = None) -> set[tuple[str, str]]:
    """Unordered mention pairs in one cluster (``clusters``: mention → cluster id)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for m, c in clusters.items():
        if keep is None or m in keep:
            groups[c].append(m)
    return {tuple(sorted(p)) for g in groups.values() for p in combinations(sorted(g), 2)}  # type: ignore[misc]


def _prf(correct_p: int, n_p: int, correct_r: int, n_r: int) -> dict[str, float | int]:
    p = correct_p / n_p if n_p else 0.0
    r = correct_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(100 * p, 2),
        "recall": round(100 * r, 2),
        "f1": round(100 * f, 2),
        "n_sys": n_p,
        "n_gold": n_r,
    }


def _doc(mention: str) -> str:
    return mention.split(":", 1)[0]


def pairwise(gold: dict[str, str], system: dict[str, str], *, cross_doc: bool = False) -> dict[str, float | int]:
    """Pairwise P/R/F1 over the mentions both sides cover."""
    common = set(gold) & set(system)
    g = _pairs(gold, common)
    s = _pairs(system, common)
    if cross_doc:
        g = {p for p in g if _doc(p[0]) != _doc(p[1])}
        s = {p for p in s if _doc(p[0]) != _doc(p[1])}
    ok = len(g & s)
    return _prf(ok, len(s), ok, len(g))


def b_cubed(gold: dict[str, str], system: dict[str, str]) -> dict[str, float | int]:
    """B-cubed P/R/F1 over the mentions both sides cover."""
    common = sorted(set(gold) & set(system))
    gmem: dict[str, set[str]] = defaultdict(set)
    smem: dict[str, set[str]] = defaultdict(set)
    for m in common:
        gmem[gold[m]].add(m)
        smem[system[m]].add(m)
    p = r = 0.0
    for m in common:
        g, s = gmem[gold[m]], smem[system[m]]
        both = len(g & s)
        p += both / len(s)
        r += both / len(g)
    n = len(common)
    pr, rc = (p / n, r / n) if n else (0.0, 0.0)
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return {"precision": round(100 * pr, 2), "recall": round(100 * rc, 2), "f1": round(100 * f, 2), "mentions": n}


def end_to_end(gold: dict[str, str], system: dict[str, str]) -> dict[str, float]:
    """Share of all gold pairs (and of the cross-document ones) the system puts together."""
    g = _pairs(gold)
    s = _pairs(system)
    g_cross = {p for p in g if _doc(p[0]) != _doc(p[1])}
    return {
        "pair_recall": round(100 * len(g & s) / len(g), 2) if g else 0.0,
        "cross_doc_pair_recall": round(100 * len(g_cross & s) / len(g_cross), 2) if g_cross else 0.0,
        "gold_pairs": len(g),
        "gold_cross_doc_pairs": len(g_cross),
    }


def score(gold: dict[str, str], system: dict[str, str]) -> dict[str, Any]:
    return {
        "pairwise": pairwise(gold, system),
        "pairwise_cross_doc": pairwise(gold, system, cross_doc=True),
        "b_cubed": b_cubed(gold, system),
        "end_to_end": end_to_end(gold, system),
    }


# -- claimline ----------------------------------------------------------------------------


@dataclass
class Detection:
    clusters: dict[str, str]  # detected gold mention → system cluster
    lemma_clusters: dict[str, str]  # detected gold mention → predicate lemma
    claims_in_scope: int
    claims_on_gold: int
    trigger_source: dict[str, int]
    cluster_source: str
    frame_of: dict[str, str] = field(default_factory=dict)  # detected gold mention → event frame id


def _timeline_clusters(db: Path) -> dict[str, str]:
    """claim id → timeline entry (the stand-in clusters of the claim timeline)."""
    code, out = _cli(["timeline", "--claims", "--db", str(db), "--format", "json"])
    entries = json.loads(out) if code == 0 and out.strip().startswith("[") else []
    found: dict[str, str] = {}
    for i, entry in enumerate(entries):
        for claim in entry.get("claim_ids", []):
            found.setdefault(claim, f"entry{i}")
    return found


def _detect(items: list[tuple[Any, ...]], source: dict[str, int], cluster_source: str) -> Detection:
    """``items``: (article, trigger start, end, cluster id, lemma[, frame id]); the first item on a
    gold mention counts."""
    clusters: dict[str, str] = {}
    lemma_clusters: dict[str, str] = {}
    frame_of: dict[str, str] = {}
    in_scope = on_gold = 0
    for art, start, end, cid, lemma, *frame in items:
        if start >= art.annotated_end:
            continue
        in_scope += 1
        hit = next((m for m in art.mentions if m.start < end and start < m.end), None)
        if hit is None:
            continue
        on_gold += 1
        if hit.id not in clusters:
            clusters[hit.id] = cid
            lemma_clusters[hit.id] = (lemma or hit.id).lower()
            if frame and frame[0]:
                frame_of[hit.id] = frame[0]
    return Detection(clusters, lemma_clusters, in_scope, on_gold, source, cluster_source, frame_of)


def run_claimline(articles: list[Article], nlp: Any, db: Path, art_of: dict[str, Any]) -> Detection:
    """Claims at their triggers, clustered as the claim timeline merges them."""
    code, out = _cli(["claims", "--db", str(db), "--format", "json"])
    claims = json.loads(out) if code == 0 and out.strip().startswith("[") else []
    cluster_of = _timeline_clusters(db)
    lemmas: dict[str, list[tuple[int, int, str, str]]] = {}
    items = []
    sources: dict[str, int] = defaultdict(int)
    for claim in claims:
        art = art_of.get(claim["article_id"])
        if art is None or claim.get("attribution") == "attitude":
            continue  # an attitude claim (the cue tagger's stance toward a thing) is no event report
        if art.docid not in lemmas:
            lemmas[art.docid] = _lemma_index(nlp, art)
        start, end, how = _trigger({}, claim, lemmas[art.docid])
        if start is None:
            continue
        token = next((t for t in lemmas[art.docid] if t[0] == start), None)
        end = end if end is not None else (token[1] if token else start + 1)
        sources[how] += 1
        lemma = claim.get("predicate") or (token[2] if token else "")
        items.append((art, start, end, cluster_of.get(claim["id"], f"claim:{claim['id']}"), lemma))
    return _detect(items, dict(sources), "claim timeline entries")


def run_event_timeline(db: Path, art_of: dict[str, Any], nlp: Any) -> Detection | None:
    """Every report of every event entry (``timeline --events --all --format json``) at its trigger,
    clustered by the entry's event cluster; None when the CLI has no ``--events``."""
    code, out = _cli(["timeline", "--db", str(db), "--all", "--format", "json"])
    if code != 0 or not out.strip().startswith("["):
        return None
    items = []
    lemmas: dict[str, dict[int, str]] = {}
    for i, entry in enumerate(json.loads(out)):
        cid = (entry.get("event") or {}).get("cluster_id") or f"entry{i}"
        for rep in entry.get("reports", []):
            art = art_of.get(rep.get("article_id"))
            trig = rep.get("trigger") or {}
            if art is None or trig.get("start") is None:
                continue
            if art.docid not in lemmas:
                lemmas[art.docid] = {t[0]: t[2] for t in _lemma_index(nlp, art)}
            lemma = lemmas[art.docid].get(trig["start"], trig.get("text", ""))
            items.append((art, trig["start"], trig.get("end", trig["start"] + 1), cid, lemma, rep.get("event_id")))
    return _detect(items, {"trigger": len(items)}, "event clusters (timeline --events)")


# -- errors -------------------------------------------------------------------------------


def _show(f: Any, text: str) -> str:
    """One line about a frame: its trigger, class, parties, time, factuality, sentence."""
    parts = ", ".join(f"{p.role[:2]}:{p.name}" + (f"/{p.label}" if p.label else "") for p in f.participants)
    t = f.time
    when = f"{t.start}..{t.end}" if t is not None and t.start is not None else "-"
    sent = " ".join(text[f.sentence.start : f.sentence.end].split())
    return (
        f"{f.trigger.text!r} {f.event_class}/{f.factuality} [{parts}] t={when}"
        f"{' COMM' if f.commentary else ''} | {sent[:150]}"
    )


def error_report(
    name: str, gold: dict[str, str], det: Detection, db: Path, art_of: dict[str, Any], *, within: bool = False
) -> list[str]:
    """Wrong cross-document merges and gold cross-document pairs left apart (with the identity's
    reason, :func:`claimline.events.identity.explain`) among the detected mentions; ``within``
    adds the wrong merges within one document."""
    import sqlite3

    from claimline.events import identity
    from claimline.store import events as store_events

    conn = sqlite3.connect(db)
    try:
        members = {m.frame.id: m for _, m in store_events._members(conn, "1", [])}
        aliases = store_events.stored_aliases(conn)
    finally:
        conn.close()
    text_of = {aid: a.text for aid, a in art_of.items() if a is not None}
    common = set(det.frame_of) & set(gold)
    sys_of = {m: det.clusters[m] for m in common}
    gold_of = {m: gold[m] for m in common}
    s, g = _pairs(sys_of), _pairs(gold_of)
    out: list[str] = []

    def show(m: str) -> str:
        mem = members.get(det.frame_of[m])
        if mem is None:
            return f"{m} (frame not stored)"
        return f"{m} {mem.published} {_show(mem.frame, text_of.get(mem.frame.article_id, ''))}"

    wrong = sorted(p for p in s - g if within or _doc(p[0]) != _doc(p[1]))
    missed = sorted(p for p in g - s if _doc(p[0]) != _doc(p[1]))
    out.append(f"== {name}: {len(wrong)} wrong merges{'' if within else ' across documents'}")
    for a, b in wrong:
        out += [f"  - {show(a)}", f"    {show(b)}", ""]
    if within:
        right = sorted(s & g)
        out.append(f"== {name}: {len(right)} right merges")
        for a, b in right:
            out += [f"  - {show(a)}", f"    {show(b)}", ""]
    out.append(f"== {name}: {len(missed)} gold cross-document pairs left apart")
    with identity.using_aliases(aliases):
        for a, b in missed:
            ma, mb = members.get(det.frame_of[a]), members.get(det.frame_of[b])
            why = identity.explain(ma, mb) if ma and mb else "?"
            out += [f"  - ({why}) {show(a)}", f"    {show(b)}", ""]
    undetected = [p for p in _pairs(gold) if _doc(p[0]) != _doc(p[1]) and (p[0] not in common or p[1] not in common)]
    out.append(f"== {name}: {len(undetected)} gold cross-document pairs with a mention not detected")
    return out


def why_report(gold: dict[str, str], det: Detection, db: Path) -> dict[str, Any]:
    """:func:`stories_eval.why_split` of the gold pairs of detected mentions the event clusters split."""
    import sqlite3

    from claimline.store import events as store_events

    conn = sqlite3.connect(db)
    try:
        stored = store_events._members(conn, "1", [])
        aliases = store_events.stored_aliases(conn)
    finally:
        conn.close()
    members = {m.frame.id: m for _, m in stored}
    cluster_of = {m.frame.id: cid for cid, m in stored}
    common = sorted(set(det.frame_of) & set(gold))
    split = [
        (det.frame_of[a], det.frame_of[b])
        for a, b in combinations(common, 2)
        if gold[a] == gold[b] and det.clusters[a] != det.clusters[b]
    ]
    return why_split(split, members, cluster_of, aliases)


# -- the event layer through the library ----------------------------------------------------


def run_frames_detection(articles: list[Article], nlp: Any) -> Detection | None:
    """Event frames (``claimline.events``) at their triggers, clusters from ``EventClusters``."""
    run = run_frames(articles, nlp)
    if run is None:
        return None
    items = [(art, f.trigger.start, f.trigger.end, cid, f.trigger.lemma) for art, f, cid, _ in run.frames]
    return _detect(items, {"trigger": len(items)}, "EventClusters (library)")


# -- running ------------------------------------------------------------------------------

SYSTEMS = ("claimline", "events")
ALL_SYSTEMS = (*SYSTEMS, "frames")
CLUSTERINGS = ("clusters", "singletons", "same lemma")


def _detection(gold: int, detected: int, in_scope: int, on_gold: int) -> dict[str, float | int]:
    return {
        "gold_mentions": gold,
        "detected": detected,
        "detection_recall": round(100 * detected / gold, 2) if gold else 0.0,
        "triggers_in_scope": in_scope,
        "detection_precision": round(100 * on_gold / in_scope, 2) if in_scope else 0.0,
    }


def evaluate(
    path: str | os.PathLike[str] | None = None,
    corpora: Sequence[str] = CORPORA,
    limit: int | None = None,
    nlp: Any = None,
    systems: Sequence[str] = SYSTEMS,
    errors: list[str] | None = None,
    within: bool = False,
    why: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Score each system's clusters (and the two reference clusterings of its mentions) per corpus and in all."""
    root = data_dir(path)
    nlp = nlp or load_pipeline()
    results: dict[str, Any] = {"corpora": {}, "all": {}}
    all_gold: dict[str, str] = {}
    all_sys: dict[str, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with tempfile.TemporaryDirectory(prefix="meantime_events_") as tmp:
        for name in corpora:
            t0 = time.perf_counter()
            articles = [load_article(f) for f in corpus_files(root, name, limit)]
            gold = {m.id: f"{name}/{m.chain}" for a in articles for m in a.mentions}
            res: dict[str, Any] = {"articles": len(articles)}
            db = Path(tmp) / f"{name}.db"
            art_of = ingest(articles, db) if {"claimline", "events"} & set(systems) else {}
            for sysname in systems:
                if sysname == "claimline":
                    det = run_claimline(articles, nlp, db, art_of)
                elif sysname == "events":
                    det = run_event_timeline(db, art_of, nlp)
                    if det is not None and errors is not None:
                        errors += error_report(name, gold, det, db, art_of, within=within)
                    if det is not None and why is not None:
                        why[name] = why_report(gold, det, db)
                else:
                    det = run_frames_detection(articles, nlp)
                if det is None:
                    continue
                clusterings = {
                    "clusters": {m: f"{name}/{c}" for m, c in det.clusters.items()},
                    "singletons": {m: f"{name}/{m}" for m in det.clusters},
                    "same lemma": {m: f"{name}/{c}" for m, c in det.lemma_clusters.items()},
                }
                res[sysname] = {
                    **_detection(len(gold), len(det.clusters), det.claims_in_scope, det.claims_on_gold),
                    "trigger_source": det.trigger_source,
                    "cluster_source": det.cluster_source,
                    **{k: score(gold, c) for k, c in clusterings.items()},
                }
                for k, c in clusterings.items():
                    all_sys[sysname][k].update(c)
                t = totals[sysname]
                t["detected"] += len(det.clusters)
                t["in_scope"] += det.claims_in_scope
                t["on_gold"] += det.claims_on_gold
            res["seconds"] = round(time.perf_counter() - t0, 1)
            results["corpora"][name] = res
            all_gold.update(gold)
    for sysname, t in totals.items():
        results["all"][sysname] = {
            **_detection(len(all_gold), t["detected"], t["in_scope"], t["on_gold"]),
            **{k: score(all_gold, c) for k, c in all_sys[sysname].items()},
        }
    return results


def format_report(res: dict[str, Any]) -> str:
    head = (
        f"{'corpus':<8} {'system':<9} {'clusters':<11} {'pair P':>7} {'pair R':>7} {'pair F1':>7} "
        f"{'xdoc P':>7} {'xdoc R':>7} {'xdoc F1':>7} {'B3 P':>7} {'B3 R':>7} {'B3 F1':>7} "
        f"{'e2e R':>7} {'e2e xR':>7}"
    )
    rows = [head, "-" * len(head)]
    blocks: list[tuple[str, dict[str, Any]]] = [*res["corpora"].items(), ("all", res["all"])]
    for name, r in blocks:
        for sysname in ALL_SYSTEMS:
            if sysname not in r:
                continue
            for k in CLUSTERINGS:
                sc = r[sysname][k]
                pw, x, b, e = sc["pairwise"], sc["pairwise_cross_doc"], sc["b_cubed"], sc["end_to_end"]
                vals = (pw["precision"], pw["recall"], pw["f1"], x["precision"], x["recall"], x["f1"])
                vals += (b["precision"], b["recall"], b["f1"], e["pair_recall"], e["cross_doc_pair_recall"])
                label = sysname if k == "clusters" else ""
                rows.append(f"{name:<8} {label:<9} {k:<11} " + " ".join(f"{v:>7.2f}" for v in vals))
    for name, r in blocks:
        for sysname in ALL_SYSTEMS:
            if sysname not in r:
                continue
            d = r[sysname]
            pw, x = d["clusters"]["pairwise"], d["clusters"]["pairwise_cross_doc"]
            rows.append(
                f"{name} {sysname}: {d['gold_mentions']} gold mentions, {d['detected']} detected "
                f"(recall {d['detection_recall']} %, precision {d['detection_precision']} %); "
                f"gold pairs among them {pw['n_gold']} ({x['n_gold']} cross-document), "
                f"merged pairs {pw['n_sys']} ({x['n_sys']} cross-document)"
                + (f"; clusters: {d['cluster_source']}" if "cluster_source" in d else "")
            )
        if "seconds" in r:
            rows.append(f"{name}: {r['seconds']} s")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="MEANTIME directory (default: ../shared/data/meantime)")
    ap.add_argument("--corpus", default=",".join(CORPORA), help="airbus, apple, gm, stock, comma-separated")
    ap.add_argument("--limit", type=int, help="only the first N articles of each corpus")
    ap.add_argument(
        "--system",
        default=",".join(SYSTEMS),
        help="comma-separated: claimline (claim timeline), events (timeline --events), frames (library)",
    )
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="also print the events' wrong cross-document merges and the gold cross-document pairs left apart",
    )
    ap.add_argument("--within", action="store_true", help="with --errors: the wrong merges within documents too")
    ap.add_argument(
        "--why", action="store_true", help="tally why gold coreferent pairs are split (events system; identity.explain)"
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="with --why: the class pairs and the pairs")
    args = ap.parse_args(argv)
    root = data_dir(args.data)
    wanted = [c.strip().removeprefix("corpus_") for c in args.corpus.split(",") if c.strip()]
    missing = [c for c in wanted if c not in available(root)]
    if missing:
        print(f"no MEANTIME corpus {', '.join(missing)} under {root}", file=sys.stderr)
        return 1
    errors: list[str] | None = [] if args.errors else None
    why: dict[str, Any] | None = {} if args.why else None
    res = evaluate(root, wanted, args.limit, systems=args.system.split(","), errors=errors, within=args.within, why=why)
    if why is not None:
        res["why_split"] = why
    print(json.dumps(res, indent=2) if args.json else format_report(res))
    if errors:
        print("\n".join(errors))
    if why and not args.json:
        lines: list[str] = []
        total: dict[str, Any] = {"pairs": 0, "reasons": Counter(), "class_pairs": Counter(), "examples": {}}
        for name, w in why.items():
            lines += format_why(name, w, args.verbose)
            total["pairs"] += w["pairs"]
            total["reasons"] += w["reasons"]
            total["class_pairs"] += w["class_pairs"]
            for r, c in w["examples"].items():
                total["examples"].setdefault(r, Counter()).update(c)
        if len(why) > 1:
            lines += format_why("all", total, args.verbose)
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
