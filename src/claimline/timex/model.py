"""What a rule hands back (:class:`_Norm`) and the context it checks (:class:`_Ctx`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from ..schemas import Granularity
from .tense import _infer_tense

if TYPE_CHECKING:
    from spacy.tokens import Doc

Tense = Literal["past", "future"]


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(slots=True)
class _Norm:
    value: str
    granularity: Granularity
    type: TimexType = "DATE"
    mod: str | None = None
    interval: tuple[date, date] | None = None
    time_only: bool = False  # a clock time with no date of its own (takes the day of its neighbour)
    anaphoric: str | None = None  # "day"/"week"/"month"/"year" + offset, resolved against earlier times
    offset: int = 0
    year_back: int = 0  # "the same month a year ago": the referent, a year earlier
    freq: str | None = None  # of a SET: "2X" for "twice a week"
    shift: bool = False  # "two days later": ``anaphoric`` units from the latest time told, not from the last day


@dataclass(slots=True)
class _Ctx:
    text: str
    start: int
    end: int
    anchor: date | None
    tense_fixed: Tense | None
    lenient: bool  # normalising a phrase: no context checks
    doc: Doc | None = None
    _tense: Tense | None | bool = False

    def tense(self) -> Tense | None:
        if self.tense_fixed is not None or self.lenient:
            return self.tense_fixed
        if self._tense is False:
            self._tense = _infer_tense(self.text, self.start, self.end, self.doc)
        return self._tense  # type: ignore[return-value]

    def before(self, n: int = 40) -> str:
        return self.text[max(0, self.start - n) : self.start]

    def after(self, n: int = 40) -> str:
        return self.text[self.end : self.end + n]

    def around(self, n: int = 24) -> str:
        """The text just after the expression, then (on its own) the text just before it."""
        return self.text[self.end : self.end + n] + "\n" + self.text[max(0, self.start - n) : self.start]


Handler = Callable[[dict[str, str | None], _Ctx], "_Norm | None"]
