"""Fetch web pages and feeds politely: timeouts, a size limit, a user agent, retries, robots.txt.

Standard library only (``urllib.request``, ``urllib.robotparser``): the job is a handful of GETs per run,
so a connection pool or HTTP/2 would buy nothing, and every rule below stays visible and testable here.

* **Timeout**: per connection attempt and per read (``timeout`` seconds).
* **Size limit**: a ``Content-Length`` over ``max_bytes`` is refused before the body is read; a body
  without one is read up to ``max_bytes + 1`` bytes and refused past the limit.
* **Retries**: a timeout, a dropped connection, HTTP 429 and 5xx are retried ``retries`` times, waiting
  ``backoff * 2**attempt`` seconds (or the server's ``Retry-After``, capped at ``max_wait``). Other 4xx
  are final.
* **robots.txt**: read once per host (RFC 9309): a 4xx means everything is allowed, a 5xx or an
  unreachable host means nothing is; a disallowed URL is refused without being requested.

Every failure is a :class:`~claimline.errors.ClaimlineError` whose message names the URL.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from http.client import HTTPException
from importlib import metadata

from ..errors import ClaimlineError


def _version() -> str:
    try:
        return metadata.version("claimline")
    except metadata.PackageNotFoundError:  # running from a source tree
        return "dev"


USER_AGENT = f"claimline/{_version()} (news-claim reader; honours robots.txt)"
#: the product token robots.txt rules are matched against
ROBOTS_AGENT = "claimline"
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """One page as served."""

    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str  # media type, lower case, without parameters ("text/html")
    charset: str | None
    data: bytes


@dataclass
class Fetcher:
    """Polite HTTP GETs; one instance per run keeps the robots.txt of each host it met."""

    timeout: float = 20.0
    max_bytes: int = 5_000_000
    retries: int = 2
    backoff: float = 1.0
    max_wait: float = 30.0
    user_agent: str = USER_AGENT
    respect_robots: bool = True
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, urllib.robotparser.RobotFileParser | bool | ClaimlineError] = field(
        default_factory=dict, repr=False
    )

    # ------------------------------------------------------------------ public
    def get(self, url: str, *, accept: str = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5") -> Fetched:
        """GET ``url`` (http or https), following redirects; see the module docstring for the rules."""
        check_url(url)
        if self.respect_robots and not self.allowed(url):
            raise ClaimlineError(f"{url}: disallowed by robots.txt")
        return self._get(url, accept=accept)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of ``url``'s host lets :data:`ROBOTS_AGENT` fetch it."""
        parts = urllib.parse.urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._load_robots(origin)
            self._robots[origin] = rules
        if isinstance(rules, ClaimlineError):  # the host does not answer: neither would the page
            raise ClaimlineError(f"{url}: {str(rules).split(': ', 1)[-1]}")
        if isinstance(rules, bool):
            return rules
        return rules.can_fetch(ROBOTS_AGENT, url)

    # ----------------------------------------------------------------- private
    def _load_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | bool | ClaimlineError:
        try:
            page = self._get(origin + "/robots.txt", accept="text/plain", robots=True)
        except _HTTPStatus as exc:
            return exc.status < 500  # 4xx: no rules; 5xx: assume everything is disallowed (RFC 9309)
        except ClaimlineError as exc:
            return exc  # unreachable: nothing is fetched from this host
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        parser.parse(page.data.decode(page.charset or "utf-8", errors="replace").splitlines())
        return parser

    def _get(self, url: str, *, accept: str, robots: bool = False) -> Fetched:
        request = urllib.request.Request(url, headers={"User-Agent": self.user_agent, "Accept": accept})
        attempt = 0
        while True:
            wait: float | None = None
            try:
                return self._once(request, url)
            except _HTTPStatus as exc:
                if exc.status not in RETRY_STATUS or attempt >= self.retries:
                    if robots:
                        raise
                    raise ClaimlineError(f"{url}: HTTP {exc.status} {exc.reason}".rstrip()) from None
                wait = exc.retry_after
            except TimeoutError:
                if attempt >= self.retries:
                    raise ClaimlineError(f"{url}: no answer within {self.timeout:g} s") from None
            except (urllib.error.URLError, HTTPException, ConnectionError) as exc:
                reason = getattr(exc, "reason", exc)
                if isinstance(reason, TimeoutError):
                    if attempt >= self.retries:
                        raise ClaimlineError(f"{url}: no answer within {self.timeout:g} s") from None
                elif attempt >= self.retries:
                    raise ClaimlineError(f"{url}: cannot connect ({reason})") from None
            delay = self.backoff * 2**attempt if wait is None else wait
            self.sleep(min(delay, self.max_wait))
            attempt += 1

    def _once(self, request: urllib.request.Request, url: str) -> Fetched:
        try:
            response = urllib.request.urlopen(request, timeout=self.timeout)  # noqa: S310 (scheme checked)
        except urllib.error.HTTPError as exc:
            retry_after = _retry_after(exc.headers)
            exc.close()
            raise _HTTPStatus(exc.code, str(exc.reason or ""), retry_after) from None
        with response:
            headers: Message = response.headers
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > self.max_bytes:
                raise ClaimlineError(
                    f"{url}: {int(length):,} bytes, over the limit of {self.max_bytes:,}; raise it with --max-bytes"
                )
            data = response.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                raise ClaimlineError(f"{url}: over the limit of {self.max_bytes:,} bytes; raise it with --max-bytes")
            return Fetched(
                url=url,
                final_url=response.geturl(),
                status=response.status,
                content_type=(headers.get_content_type() or "").lower(),
                charset=headers.get_content_charset(),
                data=data,
            )


class _HTTPStatus(Exception):
    def __init__(self, status: int, reason: str, retry_after: float | None) -> None:
        super().__init__(status, reason)
        self.status = status
        self.reason = reason
        self.retry_after = retry_after


def _retry_after(headers: Message | None) -> float | None:
    value = headers.get("Retry-After") if headers is not None else None
    if value and value.strip().isdigit():
        return float(value.strip())
    return None


def is_url(text: str) -> bool:
    """Whether a command-line argument names a web page rather than a file."""
    return text.lower().startswith(("http://", "https://"))


def check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ClaimlineError(f"not a web address: {url!r} (use http:// or https://)")
