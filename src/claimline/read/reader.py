"""Read one article from text, bytes or a file into a :class:`ReadResult` (the stage's entry points)."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from ..config import DEFAULT_MAX_BYTES
from ..errors import ClaimlineError
from .decode import decode_counted, display_name, replaced_warning, too_big
from .html import looks_like_html, read_html
from .lines import NONBLANK, furniture_rules
from .page import ReadResult, analyse

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".xht"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdown", ".mkd"})


# ================================================================ public API
def read_text(text: str, *, html: bool | None = None, name: str = "the text") -> ReadResult:
    """Read an article given as text; ``html=None`` sniffs whether it is HTML.

    Raises :class:`ClaimlineError` when the text is empty or only whitespace.
    """
    if NONBLANK.search(text) is None:
        raise ClaimlineError(f"{display_name(name)} is empty")
    rules = furniture_rules()
    if html is None:
        html = looks_like_html(text)
    if html:
        result = read_html(text, rules)
        if not _READABLE.search(result.text):
            raise ClaimlineError(f"{display_name(name)} has no readable text (only markup, scripts or styles)")
        return result
    if not _READABLE.search(text):
        raise ClaimlineError(f"{display_name(name)} has no readable text (no letter or digit)")
    page, meta = analyse(text, rules)
    content, furniture, title_span = page.ranges()
    return ReadResult(text=text, meta=meta, content=content, furniture=furniture, title_span=title_span)


#: A letter or a digit in any script: a page without one has nothing to read.
_READABLE = re.compile(r"[^\W_]")

#: Words of a text (letters, with an apostrophe's ending: "didn't") for the language check.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: A tag, closed or left open to the line's end: no words of the text's language.
_TAG = re.compile(r"<[^>\n]*>?")
#: The language check reads this many words of a text, and none of a text with fewer than ``_ENGLISH_MIN_WORDS``.
_ENGLISH_WORDS, _ENGLISH_MIN_WORDS = 400, 30
#: Below this share of English function words (spaCy's English stop words) a text may not be English: news articles
#: in English hold 0.22 or more (sample_articles, held-out stories, PolNeAR, MEANTIME), a German report 0.12 — but
#: telegraphic English (market briefs, results, tables) holds as little as 0.05 (review 17 Y10). So such a text is
#: refused only when it reads as another language: as much of it in that language's function words (spaCy's stop
#: words of the languages below, the words English shares left out), or mostly words in another script.
_ENGLISH_SHARE = 0.15
#: Languages whose function words the check looks for (spaCy's ``spacy.lang.<code>.stop_words``), with their names.
_OTHER_LANGUAGES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "nl": "Dutch", "pt": "Portuguese",
    "sv": "Swedish", "da": "Danish", "nb": "Norwegian", "fi": "Finnish", "pl": "Polish", "cs": "Czech",
    "ro": "Romanian", "hu": "Hungarian", "tr": "Turkish", "sl": "Slovenian", "hr": "Croatian", "ru": "Russian",
    "uk": "Ukrainian", "el": "Greek",
}  # fmt: skip
#: A word of the Latin script (with its accented letters): a text mostly of other words is in another script.
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")


def _other_language(words: list[str], english: frozenset[str] | set[str]) -> tuple[str, float] | None:
    """The language, other than English, whose function words make up at least ``_ENGLISH_SHARE`` of ``words``
    (or the words' script, when most are not Latin), with its share; None when no such language."""
    import importlib

    non_latin = sum(not _LATIN_WORD.fullmatch(w) for w in words) / len(words)
    if non_latin > 0.5:
        return "a script other than Latin", non_latin
    best: tuple[str, float] | None = None
    for code, language in _OTHER_LANGUAGES.items():
        stops = importlib.import_module(f"spacy.lang.{code}.stop_words").STOP_WORDS
        share = sum(w in stops and w not in english for w in words) / len(words)
        if share >= _ENGLISH_SHARE and (best is None or share > best[1]):
            best = (language, share)
    return best


def check_english(text: str, name: str) -> None:
    """Refuse an article to ingest that is not English (review 16 X8: a German "die" read as the verb): the
    parser, the lexicons and the cue words are English, and a text in another language gives nonsense claims.
    A text with few English function words that reads as no other language either (telegraphic English: market
    briefs, results) is taken. (Reading itself takes any text.)"""
    from spacy.lang.en.stop_words import STOP_WORDS

    # (the first words only: a scan stopped there finds what a scan of the whole sample would, in order)
    found = islice(_WORD.finditer(_TAG.sub(" ", text[: 20 * _ENGLISH_WORDS])), _ENGLISH_WORDS)
    words = [m.group().lower() for m in found]
    if len(words) < _ENGLISH_MIN_WORDS:
        return
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share >= _ENGLISH_SHARE:
        return
    other = _other_language(words, STOP_WORDS)
    if other is not None:
        language, _ = other
        raise ClaimlineError(
            f"{display_name(name)} does not look like English ({share:.0%} English function words; it reads as "
            f"{language}): claimline reads English articles only"
        )


def _html_for_suffix(suffix: str | None) -> bool | None:
    if not suffix:
        return None
    suffix = suffix.lower()
    if not suffix.startswith("."):
        suffix = "." + suffix
    if suffix in HTML_SUFFIXES:
        return True
    if suffix in TEXT_SUFFIXES:
        return False
    return None


def read_bytes(
    data: bytes, *, name: str = "<stdin>", suffix: str | None = None, max_bytes: int | None = None
) -> ReadResult:
    """Decode and read an article. ``suffix`` (".html", ".md", ...) says how to
    read it; without one it is taken from ``name``, else HTML is sniffed.
    With ``max_bytes``, larger input raises the same error as :func:`read_path`."""
    if max_bytes is not None and len(data) > max_bytes:
        raise too_big(display_name(name), len(data), max_bytes)
    if suffix is None and name and not name.startswith("<"):
        suffix = Path(name).suffix or None
    text, bad = decode_counted(data, name=name)
    result = read_text(text, html=_html_for_suffix(suffix), name=name)
    if bad:
        result.warnings.append(replaced_warning(name, data, bad))
    return result


def read_path(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read an article file (.txt, .md, .html, ...). Raises :class:`ClaimlineError`
    for a missing path, a directory, a file over ``max_bytes`` and bad content."""
    path = Path(path)
    name = display_name(str(path))
    try:
        if path.is_dir():
            raise ClaimlineError(f"{name} is a directory, not a file")
        size = path.stat().st_size
    except FileNotFoundError:
        raise ClaimlineError(f"{name} does not exist") from None
    except ValueError as exc:  # embedded NUL in the path
        raise ClaimlineError(f"cannot read {name}: {exc}") from None
    except OSError as exc:
        raise ClaimlineError(f"cannot read {name}: {exc.strerror or exc}") from None

    if size > max_bytes:
        raise too_big(name, size, max_bytes)
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise ClaimlineError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise too_big(name, len(data), max_bytes)
    return read_bytes(data, name=name, suffix=path.suffix or None)
