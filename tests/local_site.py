"""A small web site on 127.0.0.1 for the fetch and feed tests: saved pages we wrote, feeds, a 404,
a slow page, oversized pages, a flaky page and a robots.txt. Every request is logged with its user agent."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PAGES = Path(__file__).parent / "fixtures" / "web"
ROBOTS = "User-agent: *\nDisallow: /private/\n"
RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Harbour news</title><link>{base}/</link>
<item><title>Port authority delays harbour fee rise</title><link>/news/harbour-fees.html</link>
<pubDate>Tue, 14 Apr 2026 08:30:00 GMT</pubDate></item>
<item><title>Ferry crews call off weekend strike</title><link>{base}/news/ferry-strike.html</link>
<pubDate>Thu, 16 Apr 2026 17:05:00 GMT</pubDate></item>
<item><title>A story that was taken down</title><link>{base}/news/gone.html</link></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast</title><id>urn:x-coast</id>
<entry><title>Ferry crews call off weekend strike</title><id>urn:x-coast:1</id>
<link rel="alternate" type="text/html" href="news/ferry-strike.html"/>
<link rel="enclosure" href="news/ferry-strike.mp3"/>
<published>2026-04-16T17:05:00Z</published></entry>
</feed>
"""
BIG = 60_000  # over the 50,000-byte limit the tests set


@dataclass
class Site:
    base: str
    hits: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)
    flaky: dict[str, int] = field(default_factory=dict)

    def paths(self) -> list[str]:
        return [p for p, _ in self.hits]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", length: bool = True) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            if length:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(body)

        def do_GET(self) -> None:  # noqa: N802
            path = self.path.split("?")[0]
            site.hits.append((path, self.headers.get("User-Agent", "")))
            if path == "/robots.txt":
                self.send(200, ROBOTS.encode(), "text/plain")
            elif path == "/feed.xml":
                self.send(200, RSS.format(base=site.base).encode(), "application/rss+xml")
            elif path == "/atom.xml":
                self.send(200, ATOM.encode(), "application/atom+xml")
            elif path.startswith(("/news/", "/private/")) and (PAGES / Path(path).name).is_file():
                self.send(200, (PAGES / Path(path).name).read_bytes())
            elif path == "/slow.html":
                time.sleep(2.0)
                self.send(200, b"<html><body><p>Late.</p></body></html>")
            elif path == "/big.html":
                self.send(200, b"<p>" + b"x" * BIG + b"</p>")
            elif path == "/big-stream.html":  # no Content-Length: the limit must hold while reading
                self.close_connection = True
                self.send(200, b"<p>" + b"y" * BIG + b"</p>", length=False)
            elif path == "/flaky.html":
                site.flaky[path] = site.flaky.get(path, 0) + 1
                if site.flaky[path] == 1:
                    self.send_response(503)
                    self.send_header("Retry-After", "0")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self.send(200, (PAGES / "ferry-strike.html").read_bytes())
            elif path == "/audio.mp3":
                self.send(200, b"ID3\x00\x00", "audio/mpeg")
            else:
                self.send(404, b"<h1>Not found</h1>")

    return Handler


@contextmanager
def serve_site() -> Iterator[Site]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Site(base="")))
    server.daemon_threads = True
    site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
