"""Attribution benchmark on PolNeAR (political news, brat standoff): source, cue and content.

Usage::

    .venv/bin/python benchmarks/polnear_eval.py [--split dev|train] [--limit N] [--json]
        [--errors N] [--data PATH]

The data directory defaults to ``$POLNEAR_DIR`` or ``../shared/data/polnear``
relative to the repository root (``{split}/text/*.txt`` and
``{split}/attributions/*_ANNOTATOR.ann``; see its README). Each text is given
to claimline's library extraction (``claimline.extract``) as it is, with the
publication date from ``metadata.tsv``; the offsets of the ``.ann`` files are
character offsets into that text and claimline's spans are offsets into the
same text (checked at load: every span's text must equal the text at its
offsets).

Gold
    Every ``E`` line (``Attribution`` or ``Attribution-no-source``) with a Cue
    and a Content. Spans may be discontinuous (``s e;s e``): a span overlaps a
    range when one of its fragments does. Some texts were annotated twice (by
    different annotators); the first annotation file in name order is the
    gold, so a text is scored once.

Predictions
    Every claim whose ``attribution`` is not ``author`` and that has a cue or a
    source: the outlet's own unattributed statements, and quotations attributed to
    no one, are not predicted attributions.

Scoring
    * **relaxed attribution**: a gold attribution is *found* when one predicted
      claim overlaps both its cue (the claim's ``cue`` span) and its content
      (the claim's ``start``-``end``); recall = found / gold. A prediction is
      correct when it overlaps the cue and the content of some gold attribution;
      precision = correct / predicted.
    * **source accuracy**: over found gold attributions that have a source,
      the share whose matching claim's source overlaps the gold source (when
      several claims match, the best one counts). Found attributions without a
      gold source are counted apart (how many of them got a source anyway).
    * **per role** (source, cue, content): *relaxed* — a predicted span is
      correct when it overlaps a gold span of the same role, a gold span is
      found when a predicted span overlaps it; *overlap* — character
      precision/recall over the union of the role's spans in each text.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DIR = REPO.parent / "shared" / "data" / "polnear"
ROLES = ("source", "cue", "content")

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")

Range = tuple[int, int]


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The PolNeAR directory: ``path``, else ``$POLNEAR_DIR``, else the shared default."""
    if path:
        return Path(path)
    env = os.environ.get("POLNEAR_DIR")
    return Path(env) if env else DEFAULT_DIR


# -- the corpus ---------------------------------------------------------------------------


@dataclass
class GoldSpan:
    role: str
    frags: list[Range]
    text: str

    @property
    def start(self) -> int:
        return min(s for s, _ in self.frags)

    @property
    def end(self) -> int:
        return max(e for _, e in self.frags)

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.frags)


@dataclass
class GoldAttribution:
    cue: GoldSpan
    content: GoldSpan
    source: GoldSpan | None


@dataclass
class Document:
    name: str
    text: str
    published: date | None
    gold: list[GoldAttribution] = field(default_factory=list)
    annotator: str = ""


def _metadata(root: Path) -> dict[str, dict[str, str]]:
    path = root / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def parse_ann(ann: str, text: str) -> list[GoldAttribution]:
    """Attributions of one brat ``.ann`` file; checks every span against ``text``."""
    spans: dict[str, GoldSpan] = {}
    events: list[dict[str, str]] = []
    for line in ann.split("\n"):
        m = _T_LINE.match(line)
        if m:
            frags = [(int(a), int(b)) for a, b in (f.split() for f in m[3].split(";"))]
            got = " ".join(text[s:e] for s, e in frags)
            shown = line[m.end() :]
            # the text column may run over several lines: compare what it holds on this one
            if not got.startswith(shown) and not shown.startswith(got.split("\n")[0]):
                raise ValueError(f"{m[1]}: offsets do not match the text ({shown[:40]!r} vs {got[:40]!r})")
            spans[m[1]] = GoldSpan(m[2].lower(), frags, got)
            continue
        m = _E_LINE.match(line)
        if m:
            args = dict(a.split(":", 1) for a in m[2].split() if ":" in a)
            events.append(args)
    out: list[GoldAttribution] = []
    for args in events:
        kind = next((k for k in args if k.startswith("Attribution")), None)
        if kind is None or "Cue" not in args or "Content" not in args:
            continue
        cue, content = spans.get(args["Cue"]), spans.get(args["Content"])
        if cue is None or content is None:
            continue
        out.append(GoldAttribution(cue, content, spans.get(args.get("Source", ""))))
    return out


def load_corpus(
    split: str = "dev",
    path: str | os.PathLike[str] | None = None,
    limit: int | None = None,
    every: int = 1,
    start: int = 0,
) -> list[Document]:
    """The split's annotated texts in name order; ``every`` keeps every N-th one from the
    ``start``-th (``--split train --every 4`` is the quarter of train used for quick turns, q0;
    ``--start 2`` gives q2), then ``limit`` the first N of those."""
    root = data_dir(path)
    base = root / split
    if not (base / "text").is_dir():
        raise FileNotFoundError(f"PolNeAR {split} split not found at {base}")
    meta = _metadata(root)
    anns: dict[str, Path] = {}
    for p in sorted((base / "attributions").glob("*.ann")):
        anns.setdefault(p.stem.rsplit("_", 1)[0], p)
    docs: list[Document] = []
    texts = [t for t in sorted((base / "text").glob("*.txt")) if t.stem in anns]
    for txt in texts[start :: max(1, every)]:
        ann = anns[txt.stem]
        text = txt.read_text(encoding="utf-8")
        with txt.open(encoding="utf-8", newline="") as fh:
            if fh.read() != text:
                raise ValueError(f"{txt.name}: line ends differ from the annotated text")
        gold = parse_ann(ann.read_text(encoding="utf-8"), text)
        row = meta.get(txt.stem, {})
        docs.append(Document(txt.stem, text, _date(row.get("publication_date")), gold, ann.stem.rsplit("_", 1)[1]))
        if limit and len(docs) >= limit:
            break
    return docs


# -- parses kept between runs (quick turns on the rules) ---------------------------------------


class ParseCache:
    """``nlp(text)`` that keeps its parses in a DocBin file: a second run over the same texts reads
    them instead of parsing again. For turns on the attribution rules only: a parse read back has
    no ``doc.tensor`` (the cue tagger's input), and a change to the pipeline needs a new file."""

    ATTRS = (
        "ORTH",
        "NORM",
        "TAG",
        "POS",
        "MORPH",
        "LEMMA",
        "HEAD",
        "DEP",
        "SENT_START",
        "ENT_IOB",
        "ENT_TYPE",
        "ENT_KB_ID",
        "ENT_ID",
        "SPACY",
    )

    def __init__(self, nlp: Any, path: str | os.PathLike[str]) -> None:
        from spacy.tokens import DocBin

        self.nlp = nlp
        self.path = Path(path)
        self.docs: dict[str, Any] = {}
        self.new = 0
        if self.path.exists():
            for doc in DocBin().from_bytes(self.path.read_bytes()).get_docs(nlp.vocab):
                self.docs[doc.text] = doc

    def __call__(self, text: str) -> Any:
        doc = self.docs.get(text)
        if doc is None:
            doc = self.docs[text] = self.nlp(text)
            self.new += 1
        return doc.copy()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def save(self) -> None:
        from spacy.tokens import DocBin

        if self.new:
            db = DocBin(attrs=list(self.ATTRS), store_user_data=True, docs=self.docs.values())
            self.path.write_bytes(db.to_bytes())


# -- scoring --------------------------------------------------------------------------------


@dataclass
class Pred:
    cue: Range | None
    content: Range
    source: Range | None
    claim: Any

    def matches(self, g: GoldAttribution) -> bool:
        return self.cue is not None and g.cue.overlaps(*self.cue) and g.content.overlaps(*self.content)


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float | int]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "tp_pred": tp_p,
        "pred": n_p,
        "tp_gold": tp_r,
        "gold": n_r,
    }


def _chars(ranges: list[Range]) -> set[int]:
    out: set[int] = set()
    for s, e in ranges:
        out.update(range(s, e))
    return out


def _at(text: str, r: Range | None) -> str | None:
    return text[r[0] : r[1]] if r else None


def _short(s: str, n: int = 100) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def predictions(ex: Any) -> list[Pred]:
    """The predicted attributions of one extraction (claims not stated by the outlet itself)."""
    out = []
    for c in ex.claims:
        if c.attribution in ("author", "outlet_event") or (c.cue is None and c.source is None):
            continue  # the outlet's own statement, or a quotation attributed to no one
        out.append(
            Pred(
                (c.cue.start, c.cue.end) if c.cue else None,
                (c.start, c.end),
                (c.source.start, c.source.end) if c.source else None,
                c,
            )
        )
    return out


def evaluate(
    split: str = "dev",
    *,
    path: str | os.PathLike[str] | None = None,
    limit: int | None = None,
    nlp: Any = None,
    errors: int = 0,
    every: int = 1,
    cache: str | os.PathLike[str] | None = None,
    start: int = 0,
) -> dict[str, Any]:
    """Run claimline over a PolNeAR split and score its attributions; returns a dict of figures."""
    import claimline

    docs = load_corpus(split, path, limit, every, start)
    t0 = time.perf_counter()
    if nlp is None:
        from claimline.extraction import pipeline as nlp_mod

        nlp = nlp_mod.load()
    if cache:
        nlp = ParseCache(nlp, cache)
    t_load = time.perf_counter() - t0

    n_gold = n_found = n_pred = n_pred_ok = 0
    src_n = src_ok = nosrc_found = nosrc_given = 0
    role_counts = {r: Counter() for r in ROLES}
    char_counts = {r: Counter() for r in ROLES}
    examples: dict[str, list[str]] = {}

    def note(kind: str, line: str) -> None:
        if errors:
            lst = examples.setdefault(kind, [])
            if len(lst) < errors:
                lst.append(line)

    t1 = time.perf_counter()
    for d in docs:
        ex = claimline.extract(d.text, published=d.published, nlp=nlp)
        if ex.text != d.text:
            raise ValueError(f"{d.name}: claimline changed the text; offsets would not line up")
        preds = predictions(ex)
        n_gold += len(d.gold)
        n_pred += len(preds)
        for p in preds:
            if any(p.matches(g) for g in d.gold):
                n_pred_ok += 1
            else:
                src = d.text[slice(*p.source)] if p.source else None
                cue = d.text[slice(*p.cue)] if p.cue else None
                note("false_positive", f"{d.name[:32]} cue={cue!r} src={src!r} content={_short(p.claim.text)!r}")
        for g in d.gold:
            hits = [p for p in preds if p.matches(g)]
            if not hits:
                near = [p for p in preds if g.content.overlaps(*p.content)]
                got = "; ".join(f"cue={_at(d.text, p.cue)!r} src={_at(d.text, p.source)!r}" for p in near[:2])
                note(
                    "missed",
                    f"{d.name[:32]} cue={g.cue.text!r} src={g.source.text if g.source else None!r}"
                    f" content={_short(g.content.text, 70)!r} | near: {got or '-'}",
                )
                continue
            n_found += 1
            if g.source is None:
                nosrc_found += 1
                nosrc_given += any(p.source is not None for p in hits)
                continue
            src_n += 1
            if any(p.source is not None and g.source.overlaps(*p.source) for p in hits):
                src_ok += 1
            else:
                got = ", ".join(repr(d.text[slice(*p.source)]) if p.source else "None" for p in hits)
                note("wrong_source", f"{d.name[:32]} cue={g.cue.text!r} gold={g.source.text!r} got {got}")
        # per role
        for role in ROLES:
            gold_spans = [s for g in d.gold if (s := getattr(g, role)) is not None]
            pred_ranges = sorted({r for p in preds if (r := getattr(p, role)) is not None})
            c = role_counts[role]
            c["pred"] += len(pred_ranges)
            c["gold"] += len(gold_spans)
            c["tp_pred"] += sum(any(g.overlaps(*r) for g in gold_spans) for r in pred_ranges)
            c["tp_gold"] += sum(any(g.overlaps(*r) for r in pred_ranges) for g in gold_spans)
            gchars = _chars([f for g in gold_spans for f in g.frags])
            pchars = _chars(pred_ranges)
            cc = char_counts[role]
            cc["pred"] += len(pchars)
            cc["gold"] += len(gchars)
            cc["tp"] += len(pchars & gchars)
    t_run = time.perf_counter() - t1
    if isinstance(nlp, ParseCache):
        nlp.save()

    result: dict[str, Any] = {
        "split": split,
        "articles": len(docs),
        "gold": n_gold,
        "attribution": _prf(n_pred_ok, n_pred, n_found, n_gold),
        "source_accuracy": round(src_ok / src_n, 4) if src_n else 0.0,
        "source_scored": src_n,
        "source_ok": src_ok,
        "found_without_gold_source": nosrc_found,
        "of_which_given_a_source": nosrc_given,
        "roles_relaxed": {r: _prf(c["tp_pred"], c["pred"], c["tp_gold"], c["gold"]) for r, c in role_counts.items()},
        "roles_overlap": {r: _prf(c["tp"], c["pred"], c["tp"], c["gold"]) for r, c in char_counts.items()},
        "seconds": {"load": round(t_load, 1), "run": round(t_run, 1)},
    }
    if errors:
        result["errors"] = examples
    return result


# -- error analysis -------------------------------------------------------------------------


def _words(s: str) -> list[str]:
    return s.split()


#: Cue classes for the error analysis (a measuring instrument, not claimline's lexicon): the
#: cue's lemmas decide; the first class that lists one of them wins.
CUE_CLASSES: dict[str, frozenset[str]] = {
    "stance": frozenset(
        _words(
            "support oppose criticize criticise praise endorse back condemn attack slam blame accuse defend reject "
            "welcome applaud denounce question dismiss challenge mock hail oppose fault chide lambaste decry "
            "embrace champion favor favour laud rebuke scold berate disparage ridicule downplay push call"
        )
    ),
    "belief": frozenset(_words("think believe know feel doubt suspect consider assume fear worry wonder convince")),
    "intention": frozenset(_words("want plan intend hope seek aim propose promise vow pledge try wish expect")),
    "perception": frozenset(_words("see hear notice watch seem appear look sound view regard")),
    "evidence": frozenset(_words("show find suggest indicate reveal demonstrate prove poll survey data cite")),
}


def cue_class(text: str, lemmas: list[str]) -> str:
    if text.strip().endswith(":"):
        return "colon"
    for name, words in CUE_CLASSES.items():
        if any(w in words for w in lemmas):
            return name
    if text.lower().strip() in ("according to", "in", "for", "of"):
        return "according to / preposition"
    return "speech and other"


def analyse(
    split: str = "train",
    *,
    path: str | os.PathLike[str] | None = None,
    limit: int | None = None,
    every: int = 1,
    cache: str | os.PathLike[str] | None = None,
    start: int = 0,
) -> dict[str, Any]:
    """Counts per error class (see README_polnear.md): misses by cue class and by reason,
    split quotations, "is expected to" and source errors."""
    import claimline
    from claimline.extraction import pipeline as nlp_mod

    nlp = nlp_mod.load()
    if cache:
        nlp = ParseCache(nlp, cache)
    docs = load_corpus(split, path, limit, every, start)
    by_class: dict[str, Counter[str]] = {}
    reasons: Counter[str] = Counter()
    other: Counter[str] = Counter()
    missed_lemmas: Counter[tuple[str, str]] = Counter()
    for d in docs:
        ex = claimline.extract(d.text, published=d.published, nlp=nlp)
        sdoc = nlp(d.text)
        preds = predictions(ex)
        for g in d.gold:
            span = sdoc.char_span(g.cue.frags[0][0], g.cue.frags[-1][1], alignment_mode="expand")
            lemmas = [t.lemma_.lower() for t in span] if span is not None else []
            cls = cue_class(g.cue.text, lemmas)
            c = by_class.setdefault(cls, Counter())
            c["gold"] += 1
            hits = [p for p in preds if p.matches(g)]
            if len(g.content.frags) > 1:
                other["gold content in several pieces (split quotation)"] += 1
                other["  of which found"] += bool(hits)
            if any(w == "expect" for w in lemmas) and any(t.dep_ == "auxpass" for t in (span or [])):
                other["gold 'is expected' cue"] += 1
            if hits:
                c["found"] += 1
                if g.source is not None and not any(p.source and g.source.overlaps(*p.source) for p in hits):
                    reasons["found, wrong or no source"] += 1
                    other["found, no source given" if not any(p.source for p in hits) else "found, wrong source"] += 1
                continue
            on_content = [p for p in preds if g.content.overlaps(*p.content)]
            on_cue = [p for p in preds if p.cue and g.cue.overlaps(*p.cue)]
            if any(p.cue is None for p in on_content):
                why = "content predicted without a cue (quote continuation)"
            elif on_content:
                why = "content predicted under another cue"
            elif on_cue:
                why = "cue predicted, content elsewhere (span boundary)"
            else:
                why = "nothing predicted"
            reasons[why] += 1
            c[why] += 1
            if why == "nothing predicted":
                missed_lemmas[(cls, " ".join(lemmas[-2:]))] += 1
        for p in preds:
            if any(p.matches(g) for g in d.gold):
                continue
            if p.cue is None:
                other["false positive: no cue (quote continuation)"] += 1
            else:
                cue_txt = d.text[slice(*p.cue)].lower()
                if cue_txt.startswith("expect"):
                    other["false positive: 'expected' cue"] += 1
                touching = [g for g in d.gold if g.cue.overlaps(*p.cue) or g.content.overlaps(*p.content)]
                other[
                    "false positive: cue, touches a gold attribution"
                    if touching
                    else "false positive: cue, nothing gold there"
                ] += 1
    if isinstance(nlp, ParseCache):
        nlp.save()
    return {
        "split": split,
        "articles": len(docs),
        "by_cue_class": by_class,
        "miss_reasons": reasons,
        "other": other,
        "top_missed_cues": [[c, w, n] for (c, w), n in missed_lemmas.most_common(80)],
    }


def _print_analysis(a: dict[str, Any]) -> None:
    print(f"PolNeAR {a['split']}: {a['articles']} articles — error classes")
    print(f"{'cue class':28} {'gold':>6} {'found':>6}  missed by reason")
    for cls, c in sorted(a["by_cue_class"].items(), key=lambda kv: -kv[1]["gold"]):
        why = ", ".join(f"{k}: {v}" for k, v in c.items() if k not in ("gold", "found"))
        print(f"{cls:28} {c['gold']:6} {c['found']:6}  {why}")
    print("\nmiss reasons:")
    for k, v in a["miss_reasons"].most_common():
        print(f"  {v:6}  {k}")
    print("\nmost missed cues (nothing predicted; class, last lemmas, count):")
    print("  " + "; ".join(f"{w} ({c}) {n}" for c, w, n in a["top_missed_cues"]))
    print("\nother counts:")
    for k, v in a["other"].items():
        print(f"  {v:6}  {k}")


def _print(res: dict[str, Any]) -> None:
    a = res["attribution"]
    print(f"PolNeAR {res['split']}: {res['articles']} articles, {res['gold']} gold attributions")
    print(
        f"attribution (relaxed)  P {a['precision'] * 100:5.1f}  R {a['recall'] * 100:5.1f}  "
        f"F1 {a['f1'] * 100:5.1f}   ({a['tp_pred']}/{a['pred']} predicted ok, {a['tp_gold']}/{a['gold']} gold found)"
    )
    print(
        f"source accuracy {res['source_accuracy']:.3f} ({res['source_ok']}/{res['source_scored']}"
        " found with a gold source;"
        f" {res['of_which_given_a_source']}/{res['found_without_gold_source']} found without one got a source)"
    )
    print(f"{'role':8} {'relaxed P':>9} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}")
    for r in ROLES:
        x, y = res["roles_relaxed"][r], res["roles_overlap"][r]
        print(
            f"{r:8} {x['precision'] * 100:9.1f} {x['recall'] * 100:6.1f} {x['f1'] * 100:6.1f}   "
            f"{y['precision'] * 100:9.1f} {y['recall'] * 100:6.1f} {y['f1'] * 100:6.1f}"
        )
    print(f"time: load {res['seconds']['load']} s, run {res['seconds']['run']} s")
    for kind, lines in res.get("errors", {}).items():
        print(f"\n== {kind}")
        for line in lines:
            print("  " + line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "train"), default="dev", help="which split to score (default: dev)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles (name order)")
    ap.add_argument("--every", type=int, default=1, help="every N-th article only (train --every 4: a quarter)")
    ap.add_argument("--start", type=int, default=0, help="with --every: start at the N-th article (--start 2: q2)")
    ap.add_argument(
        "--cache", default=None, help="DocBin file that keeps the parses between runs (rules only, not --model)"
    )
    ap.add_argument("--data", default=None, help="PolNeAR directory (default: $POLNEAR_DIR or ../shared/data/polnear)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N examples per error kind")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--analyse", action="store_true", help="count the error classes (README_polnear.md)")
    ap.add_argument(
        "--model",
        action="store_true",
        help="switch on the trained cue tagger (models/attribution; same as CLAIMLINE_CUE_MODEL=on)",
    )
    args = ap.parse_args(argv)
    if args.model:
        os.environ["CLAIMLINE_CUE_MODEL"] = "on"
    if args.analyse:
        a = analyse(args.split, path=args.data, limit=args.limit, every=args.every, cache=args.cache, start=args.start)
        if args.json:
            print(json.dumps(a, indent=2))
        else:
            _print_analysis(a)
        return 0
    try:
        res = evaluate(
            args.split,
            path=args.data,
            limit=args.limit,
            errors=args.errors,
            every=args.every,
            cache=args.cache,
            start=args.start,
        )
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
    else:
        _print(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
