"""``claimline serve``: a read-only web view of a store, for a browser on this machine.

Pages (all GET; anything else is refused, nothing is ever written):

* ``/`` — what is in the store, with links;
* ``/timeline`` — the HTML timeline (``?actor=&since=&until=``);
* ``/conflicts`` — every conflict with both (all) sides, their reports and the verdict's reason
  (``?actor=&facet=&open=1``);
* ``/claims`` — claims with filters (``?actor=&publisher=&tier=&scope=&modality=&since=&until=&q=&article=``);
* ``/article/ID`` — the article's text with every claim's source, cue and content highlighted; each
  claim in the list beside it links to its sentence (``#claim-ID``), and each highlighted sentence
  links back to its claim;
* ``/claim/ID`` — redirects to the claim's sentence in its article.

A small standard-library server (``http.server``) over the store and the timeline builder: the pages
need the claims' character offsets and the reconciled sides, which a generic table browser would show
as JSON blobs; it works the same on a SQLite file and on PostgreSQL, and adds no dependency.
"""

from __future__ import annotations

import html
import urllib.parse
from collections.abc import Callable, Iterable, Sequence
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, Protocol

from ..errors import ClaimlineError
from ..schemas import Article, Claim, Conflict
from ..store.sqlite import Store
from .render import shown
from .tables import no_source_label

CSS = """
body{font:15px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d232b;background:#f6f7f9}
header.top{background:#1d2b3a;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.2rem;align-items:baseline}
header.top a{color:#cfe3ff;text-decoration:none}header.top strong{font-size:1.05rem}
main{max-width:1100px;margin:1rem auto;padding:0 1rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin:1.4rem 0 .4rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e3e6ea;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;margin:.5rem 0 1rem;background:#fff;padding:.6rem;
  border:1px solid #e3e6ea}
form.filters label{font-size:.85rem;display:flex;flex-direction:column}
.conflict{background:#fff;border:1px solid #e3e6ea;border-left:4px solid #c0392b;margin:1rem 0;padding:.6rem 1rem}
.conflict.resolved{border-left-color:#2e7d32}.conflict .reason{color:#4b5563;font-size:.9rem}
.side{margin:.4rem 0}.side .value{font-weight:600}
.status{font-size:.8rem;padding:0 .4rem;border-radius:3px;background:#eef1f4}
.status.stands{background:#d7f0da}.status.superseded,.status.outvoted{background:#f9e0dc}
.article{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.2rem}
.text{white-space:pre-wrap;background:#fff;border:1px solid #e3e6ea;padding:1rem;line-height:1.7}
.text a.sent{color:inherit;text-decoration:none}
.text .hl{border-radius:2px}
.hl.source{background:#dbeafe;box-shadow:inset 0 -2px #2563eb}
.hl.cue{background:#fde68a}
.hl.content{background:#dcfce7}
.text .current{outline:2px solid #f59e0b}
.claims li{margin:.3rem 0}.muted{color:#6b7280;font-size:.85rem}
.legend span{padding:0 .3rem;margin-right:.4rem}
"""

SCRIPT = """
function mark(){document.querySelectorAll('.current').forEach(e=>e.classList.remove('current'));
var id=location.hash.slice(1);if(!id.startsWith('claim-'))return;
document.querySelectorAll('[data-claims~="'+id.slice(6)+'"]').forEach(e=>e.classList.add('current'));}
window.addEventListener('hashchange',mark);window.addEventListener('DOMContentLoaded',mark);
"""

e = html.escape


class Library(Protocol):
    """What the pages ask the library (:mod:`claimline.api` is one): the same calls the CLI makes, so a
    page shows what the command prints (the event timeline, conflicts without duplicates)."""

    def iso_bound(self, value: str | None, *, end: bool) -> str | None: ...

    def find_actors(self, store: Store, query: str | None) -> set[str] | None: ...

    def timeline(
        self,
        store: Store,
        *,
        actor: str | None = ...,
        since: str | None = ...,
        until: str | None = ...,
        with_conflicts: bool = ...,
    ) -> Any: ...

    def conflicts(
        self, store: Store, *, actor: str | None = ..., facet: str | None = ..., open_only: bool = ...
    ) -> list[Conflict]: ...


NAV = (
    '<header class="top" style="background:#1d2b3a;padding:.6rem 1.2rem;font:15px system-ui,sans-serif">'
    '<strong style="color:#fff;margin-right:1.2rem">claimline</strong>'
    + "".join(
        f'<a style="color:#cfe3ff;margin-right:1.2rem;text-decoration:none" href="{href}">{label}</a>'
        for href, label in (
            ("/", "Store"),
            ("/timeline", "Timeline"),
            ("/conflicts", "Conflicts"),
            ("/claims", "Claims"),
        )
    )
    + "</header>"
)


def _page(title: str, body: str, *, script: str = "") -> str:
    nav = NAV
    js = f"<script>{script}</script>" if script else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>'
        f'<meta name="viewport" content="width=device-width,initial-scale=1"><style>{CSS}</style>{js}</head>'
        f"<body>{nav}<main>{body}</main></body></html>"
    )


def _article_link(a: Article | None, article_id: str) -> str:
    label = " · ".join(x for x in ((a.publisher if a else None), str(a.published) if a and a.published else None) if x)
    return f'<a href="/article/{e(article_id)}">{e(label or article_id)}</a>'


def _filters_form(action: str, fields: Sequence[tuple[str, str]], values: dict[str, str]) -> str:
    inputs = "".join(
        f'<label>{e(label)}<input name="{name}" value="{e(values.get(name, ""))}"></label>' for name, label in fields
    )
    return f'<form class="filters" method="get" action="{action}">{inputs}<button>Filter</button></form>'


# ------------------------------------------------------------------- pages
def index_page(counts: dict[str, int], actors: Iterable[tuple[str, int]], articles: Sequence[Article]) -> str:
    stats = ", ".join(f"{v} {k}" for k, v in counts.items())
    actor_rows = "".join(
        f'<tr><td><a href="/claims?actor={urllib.parse.quote(a)}">{e(a)}</a></td><td>{n}</td>'
        f'<td><a href="/timeline?actor={urllib.parse.quote(a)}">timeline</a> · '
        f'<a href="/conflicts?actor={urllib.parse.quote(a)}">conflicts</a></td></tr>'
        for a, n in actors
    )
    art_rows = "".join(
        f"<tr><td>{e(str(a.published or ''))}</td><td>{e(a.publisher or '')}</td>"
        f'<td><a href="/article/{e(a.id)}">{e(a.title or a.id)}</a></td></tr>'
        for a in articles
    )
    body = (
        f"<h1>Store</h1><p>{e(stats)}</p>"
        f"<h2>Actors</h2><table><tr><th>Actor</th><th>Claims</th><th></th></tr>{actor_rows}</table>"
        f"<h2>Articles</h2><table><tr><th>Published</th><th>Outlet</th><th>Title</th></tr>{art_rows}</table>"
    )
    return _page("claimline — store", body)


def conflicts_page(conflicts: Sequence[Conflict], values: dict[str, str]) -> str:
    form = _filters_form("/conflicts", [("actor", "Actor"), ("facet", "Facet"), ("open", "Open only (1)")], values)
    blocks = []
    for c in conflicts:
        verdict = f"{c.status}" + (f": {c.resolution.value}" if c.resolution else "")
        sides = []
        for side in c.sides:
            refs = "".join(
                f"<li>{e(r.publisher or '?')} {e(str(r.published or ''))} — {e(r.source or '(author)')}"
                f"{' (' + e(r.cue) + ')' if r.cue else ''}, {e(r.modality)} "
                f'<a href="/claim/{e(r.claim_id)}">{e(r.claim_id)}</a></li>'
                for r in side.sources
            )
            sides.append(
                f'<div class="side"><span class="value">{e(side.value)}</span> '
                f'<span class="status {e(side.status)}">{e(side.status)}</span>'
                f'<span class="muted"> score {side.score:.2f}</span><ul>{refs}</ul></div>'
            )
        reason = c.resolution.reason if c.resolution else c.reason
        blocks.append(
            f'<section class="conflict {e(c.status)}" id="{e(c.id)}">'
            f"<h2>{e(c.question or c.facet + ' — ' + ' / '.join(c.subject))}</h2><p><strong>{e(verdict)}</strong> "
            f'<span class="muted">{e(c.id)}</span></p>{"".join(sides)}'
            f'<p class="reason">{e(reason or "")}</p></section>'
        )
    body = f"<h1>Conflicts ({len(conflicts)})</h1>{form}" + ("".join(blocks) or "<p>No conflicts match.</p>")
    return _page("claimline — conflicts", body)


def claims_page(
    claims: Sequence[Claim], articles: dict[str, Article], statuses: dict[str, str], values: dict[str, str]
) -> str:
    form = _filters_form(
        "/claims",
        [
            ("actor", "Actor"),
            ("publisher", "Outlet"),
            ("tier", "Tier"),
            ("scope", "Scope"),
            ("modality", "Certainty"),
            ("since", "Since"),
            ("until", "Until"),
            ("q", "Text contains"),
        ],
        values,
    )
    rows = "".join(
        f'<tr><td><a href="/claim/{e(c.id)}">{e(c.id)}</a></td>'
        f"<td>{e(c.source.actor or c.source.text if c.source else no_source_label(c))}</td>"
        f"<td>{e(c.cue.text if c.cue else '')}</td><td>{'NOT ' if c.negated else ''}{e(c.text)}</td>"
        f"<td>{e(c.modality)}</td><td>{e(c.time.value if c.time else '')}</td>"
        f"<td>{e(statuses.get(c.id, ''))}</td><td>{_article_link(articles.get(c.article_id), c.article_id)}</td></tr>"
        for c in claims
    )
    head = "<tr><th>ID</th><th>Who</th><th>Cue</th><th>Claim</th><th>Certainty</th><th>Time</th><th>Status</th>"
    body = f"<h1>Claims ({len(claims)})</h1>{form}<table>{head}<th>Article</th></tr>{rows}</table>"
    return _page("claimline — claims", body)


def highlighted(text: str, claims: Sequence[Claim]) -> str:
    """The text as HTML with each claim's source, cue and content marked; each claim's sentence is a
    link to the claim (``#c-ID`` in the list) and carries ``data-claims`` so ``#claim-ID`` can mark it."""
    roles: list[tuple[int, int, str, str]] = []  # start, end, role, claim id
    for c in claims:
        roles.append((c.sentence.start, c.sentence.end, "sentence", c.id))
        roles.append((c.start, c.end, "content", c.id))
        if c.source is not None:
            roles.append((c.source.start, c.source.end, "source", c.id))
        if c.cue is not None:
            roles.append((c.cue.start, c.cue.end, "cue", c.id))
    cuts = sorted({0, len(text), *(p for s, t, _, _ in roles for p in (s, t) if 0 <= p <= len(text))})
    starts = {}
    for c in claims:
        starts.setdefault(c.sentence.start, []).append(c.id)
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for cid in starts.get(a, []):
            out.append(f'<span id="claim-{e(cid)}"></span>')
        piece = e(text[a:b])
        active = [(role, cid) for s, t, role, cid in roles if s <= a and b <= t]
        if not active:
            out.append(piece)
            continue
        classes = sorted({role for role, _ in active if role != "sentence"})
        ids = sorted({cid for _, cid in active})
        first = ids[0]
        cls = " ".join(["hl", *classes])
        out.append(
            f'<a class="sent" href="#c-{e(first)}" data-claims="{e(" ".join(ids))}">'
            f'<span class="{cls}">{piece}</span></a>'
        )
    return "".join(out)


def article_page(article: Article, text: str, claims: Sequence[Claim], statuses: dict[str, str]) -> str:
    meta = " · ".join(
        x for x in (article.publisher, str(article.published) if article.published else None, article.author) if x
    )
    link = f' · <a href="{e(article.url)}">original</a>' if article.url else ""
    items = "".join(
        f'<li id="c-{e(c.id)}"><a href="#claim-{e(c.id)}">{e(c.id.rsplit("-", 1)[-1])}</a> '
        f"<strong>{e(c.source.text if c.source else no_source_label(c))}</strong>"
        f"{' ' + e(c.cue.text) if c.cue else ''}: {'NOT ' if c.negated else ''}{e(c.text)} "
        f'<span class="muted">{e(c.modality)}{", " + e(statuses[c.id]) if c.id in statuses else ""}</span></li>'
        for c in claims
    )
    legend = (
        '<p class="legend muted"><span class="hl source">source</span><span class="hl cue">cue</span>'
        '<span class="hl content">content</span> — click a claim to see its sentence, a sentence to see its claim</p>'
    )
    body = (
        f"<h1>{e(article.title or article.id)}</h1><p class=muted>{e(meta)}{link}</p>{legend}"
        f'<div class="article"><div class="text">{highlighted(text, claims)}</div>'
        f'<div><h2>Claims ({len(claims)})</h2><ol class="claims">{items}</ol></div></div>'
    )
    return _page(article.title or article.id, body, script=SCRIPT)


# -------------------------------------------------------------------- server
class Views:
    """The pages of one store; every method returns ``(status, content type, body, headers)``."""

    def __init__(self, open_store: Callable[[], Store], library: Library) -> None:
        self.open_store = open_store  # called in the serving thread (a SQLite connection stays in its thread)
        self.library = library  # claimline.api: timeline, conflicts, iso_bound
        self._store: Store | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = self.open_store()
        return self._store

    def route(self, path: str, params: dict[str, str]) -> tuple[int, str, str, dict[str, str]]:
        html_type = "text/html; charset=utf-8"
        try:
            if path in ("", "/"):
                return 200, html_type, self.index(), {}
            if path == "/timeline":
                return 200, html_type, self.timeline(params), {}
            if path == "/conflicts":
                return 200, html_type, self.conflicts(params), {}
            if path == "/claims":
                return 200, html_type, self.claims(params), {}
            if path.startswith("/article/"):
                return self.article(path.removeprefix("/article/"))
            if path.startswith("/claim/"):
                cid = path.removeprefix("/claim/")
                rows = [c for c in self.store.claims(article=cid.rsplit("-", 1)[0]) if c.id == cid]
                if not rows:
                    return 404, html_type, _page("not found", f"<h1>No claim {e(cid)}</h1>"), {}
                return 302, html_type, "", {"Location": f"/article/{rows[0].article_id}#claim-{cid}"}
        except ClaimlineError as exc:
            return 400, html_type, _page("claimline", f"<h1>{e(str(exc))}</h1>"), {}
        return 404, html_type, _page("not found", "<h1>Not found</h1>"), {}

    def index(self) -> str:
        from collections import Counter

        counts = Counter(a for c in self.store.claims() for a in c.actors)
        return index_page(self.store.counts(), counts.most_common(), self.store.articles())

    def _dates(self, params: dict[str, str]) -> tuple[str | None, str | None]:
        bound = self.library.iso_bound
        return bound(params.get("since") or None, end=False), bound(params.get("until") or None, end=True)

    def timeline(self, params: dict[str, str]) -> str:
        from ..events.timeline import as_timeline_entries
        from .html import render_html

        actor = params.get("actor") or None
        result = self.library.timeline(
            self.store,
            actor=actor,
            since=params.get("since") or None,
            until=params.get("until") or None,
            with_conflicts=True,
        )
        shown = as_timeline_entries(result.entries, result.conflicts)
        page = render_html(shown, result.conflicts, title=f"claimline timeline{' — ' + actor if actor else ''}")
        return page.replace("<body>", "<body>" + NAV, 1)

    def conflicts(self, params: dict[str, str]) -> str:
        found = self.library.conflicts(
            self.store,
            actor=params.get("actor") or None,
            facet=params.get("facet") or None,
            open_only=params.get("open", "") in ("1", "yes", "true", "on"),
        )
        return conflicts_page(found, params)

    def claims(self, params: dict[str, str]) -> str:
        since, until = self._dates(params)
        found = self.store.claims(
            actors=self.library.find_actors(self.store, params.get("actor") or None),
            article=params.get("article") or None,
            since=since,
            until=until,
            scope=params.get("scope") or None,
            tier=params.get("tier") or None,
            publisher=params.get("publisher") or None,
        )
        if params.get("modality"):
            found = [c for c in found if c.modality == params["modality"]]
        if params.get("q"):
            q = params["q"].lower()
            found = [c for c in found if q in c.text.lower() or (c.source and q in c.source.text.lower())]
        arts = {a.id: a for a in self.store.articles({c.article_id for c in found})}
        return claims_page(found, arts, self.store.statuses(c.id for c in found), params)

    def article(self, article_id: str) -> tuple[int, str, str, dict[str, str]]:
        found = self.store.article(article_id)
        html_type = "text/html; charset=utf-8"
        if found is None:
            return 404, html_type, _page("not found", f"<h1>No article {e(article_id)}</h1>"), {}
        article, text, _times = found
        claims = self.store.claims(article=article_id)
        page = article_page(article, text, claims, self.store.statuses(c.id for c in claims))
        return 200, html_type, page, {}


def handler(views: Views) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "claimline"

        def log_message(self, fmt: str, *args: Any) -> None:  # one quiet line per request on stderr
            pass

        def do_GET(self) -> None:  # noqa: N802
            parts = urllib.parse.urlsplit(self.path)
            params = {k: v for k, v in urllib.parse.parse_qsl(parts.query)}
            status, ctype, body, headers = views.route(urllib.parse.unquote(parts.path), params)
            data = shown(body).encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.send_header(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src 'self' data:",
            )
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def _refuse(self) -> None:
            self.send_error(405, "read-only: only GET")

        do_POST = do_PUT = do_DELETE = do_PATCH = _refuse  # noqa: N815

    return Handler


def make_server(
    open_store: Callable[[], Store], library: Library, host: str = "127.0.0.1", port: int = 8765
) -> HTTPServer:
    """A server for the store ``open_store()`` opens (not yet serving: call ``serve_forever``; one request at
    a time, in the thread that serves). Port 0 picks a free one."""
    try:
        return HTTPServer((host, port), handler(Views(open_store, library)))
    except OSError as exc:
        raise ClaimlineError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
