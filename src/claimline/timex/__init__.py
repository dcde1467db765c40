"""Temporal expressions: finding them in news text and normalising them to TIMEX3.

Three entry points:

* :func:`find_times` finds every temporal expression in an article (character
  offsets into the text), normalised against the publication date (``anchor``).
* :func:`normalize` normalises one phrase.
* :func:`interval_of` turns a TIMEX3 value into the calendar interval it covers.

The package:

* ``vocab`` -- the English vocabulary (``models/timex/en.toml``), validated at load;
* ``patterns`` -- regex building blocks made from the vocabulary;
* ``rules`` -- the rule table (``models/timex/rules.toml``), the trigger scan and dispatch;
* ``norms`` -- the normaliser families (one handler per rule: dates, clock times, durations, sets...);
* ``calendar`` -- calendar arithmetic, holidays and the value -> interval mapping;
* ``tense`` -- past/future of the clause an expression sits in;
* ``fallback`` -- dateparser, for date-word phrases no rule covers;
* ``engine`` -- finding, merging, anaphora and the moving reference time.
"""

from __future__ import annotations

from .calendar import granularity_of, interval_of
from .engine import find_times, normalize
from .model import Tense
from .norms import decades_in_years

__all__ = ["Tense", "decades_in_years", "find_times", "interval_of", "normalize", "granularity_of"]
