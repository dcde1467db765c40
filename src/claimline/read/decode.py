"""Bytes to text: BOMs, declared and sniffed encodings, a Latin-1 fallback, binary and size checks."""

from __future__ import annotations

import codecs
import re
import threading

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
#: C0 controls other than whitespace, DEL and C1 controls: found by one scan to count them (most texts have
#: none: a search that finds none is the whole cost).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
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
    controls = 0 if _CONTROLS.search(sample) is None else len(_CONTROLS.findall(sample))
    if controls > _CONTROL_LIMIT * len(sample):
        raise ClaimlineError(f"{name} looks like a binary file, not text ({controls} control characters)")
    return text


def decode(data: bytes, *, name: str = "<stdin>") -> str:
    """Decode an article's bytes to text (see :func:`decode_counted`)."""
    return decode_counted(data, name=name)[0]


def decode_counted(data: bytes, *, name: str = "<stdin>") -> tuple[str, int]:
    """Decode an article's bytes to text; returns the text and how many bytes were replaced.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, else a legacy charset that
    an HTML page declares in a ``<meta>`` tag, else Windows-1252 (whose five
    undefined bytes fall back to Latin-1). Text that is UTF-8 but for a few
    invalid bytes (its BOM says so, or it has more valid multi-byte sequences
    than invalid bytes) is decoded as UTF-8 with each invalid byte replaced by
    U+FFFD, and the count returned so that the caller can warn: one bad byte
    must not turn every accented letter of an article into mojibake. Raises
    :class:`ClaimlineError` naming ``name`` for empty or whitespace-only input
    and binary content.
    """
    name = display_name(name)
    marked = [enc for bom, enc in _BOMS if data.startswith(bom) and not (enc == "utf-32" and len(data) % 4)]
    for encoding in marked:  # FF FE 00 00 starts UTF-32 LE, and UTF-16 LE with a NUL first
        try:
            return _check_text(data.decode(encoding), name), 0
        except UnicodeDecodeError:
            continue
    if marked:
        text, bad = _replacing(data, marked[-1])
        return _check_text(text, name), bad
    if not data.strip():
        raise ClaimlineError(f"{name} is empty")
    if b"\x00" in data:
        raise ClaimlineError(f"{name} looks like a binary file, not text (it contains NUL bytes)")
    try:
        return _check_text(data.decode("utf-8"), name), 0
    except UnicodeDecodeError:
        pass
    declared = _declared(data)
    if declared is not None:
        return _check_text(declared, name), 0
    text, bad = _replacing(data, "utf-8")
    multibyte = sum(1 for ch in text if ch >= "\x80") - text.count("\ufffd")
    if multibyte > bad:
        return _check_text(text, name), bad
    return _check_text(data.decode("cp1252", errors="claimline-latin1"), name), 0


_REPLACED = threading.local()


def _count_replaced(exc: UnicodeError) -> tuple[str, int]:
    """Error handler: U+FFFD for an invalid byte sequence, counted per thread."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _REPLACED.bytes += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error("claimline-count", _count_replaced)


def _replacing(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded with U+FFFD for each invalid byte, and the number of bytes replaced."""
    _REPLACED.bytes = 0
    return data.decode(encoding, errors="claimline-count"), _REPLACED.bytes


def replaced_warning(name: str, data: bytes, bad: int) -> str:
    """The warning line for ``bad`` bytes of ``data`` replaced while decoding."""
    encoding = "UTF-8"
    if data[:4] in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE) and not len(data) % 4:
        encoding = "UTF-32"
    elif data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        encoding = "UTF-16"
    what = "byte is" if bad == 1 else "bytes are"
    return f"{display_name(name)}: {bad} {what} not valid {encoding} and replaced with U+FFFD (\ufffd)"


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
