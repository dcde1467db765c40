"""Stage read: bytes or a file in, clean text with offsets and page metadata out.

``reader`` holds the entry points; ``decode`` turns bytes into text, ``html`` reduces HTML to
text, ``lines`` and ``meta`` see a page as lines with a byline, dateline and title, ``page``
finds content and furniture, ``dates`` reads publication dates.
"""

from .dates import find_date, parse_date
from .decode import decode, decode_counted
from .html import looks_like_html
from .page import ReadResult
from .reader import read_bytes, read_path, read_text

__all__ = [
    "ReadResult",
    "decode",
    "decode_counted",
    "find_date",
    "looks_like_html",
    "parse_date",
    "read_bytes",
    "read_path",
    "read_text",
]
