"""Held-out attribution and factuality benchmark on MEANTIME (English, intra-document annotation).

Usage::

    .venv/bin/python benchmarks/meantime_attribution.py [--data PATH] [--errors N] [--json]

The data directory defaults to ``$MEANTIME_DIR`` or ``../shared/data/meantime``
relative to the repository root. MEANTIME (NewsReader, CC BY 4.0) holds 120
Wikinews articles; events, entities and their links are annotated in the title
and the first four body sentences (sentence numbers 0 and 2-5; 1 is the
dateline). See ``benchmarks/README_attribution.md`` for the method and results.

Gold attributions
    Every SLINK whose source event is a *reporting* event gives one gold
    attribution: cue = the SLINK's source event (``said``, ``announced``,
    ``claims``, ``expected``), content = its target event, source = the entity
    mentions linked to the cue by ``HAS_PARTICIPANT`` with role ``Arg0``/``A0``
    (may be absent). A reporting event is one that MEANTIME's cross-document
    layer classes ``SPEECH_COGNITIVE`` (``intra_cross-doc_annotation``; all
    SLINK sources count when that layer is missing) and whose predicate does not
    express a wish, plan, decision or directive (:data:`NOT_REPORTING`: "wants
    to", "plans to", "asked X to", "rejected the deal"). SLINKs of the excluded
    kinds and from ``OTHER`` events are *neutral*: not gold, and predictions on
    their cue are not errors. SLINKs in the title (sentence 0) are left out
    because claimline does not extract claims from an article's title.

Scoring (per gold SLINK for recall, per predicted claim for precision)
    A predicted attribution is a claim with a cue. It is *in scope* when its
    cue overlaps a gold cue (then it is scored) or an annotated event mention
    that is the source of no SLINK (then it is a false positive); a cue on no
    annotated event (outside the annotated sentences, "according to", which
    MEANTIME does not mark as an event) or on a neutral SLINK's cue is ignored.

    * cue: the predicted cue overlaps the gold cue;
    * content: cue, and the claim's content span contains every token of the
      gold target event (one token, for the few targets anchored on non-adjacent words);
    * source: cue, and the predicted source overlaps a gold ``Arg0`` mention
      (scored only where MEANTIME links one);
    * joint: cue, content, and source (where MEANTIME links a source).

    Recall is the share of gold SLINKs with a matching claim; precision the
    share of in-scope claims that match some gold SLINK at that level.

Factuality
    For each predicted claim in the annotated sentences, the gold event mention
    on the dependency root of its content (claimline's own parse; when the root
    is not an event, the content token whose lemma is the claim's ``predicate``)
    is compared with the claim: polarity ``NEG`` against ``negated`` and
    certainty against ``modality`` (CERTAIN → confirmed/reported, PROBABLE →
    hedged, POSSIBLE → hedged/speculative; UNDERSPECIFIED is left out).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from meantime_eval import _files, data_dir  # noqa: E402  (the shared corpus locators)

RESULTS = REPO / "benchmarks" / "results_attribution.json"

#: Sentence numbers MEANTIME annotates: the title (0) and the first body sentences.
ANNOTATED_SENTENCES = 5
TITLE_SENTENCE = 0
AGENT_ROLES = frozenset({"arg0", "a0"})
#: Predicate stems (prefixes of the lower-cased cue lemma or word) of SLINK sources that
#: express a wish, plan, decision, directive or a non-propositional act rather than a
#: statement or belief: their SLINKs are neutral (neither gold nor errors).
_NOT_REPORTING = """
    want wish like love prefer plan intend intent decid decision choos chose consider determin
    agree refus negotiat request demand ask call recommend urge order approv appoint name
    schedul propos present outlin envision experienc address respons reject post justif mean
"""
NOT_REPORTING = tuple(_NOT_REPORTING.split())
#: MEANTIME certainty → the claimline modalities that agree with it.
CERTAINTY_OK = {
    "CERTAIN": frozenset({"confirmed", "reported"}),
    "PROBABLE": frozenset({"hedged"}),
    "POSSIBLE": frozenset({"hedged", "speculative"}),
}
MODALITIES = ("confirmed", "reported", "hedged", "speculative")

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_BEFORE |= {"...", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "US$", "CA$", "£", "€"}
_OPEN_QUOTES = {"``", "“"}
_CLOSE_QUOTES = {"''", "”"}
_REPLACE = {"``": '"', "''": '"', "&quot;": '"', "&amp;": "&"}


# -- the corpus ---------------------------------------------------------------------------


@dataclass
class Mention:
    m_id: str
    tag: str  # EVENT_MENTION or ENTITY_MENTION
    spans: list[tuple[int, int]]  # char range of each anchor token
    sentence: int
    text: str
    attrs: dict[str, str] = field(default_factory=dict)
    cls: str | None = None  # event class from the cross-document layer

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def word(self) -> str:
        return (self.attrs.get("pred") or self.text).lower()

    def overlaps(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.spans)

    def inside(self, start: int, end: int) -> bool:
        return all(start <= s and e <= end for s, e in self.spans)

    @property
    def contiguous(self) -> bool:
        return all(b[0] - a[1] <= 1 for a, b in zip(self.spans, self.spans[1:], strict=False))

    def within(self, start: int, end: int) -> bool:
        """Contained in ``[start, end)``: every token, or one token of a discontinuous
        mention (a few targets are anchored on words of two clauses)."""
        if self.contiguous:
            return self.inside(start, end)
        return any(start <= s and e <= end for s, e in self.spans)


@dataclass
class GoldAttribution:
    cue: Mention
    target: Mention
    sources: list[Mention]


@dataclass
class Document:
    name: str
    text: str
    dct: date | None
    sentences: dict[int, tuple[int, int]]
    events: dict[str, Mention]
    gold: list[GoldAttribution] = field(default_factory=list)
    #: cue events of reporting SLINKs (gold), of neutral SLINKs, and all SLINK sources
    gold_cues: set[str] = field(default_factory=set)
    neutral_cues: set[str] = field(default_factory=set)
    title_gold: int = 0

    def sentence_of(self, pos: int) -> int | None:
        for n, (s, e) in self.sentences.items():
            if s <= pos < e:
                return n
        return None

    def context(self, pos: int) -> str:
        n = self.sentence_of(pos)
        if n is None:
            return ""
        s, e = self.sentences[n]
        return self.text[s:e]


def rebuild_text(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]], dict[int, tuple[int, int]]]:
    """Text from MEANTIME tokens: a blank line after the title and the dateline, single spaces
    elsewhere except around punctuation; returns the text, the char range of every token id
    and of every sentence number."""
    pieces: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    sentences: dict[int, tuple[int, int]] = {}
    pos = 0
    prev_sent: str | None = None
    prev_raw = ""
    prev_opening = False
    quote_open = False
    for tok in tokens:
        raw = tok.text or ""
        word = _REPLACE.get(raw, raw)
        sent = tok.get("sentence", "0")
        opening = raw in _OPEN_QUOTES or (raw == '"' and not quote_open)
        closing = not opening and (raw in _CLOSE_QUOTES or raw == '"')
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n\n" if prev_sent in ("0", "1") else " "
        elif opening:
            sep = " "
        elif closing or raw in _NO_SPACE_BEFORE or prev_opening or prev_raw in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        if opening:
            quote_open = True
        elif closing:
            quote_open = False
        pieces.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        if sent.isdigit():
            n = int(sent)
            sentences[n] = (sentences.get(n, (pos, pos))[0], pos + len(word))
        pieces.append(word)
        pos += len(word)
        prev_sent, prev_raw, prev_opening = sent, raw, opening
    return "".join(pieces), offsets, sentences


def _parse_dct(value: str, dateline: str) -> date | None:
    """The creation date: ISO in most files, MM-DD-YYYY or DD-MM-YYYY in a few (the dateline decides)."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    m = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value.strip())
    if not m:
        return None
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    options = []
    for mo, d in ((a, b), (b, a)):
        with contextlib.suppress(ValueError):
            options.append(date(y, mo, d))
    for o in options:
        if o.strftime("%B") in dateline:
            return o
    return options[0] if options else None


def _dateline_date(dateline: str) -> date | None:
    """The date of a dateline such as "March 01, 2008"."""
    m = re.search(r"([A-Z][a-z]+)\.? (\d{1,2}), (\d{4})", dateline)
    if not m:
        return None
    for fmt in ("%B %d %Y", "%b %d %Y"):
        try:
            return datetime.strptime(f"{m[1]} {m[2]} {m[3]}", fmt).date()
        except ValueError:
            continue
    return None


def _event_classes(path: Path) -> dict[str, str]:
    """m_id → event class (SPEECH_COGNITIVE, GRAMMATICAL, OTHER) from the cross-document layer."""
    parts = list(path.parts)
    if "intra-doc_annotation" not in parts:
        return {}
    parts[parts.index("intra-doc_annotation")] = "intra_cross-doc_annotation"
    cross = Path(*parts)
    if not cross.is_file():
        return {}
    root = ET.parse(cross).getroot()
    classes = {e.get("m_id", ""): e.get("class", "") for e in root.iter("EVENT")}
    out: dict[str, str] = {}
    for rel in root.iter("REFERS_TO"):
        target = rel.find("target")
        cls = classes.get(target.get("m_id", "")) if target is not None else None
        if cls:
            for s in rel.findall("source"):
                out[s.get("m_id", "")] = cls
    return out


def is_reporting(cue: Mention) -> bool:
    """A reporting/evidential SLINK source (see module docstring)."""
    if cue.cls is not None and cue.cls != "SPEECH_COGNITIVE":
        return False
    words = {cue.attrs.get("pred", "").lower(), cue.text.lower()} - {""}
    return not any(w.startswith(NOT_REPORTING) for w in words)


def load_document(path: Path) -> Document:
    """Rebuild one document's text and read its events, entities, SLINKs and participants."""
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    text, offsets, sentences = rebuild_text(tokens)
    sent_of = {t.get("t_id", ""): int(t.get("sentence", "0")) for t in tokens}
    classes = _event_classes(path)
    mentions: dict[str, Mention] = {}
    dct_value = None
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
            dct_value = m.get("value", "")
        if m.tag not in ("EVENT_MENTION", "ENTITY_MENTION"):
            continue
        ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
        ids = [i for i in ids if i in offsets]
        if not ids:
            continue
        spans = sorted(offsets[i] for i in ids)
        mid = m.get("m_id", "")
        mentions[mid] = Mention(
            m_id=mid,
            tag=m.tag,
            spans=spans,
            sentence=sent_of[ids[0]],
            text=" ".join(text[s:e] for s, e in spans),
            attrs=dict(m.attrib),
            cls=classes.get(mid) if classes else None,
        )
    dateline = text[slice(*sentences[1])] if 1 in sentences else ""
    dct = _parse_dct(dct_value, dateline) if dct_value else None
    if dct is None:
        dct = _dateline_date(dateline)
    events = {k: v for k, v in mentions.items() if v.tag == "EVENT_MENTION"}
    doc = Document(name=path.stem, text=text, dct=dct, sentences=sentences, events=events)
    relations = root.find("Relations")
    rels = list(relations) if relations is not None else []
    agents: dict[str, list[Mention]] = {}
    for rel in rels:
        if rel.tag != "HAS_PARTICIPANT" or rel.get("sem_role", "").lower() not in AGENT_ROLES:
            continue
        src, tgt = rel.find("source"), rel.find("target")
        if src is None or tgt is None:
            continue
        ent = mentions.get(tgt.get("m_id", ""))
        if ent is not None and ent.tag == "ENTITY_MENTION":
            agents.setdefault(src.get("m_id", ""), []).append(ent)
    for rel in rels:
        if rel.tag != "SLINK":
            continue
        src, tgt = rel.find("source"), rel.find("target")
        if src is None or tgt is None:
            continue
        cue, target = events.get(src.get("m_id", "")), events.get(tgt.get("m_id", ""))
        if cue is None or target is None:
            continue
        if not is_reporting(cue):
            doc.neutral_cues.add(cue.m_id)
            continue
        if cue.sentence == TITLE_SENTENCE:
            doc.title_gold += 1
            doc.neutral_cues.add(cue.m_id)
            continue
        doc.gold_cues.add(cue.m_id)
        doc.gold.append(GoldAttribution(cue, target, agents.get(cue.m_id, [])))
    doc.neutral_cues -= doc.gold_cues
    return doc


def load_corpus(path: str | os.PathLike[str] | None = None) -> list[Document]:
    root = data_dir(path)
    if not root.is_dir():
        raise FileNotFoundError(f"MEANTIME data not found at {root}")
    files = _files(root)
    if not files:
        raise FileNotFoundError(f"no MEANTIME XML files under {root}")
    return [load_document(p) for p in files]


# -- running claimline ----------------------------------------------------------------------


def _run(text: str, published: date | None, model: Any) -> tuple[Any, Any]:
    """``extract(text, published=..., nlp=model)`` and the spaCy doc it parsed (one parse).

    ``extract`` is ``finish(prepare(...), model(prepared.masked))``; calling the two
    steps keeps the parse for the factuality roots.
    """
    from claimline.extraction.claims import finish, prepare

    prep = prepare(text, published=published)
    sdoc = model(prep.masked)
    return finish(prep, sdoc), sdoc


# -- scoring --------------------------------------------------------------------------------


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float | int]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp_pred": tp_p, "pred": n_p}


def _short(s: str, n: int = 90) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _root_event(doc: Document, sdoc: Any, claim: Any) -> Mention | None:
    """The gold event on the dependency root of the claim's content (see module docstring)."""
    span = sdoc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    candidates = [span.root]
    if claim.predicate:
        candidates += [t for t in span if t.lemma_.lower() == claim.predicate]
    for tok in candidates:
        s, e = tok.idx, tok.idx + len(tok.text)
        for ev in doc.events.values():
            if ev.overlaps(s, e) and ev.inside(claim.start, claim.end):
                return ev
    return None


def evaluate(
    path: str | os.PathLike[str] | None = None,
    *,
    nlp: Any = None,
    errors: int = 0,
    context: int | None = None,
) -> dict[str, Any]:
    """Run claimline over MEANTIME and score attribution and factuality; returns a dict of figures.

    ``nlp``: a loaded pipeline (``claimline.extraction.pipeline.load()``), loaded here when None.
    ``errors``: keep up to this many examples per error category under ``"errors"``.
    ``context``: process each article only up to this many sentences past the annotated
    ones (faster; None = the whole article, as published).
    """
    docs = load_corpus(path)
    t0 = time.perf_counter()
    if nlp is None:
        from claimline.extraction import pipeline as nlp_mod

        nlp = nlp_mod.load()
    t_load = time.perf_counter() - t0

    n_gold = len([g for d in docs for g in d.gold])
    n_gold_src = len([g for d in docs for g in d.gold if g.sources])
    # recall counters (per gold SLINK)
    r_cue = r_content = r_source = r_joint = 0
    # precision counters (per in-scope predicted claim)
    n_pred = p_cue = p_content = p_source_n = p_source = p_joint_n = p_joint = 0
    fp_kinds: Counter[str] = Counter()
    ignored: Counter[str] = Counter()
    by_target_pos: dict[str, list[int]] = {}
    by_cue: dict[str, list[int]] = {}
    examples: dict[str, list[str]] = {}
    # factuality
    neg = Counter()  # tp, fp, fn, tn
    confusion: dict[str, Counter[str]] = {}
    fact_by_attr: dict[str, list[int]] = {}
    n_claims_annotated = n_fact_unmapped = 0

    def note(kind: str, line: str) -> None:
        if errors:
            lst = examples.setdefault(kind, [])
            if len(lst) < errors:
                lst.append(line)

    t1 = time.perf_counter()
    for d in docs:
        ex, sdoc = _run(_truncated(d, context), d.dct, nlp)
        # attitude claims (a stance toward a thing, from the cue tagger) are left out: MEANTIME does
        # not annotate attitudes (its SLINKs link events; see README_attribution.md)
        claims = [c for c in ex.claims if c.attribution != "attitude"]
        body = [
            c for c in claims if (n := d.sentence_of(c.start)) is not None and TITLE_SENTENCE < n <= ANNOTATED_SENTENCES
        ]
        attributed = _one_per_quotation([c for c in claims if c.cue is not None], d.gold)
        # -- attribution: which gold SLINKs each cue-bearing claim matches
        scored: list[tuple[Any, list[GoldAttribution]]] = []
        for c in attributed:
            cs, ce = c.cue.start, c.cue.end
            on_gold = [g for g in d.gold if g.cue.overlaps(cs, ce)]
            if on_gold:
                scored.append((c, on_gold))
                continue
            evs = [e for e in d.events.values() if e.overlaps(cs, ce)]
            n = d.sentence_of(cs)
            if n is None or not TITLE_SENTENCE < n <= ANNOTATED_SENTENCES:
                ignored["cue outside the annotated sentences"] += 1
            elif not evs:
                ignored["cue on no annotated event"] += 1
            elif any(e.m_id in d.neutral_cues for e in evs):
                ignored["cue on a neutral SLINK source"] += 1
            elif not any(is_reporting(Mention(e.m_id, e.tag, e.spans, e.sentence, e.text, e.attrs)) for e in evs):
                # a wish, plan or request ("is planning to", "asked for"): not a reporting
                # predicate (NOT_REPORTING), with or without a SLINK, so neither gold nor error
                ignored["cue on a non-reporting predicate"] += 1
            else:
                kind = (
                    "on a speech/cognitive event without SLINK"
                    if any(e.cls == "SPEECH_COGNITIVE" for e in evs)
                    else "on another event"
                )
                fp_kinds[kind] += 1
                n_pred += 1
                note(
                    "false_positive",
                    f"{d.name[:30]:30} cue={c.cue.text!r} ({kind}) src={c.source.text if c.source else None!r}"
                    f" content={_short(c.text)!r}",
                )
        for c, gs in scored:
            n_pred += 1
            p_cue += 1
            content_ok = [g for g in gs if g.target.within(c.start, c.end)]
            if content_ok:
                p_content += 1
            else:
                targets = ", ".join(repr(g.target.text) for g in gs)
                note(
                    "wrong_content",
                    f"{d.name[:30]:30} cue={c.cue.text!r} gold targets {targets}; content={_short(c.text)!r}",
                )
            with_src = [g for g in gs if g.sources]
            if with_src:
                p_source_n += 1
                src_ok = c.source is not None and any(
                    m.overlaps(c.source.start, c.source.end) for g in with_src for m in g.sources
                )
                p_source += src_ok
            p_joint_n += 1
            if any(_joint(c, g) for g in content_ok):
                p_joint += 1
        for g in d.gold:
            claims = [c for c, gs in scored if g in gs]
            hit_cue = bool(claims)
            hit_content = any(g.target.within(c.start, c.end) for c in claims)
            hit_source = bool(g.sources) and any(_source_ok(c, g) for c in claims)
            hit_joint = any(g.target.within(c.start, c.end) and _source_ok(c, g) for c in claims)
            r_cue += hit_cue
            r_content += hit_content
            r_source += hit_source
            r_joint += hit_joint
            pos = g.target.attrs.get("pos") or "?"
            by_target_pos.setdefault(pos, [0, 0])
            by_target_pos[pos][0] += 1
            by_target_pos[pos][1] += hit_joint
            lemma = g.cue.attrs.get("pred") or _lemma_at(sdoc, g.cue.start) or g.cue.text.lower()
            by_cue.setdefault(lemma, [0, 0, 0])
            by_cue[lemma][0] += 1
            by_cue[lemma][1] += hit_cue
            by_cue[lemma][2] += hit_joint
            ctx = _short(d.context(g.cue.start), 160)
            gsrc = "/".join(m.text for m in g.sources) or None
            if not hit_cue:
                note("missed_cue", f"{d.name[:30]:30} cue={g.cue.text!r} target={g.target.text!r} | {ctx}")
            elif not hit_content:
                got = " || ".join(_short(c.text, 70) for c in claims)
                note("missed_content", f"{d.name[:30]:30} cue={g.cue.text!r} target={g.target.text!r}; got {got!r}")
            if g.sources and hit_cue and not hit_source:
                got = ", ".join(repr(c.source.text) if c.source else "None" for c in claims)
                note("wrong_source", f"{d.name[:30]:30} cue={g.cue.text!r} gold source={gsrc!r}; got {got} | {ctx}")
        # -- factuality
        for c in body:
            n_claims_annotated += 1
            ev = _root_event(d, sdoc, c)
            if ev is None:
                n_fact_unmapped += 1
                continue
            pol = ev.attrs.get("polarity", "")
            if pol in ("POS", "NEG"):
                gold_neg = pol == "NEG"
                key = ("tp" if c.negated else "fn") if gold_neg else ("fp" if c.negated else "tn")
                neg[key] += 1
                if key in ("fp", "fn"):
                    note(
                        f"negation_{key}",
                        f"{d.name[:30]:30} event={ev.text!r} polarity={pol} negated={c.negated} "
                        f"| {_short(c.text, 110)!r}",
                    )
            cert = ev.attrs.get("certainty", "") or "UNDERSPECIFIED"
            confusion.setdefault(cert, Counter())[c.modality] += 1
            if cert in CERTAINTY_OK:
                ok = c.modality in CERTAINTY_OK[cert]
                row = fact_by_attr.setdefault(c.attribution, [0, 0])
                row[0] += 1
                row[1] += ok
                if not ok:
                    note(
                        f"certainty_{cert.lower()}",
                        f"{d.name[:30]:30} event={ev.text!r} {cert} -> {c.modality} "
                        f"({c.attribution}) | {_short(c.text, 110)!r}",
                    )
    t_run = time.perf_counter() - t1

    def level(tp_p: int, n_p: int, tp_r: int, n_r: int) -> dict[str, float | int]:
        out = _prf(tp_p, n_p, tp_r, n_r)
        out["tp_gold"], out["gold"] = tp_r, n_r
        return out

    n_cert = sum(v[0] for v in fact_by_attr.values())
    ok_cert = sum(v[1] for v in fact_by_attr.values())
    lenient_fp = fp_kinds.get("on a speech/cognitive event without SLINK", 0)
    result: dict[str, Any] = {
        "documents": len(docs),
        "gold": {
            "attributions": n_gold,
            "with_source": n_gold_src,
            "cues": sum(len(d.gold_cues) for d in docs),
            "title_slinks_left_out": sum(d.title_gold for d in docs),
            "neutral_cues": sum(len(d.neutral_cues) for d in docs),
        },
        "attribution": {
            "cue": level(p_cue, n_pred, r_cue, n_gold),
            "content": level(p_content, n_pred, r_content, n_gold),
            "source": level(p_source, p_source_n, r_source, n_gold_src),
            "joint": level(p_joint, n_pred, r_joint, n_gold),
            "joint_lenient": level(p_joint, n_pred - lenient_fp, r_joint, n_gold),
            "false_positives": dict(fp_kinds),
            "ignored_predictions": dict(ignored),
            "joint_recall_by_target_pos": {k: {"gold": v[0], "joint": v[1]} for k, v in sorted(by_target_pos.items())},
            "by_cue": {
                k: {"gold": v[0], "cue": v[1], "joint": v[2]}
                for k, v in sorted(by_cue.items(), key=lambda kv: (-kv[1][0], kv[0]))
            },
        },
        "factuality": {
            "claims_in_annotated_sentences": n_claims_annotated,
            "claims_without_root_event": n_fact_unmapped,
            "negation": {
                **_prf(neg["tp"], neg["tp"] + neg["fp"], neg["tp"], neg["tp"] + neg["fn"]),
                "counts": {k: neg[k] for k in ("tp", "fp", "fn", "tn")},
            },
            "certainty_accuracy": round(ok_cert / n_cert, 4) if n_cert else 0.0,
            "certainty_scored": n_cert,
            "certainty_accuracy_by_attribution": {
                k: {"n": v[0], "accuracy": round(v[1] / v[0], 4) if v[0] else 0.0}
                for k, v in sorted(fact_by_attr.items())
            },
            "confusion": {k: {m: confusion[k][m] for m in MODALITIES} for k in sorted(confusion)},
        },
        "timing": {"load_s": round(t_load, 2), "extract_and_score_s": round(t_run, 2)},
    }
    if errors:
        result["errors"] = examples
    return result


def _lemma_at(sdoc: Any, pos: int) -> str | None:
    span = sdoc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None and len(span) else None


def _truncated(d: Document, context: int | None) -> str:
    if context is None:
        return d.text
    last = max((n for n in d.sentences if n <= ANNOTATED_SENTENCES + context), default=None)
    return d.text if last is None else d.text[: d.sentences[last][1]]


def _source_ok(claim: Any, g: GoldAttribution) -> bool:
    """Source right, or not checkable (MEANTIME links no agent to the cue)."""
    if not g.sources:
        return True
    return claim.source is not None and any(m.overlaps(claim.source.start, claim.source.end) for m in g.sources)


def _joint(claim: Any, g: GoldAttribution) -> bool:
    return g.target.within(claim.start, claim.end) and _source_ok(claim, g)


def _one_per_quotation(claims: list[Any], gold: list[GoldAttribution]) -> list[Any]:
    """A quotation over several sentences is one attribution (its pieces share the speaker's
    cue): its pieces count as one prediction, the piece that holds a gold target if any."""
    out: list[Any] = []
    pieces: dict[tuple[int, int], list[Any]] = {}
    for c in claims:
        if c.attribution == "direct_quote":
            pieces.setdefault((c.cue.start, c.cue.end), []).append(c)
        else:
            out.append(c)
    for group in pieces.values():
        best = next((c for c in group for g in gold if _joint(c, g)), None)
        best = best or next((c for c in group for g in gold if g.target.within(c.start, c.end)), group[0])
        out.append(best)
    return sorted(out, key=lambda c: c.start)


# -- report ---------------------------------------------------------------------------------


def format_report(res: dict[str, Any]) -> str:
    g = res["gold"]
    a = res["attribution"]
    f = res["factuality"]
    lines = [
        f"MEANTIME attribution: {res['documents']} documents, {g['attributions']} gold attributions "
        f"({g['with_source']} with an Arg0 source, {g['cues']} cue events); "
        f"{g['title_slinks_left_out']} title SLINKs left out, {g['neutral_cues']} neutral SLINK cues",
        "",
        f"{'level':16} {'P':>6} {'R':>6} {'F1':>6}   {'pred ok/n':>10} {'gold ok/n':>10}",
    ]
    for name in ("cue", "content", "source", "joint", "joint_lenient"):
        x = a[name]
        lines.append(
            f"{name:16} {100 * x['precision']:6.1f} {100 * x['recall']:6.1f} {100 * x['f1']:6.1f}   "
            f"{x['tp_pred']:>4}/{x['pred']:<5} {x['tp_gold']:>4}/{x['gold']:<5}"
        )
    lines.append("")
    lines.append("false positives: " + ", ".join(f"{k}: {v}" for k, v in a["false_positives"].items()))
    lines.append("ignored predictions: " + ", ".join(f"{k}: {v}" for k, v in a["ignored_predictions"].items()))
    lines.append(
        "joint recall by target POS: "
        + ", ".join(f"{k} {v['joint']}/{v['gold']}" for k, v in a["joint_recall_by_target_pos"].items())
    )
    top = list(a["by_cue"].items())[:12]
    lines.append(
        "by cue (gold, cue found, joint): " + ", ".join(f"{k} {v['gold']}/{v['cue']}/{v['joint']}" for k, v in top)
    )
    lines += [
        "",
        f"Factuality: {f['claims_in_annotated_sentences']} claims in annotated sentences, "
        f"{f['claims_without_root_event']} with no gold event on their root",
    ]
    n = f["negation"]
    c = n["counts"]
    lines.append(
        f"negation (NEG ↔ negated): P {100 * n['precision']:.1f} R {100 * n['recall']:.1f} F1 {100 * n['f1']:.1f}"
        f"  (tp {c['tp']}, fp {c['fp']}, fn {c['fn']}, tn {c['tn']})"
    )
    by = ", ".join(
        f"{k} {100 * v['accuracy']:.1f}% of {v['n']}" for k, v in f["certainty_accuracy_by_attribution"].items()
    )
    lines.append(
        f"certainty ↔ modality accuracy: {100 * f['certainty_accuracy']:.1f}% of {f['certainty_scored']} ({by})"
    )
    lines.append(f"{'gold/predicted':16}" + "".join(f"{m:>12}" for m in MODALITIES))
    for cert, row in f["confusion"].items():
        lines.append(f"{cert:16}" + "".join(f"{row[m]:>12}" for m in MODALITIES))
    t = res["timing"]
    lines.append("")
    lines.append(f"time: load {t['load_s']}s, extract+score {t['extract_and_score_s']}s")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="MEANTIME directory (default: $MEANTIME_DIR or ../shared/data/meantime)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N examples per error category")
    ap.add_argument(
        "--context",
        type=int,
        default=None,
        metavar="K",
        help="process each article only up to K sentences past the annotated ones (faster; default: whole article)",
    )
    ap.add_argument("--json", action="store_true", help=f"write {RESULTS.relative_to(REPO)}")
    ap.add_argument(
        "--model",
        action="store_true",
        help="switch on the trained cue tagger (models/attribution; same as CLAIMLINE_CUE_MODEL=on)",
    )
    args = ap.parse_args(argv)
    if args.model:
        os.environ["CLAIMLINE_CUE_MODEL"] = "on"
    try:
        res = evaluate(args.data, errors=args.errors, context=args.context)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(format_report(res))
    if args.errors:
        for kind, lines in res["errors"].items():
            print(f"\n== {kind} ({len(lines)} shown)")
            for line in lines:
                print("  " + line)
    if args.json:
        out = {k: v for k, v in res.items() if k != "errors"}
        RESULTS.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
