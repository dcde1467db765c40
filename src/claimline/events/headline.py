"""Event frames of an article's headline.

A headline is furniture for claims (it never joins the next sentence, it is no claim), but it
reports events like any sentence does: "Nordvault unveils coastal radar" is the unveiling the
body tells again. The headline line is parsed on its own — at its offsets in the article text,
everything before it blank — so its frames point into the article like the body's; without the
NER component, which would double its cost (its names come from the gazetteer and capitalised
compounds, as the body's do when NER misses them). The frames of
an article stay in text order and are numbered in it (:func:`with_headline`); a headline frame's
``token`` is the index of the article parse's token at its trigger (the blanked headline).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date
from typing import TypeVar

from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import timex
from ..extraction.mentions import Resolver, find_mentions
from ..schemas import EventFrame, Offsets, Participant, Trigger
from .light import DOER

K = TypeVar("K")


_DISABLED = ["ner"]  # components a headline is parsed without


def headline_text(text: str, title_span: Offsets | None) -> str | None:
    """What the headline line ``title_span`` of ``text`` is parsed from: the text up to the
    headline's end, everything before the headline blank (None without a headline with a letter)."""
    if title_span is None or title_span.end <= title_span.start:
        return None
    title = text[title_span.start : title_span.end]
    if not any(ch.isalpha() for ch in title):
        return None
    return " " * title_span.start + title


def parse_headlines(nlp: Language, texts: Sequence[tuple[str, K]]) -> Iterator[tuple[Doc, K]]:
    """``(parse, key)`` of each ``(headline_text, key)``, in one ``nlp.pipe`` (as
    :func:`headline_frames` parses one)."""
    return nlp.pipe(texts, as_tuples=True, batch_size=max(1, len(texts)), disable=_DISABLED)


def headline_frames(
    nlp: Language,
    text: str,
    title_span: Offsets | None,
    *,
    article_id: str,
    published: date | None,
    doc: Doc | None = None,
) -> list[EventFrame]:
    """The frames of the headline line ``title_span`` of ``text`` (none without one). ``doc``: the
    headline's parse by ``nlp`` when already made (:func:`parse_headlines`: ingest parses the
    headlines of a batch together), else it is parsed here."""
    masked = headline_text(text, title_span)
    if masked is None:
        return []
    from .frames import find_frames

    if doc is None or doc.text != masked:
        doc = nlp(masked, disable=_DISABLED)
    mentions = find_mentions(doc)
    frames = find_frames(
        doc,
        article_id=article_id,
        text=text,
        published=published,
        times=timex.find_times(masked, published, doc=doc),
        mentions=mentions,
        resolver=Resolver(mentions),
        sentences=[_trimmed(s) for s in doc.sents if any(ch.isalpha() for ch in s.text)],
    )
    return [_headline_future(f, doc) for f in frames]


def _headline_future(f: EventFrame, doc: Doc) -> EventFrame:
    """A headline's bare infinitive is its future ("Tarvo Auto to buy Lumen unit", "Fiat to cut
    jobs"): the event is expected, as its article says it ("has agreed to buy")."""
    tok = doc[f.trigger.token]
    if f.factuality not in ("asserted", "reported") or tok.pos_ != "VERB":
        return f
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    if to and (tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX")):
        return f.model_copy(update={"factuality": "expected"})
    return f


def _trimmed(sent: Span) -> Span:
    """The sentence without the blank standing for the text before the headline (a masthead, a
    menu: the frame's sentence, which timelines print, is the headline alone)."""
    start = sent.start
    while start < sent.end - 1 and sent.doc[start].is_space:
        start += 1
    return sent.doc[start : sent.end]


def with_headline(body: Sequence[EventFrame], head: Sequence[EventFrame], doc: Doc) -> list[EventFrame]:
    """The frames of the headline and the body in text order, numbered ``<article>-eNNN`` in it
    (time anchors follow their frame's new id); headline triggers take the token of ``doc`` (the
    article parse, headline blanked) at their offset. A headline frame reporting the act its lead
    reports takes what it leaves out from there (:func:`from_lead`)."""
    if not head:
        return list(body)
    head = from_lead(head, body)
    starts = doc.to_array(IDX).tolist() if len(doc) else []  # = [t.idx for t in doc], no Token made per word
    if _numbered_after(head, body):  # (find_frames numbered the body after the headline: first=)
        return [_on_article(f, doc, starts) for f in head] + list(body)
    tagged = [(f.trigger.start, 0, k, f) for k, f in enumerate(head)] + [
        (f.trigger.start, 1, k, f) for k, f in enumerate(body)
    ]
    tagged.sort(key=lambda x: x[:3])
    aid = head[0].article_id
    new: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for n, (_, group, _, f) in enumerate(tagged, start=1):
        new[group][f.id] = f"{aid}-e{n:03d}"
    out = []
    for _, group, _, f in tagged:
        update: dict[str, object] = {"id": new[group][f.id]}
        if group == 0:
            update["trigger"] = _article_trigger(f, doc, starts)
        anchor = f.time.anchor if f.time is not None else None
        if f.time is not None and anchor is not None:
            # (a headline's time taken from its lead keeps the lead's anchor: a body frame)
            moved = new[group].get(anchor) or new[1 - group].get(anchor)
            if moved is not None:
                update["time"] = f.time.model_copy(update={"anchor": moved})
        out.append(f.model_copy(update=update))
    return out


def _numbered_after(head: Sequence[EventFrame], body: Sequence[EventFrame]) -> bool:
    """Whether the headline's frames, then the body's, are already in text order and numbered in
    it: the headline's from 1, the body's after them (as :func:`with_headline` numbers them)."""
    frames = [*head, *body]
    aid = head[0].article_id
    return all(a.trigger.start <= b.trigger.start for a, b in zip(frames, frames[1:], strict=False)) and all(
        f.id == f"{aid}-e{n:03d}" for n, f in enumerate(frames, start=1)
    )


def _article_trigger(f: EventFrame, doc: Doc, starts: list[int]) -> Trigger:
    """A headline frame's trigger with the token of ``doc`` (the article parse) at its offset."""
    i = max(0, bisect_right(starts, f.trigger.start) - 1) if starts else 0
    sent_start = doc[i].sent.start if starts else 0
    return f.trigger.model_copy(update={"token": i, "sentence_token": i - sent_start})


def _on_article(f: EventFrame, doc: Doc, starts: list[int]) -> EventFrame:
    return f.model_copy(update={"trigger": _article_trigger(f, doc, starts)})


#: Sentences of the body (those holding frames) that make its lead.
LEAD_SENTENCES = 2
_PLANNED = frozenset({"expected", "hedged"})
_NO = frozenset({"negated", "denied"})


def from_lead(head: Sequence[EventFrame], body: Sequence[EventFrame]) -> list[EventFrame]:
    """Headline frames completed from the article's lead (its first :data:`LEAD_SENTENCES`
    sentences with frames). A headline is short: it drops the subject ("Chinese airlines agree
    purchase of Boeing 787s"), shortens names ("Penske Auto" for "Penske Automotive Group") and
    gives no date ("Ford posts unexpected profit") where its lead says it in full. For each
    headline frame, the first lead frame of a matching class (:func:`~.identity.classes_match`,
    not commentary) — if it is planned or negated alike and its parties do not contradict the
    headline's (:func:`~.identity.participants_match`, after a headline name that shortens a lead
    name word by word took the lead's name too) — lends it its parties of the roles the headline
    leaves out (agents; themes and counterparts) and its time when the headline has none. The
    parties keep their offsets in the lead (a participant's text is where it is written)."""
    starts = sorted({f.sentence.start for f in body})[:LEAD_SENTENCES]
    lead = [f for f in body if f.sentence.start in starts and not f.commentary]
    if not lead:
        return list(head)
    from .identity import classes_match, participants_match

    names = [p for f in lead for p in f.participants if p.label not in _WEAK]
    out = []
    for h in head:
        h = _longer_names(h, names)
        # the lead's first report of that kind of event, if it is the headline's act (not a later
        # one of the same class: "plans announced in January" after the announcement of the day)
        match = next((g for g in lead if classes_match(h, g)), None)
        if (
            match is not None
            and (h.factuality in _PLANNED) == (match.factuality in _PLANNED)
            and (h.factuality in _NO) == (match.factuality in _NO)
            and participants_match(h, match)
        ):
            h = _completed(h, match)
        out.append(h)
    return out


_WEAK = frozenset({"NORP", "description", DOER})  # (identity: nationality words and descriptions name no party)
_POOLS = (frozenset({"agent"}), frozenset({"theme", "counterpart"}))


def _words(name: str) -> list[str]:
    return [w.casefold() for w in name.replace(".", " ").split()]


def _shortens(short: str, long: str) -> bool:
    """ "Penske Auto" shortens "Penske Automotive Group": the same first word, each later word the
    start of the long name's word at its place (and not the same name)."""
    a, b = _words(short), _words(long)
    return 1 < len(a) <= len(b) and a != b and a[0] == b[0] and all(y.startswith(x) for x, y in zip(a, b, strict=False))


def _longer_names(h: EventFrame, names: Sequence[Participant]) -> EventFrame:
    extra: list[Participant] = []
    have = h.names()
    for p in h.participants:
        for q in names:
            if q.name not in have and _shortens(p.name, q.name):
                extra.append(q.model_copy(update={"role": p.role}))
                have = have | {q.name}
    return h.model_copy(update={"participants": [*h.participants, *extra]}) if extra else h


def _completed(h: EventFrame, g: EventFrame) -> EventFrame:
    parts = list(h.participants)
    for pool in _POOLS:
        if not any(p.role in pool and p.label not in _WEAK for p in parts):
            parts += [p for p in g.participants if p.role in pool and p.name not in h.names()]
    update: dict[str, object] = {}
    if len(parts) != len(h.participants):
        update["participants"] = parts
    if h.time is None and g.time is not None:
        update["time"] = g.time
    return h.model_copy(update=update) if update else h
