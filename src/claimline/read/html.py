"""HTML to text: visible blocks separated by blank lines, with <meta> and JSON-LD metadata."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from ..schemas import ArticleMeta
from .dates import find_date
from .lines import NONBLANK, Rules, wordset
from .meta import split_title
from .page import ReadResult, analyse

# ====================================================================== HTML
_SKIP_TAGS = wordset(
    "script style nav header footer aside form noscript template svg math iframe object embed canvas "
    "button select textarea figcaption dialog menu"
)
_BLOCK_TAGS = wordset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr thead tbody "
    "tfoot caption figure address hr body html center details summary fieldset legend hgroup"
)
_VOID_TAGS = wordset("area base br col embed hr img input link meta param source track wbr")
_ARTICLE_TYPES = wordset(
    "NewsArticle Article ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle BackgroundNewsArticle "
    "ReviewNewsArticle AskPublicNewsArticle BlogPosting LiveBlogPosting TechArticle Report "
    "SatiricalArticle ScholarlyArticle"
)
_META_TITLE = ("og:title", "twitter:title", "dc.title", "headline")
_META_SITE = ("og:site_name", "application-name", "publisher", "dc.publisher", "cre")
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "datecreated",
)
_META_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_META_AUTHOR = ("author", "article:author", "dc.creator", "sailthru.author", "parsely-author", "byl")
_HTML_SNIFF = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    re.I | re.S,
)
_HTML_CLOSE = re.compile(r"</(?:p|div|h[1-6]|article|section|body|html|span|a|li|ul|table|main)\s*>", re.I)


def looks_like_html(text: str) -> bool:
    """Sniff: a document that starts like HTML, or starts with a tag and has closing tags."""
    head = text[:4096]
    if _HTML_SNIFF.match(head):
        return True
    return head.lstrip().startswith("<") and _HTML_CLOSE.search(text[:20000]) is not None


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.cur: list[str] = []
        self.skip: list[str] = []
        self.pre = 0
        self.in_title = False
        self.title: list[str] = []
        self.heading: list[str] | None = None
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.ld: list[str] | None = None
        self.ld_docs: list[str] = []
        self.times: list[str] = []

    # text assembly
    def flush(self) -> None:
        if not self.cur:
            return
        s = "".join(self.cur)
        self.cur = []
        lines = [" ".join(part.split()) for part in s.split("\n")]
        lines = [ln for ln in lines if ln and NONBLANK.search(ln)]
        if lines:
            self.blocks.append("\n".join(lines))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content", "").strip()
            if key and content:
                self.meta.setdefault(key, content)
            return
        if tag == "link":
            rel = a.get("rel", "").lower().split()
            if "canonical" in rel and a.get("href"):
                self.links.setdefault("canonical", a["href"].strip())
            return
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self.ld = []
        if self.skip:
            if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
                self.skip.append(tag)
            return
        if tag in _SKIP_TAGS or "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            if tag not in _VOID_TAGS:
                self.skip.append(tag)
            return
        if tag == "title":
            self.in_title = True
            return
        if tag == "br":
            self.cur.append("\n")
        elif tag in ("td", "th"):
            self.cur.append(" ")
        elif tag in _BLOCK_TAGS:
            self.flush()
            if tag == "pre":
                self.pre += 1
            if tag == "h1" and self.h1 is None:
                self.heading = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag in self.skip:
                while self.skip and self.skip.pop() != tag:
                    pass
                if tag == "script" and self.ld is not None:
                    self.ld_docs.append("".join(self.ld))
                    self.ld = None
            return
        if tag == "title":
            self.in_title = False
        elif tag in _BLOCK_TAGS:
            if tag == "h1" and self.heading is not None:
                self.h1 = " ".join("".join(self.heading).split()) or None
                self.heading = None
            self.flush()
            if tag == "pre" and self.pre:
                self.pre -= 1

    def handle_data(self, data: str) -> None:
        if self.ld is not None:
            self.ld.append(data)
            return
        if self.skip:
            return
        if self.in_title:
            self.title.append(data)
            return
        if self.heading is not None:
            self.heading.append(data)
        if self.pre:
            self.cur.append(data.replace("\r\n", "\n").replace("\r", "\n"))
        else:
            self.cur.append(data.replace("\r", " ").replace("\n", " "))

    def text(self) -> str:
        self.flush()
        return "\n\n".join(self.blocks)


_TAG = re.compile(r"<[^>]*>")


def _html_fallback(markup: str) -> _HTMLText:
    """For markup that html.parser rejects: drop tags, keep the text."""
    import html as _html

    out = _HTMLText()
    for chunk in re.split(r"\n\s*\n", _TAG.sub("\n", markup)):
        out.cur.append(_html.unescape(chunk).replace("\n", " "))
        out.flush()
    return out


def _ld_article(raw: str) -> dict[str, Any] | None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    stack: list[Any] = [data]
    seen = 0
    while stack and seen < 500:
        seen += 1
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds):
                return item
            graph = item.get("@graph")
            if isinstance(graph, list | dict):
                stack.append(graph)
    return None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_ld_name(v) for v in value[:10]) if n]
        return ", ".join(dict.fromkeys(names)) or None
    return None


def _ld_url(value: Any) -> str | None:
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return value.strip()
    if isinstance(value, dict):
        return _ld_url(value.get("@id") or value.get("url"))
    return None


def _trafilatura(markup: str) -> Any | None:
    """trafilatura's reading of a page (main text without boilerplate, and title, site name, author,
    canonical URL and date — the date by htmldate), or None when it finds no article text."""
    import logging

    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a declared dependency; the hand-written reader still works
        return None
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        tree = _visible_tree(markup)
        doc = trafilatura.bare_extraction(
            tree if tree is not None else markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            deduplicate=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # lxml and trafilatura raise many kinds on hostile markup: fall back
        return None
    if doc is None or not (doc.text or "").strip():
        return None
    return doc


def read_html(markup: str, rules: Rules) -> ReadResult:
    """Read a web page: trafilatura finds the main text and the metadata (htmldate the date); each of
    its paragraphs, headings and list items becomes a block of its own (so a heading never runs into
    the next sentence). The text-furniture rules then mark what is still not article text (bylines,
    datelines, share prompts). Pages trafilatura finds no text in are read by the hand-written parser
    below, and metadata it lacks is taken from the <meta> tags and JSON-LD as before."""
    parsed = _read_parsed(markup, rules)
    if not parsed.text:  # nothing a browser would show as text (navigation, hidden, scripts only)
        return parsed
    doc = _trafilatura(markup)
    if doc is not None:
        return _read_extracted(doc, parsed, rules)
    return parsed


def _visible_tree(markup: str) -> Any | None:
    """The page as an lxml tree without what a browser does not show (``hidden``, ``aria-hidden``)."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(markup)
    except Exception:  # empty or unparsable: trafilatura gets the text itself
        return None
    for node in tree.xpath('//*[@hidden or @aria-hidden="true"]'):
        node.drop_tree()
    return tree


_BLOCK_NODES = ("p", "head", "item", "quote", "cell", "code")


def _node_text(node: Any) -> str:
    parts = [node.text or ""]
    for child in node:
        parts.append("\n" if child.tag == "lb" else _node_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _blocks(body: Any) -> list[str]:
    """One block per paragraph, heading, list item, quote or cell of trafilatura's body; a line break
    (``<lb/>``) stays a line break inside its block."""
    out: list[str] = []
    for node in body.iter(*_BLOCK_NODES):
        if any(a.tag in _BLOCK_NODES for a in node.iterancestors()):
            continue  # nested: taken with its parent
        lines = [" ".join(line.split()) for line in _node_text(node).split("\n")]
        block = "\n".join(line for line in lines if line and NONBLANK.search(line))
        if block:
            out.append(block)
    return out


def _read_extracted(doc: Any, parsed: ReadResult, rules: Rules) -> ReadResult:
    blocks = _blocks(doc.body) if doc.body is not None else []
    if not blocks:
        lines = [" ".join(line.split()) for line in doc.text.splitlines()]
        blocks = [line for line in lines if line and NONBLANK.search(line)]
    text = "\n\n".join(blocks)
    fallback = parsed.meta
    site = (doc.sitename or "").strip() or None
    title = (doc.title or "").strip() or None
    if title:
        title, suffix = split_title(title, rules, site, generic=False)
        site = site or suffix
    published = find_date(doc.date) if doc.date else None
    author = (doc.author or "").strip() or None
    if author and author.startswith(("http://", "https://")):
        author = None
    url = doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None
    page, from_text = analyse(text, rules, known_title=title or fallback.title)
    content, furniture, title_span = page.ranges()
    return ReadResult(
        text=text,
        meta=ArticleMeta(
            title=title or fallback.title or from_text.title,
            publisher=site or fallback.publisher or from_text.publisher,
            published=fallback.published or published or from_text.published,
            url=fallback.url or url or from_text.url,
            author=fallback.author or author or from_text.author,
        ),
        content=content,
        furniture=furniture,
        title_span=title_span,
    )


def _read_parsed(markup: str, rules: Rules) -> ReadResult:
    parser = _HTMLText()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser raises AssertionError and friends on some broken markup
        parser = _html_fallback(markup)
    text = parser.text()
    meta = parser.meta
    ld = next((d for d in (_ld_article(raw) for raw in parser.ld_docs) if d), None) or {}

    def first(keys: tuple[str, ...]) -> str | None:
        return next((meta[k] for k in keys if meta.get(k)), None)

    site = first(_META_SITE[:1]) or _ld_name(ld.get("publisher")) or None
    page_title = " ".join("".join(parser.title).split()) or None
    headline = _ld_name(ld.get("headline")) if isinstance(ld.get("headline"), str) else None
    title = first(_META_TITLE[:1]) or headline or first(_META_TITLE[1:])
    suffix = None
    if page_title:  # "<title>Headline | Outlet</title>": the outlet, and the headline if nothing better
        stripped, suffix = split_title(page_title, rules, site)
        title = title or stripped
    if title:  # og:title rarely, but sometimes, carries the outlet too
        title, suffix2 = split_title(title, rules, site, generic=False)
        suffix = suffix or suffix2
    title = title or parser.h1
    published = None
    for value in (
        meta.get("article:published_time"),
        ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None,
        first(_META_PUBLISHED[1:]),
        ld.get("dateCreated") if isinstance(ld.get("dateCreated"), str) else None,
        *parser.times[:1],
        first(_META_UPDATED),
        ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None,
    ):
        if value:
            published = find_date(value)
            if published:
                break
    author = None
    for value in (meta.get("author"), _ld_name(ld.get("author")), *(meta.get(k) for k in _META_AUTHOR[1:])):
        if value and not value.startswith(("http://", "https://")):
            author = re.sub(r"^by\s+", "", value.strip(), flags=re.I) or None
            if author:
                break
    url = parser.links.get("canonical") or meta.get("og:url") or _ld_url(ld.get("url"))
    url = url or _ld_url(ld.get("mainEntityOfPage"))

    if NONBLANK.search(text) is None:
        return ReadResult(
            text=text,
            meta=ArticleMeta(title=title, publisher=site or suffix, published=published, url=url, author=author),
        )
    page, from_text = analyse(text, rules, known_title=title)
    content, furniture, title_span = page.ranges()
    return ReadResult(
        text=text,
        meta=ArticleMeta(
            title=title or from_text.title,
            publisher=site or suffix or first(_META_SITE[1:]) or from_text.publisher,
            published=published or from_text.published,
            url=url or from_text.url,
            author=author or from_text.author,
        ),
        content=content,
        furniture=furniture,
        title_span=title_span,
    )
