"""Build a benchmark corpus of N distinct news articles from real text available offline.

Usage::

    .venv/bin/python benchmarks/corpus.py OUT_DIR [--articles 300] [--seed 7]

Sources (both read locally, nothing is fetched):

* the sample articles in ``sample_articles/`` (their body paragraphs, as the
  claimline reader finds them);
* the 120 English MEANTIME Wikinews documents, their text rebuilt from the
  tokens of ``../shared/data/meantime/intra-doc_annotation/*/*.xml`` (or
  ``$MEANTIME_DIR``); skipped when the data is absent.

Article ``i`` takes the body of one source document (round-robin), mixes in
one or two paragraphs from other documents, and wraps them in a page: an
outlet masthead, the title, a byline, a publication date and a dateline.
The date is ``2012-01-01 + i days``, so every article has a distinct text
(and so a distinct claimline article ID). About one in ten is written as
HTML and one in ten as Markdown with front matter, like real inputs.

``build(out_dir, n)`` writes the files and returns their paths;
``texts(n)`` yields ``(name, text)`` without touching the disk.
"""

from __future__ import annotations

import argparse
import html
import os
import random
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "sample_articles"
#: MEANTIME beside the checkout (``../shared/data/meantime``), or beside a folder holding it (a git worktree
#: in ``/work/wt/NAME`` finds ``/work/shared/data/meantime``): without it the corpus is the samples alone,
#: recycled, which bench.py would measure without a word
MEANTIME = next(
    (p / "shared" / "data" / "meantime" for p in REPO.parents if (p / "shared" / "data" / "meantime").is_dir()),
    REPO.parent / "shared" / "data" / "meantime",
)
FIRST_DATE = date(2012, 1, 1)

OUTLETS = [
    "Meridian Wire",
    "The Harbour Ledger",
    "Continental Times",
    "Northern Security Monitor",
    "Global Tech Daily",
    "The Policy Wire",
    "Atlantic Signal",
    "Rhine Courier",
    "Baltic Business Review",
    "The Lowland Post",
]
AUTHORS = [
    "Laura Pike",
    "Tomas Reyes",
    "Rachel Osei",
    "Jonas Berg",
    "Amira Haddad",
    "Peter Lindqvist",
    "Chloe Martin",
    "Daniel Kowalski",
    "Sofia Ferreira",
    "Henrik Dahl",
]
CITIES = ["WASHINGTON", "BRUSSELS", "LONDON", "BERLIN", "PARIS", "NEW YORK", "TOKYO", "DETROIT", "SEATTLE", "MADRID"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d"}
_NO_SPACE_BEFORE |= {"'m", "''", "...", "”", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#", "“", "US$", "CA$", "£", "€"}


@dataclass(frozen=True)
class Source:
    name: str
    title: str
    paragraphs: tuple[str, ...]


def _meantime_dir() -> Path:
    env = os.environ.get("MEANTIME_DIR")
    return Path(env) if env else MEANTIME


def _detokenize(tokens: list[tuple[str, str]]) -> list[str]:
    """Rebuild sentences (lists of words joined with natural spacing) from (sentence, token) pairs."""
    sentences: dict[str, list[str]] = {}
    order: list[str] = []
    for sent, tok in tokens:
        if sent not in sentences:
            sentences[sent] = []
            order.append(sent)
        sentences[sent].append(tok)
    out: list[str] = []
    for sent in order:
        pieces: list[str] = []
        prev = ""
        quote_open = False
        for raw in sentences[sent]:
            word = {"``": "“", "''": "”", "&quot;": '"', "&amp;": "&"}.get(raw, raw.replace("&amp;", "&"))
            if word == '"':
                word = "”" if quote_open else "“"
            if word == "“":
                quote_open = True
            elif word == "”":
                quote_open = False
            glued = prev.endswith("'") and word in ("m", "s", "re", "ve", "ll", "d", "t")
            if pieces and not (glued or word in _NO_SPACE_BEFORE or raw in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER):
                pieces.append(" ")
            pieces.append(word)
            prev = word
        out.append("".join(pieces))
    return out


def _open_quote(text: str) -> bool:
    return text.count("“") > text.count("”")


def meantime_sources(root: Path | None = None) -> list[Source]:
    """One source per MEANTIME document: sentence 0 is the title, 1 the dateline, the rest the body."""
    base = (root or _meantime_dir()) / "intra-doc_annotation"
    files = sorted(base.glob("corpus_*/*.xml"))
    sources: list[Source] = []
    for path in files:
        try:
            doc = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        toks = [(t.get("sentence", "0"), t.text or "") for t in doc.iter("token")]
        sents = _detokenize(toks)
        if len(sents) < 4:
            continue
        title, body = sents[0], sents[2:]
        paragraphs: list[str] = []
        i = 0
        while i < len(body):  # paragraphs of one to three sentences, as wire copy has; never split a quote
            k = 1 + (i + len(title)) % 3
            while i + k < len(body) and _open_quote(" ".join(body[i : i + k])):
                k += 1
            paragraphs.append(" ".join(body[i : i + k]))
            i += k
        sources.append(Source(name=path.stem, title=title, paragraphs=tuple(paragraphs)))
    return sources


def sample_sources(root: Path = SAMPLES) -> list[Source]:
    """The body paragraphs of each sample article, as the claimline reader finds them."""
    from claimline.read import read_path

    sources: list[Source] = []
    for path in sorted(root.iterdir()):
        if not path.is_file():
            continue
        read = read_path(path)
        paras = []
        for o in read.content:
            chunk = read.text[o.start : o.end].strip()
            paras.extend(p.strip() for p in chunk.split("\n\n") if len(p.strip()) >= 60 and "." in p)
        if paras:
            sources.append(Source(name=path.stem, title=read.meta.title or path.stem, paragraphs=tuple(paras)))
    return sources


@cache
def sources() -> tuple[Source, ...]:
    return tuple(sample_sources() + meantime_sources())


def _date_text(d: date, style: int) -> str:
    if style == 0:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 1:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    return d.isoformat()


def _article(i: int, pool: tuple[Source, ...]) -> tuple[str, str]:
    """Article ``i``: (file suffix, text)."""
    rng = random.Random(i * 7919 + 17)
    base = pool[i % len(pool)]
    paras = list(base.paragraphs)
    if len(paras) > 5 and rng.random() < 0.5:
        del paras[rng.randrange(1, len(paras))]
    for _ in range(rng.randint(1, 2)):
        other = pool[rng.randrange(len(pool))]
        paras.insert(rng.randint(1, len(paras)), rng.choice(other.paragraphs))
    day = FIRST_DATE + timedelta(days=i)
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    author = AUTHORS[rng.randrange(len(AUTHORS))]
    city = CITIES[rng.randrange(len(CITIES))]
    dated = _date_text(day, i % 3)
    first = f"{city} ({outlet}) - {paras[0]}"
    kind = i % 10
    if kind == 3:  # HTML page
        body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in [first, *paras[1:]])
        text = (
            f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'><title>{html.escape(base.title)} | {outlet}"
            f"</title>\n<meta property='article:published_time' content='{day.isoformat()}'></head>\n"
            f"<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>\n<article>\n"
            f"<h1>{html.escape(base.title)}</h1>\n<p class='byline'>By {author} · {dated}</p>\n{body}\n"
            f"</article>\n<footer>© {day.year} {outlet}. All rights reserved.</footer></body></html>\n"
        )
        return ".html", text
    if kind == 7:  # Markdown with front matter
        text = (
            f"---\ntitle: {base.title}\npublisher: {outlet}\ndate: {day.isoformat()}\nauthor: {author}\n---\n\n"
            f"# {base.title}\n\n" + "\n\n".join([first, *paras[1:]]) + "\n"
        )
        return ".md", text
    text = (
        f"{outlet.upper()}\nWorld | Business | Technology | Markets\n\n{base.title}\n\nBy {author}\n{dated}\n\n"
        + "\n\n".join([first, *paras[1:]])
        + f"\n\n(Reporting by {author}; editing by {AUTHORS[(i + 3) % len(AUTHORS)]})\n"
    )
    return ".txt", text


def texts(n: int) -> Iterator[tuple[str, str]]:
    """``(file name, text)`` of articles 0..n-1."""
    pool = sources()
    if not pool:
        raise SystemExit("no source text: sample_articles/ is missing")
    for i in range(n):
        suffix, text = _article(i, pool)
        yield f"{i:05d}_{pool[i % len(pool)].name[:40]}{suffix}", text


def build(out_dir: Path | str, n: int) -> list[Path]:
    """Write ``n`` articles into ``out_dir`` (created); return their paths in order."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for name, text in texts(n):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="directory to write the articles into")
    ap.add_argument("--articles", "-n", type=int, default=300)
    args = ap.parse_args(argv)
    paths = build(args.out, args.articles)
    size = sum(p.stat().st_size for p in paths)
    pool = sources()
    print(f"wrote {len(paths)} articles ({size / 1e6:.1f} MB) from {len(pool)} source documents to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
