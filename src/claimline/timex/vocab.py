"""The English vocabulary of time expressions (month and weekday names, numbers, units, modifiers...)."""

from __future__ import annotations

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]


_MONTH_NUM: dict[str, int] = {m: i + 1 for i, m in enumerate(_MONTHS)}


_MONTH_NUM.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9})


_MONTH_NUM.update({"oct": 10, "nov": 11, "dec": 12})


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


_WEEKDAY_NUM: dict[str, int] = {d: i for i, d in enumerate(_WEEKDAYS)}


_WEEKDAY_NUM.update({"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3})


_WEEKDAY_NUM.update({"fri": 4, "sat": 5, "sun": 6})


_SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]


_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


_NUM_WORDS: dict[str, float] = {w: float(i) for i, w in enumerate(_SMALL)}


_NUM_WORDS.update({w: float(20 + 10 * i) for i, w in enumerate(_TENS)})


_NUM_WORDS.update({"a": 1, "an": 1, "single": 1, "hundred": 100, "a hundred": 100, "one hundred": 100})


_NUM_WORDS.update({"dozen": 12, "a dozen": 12, "a couple of": 2, "couple of": 2, "a couple": 2, "a pair of": 2})


_NUM_WORDS.update({"half a": 0.5, "half an": 0.5, "a half": 0.5})


_VAGUE_NUM = {"a few", "few", "several", "many", "some", "numerous", "a number of", "dozens of", "hundreds of"}


_VAGUE_NUM |= {"countless", "multiple", "various", "a couple more"}


_ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}


_CENTURY_ORD: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
    "twenty-second": 22,
}


_DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


_SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


_PART_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}


_UNIT: dict[str, str] = {
    "second": "S",
    "sec": "S",
    "minute": "TM",
    "min": "TM",
    "hour": "H",
    "hr": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "yr": "Y",
    "decade": "DE",
    "century": "CE",
    "weekend": "WE",
}


_MOD_WORDS: dict[str, str] = {
    "about": "APPROX",
    "around": "APPROX",
    "roughly": "APPROX",
    "approximately": "APPROX",
    "some": "APPROX",
    "circa": "APPROX",
    "an estimated": "APPROX",
    "nearly": "LESS_THAN",
    "almost": "LESS_THAN",
    "less than": "LESS_THAN",
    "fewer than": "LESS_THAN",
    "under": "LESS_THAN",
    "just under": "LESS_THAN",
    "close to": "LESS_THAN",
    "more than": "MORE_THAN",
    "over": "MORE_THAN",
    "just over": "MORE_THAN",
    "well over": "MORE_THAN",
    "upwards of": "MORE_THAN",
    "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS",
}


_EDGE_MOD: dict[str, str] = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "dawn": "START",
    "early part": "START",
    "first part": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "close": "END",
    "turn": "END",
    "latter part": "END",
    "later part": "END",
    "last part": "END",
}
