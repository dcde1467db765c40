"""claimline: attributed claims, timelines and reconciled conflicts from news articles.

>>> import claimline
>>> result = claimline.extract("NATO officials said on Tuesday that ...", published=date(2026, 3, 5))
>>> result.claims[0].source.actor
'NATO'

Importing claimline is cheap: spaCy and dateparser load only when
:func:`extract` (or ingest) first runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ClaimlineError
from .version import __version__

if TYPE_CHECKING:
    from .schemas import Extraction

__all__ = ["ClaimlineError", "__version__", "extract"]


def extract(text: str, published: Any = None, **meta: Any) -> Extraction:
    """Extract attributed claims, actors and times from one article's text.

    ``published`` (a date or ISO string) anchors relative dates; ``title``,
    ``publisher``, ``url`` and ``path`` override what is read from the page.
    Pure: touches no store. See :func:`claimline.extraction.extract`.
    """
    from .extraction.claims import extract as _extract

    return _extract(text, published=published, **meta)
