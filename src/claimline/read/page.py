"""Read one article: decode its bytes, reduce HTML to text, find metadata,
content and page furniture.

``read_path`` / ``read_bytes`` / ``read_text`` return a :class:`ReadResult`:
the article ``text`` as stored (plain text exactly as decoded, CRLF kept; for
HTML the visible text), its ``meta`` (title, publisher, published, url,
author) and two ordered lists of character ranges into ``text``: ``content``
(paragraph blocks of the article) and ``furniture`` (menus, bylines, share
and newsletter prompts, tags, section headings, repeated titles, credits ...).
Every range slices ``text`` to a block with no surrounding whitespace.

How a plain-text page is read (HTML is reduced to visible text first, with
blocks separated by blank lines, then read the same way):

1. Lines matching the furniture lexicon (``models/furniture.toml``: whole
   lines, regexes, trailers, known outlets), byline/date lines ("By Jane
   Doe | March 10, 2026", "Mar 05, 2026 2 min read", "Updated: 2026-03-05")
   and navigation lines (short items between separators: "World | Business
   | Tech", "Business › Technology") are furniture. Markdown front matter
   is furniture and read as metadata.
2. The remaining lines form units: a paragraph (a run of lines ending in
   sentence punctuation, or hard-wrapped prose) or a single short line.
3. The *top zone* is everything before the first paragraph. There a block of
   two or more very short lines is a menu (its first line, the page's first,
   names the site); a masthead is a shouted line ("THE POLICY WIRE"), a line
   ending like an outlet ("The Rhine Courier") or the page's first line with
   only furniture beside it, when a longer line follows to be the title; the
   title is the first heading-like line left (preferring one the page
   repeats, then one of three or more words). Other heading-like lines there
   (kickers, section labels) are furniture; a sentence-case line of six or
   more words after the title is a standfirst and stays content.
4. After it: copies of the title and short heading-like lines without final
   punctuation (section headings) are furniture; after a trailer line
   ("Related articles", "Read more", "Stay in the loop") headline-like lines
   are furniture up to the next paragraph, and so are short paragraphs (a
   blurb) when no long paragraph follows anywhere.
5. A dateline opening the first paragraph ("HELSINKI, 2 September 2025 —",
   "WASHINGTON —") is furniture; content starts after its dash.

The title line itself is in neither list; its range is ``title_span``.

Only the standard library and pydantic are imported here (no spaCy, no
dateparser): reading is meant to be cheap.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..schemas import ArticleMeta, Offsets
from .lines import (
    CLOSERS,
    MARKUP_TAG,
    MD_IMAGE,
    NONBLANK,
    Line,
    Rules,
    Unit,
    ends_terminal,
    fold,
    heads_paragraph,
    matches_any,
    name_like,
    split_lines,
    starts_upper,
    title_case,
    trim,
    word_count,
)
from .meta import (
    BYLINE_HINT,
    BYLINE_SPLIT,
    COPYRIGHT,
    URL_LINE,
    Byline,
    Meta,
    all_caps,
    find_dateline,
    front_matter,
    nav_line,
    outlet_masthead,
    outlet_name,
    split_title,
)


class ReadResult(BaseModel):
    """One article as read: its text, metadata, content and furniture ranges."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article text: plain text as decoded (CRLF kept), or HTML's visible text")
    meta: ArticleMeta = Field(default_factory=ArticleMeta)
    content: list[Offsets] = Field(default_factory=list, description="Paragraph blocks of article content")
    furniture: list[Offsets] = Field(default_factory=list, description="Lines recognised as page furniture")
    title_span: Offsets | None = Field(default=None, description="The title line, when found in the text")
    warnings: list[str] = Field(default_factory=list, description="What reading had to repair (one line each)")


# ================================================================ the reader
_MENU_WORDS = 3
_MENU_CHARS = 30


class _Page:
    """Classify the lines of one page as title, content or furniture."""

    def __init__(self, text: str, rules: Rules, known_title: str | None = None) -> None:
        self.text = text
        self.rules = rules
        self.meta = Meta()
        self.known_title = fold(known_title) if known_title else None
        self.lines = split_lines(text)
        self.dateline: tuple[int, int] | None = None
        self.dateline_line: Line | None = None
        self.title_line: Line | None = None
        #: (position, url, labelled): "Source: https://..." anywhere, a bare URL only above the article
        self.url_lines: list[tuple[int, str, bool]] = []
        #: (position, outlet) of lines that name a known outlet: a masthead above the article, a credit below
        self.known_outlets: list[tuple[int, str]] = []
        #: outlets named by copyright lines: the publisher of last resort
        self.copyright: list[str] = []

    # ---------------------------------------------------------------- lines
    def _line_furniture(self) -> None:
        rules = self.rules
        byline = Byline(rules)
        prev: Line | None = None
        for ln in self.lines:
            # a line that goes on with the sentence of the line above (hard-wrapped prose)
            continuation = prev is not None and prev.block == ln.block and not prev.kind and ln.clean[:1].islower()
            prev = ln
            if ln.kind:
                continue
            s = ln.clean
            if not s or not any(ch.isalnum() for ch in s):
                ln.kind = "F"  # rules, separators, lone symbols
                continue
            if len(s) > 400:
                continue
            key = fold(s) if len(s) <= rules.short else ""
            if key and len(key) <= 60 and matches_any(rules.trailers, key):
                ln.kind, ln.trailer = "F", True
                continue
            if key in rules.exact:
                ln.kind = "F"
                continue
            if continuation and not s.startswith(("http", "www.")):
                continue
            if len(s) <= 200 and not ln.md_heading and BYLINE_HINT.match(s):
                found = byline.parse(s)
                if found is not None:
                    ln.kind, ln.byline = "F", True
                    self.meta.published += found.published
                    self.meta.updated += found.updated
                    self.meta.author += found.author
                    self.meta.publisher += [outlet_name(p, rules) for p in found.publisher]
                    continue
            if len(s) <= 200 and nav_line(ln.raw, rules):
                ln.kind = "F"
                continue
            if key in rules.publishers:
                ln.kind = "F"
                self.known_outlets.append((ln.a, rules.publishers[key]))
                continue
            if matches_any(rules.patterns, s) or MD_IMAGE.fullmatch(ln.raw):
                ln.kind = "F"
                if ":" in s[:40] and matches_any(rules.trailers, fold(s.partition(":")[0])):
                    ln.trailer = True  # "Related: headline · headline"
                m = COPYRIGHT.fullmatch(s)
                if m and name_like(m["name"], max_words=6):
                    self.copyright.append(outlet_name(m["name"], rules))
            m = URL_LINE.fullmatch(s)
            if m:
                ln.kind = "F"
                self.url_lines.append((ln.a, m["url"].rstrip(").,"), m["url"] != s))

    # ---------------------------------------------------------------- units
    def _units(self) -> list[Line | Unit]:
        """Furniture lines and units of the rest, in page order."""
        out: list[Line | Unit] = []
        run: list[Line] = []

        def flush() -> None:
            if run:
                out.extend(self._run_units(list(run)))
                run.clear()

        prev_block = -1
        for ln in self.lines:
            if ln.block != prev_block:
                flush()
                prev_block = ln.block
            if ln.kind:
                flush()
                out.append(ln)
            else:
                run.append(ln)
        flush()
        return out

    @staticmethod
    def _line_prose(ln: Line) -> bool:
        s = ln.clean
        if ln.md_heading:
            return False
        if len(s) > 200 or ln.n_words > 25:
            return True
        t = s.rstrip(CLOSERS + " ")
        return bool(t) and t[-1] in ".…"

    def _run_units(self, run: list[Line]) -> list[Unit]:
        if len(run) == 1:
            return [Unit(run, self._line_prose(run[0]))]
        # markdown headings and bullets are always units of their own
        if any(ln.md_heading or ln.bullet for ln in run):
            units: list[Unit] = []
            para: list[Line] = []
            for ln in run:
                if ln.md_heading or ln.bullet:
                    if para:
                        units.extend(self._run_units(para))
                        para = []
                    units.append(Unit([ln], self._line_prose(ln)))
                else:
                    para.append(ln)
            if para:
                units.extend(self._run_units(para))
            return units
        paragraph = (
            ends_terminal(run[-1].clean)
            or any(ln.clean[:1].islower() for ln in run[1:])
            or any(ln.n_words > 25 for ln in run)
        )
        if not paragraph:
            return [Unit([ln], self._line_prose(ln)) for ln in run]
        first, second = run[0], run[1]
        # a section heading, or the page's title (its first line left), set directly over a paragraph
        title_place = first is next((ln for ln in self.lines if not ln.kind), None)
        if (
            self._heading_like(first, strict=True) or (title_place and self._heading_like(first, strict=False))
        ) and heads_paragraph(first, second, max(len(ln.clean) for ln in run)):
            return [Unit([first], False), *self._run_units(run[1:])]
        return [Unit(run, True)]

    # ------------------------------------------------------------- headings
    @staticmethod
    def _heading_like(ln: Line, *, strict: bool) -> bool:
        """A title or section heading: short, capitalised, no final punctuation.

        ``strict`` (section headings) forbids any final punctuation and wants
        title case or at most eight words; else (titles) "?" and "!" may end it.
        """
        if ln.bullet:
            return False
        s = ln.clean
        if ln.md_heading:
            return bool(s)
        if not starts_upper(s):
            return False
        t = s.rstrip(CLOSERS + " ")
        if not t:
            return False
        if strict:
            if t[-1] in ".!?…:;,":
                return False
            return ln.n_words <= 12 and len(s) <= 100 and (title_case(s) or ln.n_words <= 8)
        return t[-1] not in ".…:;," and ln.n_words <= 25 and len(s) <= 200

    # ----------------------------------------------------------------- run
    def classify(self) -> None:
        front_matter(self.lines, self.meta)
        self._line_furniture()
        items = self._units()
        units = [it for it in items if isinstance(it, Unit)]
        first_prose = next((i for i, it in enumerate(items) if isinstance(it, Unit) and it.prose), None)
        top = items[first_prose].first.a if first_prose is not None else len(self.text)  # type: ignore[union-attr]
        self.meta.url += [url for pos, url, labelled in self.url_lines if labelled or pos < top]
        self.meta.masthead += [name for pos, name in self.known_outlets if pos < top]
        self.meta.publisher += [name for pos, name in self.known_outlets if pos >= top]
        if first_prose is None:
            # no paragraph at all: nothing to set a title against; keep every line
            for u in units:
                if self.known_title and fold(u.first.clean) == self.known_title and self.title_line is None:
                    u.set("T")
                    self.title_line = u.first
                else:
                    u.set("C")
            return
        top_end = first_prose
        for i in range(first_prose):
            it = items[i]
            if isinstance(it, Unit) and not self._heading_like(it.first, strict=False):
                top_end = i
                break
        self._top_zone(items[:top_end])
        self._body(items[top_end:])
        self._find_dateline(units)

    def _top_zone(self, items: list[Line | Unit]) -> None:
        rules = self.rules
        # menus: a block of two or more very short lines
        by_block: dict[int, list[Line]] = {}
        for ln in self.lines:
            by_block.setdefault(ln.block, []).append(ln)
        candidates: list[Unit] = []
        for it in items:
            if not isinstance(it, Unit):
                continue
            block = by_block[it.first.block]
            if len(block) >= 2 and all(
                not b.byline
                and len(b.clean.split()) <= _MENU_WORDS
                and len(b.clean) <= _MENU_CHARS
                and not ends_terminal(b.clean)
                and not b.md_heading
                for b in block
            ):
                it.set("F")
                if it.first is self.lines[0] and self._site_name(it.first):
                    # the site's name heads its menu ("Circuitline / Blog / Login")
                    self.meta.masthead.append(outlet_name(it.first.clean, rules))
            else:
                candidates.append(it)
        if not candidates:
            return
        title: Unit | None = None
        if self.known_title:
            title = next((u for u in candidates if fold(u.first.clean) == self.known_title), None)
        if candidates[0] is not title and self._masthead(candidates, by_block):
            masthead = candidates.pop(0)
            masthead.set("F")
            self.meta.masthead.append(outlet_name(masthead.first.clean, rules))
        if title is None:
            candidates = self._after_tagline(candidates)
        if title is None:
            folds = [fold(ln.clean) for ln in self.lines]
            counts: dict[str, int] = {}
            for f in folds:
                counts[f] = counts.get(f, 0) + 1
            repeated = [u for u in candidates if counts.get(fold(u.first.clean), 0) > 1]
            md = [u for u in candidates if u.first.md_heading and u.first.raw.startswith("# ")]
            longer = [u for u in candidates if u.first.n_words >= 3]
            title = (repeated or md or longer or candidates)[0]
        title.set("T")
        self.title_line = title.first
        after = False
        for u in candidates:
            if u is title:
                after = True
                continue
            if (
                after
                and u.first.n_words >= 6
                and not title_case(u.first.clean)
                and not u.first.md_heading
                and not self._is_title_copy(u.first)
            ):
                u.set("C")  # standfirst
            else:
                u.set("F")
                if after and not self.meta.masthead:
                    name = self._masthead_below(u.first)
                    if name:
                        self.meta.masthead.append(name)

    def _masthead_below(self, ln: Line) -> str | None:
        """The outlet a line under the headline names, when it is its masthead: shouted
        ("NORDIC SECURITY REVIEW"), or the first part of a line split by "|" / "·" ("NORDIC TECH
        PULSE | Cloud & Infrastructure"), or a name that ends like an outlet's ("Privacy Law Report");
        never a section kicker ("BREAKING NEWS") or a place."""
        if ln.md_heading or ln.byline:
            return None
        part = BYLINE_SPLIT.split(ln.clean)[0].strip(" *_`")
        words = part.split()
        if not 2 <= len(words) <= 6 or ends_terminal(part) or any(ch.isdigit() for ch in part):
            return None
        if not (all_caps(part) or outlet_masthead(part, self.rules)):
            return None
        flat = " ".join(words)
        if fold(flat) in self.rules.exact or matches_any(self.rules.patterns, flat):
            return None
        if matches_any(self.rules.masthead_parts, flat):
            return None
        return outlet_name(part, self.rules)

    def _after_tagline(self, candidates: list[Unit]) -> list[Unit]:
        """The candidates left when the site's header block holds a tagline.

        A blog or a small outlet sets its name, its tagline and the post's date
        line in one block ("FintechBuzz" / "The daily dose of money + tech" /
        "4 November 2026 · Posted by Jane Doe"), and the post's headline after
        it, apart: the lines of that block above the date line are the site's,
        not the article's. Only when the headline after the date line is the
        last line before the first paragraph, and longer than each of them
        unless the block opens the page with the site's name ("BOXWATCH").
        The left-out lines are furniture like any other top-zone line; the
        block's first line, when it is the page's and reads as a name, names the site.
        """
        if len(candidates) < 2:
            return candidates
        last = candidates[-1].first
        byline = next((ln for ln in self.lines if ln.byline and ln.idx < last.idx), None)
        if byline is None or last.block == byline.block:
            return candidates
        before = [u for u in candidates if u.first.idx < byline.idx]
        if not before or len(before) != len(candidates) - 1:
            return candidates
        head = before[0].first
        top = self.lines[0]  # the page's first line names the site: over the tagline, or taken as its masthead
        site = top.block == byline.block and (top is head or bool(self.meta.masthead)) and self._site_name(top)
        if any(u.first.block != byline.block for u in before):
            return candidates
        if not site and any(u.first.n_words >= last.n_words for u in before):
            return candidates
        if site and top is head:
            self.meta.masthead.append(outlet_name(head.clean, self.rules))  # the site's name over its tagline
        for u in before:
            u.set("F")
        return [candidates[-1]]

    @staticmethod
    def _site_name(ln: Line) -> bool:
        s = ln.clean
        return (
            starts_upper(s)
            and len(s.split()) <= 4
            and not any(ch.isdigit() for ch in s)
            and not ends_terminal(s)
            and not ln.md_heading
        )

    def _masthead(self, candidates: list[Unit], by_block: dict[int, list[Line]]) -> bool:
        """Whether the first top-zone line names the outlet rather than the article.

        Only when a longer heading-like line follows to be the title, and the
        line is shouted ("THE POLICY WIRE"), ends like an outlet ("The Rhine
        Courier"), or is the page's first line with only furniture beside it
        ("Hansa Tech Journal" over a menu and a date line).
        """
        first = candidates[0].first
        if len(candidates) < 2 or not any(u.first.n_words > first.n_words for u in candidates[1:]):
            return False
        s = first.clean
        if first.md_heading or first.n_words > 6 or ends_terminal(s) or any(ch.isdigit() for ch in s):
            return False
        if all_caps(s) or outlet_masthead(s, self.rules):
            return True
        block = by_block[first.block]
        return (
            first is self.lines[0]
            and self._site_name(first)
            and len(block) >= 2
            and all(ln.kind == "F" for ln in block if ln is not first)
        )

    def _is_title_copy(self, ln: Line) -> bool:
        key = fold(ln.clean)
        if self.title_line is not None and key == fold(self.title_line.clean):
            return True
        return bool(self.known_title) and key == self.known_title

    def _body(self, items: list[Line | Unit]) -> None:
        trailing = seen_paragraph = False
        # after the last long paragraph, short prose under a trailer is a blurb; before it, content
        last_long = max(
            (i for i, it in enumerate(items) if isinstance(it, Unit) and it.prose and word_count(it) > 15),
            default=-1,
        )
        for i, it in enumerate(items):
            if isinstance(it, Line):
                if it.trailer and seen_paragraph:
                    trailing = True
                continue
            seen_paragraph = seen_paragraph or it.prose
            ln = it.first
            if trailing:
                if not it.prose or (i > last_long and word_count(it) <= 15):
                    it.set("F")
                    continue
                trailing = False
            if not it.prose and (self._is_title_copy(ln) or self._heading_like(ln, strict=True)):
                it.set("F")
            else:
                it.set("C")

    def _find_dateline(self, units: list[Unit]) -> None:
        first = next((u for u in units if u.first.kind == "C" and u.prose), None)
        if first is None:
            return
        ln = first.first
        found = find_dateline(ln.raw)
        if found is None:
            return
        length, when, outlet = found
        a, b = trim(self.text, ln.a, ln.a + length)
        rest = NONBLANK.search(self.text, ln.a + length, first.lines[-1].b)
        if a == b or rest is None:
            return
        self.dateline = (a, b)
        self.dateline_line = ln
        ln.a = rest.start()
        if when:
            self.meta.published.append(when)
        if outlet and name_like(outlet, max_words=5):
            self.meta.publisher.append(outlet)

    # -------------------------------------------------------------- results
    def ranges(self) -> tuple[list[Offsets], list[Offsets], Offsets | None]:
        content: list[Offsets] = []
        furniture: list[Offsets] = []
        title: Offsets | None = None
        if self.dateline:
            furniture.append(Offsets(start=self.dateline[0], end=self.dateline[1]))
        open_run: list[int] | None = None
        prev: Line | None = None
        for ln in self.lines:
            if ln.kind == "C":
                if (
                    open_run is not None
                    and prev is not None
                    and prev.kind == "C"
                    and prev.block == ln.block
                    and ln is not self.dateline_line
                ):
                    open_run[1] = ln.b
                else:
                    if open_run is not None:
                        content.append(Offsets(start=open_run[0], end=open_run[1]))
                    open_run = [ln.a, ln.b]
            else:
                if open_run is not None:
                    content.append(Offsets(start=open_run[0], end=open_run[1]))
                    open_run = None
                if ln.kind == "T" and title is None:
                    title = _words_of(ln)
                elif ln.kind == "T" or ln.kind == "F":
                    furniture.append(Offsets(start=ln.a, end=ln.b))
            prev = ln
        if open_run is not None:
            content.append(Offsets(start=open_run[0], end=open_run[1]))
        content = self._without_markup(content, furniture)
        furniture.sort(key=lambda o: o.start)
        return content, furniture, title

    def _without_markup(self, content: list[Offsets], furniture: list[Offsets]) -> list[Offsets]:
        """``content`` with the markup tags inside it cut out (and added to ``furniture``): an embedded
        post kept as '<tweet author="..." id="...">words</tweet>' is read as its words."""
        if "<" not in self.text:
            return content
        out: list[Offsets] = []
        tags: list[Offsets] = []
        for run in content:
            start = run.start
            for m in MARKUP_TAG.finditer(self.text, run.start, run.end):
                a, b = trim(self.text, start, m.start())
                if a < b:
                    out.append(Offsets(start=a, end=b))
                tags.append(Offsets(start=m.start(), end=m.end()))
                start = m.end()
            if start == run.start:
                out.append(run)
            else:
                a, b = trim(self.text, start, run.end)
                if a < b:
                    out.append(Offsets(start=a, end=b))
        if not out:  # nothing but markup: leave the page as it was read
            return content
        furniture.extend(tags)
        return out


_MARKUP = "#*_>`= \t"


def _words_of(ln: Line) -> Offsets:
    """A title line's range without its markdown ("# Title", "**Title**"): what a timeline prints."""
    raw = ln.raw
    lead = len(raw) - len(raw.lstrip(_MARKUP))
    trail = len(raw) - len(raw.rstrip(_MARKUP))
    if lead + trail >= len(raw):
        return Offsets(start=ln.a, end=ln.b)
    return Offsets(start=ln.a + lead, end=ln.b - trail)


def analyse(text: str, rules: Rules, known_title: str | None = None) -> tuple[_Page, ArticleMeta]:
    page = _Page(text, rules, known_title)
    page.classify()
    meta = page.meta
    title = meta.title
    publisher = (meta.masthead or meta.publisher or [None])[0]
    if title is None and page.title_line is not None:
        title = page.title_line.clean
    if title:
        title, suffix = split_title(title, rules)
        publisher = publisher or suffix
    publisher = publisher or (page.copyright or [None])[0]
    published = (meta.published or meta.updated or [None])[0]
    return page, ArticleMeta(
        title=title or None,
        publisher=publisher,
        published=published,
        url=meta.url[0] if meta.url else None,
        author=meta.author[0] if meta.author else None,
    )
