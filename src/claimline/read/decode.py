"""Bytes to text: BOMs, declared and sniffed encodings, a Latin-1 fallback, binary and size checks."""

from __future__ import annotations

import codecs
import re

from ..errors import ClaimlineError
from .lines import NONBLANK

# =================================================================== decoding
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: C0 controls other than whitespace, DEL and C1 controls: deleted to count them.
_CONTROLS = dict.fromkeys([c for c in range(32) if chr(c) not in "\t\n\r\f\v"] + list(range(0x7F, 0xA0)))
_CONTROL_LIMIT = 0.10  # more than this share of control characters: binary
_SAMPLE = 65_536


def _latin1_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Error handler for cp1252: its five undefined bytes decode as Latin-1."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("claimline-latin1", _latin1_fallback)


def display_name(name: str) -> str:
    return " ".join(str(name).split()) or "<input>"


def _check_text(text: str, name: str) -> str:
    if NONBLANK.search(text) is None:
        raise ClaimlineError(f"{name} is empty")
    sample = text[:_SAMPLE]
    controls = len(sample) - len(sample.translate(_CONTROLS))
    if controls > _CONTROL_LIMIT * len(sample):
        raise ClaimlineError(f"{name} looks like a binary file, not text ({controls} control characters)")
    return text


def decode(data: bytes, *, name: str = "<stdin>") -> str:
    """Decode an article's bytes to text.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, else a legacy charset that
    an HTML page declares in a ``<meta>`` tag, else Windows-1252 (whose five
    undefined bytes fall back to Latin-1). Raises :class:`ClaimlineError`
    naming ``name`` for empty or whitespace-only input, binary content and
    text that its byte-order mark says is UTF-8/16/32 but is not.
    """
    name = display_name(name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-32" and len(data) % 4:
                continue  # FF FE 00 00 can also start UTF-16 LE
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                where = f"byte {exc.start}"
                raise ClaimlineError(
                    f"{name} is not decodable text: it starts with a {encoding.upper().replace('-SIG', '')} "
                    f"byte-order mark but is invalid at {where} ({exc.reason})"
                ) from None
            return _check_text(text, name)
    if not data.strip():
        raise ClaimlineError(f"{name} is empty")
    if b"\x00" in data:
        raise ClaimlineError(f"{name} looks like a binary file, not text (it contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _declared(data) or data.decode("cp1252", errors="claimline-latin1")
    return _check_text(text, name)


_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
#: Legacy single- and multi-byte text encodings a saved page may declare (Python codec names).
_LEGACY = re.compile(r"(iso8859|cp125|cp8\d|cp9|koi8|shiftjis|euc|gb|big5|mac|iso2022|johab|tis|hz)")


def _declared(data: bytes) -> str | None:
    """Decode with the charset a non-UTF-8 HTML page declares in a <meta> tag, if it is a legacy one."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii"))
        if codec.name in ("iso8859-1", "ascii") or not _LEGACY.match(codec.name.replace("-", "").replace("_", "")):
            return None  # browsers read "iso-8859-1" as windows-1252, our fallback anyway
        return data.decode(codec.name)
    except (LookupError, UnicodeDecodeError, ValueError):
        return None


def _size(n: float) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.1f} kB" if n >= 1000 else f"{n:.0f} bytes"


def _limit(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 100_000 else f"{n / 1000:g} kB" if n >= 1000 else f"{n} bytes"


def too_big(name: str, size: int, max_bytes: int) -> ClaimlineError:
    return ClaimlineError(f"{name} is {_size(size)}, over the {_limit(max_bytes)} limit; raise it with --max-bytes")
