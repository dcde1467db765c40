"""The English vocabulary of time expressions, loaded from ``models/timex/en.toml`` and validated.

Month and weekday names, number words, units, modifiers, references, frequency words, holidays,
time zones: every word the rules (``models/timex/rules.toml``) may use, defined once, as data in
the spirit of HeidelTime's per-language resources. An invalid file stops with a
:class:`~claimline.errors.ClaimlineError` naming the file and the entry.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator

from ..errors import ClaimlineError, first_error
from ..lexicon_files import TIMEX_FILE, extra_dirs, read_time_words, time_words
from ..strict import FrozenStrict as _Strict

_MODS = {"APPROX", "LESS_THAN", "MORE_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS", "START", "MID", "END"}
_UNIT_CODES = {"S", "TM", "H", "D", "W", "2W", "M", "Q", "Y", "DE", "CE", "WE"}
_PERIOD = re.compile(r"P(?:\d+(?:\.\d+)?[YMWD]|T\d+[HMS])")

Month = Annotated[int, Field(ge=1, le=12)]
Weekday = Annotated[int, Field(ge=1, le=7)]


class Numbers(_Strict):
    units: list[str] = Field(min_length=20, max_length=20, description="zero .. nineteen, in order")
    tens: list[str] = Field(min_length=8, max_length=8, description="twenty .. ninety, in order")
    other: dict[str, float]


class Words(_Strict):
    words: list[str]


class Phrases(_Strict):
    phrases: list[str]


class NthWeekday(_Strict):
    month: Month
    weekday: Weekday
    n: int = Field(ge=-1, le=5)

    @field_validator("n")
    @classmethod
    def _not_zero(cls, v: int) -> int:
        if v == 0:
            raise ValueError("n counts from 1 (or -1 for the last)")
        return v


class NamedDay(_Strict):
    """A day named for what happened on it ("the Sept. 11 attacks"): its year, and the nouns that name it."""

    year: int = Field(ge=1, le=9999)
    nouns: list[str] = Field(min_length=1)


class Holidays(_Strict):
    fixed: dict[str, str]
    easter: dict[str, int]
    nth_weekday: dict[str, NthWeekday]
    time_nouns: list[str] = Field(
        default_factory=list,
        description="nouns a holiday name before them keeps a time ('the Christmas holidays'); before any other"
        " noun it names a thing ('the Luddon Christmas market'), not a day",
    )

    @field_validator("fixed")
    @classmethod
    def _month_day(cls, v: dict[str, str]) -> dict[str, str]:
        for name, md in v.items():
            try:
                date.fromisoformat(f"2000-{md}")  # a leap year: 02-29 allowed
            except ValueError:
                raise ValueError(f"{name!r}: {md!r} is not a month-day (MM-DD)") from None
        return v


class TimeZones(_Strict):
    utc: list[str]
    other: list[str] = Field(description="zones whose offset the name alone does not give ('IST')")
    place_words: list[str]
    offsets: dict[str, list[float]] = Field(
        default_factory=dict,
        description="hours east of UTC a zone name is written for: a standard time's name its summer offset too"
        " ('CET' = [1, 2])",
    )

    @field_validator("offsets")
    @classmethod
    def _hours(cls, v: dict[str, list[float]]) -> dict[str, list[float]]:
        for name, hours in v.items():
            if not hours or any(not -12 <= h <= 14 for h in hours):
                raise ValueError(f"{name!r}: {hours!r} is not a list of offsets from UTC in hours (-12 .. 14)")
        return v

    @property
    def named(self) -> list[str]:
        """Every zone name but UTC's: those with offsets and those without."""
        return [*self.offsets, *self.other]


class Conventions(_Strict):
    decades_and_centuries: Literal["units", "years"] = Field(
        description="durations of decades and centuries: 'units' P1DE, P2CE, PXDE (TimeML); 'years' P10Y, P200Y, PXY"
    )


class EventTimeWords(_Strict):
    time_nouns: list[str] = Field(
        description="nouns a date names the time of ('before the 15 December deadline' is before 15 December)"
    )
    when_words: list[str] = Field(
        description="words opening a clause whose time is its main clause's ('When X did A on Monday, Y did B')"
    )
    happen_phrases: list[str] = Field(description="verbs whose time is their subject's ('the test takes place')")
    onset_verbs: list[str] = Field(
        default_factory=list,
        description="verbs of beginning (events themselves) whose time dates their event-noun subject too"
        " ('the trial will open on Tuesday')",
    )
    lasting_lemmas: list[str] = Field(
        description="moved-to verbs whose 'until' bounds their own event ('extended the ban until 2028')"
    )

    looking_back: list[str] = Field(
        description="words counting a length back from the time of writing ('in the past three days')"
    )

    comparison_baselines: list[str] = Field(
        description="words of a time a change is compared with, not when it takes effect ('a rise from last year',"
        " 'an increase from the previous quarter', 'from the same period a year earlier')"
    )

    effective_from_classes: list[str] = Field(
        description="event classes (models/events.toml, with their subclasses) whose noun a 'from' time dates as"
        " when it takes effect ('a rise in fares from 1 May', 'a cut in charges from 1 May')"
    )

    harm_classes: list[str] = Field(
        default_factory=list,
        description="event classes (models/events.toml, with their subclasses) of a harm an event does: the"
        " event-noun subject or agent of such a verb is at the verb's time ('an explosion wrecked the block at"
        " 06:40 on Tuesday', 'the flats wrecked by an explosion on Monday')",
    )

    close_hedges: list[str] = Field(
        default_factory=list,
        description="adverbs on 'after' / 'before' that make a time a point, not a bound ('shortly after 09:00',"
        " 'just before midnight on Sunday': that day)",
    )
    ongoing_verbs: list[str] = Field(
        default_factory=list,
        description="verbs whose complement, in the present, is an act going on as the report is written ('remains"
        " shut', 'continue to run'): under way on the publication day",
    )
    ongoing_prepositions: list[str] = Field(
        default_factory=list,
        description="prepositions whose event noun, on a present 'be' or an ongoing verb, is going on now ('is under"
        " investigation')",
    )
    object_verbs: list[str] = Field(
        default_factory=list,
        description="verbs (besides the light verbs of models/events.toml) and verb + preposition phrases whose"
        " time is the event noun they take ('opened an investigation on Monday', 'went on strike on Monday')",
    )

    report_day_classes: list[str] = Field(
        default_factory=list,
        description="event classes (models/events.toml) of speech acts a news report tells in the past tense with"
        " no time ('the ministry denied the report'): made the day of the first report that carries them",
    )

    adjunct_prepositions: list[str] = Field(
        default_factory=list,
        description="words (one or two) before an event noun that make it an event of its own beside its sentence's"
        " verb ('died after the crash', 'the toll from the collapse'): a timeline entry, not a mention",
    )

    allowance_verbs: list[str] = Field(
        default_factory=list,
        description="verbs whose time object is the time allowed for the task their infinitive names ('has six"
        " weeks to object', 'has until 8 October to reply', 'was given 30 days to respond')",
    )

    scheduling_verbs: list[str] = Field(
        default_factory=list,
        description="verbs that set the time of the event they take: the time after 'for' is the event's, not the"
        " verb's ('called a meeting for Tuesday evening', 'scheduled a hearing for 26 November')",
    )

    @field_validator(
        "time_nouns",
        "lasting_lemmas",
        "looking_back",
        "comparison_baselines",
        "effective_from_classes",
        "harm_classes",
        "scheduling_verbs",
    )
    @classmethod
    def _one_token(cls, v: list[str]) -> list[str]:
        # compared with one token's lemma: spaCy splits "cut-off" into three tokens, so it never matches
        for w in v:
            if not re.fullmatch(r"[a-z]+", w):
                raise ValueError(f"{w!r} is not one lower-case word (it is compared with one token's lemma)")
        return v

    @field_validator("when_words", "happen_phrases")
    @classmethod
    def _words(cls, v: list[str]) -> list[str]:
        # compared word by word with spaCy's tokens: no hyphenated word, no punctuation
        for w in v:
            if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", w):
                raise ValueError(f"{w!r} is not lower-case words separated by single spaces")
        return v


class TenseWords(_Strict):
    future_lemmas: list[str]
    forward_adjectives: list[str] = Field(
        default_factory=list,
        description="adjectives whose 'be ... to' infinitive looks ahead ('is likely to approve on Wednesday')",
    )
    moved_to_lemmas: list[str] = Field(
        description="verbs that move something to a new time: the time after 'to'/'until'/'for' lies ahead"
    )
    moved_to_prepositions: list[str]
    scheduled_prepositions: list[str] = Field(
        description="after a participle of a future lemma ('scheduled for', 'set at') the time lies ahead"
    )
    reported_nouns: list[str] = Field(
        description="figures reported after their period: a month naming them lies behind ('August jobs data')"
    )
    future_auxiliaries: list[str] = Field(
        default_factory=list,
        description="auxiliaries of the future ('will', 'shall', \"'ll\"): a time of their clause lies ahead",
    )
    cause_prepositions: list[str] = Field(
        default_factory=list,
        description="a present state or progressive after an event these name ('are missing after a flash flood "
        "... on Sunday'): a time of that event lies behind",
    )
    expecting_lemmas: list[str] = Field(
        description="future lemmas whose participle looks ahead with no auxiliary ('now expected by March')"
    )
    bare_expecting_lemmas: list[str] = Field(
        description="expecting lemmas that look ahead as a bare participle anywhere ('Vote scheduled for Monday')"
    )
    schedule_lemmas: list[str] = Field(
        description="verbs whose simple present in the body tells a schedule ('the offer closes on Monday')"
    )
    asking_lemmas: list[str] = Field(
        default_factory=list,
        description="verbs asking someone to act: a deadline (deadline_prepositions) on their infinitive lies ahead"
        " ('urged the company to reopen the plant by April'); a day there is the asking's own",
    )
    deadline_prepositions: list[str] = Field(default_factory=list, description="prepositions of a deadline ('by')")
    start_participles: list[str] = Field(
        default_factory=list,
        description="participles naming a start ('a strike starting on Friday'): on the object of a deciding verb"
        " (future_lemmas) their time lies ahead, as 'from' does",
    )
    convening_lemmas: list[str] = Field(
        default_factory=list,
        description="verbs that call an event for a time: with an object, the time after 'for' lies ahead, whatever"
        " the tense ('called a meeting for Tuesday evening')",
    )

    @field_validator("expecting_lemmas", "bare_expecting_lemmas")
    @classmethod
    def _within_their_list(cls, v: list[str], info: ValidationInfo) -> list[str]:
        # an expecting participle is a future lemma's ("is expected to" reads the same word ahead); a bare
        # expecting lemma is an expecting one
        outer = "future_lemmas" if info.field_name == "expecting_lemmas" else "expecting_lemmas"
        odd = sorted(set(v) - set(info.data.get(outer, ())))
        if odd:
            raise ValueError(f"{info.field_name} {odd} are not {outer}")
        return v


class References(_Strict):
    PRESENT_REF: list[str]
    PAST_REF: list[str]
    FUTURE_REF: list[str]


def _check_values(allowed: set[str], v: dict[str, str], what: str) -> dict[str, str]:
    for k, code in v.items():
        if code not in allowed:
            raise ValueError(f"{k!r}: {code!r} is not a {what} ({', '.join(sorted(allowed))})")
    return v


class Vocabulary(_Strict):
    """The schema of ``models/timex/en.toml``."""

    months: dict[str, Month]
    month_abbreviations: dict[str, Month]
    weekdays: dict[str, Weekday]
    weekday_abbreviations: dict[str, Weekday]
    numbers: Numbers
    vague_quantities: Words
    ordinals: dict[str, int]
    century_ordinals: dict[str, Annotated[int, Field(ge=1, le=30)]]
    decade_words: dict[str, Annotated[int, Field(ge=1, le=9)]]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    clock_words: dict[str, Annotated[int, Field(ge=0, le=23)]]
    units: dict[str, str]
    modifiers: dict[str, str]
    edge_modifiers: dict[str, str]
    references: References
    recent_words: Words
    not_times: Phrases
    set_words: dict[str, str]
    period_amounts: Words
    holidays: Holidays
    named_days: dict[str, NamedDay]
    time_zones: TimeZones
    date_cues: Words
    tense: TenseWords
    event_time: EventTimeWords
    conventions: Conventions

    @field_validator("recent_words")
    @classmethod
    def _recent_words_past(cls, v: Words, info: ValidationInfo) -> Words:
        refs = info.data.get("references")
        past = set(refs.PAST_REF) if refs is not None else set()
        for w in v.words:
            if w.split()[-1] not in past:
                raise ValueError(f"{w!r} does not end in a [references] PAST_REF word")
        return v

    @field_validator("event_time")
    @classmethod
    def _lasting_are_moved_to(cls, v: EventTimeWords, info: ValidationInfo) -> EventTimeWords:
        # lasting_lemmas are only consulted for moved-to verbs: any other entry is dead
        tense = info.data.get("tense")
        moved = set(tense.moved_to_lemmas) if tense is not None else set()
        dead = sorted(set(v.lasting_lemmas) - moved)
        if dead:
            raise ValueError(f"lasting_lemmas {dead} are not [tense] moved_to_lemmas, so never consulted")
        return v

    @field_validator("named_days")
    @classmethod
    def _named_month_day(cls, v: dict[str, NamedDay]) -> dict[str, NamedDay]:
        for md, named in v.items():
            if not re.fullmatch(r"\d\d-\d\d", md):
                raise ValueError(f"named day {md!r}: write it MM-DD")
            try:
                date(named.year, int(md[:2]), int(md[3:]))
            except ValueError as exc:
                raise ValueError(f"named day {md!r} in {named.year}: {exc}") from None
        return v

    @field_validator("months")
    @classmethod
    def _twelve(cls, v: dict[str, int]) -> dict[str, int]:
        if sorted(v.values()) != list(range(1, 13)):
            raise ValueError("twelve months, numbered 1..12")
        return v

    @field_validator("weekdays")
    @classmethod
    def _seven(cls, v: dict[str, int]) -> dict[str, int]:
        if sorted(v.values()) != list(range(1, 8)):
            raise ValueError("seven weekdays, numbered 1..7 (Monday = 1)")
        return v

    @field_validator("seasons")
    @classmethod
    def _seasons(cls, v: dict[str, str]) -> dict[str, str]:
        return _check_values({"SP", "SU", "FA", "WI"}, v, "season code")

    @field_validator("parts_of_day")
    @classmethod
    def _parts(cls, v: dict[str, str]) -> dict[str, str]:
        return _check_values({"MO", "AF", "EV", "NI", "DT"}, v, "part-of-day code")

    @field_validator("units")
    @classmethod
    def _units(cls, v: dict[str, str]) -> dict[str, str]:
        return _check_values(_UNIT_CODES, v, "unit code")

    @field_validator("modifiers", "edge_modifiers")
    @classmethod
    def _mods(cls, v: dict[str, str]) -> dict[str, str]:
        return _check_values(_MODS, v, "TIMEX3 mod")

    @field_validator("set_words")
    @classmethod
    def _periods(cls, v: dict[str, str]) -> dict[str, str]:
        for k, p in v.items():
            if not _PERIOD.fullmatch(p):
                raise ValueError(f"{k!r}: {p!r} is not a TIMEX3 period such as P1Y or PT1H")
        return v


def timex_dir() -> Path:
    """``models/timex``: inside the installed package, else in the checkout."""
    packaged = resources.files("claimline") / "models" / "timex"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[3] / "models" / "timex"
    if checkout.is_dir():
        return checkout
    raise ClaimlineError("claimline's models/timex/ directory is missing from this installation")


#: A time vocabulary file's raw data: the one reader (:func:`claimline.lexicon_files.read_time_words`).
read_toml = read_time_words


def invalid(path: Path | str, exc: ValidationError) -> ClaimlineError:
    """One line naming the file and the entry of the first validation error."""
    return ClaimlineError(f"invalid time vocabulary {path}: {first_error(exc)}")


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Read and validate a vocabulary file (default: the shipped ``models/timex/en.toml`` with its
    ``CLAIMLINE_LEXICONS`` additions, which an error names too)."""
    data = read_toml(path) if path is not None else time_words()
    named = " + ".join(
        str(p)
        for p in (
            [path]
            if path is not None
            else [timex_dir() / TIMEX_FILE, *(d / "timex" / TIMEX_FILE for d in extra_dirs())]
        )
        if p.is_file()
    )
    try:
        return Vocabulary.model_validate(data)
    except ValidationError as exc:
        raise invalid(named, exc) from exc


@cache
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def holiday_key(name: str) -> str:
    """A holiday name as looked up: lowercase, no apostrophes or full stops, single spaces."""
    n = name.lower().replace("’", "'").replace("'", "").replace(".", "")
    return " ".join(n.split())


def plural(unit: str) -> str:
    return unit[:-1] + "ies" if unit.endswith("y") and unit[-2:-1] not in "aeiou" else unit + "s"


_V = vocabulary()

_MONTHS = sorted(_V.months, key=_V.months.__getitem__)
_MONTH_ABBRS = list(_V.month_abbreviations)
_MONTH_NUM: dict[str, int] = {**_V.months, **_V.month_abbreviations}
_WEEKDAYS = sorted(_V.weekdays, key=_V.weekdays.__getitem__)
_WEEKDAY_ABBRS = list(_V.weekday_abbreviations)
_WEEKDAY_NUM: dict[str, int] = {w: n - 1 for w, n in {**_V.weekdays, **_V.weekday_abbreviations}.items()}
_SMALL = list(_V.numbers.units)
_TENS = list(_V.numbers.tens)
_NUM_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_SMALL)}
_NUM_WORDS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})
_NUM_WORDS.update(_V.numbers.other)
_VAGUE_NUM = set(_V.vague_quantities.words)
_ORDINALS: dict[str, int] = dict(_V.ordinals)
_CENTURY_ORD: dict[str, int] = dict(_V.century_ordinals)
_DECADE_WORDS: dict[str, int] = dict(_V.decade_words)
_SEASONS: dict[str, str] = dict(_V.seasons)
_PART_OF_DAY: dict[str, str] = dict(_V.parts_of_day)
_PART_CLOCK: dict[str, int] = dict(_V.clock_words)
_UNIT: dict[str, str] = dict(_V.units)
_UNIT_FORMS: list[str] = [f for u in _UNIT for f in (u, plural(u))]
_MOD_WORDS: dict[str, str] = dict(_V.modifiers)
_EDGE_MOD: dict[str, str] = dict(_V.edge_modifiers)
_REFERENCES: dict[str, str] = {w: ref for ref, ws in _V.references.model_dump().items() for w in ws}
_NOT_TIMES: list[str] = list(_V.not_times.phrases)
_SET_WORDS: dict[str, str] = dict(_V.set_words)
_PERIOD_AMOUNTS: frozenset[str] = frozenset(_V.period_amounts.words)
_HOLIDAY_FIXED: dict[str, tuple[int, int]] = {
    holiday_key(k): (int(v[:2]), int(v[3:])) for k, v in _V.holidays.fixed.items()
}
_HOLIDAY_EASTER: dict[str, int] = {holiday_key(k): v for k, v in _V.holidays.easter.items()}
_HOLIDAY_NTH: dict[str, NthWeekday] = {holiday_key(k): v for k, v in _V.holidays.nth_weekday.items()}
_HOLIDAY_TIME_NOUNS: frozenset[str] = frozenset(_V.holidays.time_nouns)


def _named_day_nouns(nouns: list[str]) -> re.Pattern[str]:
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in nouns)
    return re.compile(r"(?:['’]s)?\s+(?i:" + words + r")(?![\w-])")


#: (month, day) -> (year, a pattern of the nouns that name the day right after it)
_NAMED_DAYS: dict[tuple[int, int], tuple[int, re.Pattern[str]]] = {
    (int(md[:2]), int(md[3:])): (n.year, _named_day_nouns(n.nouns)) for md, n in _V.named_days.items()
}
_HOLIDAY_NAMES: list[str] = [*_V.holidays.fixed, *_V.holidays.easter, *_V.holidays.nth_weekday]
_TZ_UTC: list[str] = list(_V.time_zones.utc)
_TZ_OTHER: list[str] = _V.time_zones.named
_TZ_PLACE_WORDS: list[str] = list(_V.time_zones.place_words)
_DATE_CUES: frozenset[str] = frozenset(_V.date_cues.words)
_FUTURE_LEMMAS: frozenset[str] = frozenset(_V.tense.future_lemmas)
_FORWARD_ADJECTIVES: frozenset[str] = frozenset(_V.tense.forward_adjectives)
_MOVED_TO_LEMMAS: frozenset[str] = frozenset(_V.tense.moved_to_lemmas)
_MOVED_TO_PREPS: frozenset[str] = frozenset(_V.tense.moved_to_prepositions)
_EXPECTING_LEMMAS: frozenset[str] = frozenset(_V.tense.expecting_lemmas)
_BARE_EXPECTING_LEMMAS: frozenset[str] = frozenset(_V.tense.bare_expecting_lemmas)
_SCHEDULED_PREPS: frozenset[str] = frozenset(_V.tense.scheduled_prepositions)
_CAUSE_PREPS: frozenset[str] = frozenset(_V.tense.cause_prepositions)
_FUTURE_AUXILIARIES: frozenset[str] = frozenset(_V.tense.future_auxiliaries)
_CONVENING_LEMMAS: frozenset[str] = frozenset(_V.tense.convening_lemmas)
_START_PARTICIPLES: frozenset[str] = frozenset(_V.tense.start_participles)
_ASKING_LEMMAS: frozenset[str] = frozenset(_V.tense.asking_lemmas)
_DEADLINE_PREPS: frozenset[str] = frozenset(_V.tense.deadline_prepositions)
_RECENT_WORDS: frozenset[str] = frozenset(_V.recent_words.words)
_REPORTED_NOUNS: frozenset[str] = frozenset(_V.tense.reported_nouns)
_SCHEDULE_LEMMAS: frozenset[str] = frozenset(_V.tense.schedule_lemmas)
_DECADES_AS_UNITS: bool = _V.conventions.decades_and_centuries == "units"
#: for event time (``claimline.events.timing``): the moved-to verbs and prepositions, time nouns, when words
MOVED_TO_LEMMAS = _MOVED_TO_LEMMAS
#: verbs that decide, plan or announce something to come ([tense] future_lemmas): a time "from" X on them
#: is when what they decide starts ("ordered them back to work from Thursday")
FUTURE_LEMMAS = _FUTURE_LEMMAS
MOVED_TO_PREPS = _MOVED_TO_PREPS
TIME_NOUNS: frozenset[str] = frozenset(_V.event_time.time_nouns)
WHEN_WORDS: frozenset[str] = frozenset(_V.event_time.when_words)
LASTING_LEMMAS: frozenset[str] = frozenset(_V.event_time.lasting_lemmas)
LOOKING_BACK: frozenset[str] = frozenset(_V.event_time.looking_back)
COMPARISON_BASELINES: frozenset[str] = frozenset(_V.event_time.comparison_baselines)
EFFECTIVE_FROM_CLASSES: frozenset[str] = frozenset(_V.event_time.effective_from_classes)
HARM_CLASSES: frozenset[str] = frozenset(_V.event_time.harm_classes)
HAPPEN_PHRASES: frozenset[str] = frozenset(_V.event_time.happen_phrases)
ONSET_VERBS: frozenset[str] = frozenset(_V.event_time.onset_verbs)
OBJECT_VERBS: frozenset[str] = frozenset(_V.event_time.object_verbs)
CLOSE_HEDGES: frozenset[str] = frozenset(_V.event_time.close_hedges)
ONGOING_VERBS: frozenset[str] = frozenset(_V.event_time.ongoing_verbs)
ONGOING_PREPOSITIONS: frozenset[str] = frozenset(_V.event_time.ongoing_prepositions)
#: prepositions after which an event noun is an event of its own ("died after the crash", "since its launch in 2003")
ADJUNCT_PREPOSITIONS: frozenset[str] = frozenset(w.lower() for w in _V.event_time.adjunct_prepositions)
REPORT_DAY_CLASSES: frozenset[str] = frozenset(_V.event_time.report_day_classes)
ALLOWANCE_VERBS: frozenset[str] = frozenset(_V.event_time.allowance_verbs)
SCHEDULING_VERBS: frozenset[str] = frozenset(_V.event_time.scheduling_verbs)
#: words naming a period or a part of one ("week", "quarter", "end", "beginning"): a day "of" one of them
#: is that period's ("the week of 20 April"), not a noun's own time ("the rescue of 12 March")
PERIOD_WORDS: frozenset[str] = frozenset(
    [w for w in _V.units if " " not in w]
    + [w for w in _V.edge_modifiers if " " not in w]
    + list(_V.parts_of_day)  # "the evening of 3 March" is that day's
    + ["eve"]
)
