"""MEANTIME frame coverage: how many of a real corpus's event mentions a claimline event frame holds.

Usage::

    .venv/bin/python benchmarks/meantime_frames.py [--data PATH] [--corpus airbus,gm] [--limit N] [--top K]
        [--json] [--show LEMMA] [--why] [--why-show REASON]

MEANTIME (``../shared/data/meantime``, CC BY; 4 × 30 Wikinews articles) annotates every event mention of an
article's first six sentences (``benchmarks/meantime_events.py``): text nobody here wrote or fitted rules to. This
script asks the first question of the event layer on it — is there a frame at all?

Mentions scored
    An ``EVENT_MENTION`` that is a verb or a noun (``pos``), refers to an event of class ``OTHER`` (an occurrence:
    speech-cognitive and grammatical events are left out) and has a participant (it is the source of a
    ``HAS_PARTICIPANT``) or a time (a ``TLINK`` between it and a ``TIMEX3`` other than the document's creation
    time). Its lemma is MEANTIME's ``pred``.

Covered
    A frame of ``claimline.events.extract_events`` (the article ingested with its creation date) whose trigger
    overlaps the mention's tokens. ``classed``: by a frame of a lexicon class (not ``other``, the class of unlisted
    verbs with a named participant).

Output
    Coverage overall, by part of speech and by corpus; the uncovered mentions' lemmas, most frequent first, by
    mentions and by the number of articles they occur in (a word that recurs across articles is a class to add; a
    word of one story is not), each marked ``listed`` when ``models/events.toml`` already gives the lemma a class
    (the frame is missing for another reason: no participant, a sense, a parse) or ``-``. ``--show LEMMA`` prints
    the uncovered mentions of one lemma in their sentences (for reading on the terminal; never copy the corpus's
    sentences into the repository). ``--why`` tallies why each uncovered mention has no frame (see
    :func:`why_uncovered`): no lexicon entry, an unlisted verb whose participants are only descriptions or
    none, a listed word whose sense or use gave none, a noun, a copula, a participle; ``--why-show REASON``
    prints that reason's mentions in their sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from meantime_attribution import rebuild_text  # noqa: E402
from meantime_events import CORPORA, LAST_ANNOTATED_SENTENCE, available, corpus_files, data_dir  # noqa: E402
from meantime_events import load_article as load_text  # noqa: E402
from semeval_timeline import load_pipeline  # noqa: E402

POS = ("VERB", "NOUN")
OCCURRENCE = "OTHER"


@dataclass
class GoldMention:
    id: str
    docid: str
    corpus: str
    start: int
    end: int
    pos: str
    lemma: str
    participant: bool
    timed: bool
    sentence: tuple[int, int]


def load_mentions(path: Path, corpus: str) -> tuple[Any, list[GoldMention]]:
    """The article (text, creation date) and its scored mentions (see the module's docstring)."""
    art = load_text(path)
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    _, offsets, sentences = rebuild_text(tokens)
    sentence_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in tokens}
    markables = root.find("Markables")
    relations = root.find("Relations")
    if markables is None:
        return art, []
    event_class = {ev.get("m_id", ""): ev.get("class", "") for ev in markables.iter("EVENT")}
    timex = {tx.get("m_id", "") for tx in markables.iter("TIMEX3") if tx.get("functionInDocument") != "CREATION_TIME"}
    refers: dict[str, str] = {}
    with_participant: set[str] = set()
    with_time: set[str] = set()
    if relations is not None:
        for rel in relations.iter("REFERS_TO"):
            target = rel.find("target")
            if target is not None:
                for src in rel.iter("source"):
                    refers[src.get("m_id", "")] = target.get("m_id", "")
        for rel in relations.iter("HAS_PARTICIPANT"):
            for src in rel.iter("source"):
                with_participant.add(src.get("m_id", ""))
        for rel in relations.iter("TLINK"):
            ends = [x.get("m_id", "") for tag in ("source", "target") for x in rel.iter(tag)]
            if any(e in timex for e in ends):
                with_time.update(ends)
    out: list[GoldMention] = []
    text = art.text
    for m in markables.iter("EVENT_MENTION"):
        mid = m.get("m_id", "")
        anchors = [a.get("t_id", "") for a in m.iter("token_anchor") if a.get("t_id", "") in offsets]
        if not anchors or sentence_of[anchors[0]] > LAST_ANNOTATED_SENTENCE:
            continue
        if m.get("pos") not in POS or event_class.get(refers.get(mid, ""), "") != OCCURRENCE:
            continue
        if mid not in with_participant and mid not in with_time:
            continue
        start, end = min(offsets[a][0] for a in anchors), max(offsets[a][1] for a in anchors)
        out.append(
            GoldMention(
                id=f"{art.docid}:{mid}",
                docid=art.docid,
                corpus=corpus,
                start=start,
                end=end,
                pos=m.get("pos", ""),
                lemma=(m.get("pred") or text[start:end]).strip().lower(),  # a few have no pred: their words
                participant=mid in with_participant,
                timed=mid in with_time,
                sentence=sentences.get(sentence_of[anchors[0]], (0, 0)),
            )
        )
    return art, out


def _rate(n: int, d: int) -> dict[str, float | int]:
    return {"covered": n, "mentions": d, "coverage": round(n / d, 4) if d else 0.0}


class _Recorder:
    """Wraps the frame finder's draft and participant steps (``claimline.events.frames``) to keep, per
    article, its parse, the drafts of its sentences and the participants each draft got."""

    def __init__(self) -> None:
        from claimline.events import frames as fmod

        self.fmod = fmod
        self.docs: list[Any] = []  # the article's parse and its headline's (parsed apart, at the same offsets)
        self.drafts: list[Any] = []
        self.parts: dict[int, list[Any]] = {}
        self._drafts, self._participants = fmod._drafts, fmod._participants

    def __enter__(self) -> _Recorder:
        def drafts(sent: Any, lex: Any) -> list[Any]:
            out = self._drafts(sent, lex)
            if not any(d is sent.doc for d in self.docs):
                self.docs.append(sent.doc)
            self.drafts += out
            return out

        def participants(args: Any, *a: Any, **k: Any) -> list[Any]:
            out = self._participants(args, *a, **k)
            self.parts[id(args)] = out
            return out

        self.fmod._drafts, self.fmod._participants = drafts, participants
        return self

    def __exit__(self, *exc: object) -> None:
        self.fmod._drafts, self.fmod._participants = self._drafts, self._participants

    def reset(self) -> None:
        self.docs, self.drafts, self.parts = [], [], {}


def why_uncovered(m: GoldMention, rec: _Recorder, lex: Any) -> str:
    """Why a mention no frame covers has none: the first that holds of

    ``other, only descriptions: ...`` / ``other, no participant: ...``
        an unlisted verb's draft dropped: its participants are only descriptions ("the company"), or none,
        and it is not a main verb, or has no subject or object, or carries no time, amount or negation
        (``claimline.events.frames._with_generic``);
    ``classed draft dropped``
        a listed word's draft that made no frame (inside a source's description, counted once);
    ``copula/aux``, ``participle/adjective``
        the word is an auxiliary or copula, or a participle or adjective (``amod``, "the planned cuts");
    ``verb: not_events`` / ``verb: light`` / ``verb: expectation`` / ``verb: listed, skipped``
        a verb the lexicon keeps from frames (a control use of a listed verb, a sense that says none);
    ``noun: listed, sense/light`` / ``noun: nominalisation of a listed verb`` / ``noun: unlisted``
        a noun the lexicon lists but whose sense or light-verb test failed, an unlisted noun whose verb is
        listed (by its suffixes), or a noun of no entry;
    ``pos X``: anything else (a proper noun, a parse that lost the word)."""
    toks = []
    for doc in rec.docs:
        toks = [t for t in doc if t.idx < m.end and m.start < t.idx + len(t) and not t.is_space]
        if toks:
            break
    if not toks:
        return "no token"
    for d in rec.drafts:
        if m.start <= d.token.idx < m.end and not d.token.is_space:
            if d.cls != "other":
                return "classed draft dropped"
            parts = rec.parts.get(id(d.args), [])
            named = "only descriptions" if parts else "no participant"
            if not rec.fmod._main_verb(d.token):
                return f"other, {named}: not a main verb"
            if not any(r in ("agent", "theme") for r, _ in d.args):
                return f"other, {named}: no subject or object"
            return f"other, {named}: no time, amount or negation"
    content = [t for t in toks if t.pos_ in ("VERB", "NOUN", "AUX", "ADJ")]
    tok = content[-1] if content else toks[-1]
    lemma, pos = tok.lemma_.lower(), tok.pos_
    if pos == "AUX" or lemma == "be":
        return "copula/aux"
    if pos == "ADJ" or (pos == "VERB" and tok.dep_ == "amod"):
        return "participle/adjective"
    if pos == "VERB":
        if lemma in lex.verbs or ("verb", lemma) in lex.senses:
            return "verb: listed, skipped"
        if lemma in lex.not_events:
            return "verb: not_events"
        if lex.word(lemma) in lex.light_verbs:
            return "verb: light"
        if lemma in lex.expectation_verbs:
            return "verb: expectation"
        return "verb: other"
    if pos == "NOUN":
        if lemma in lex.nouns or lemma in lex.other_nouns or ("noun", lemma) in lex.senses:
            return "noun: listed, sense/light"
        if any(lex.derived(v, lemma) for v in lex.verbs if " " not in v and v[:3] == lemma[:3]):
            return "noun: nominalisation of a listed verb"
        return "noun: unlisted"
    return f"pos {pos}"


def evaluate(
    path: str | None = None,
    corpora: tuple[str, ...] = CORPORA,
    limit: int | None = None,
    nlp: Any = None,
    why: bool = False,
) -> dict[str, Any]:
    from claimline.events import extract_events, lexicon

    root = data_dir(path)
    names = [c for c in corpora if c in available(root)]
    nlp = nlp or load_pipeline()
    lex = lexicon()
    t0 = time.perf_counter()
    lemmas: dict[str, str] = {}

    def lemma_of(pred: str) -> str:  # MEANTIME's pred is now and then a form ("filed", "costs"): its lemma
        if pred not in lemmas:
            doc = nlp(pred) if " " not in pred else ()
            lemmas[pred] = doc[0].lemma_.lower() if len(doc) == 1 else pred
        return lemmas[pred]

    rows: list[tuple[GoldMention, str | None]] = []  # mention, class of the covering frame (None: uncovered)
    texts: dict[str, str] = {}
    reasons: dict[str, list[GoldMention]] = defaultdict(list)
    rec = _Recorder()
    for corpus in names:
        for f in corpus_files(root, corpus, limit):
            art, mentions = load_mentions(f, corpus)
            texts[art.docid] = art.text
            rec.reset()
            if why:
                with rec:
                    _, frames = extract_events(art.text, published=art.dct, nlp=nlp)
            else:
                _, frames = extract_events(art.text, published=art.dct, nlp=nlp)
            for m in mentions:
                m.lemma = lemma_of(m.lemma)
                over = [fr for fr in frames if fr.trigger.start < m.end and m.start < fr.trigger.end]
                cls = None
                if over:
                    classed = [fr.event_class for fr in over if fr.event_class != "other"]
                    cls = classed[0] if classed else "other"
                elif why:
                    reasons[why_uncovered(m, rec, lex)].append(m)
                rows.append((m, cls))
    covered = [m for m, c in rows if c is not None]
    classed = [m for m, c in rows if c not in (None, "other")]
    misses: dict[str, list[GoldMention]] = defaultdict(list)
    for m, c in rows:
        if c is None:
            misses[m.lemma].append(m)

    with_sense = {("VERB" if p == "verb" else "NOUN", w) for p, w in lex.senses}

    def listed(lemma: str, pos: str) -> bool:
        table = lex.verbs if pos == "VERB" else lex.nouns
        return lemma in table or lemma in lex.nominalisations or (pos, lemma) in with_sense

    uncovered = [
        {
            "lemma": lemma,
            "mentions": len(ms),
            "articles": len({m.docid for m in ms}),
            "pos": "/".join(sorted({m.pos.lower() for m in ms})),
            "listed": any(listed(lemma, m.pos) for m in ms),
        }
        for lemma, ms in misses.items()
    ]
    return {
        "corpora": names,
        "seconds": round(time.perf_counter() - t0, 1),
        "all": _rate(len(covered), len(rows)),
        "classed": _rate(len(classed), len(rows)),
        "by_pos": {p: _rate(sum(1 for m in covered if m.pos == p), sum(1 for m, _ in rows if m.pos == p)) for p in POS},
        "by_corpus": {
            c: _rate(sum(1 for m in covered if m.corpus == c), sum(1 for m, _ in rows if m.corpus == c)) for c in names
        },
        "uncovered_by_mentions": sorted(uncovered, key=lambda r: (-r["mentions"], -r["articles"], r["lemma"])),
        "uncovered_by_articles": sorted(uncovered, key=lambda r: (-r["articles"], -r["mentions"], r["lemma"])),
        "why": {r: len(ms) for r, ms in sorted(reasons.items(), key=lambda kv: -len(kv[1]))},
        "_why": reasons,
        "_misses": misses,
        "_texts": texts,
    }


def format_report(res: dict[str, Any], top: int = 30) -> str:
    def line(label: str, r: dict[str, Any]) -> str:
        return f"{label:18} {r['covered']:>5}/{r['mentions']:<5} {r['coverage']:.3f}"

    out = [f"MEANTIME frame coverage ({', '.join(res['corpora'])}; {res['seconds']} s)", line("any frame", res["all"])]
    out.append(line("a classed frame", res["classed"]))
    out += [line(f"  {p.lower()}", r) for p, r in res["by_pos"].items()]
    out += [line(f"  {c}", r) for c, r in res["by_corpus"].items()]
    for key, title in (("uncovered_by_articles", "by articles"), ("uncovered_by_mentions", "by mentions")):
        out.append(f"uncovered lemmas {title} (lemma mentions/articles pos listed):")
        rows = res[key][:top]
        out += [
            "  "
            + "  ".join(
                f"{r['lemma']} {r['mentions']}/{r['articles']} {r['pos']}{' L' if r['listed'] else ''}"
                for r in rows[i : i + 5]
            )
            for i in range(0, len(rows), 5)
        ]
    out.append("(L: the lexicon lists the lemma; its frame is missing for another reason)")
    if res.get("why"):
        out.append("why uncovered (reason: mentions; lemmas most frequent first):")
        for reason, n in res["why"].items():
            counts: dict[str, int] = defaultdict(int)
            for m in res["_why"][reason]:
                counts[m.lemma] += 1
            top_lemmas = ", ".join(f"{w} {k}" for w, k in sorted(counts.items(), key=lambda kv: -kv[1])[:8])
            out.append(f"  {reason:40} {n:>4}  {top_lemmas}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="MEANTIME directory (default $MEANTIME_DIR or ../shared/data/meantime)")
    parser.add_argument("--corpus", help="comma-separated corpora (default: all four)")
    parser.add_argument("--limit", type=int, help="articles per corpus")
    parser.add_argument("--top", type=int, default=30, help="uncovered lemmas listed")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="append", help="print the uncovered mentions of this lemma in context")
    parser.add_argument("--why", action="store_true", help="tally why uncovered mentions have no frame")
    parser.add_argument("--why-show", action="append", help="print the uncovered mentions of this reason")
    args = parser.parse_args(argv)
    root = data_dir(args.data)
    if not available(root):
        print(f"no MEANTIME data in {root}", file=sys.stderr)
        return 1
    corpora = tuple(args.corpus.split(",")) if args.corpus else CORPORA
    res = evaluate(args.data, corpora, args.limit, why=args.why or bool(args.why_show))
    misses, texts = res.pop("_misses"), res.pop("_texts")
    if args.json:
        res.pop("_why")
        print(json.dumps(res, indent=2))
    else:
        print(format_report(res, args.top))
    shown = [m for lemma in args.show or () for m in misses.get(lemma, [])]
    shown += [m for reason in args.why_show or () for m in res.get("_why", {}).get(reason, [])]
    for m in shown:
        s, e = m.sentence
        text = texts[m.docid]
        print(f"{m.id} {m.pos}: {text[s : m.start]}[[{text[m.start : m.end]}]]{text[m.end : e]}".replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
