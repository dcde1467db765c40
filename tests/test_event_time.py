"""Event time (claimline.events.timing): the date that governs each trigger, on sentences written for
these tests (publication date 10 March 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import extract_events

PUB = date(2026, 3, 10)


@pytest.fixture(scope="module")
def frames_of(nlp):
    def run(text: str, published: date | None = PUB):
        return extract_events(text, published, nlp=nlp)[1]

    return run


def _one(frames, lemma: str):
    found = [f for f in frames if f.trigger.lemma == lemma]
    assert found, f"no frame for {lemma!r}: {[f.trigger.lemma for f in frames]}"
    return found[0]


def test_a_range_by_its_words_whatever_the_parse(frames_of):
    f = _one(frames_of("The pupils fell ill between 2 January and 20 February."), "fall")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 1, 2), date(2026, 2, 20))


def test_a_range_of_days_in_one_month(frames_of):
    f = _one(frames_of("The trial will now take place between 4 and 9 May."), "trial")
    assert (f.time.kind, f.time.start, f.time.end) == ("interval", date(2026, 5, 4), date(2026, 5, 9))
    assert f.time.text == "4 and 9 May"


def test_the_week_of_a_day_is_that_week(frames_of):
    f = _one(frames_of("A live trial is planned in the week of 20 April."), "trial")
    assert (f.time.start, f.time.end, f.time.granularity) == (date(2026, 4, 20), date(2026, 4, 26), "week")


def test_a_negated_before_is_from_then_on(frames_of):
    f = _one(frames_of("The plant would not restart production before 6 July."), "restart")
    assert (f.time.kind, f.time.start, f.time.end) == ("after", date(2026, 7, 6), None)


def test_not_due_until_a_month_is_that_month(frames_of):
    f = _one(frames_of("Deliveries of the new ferries are not due until October."), "delivery")
    assert (f.time.start, f.time.end) == (date(2026, 10, 1), date(2026, 10, 31))


def test_a_postponed_event_takes_the_new_time_not_the_postponing(frames_of):
    frames = frames_of("The agency has postponed the launch to late September.")
    assert _one(frames, "launch").time.start == date(2026, 9, 21)
    assert _one(frames, "postpone").time is None
    frames = frames_of("Delivery of the trams will be delayed until November.")
    assert _one(frames, "delivery").time.start == date(2026, 11, 1)


def test_an_extension_keeps_its_bound(frames_of):
    f = _one(frames_of("The city extended the parking ban until 30 June."), "ban")
    assert (f.time.kind, f.time.end) == ("until", date(2026, 6, 30))


def test_a_copula_dates_its_subject(frames_of):
    f = _one(frames_of("The first launch of the rocket was in 1998."), "launch")
    assert (f.time.start, f.time.end) == (date(1998, 1, 1), date(1998, 12, 31))


def test_a_when_clause_gives_its_time_to_the_main_clause(frames_of):
    frames = frames_of("When the city awarded the contract to Tramco on 3 February, Railbuild appealed the decision.")
    assert _one(frames, "appeal").time.start == date(2026, 2, 3)


def test_a_deadline_noun_is_the_time_of_its_phrase(frames_of):
    f = _one(frames_of("Railbuild will announce its decision before the 30 April deadline."), "announce")
    assert (f.time.kind, f.time.end) == ("until", date(2026, 4, 30))
    # an object naming a date dates nothing
    f = _one(frames_of("The board announced a delay, replacing the 30 April date."), "announce")
    assert f.time is None


def test_the_announcement_takes_its_date_not_the_report_date(frames_of):
    frames = frames_of("On 2 March, Tramco announced the purchase of six trams.")
    assert _one(frames, "announce").time.start == date(2026, 3, 2)


def test_no_time_in_the_text_is_undated(frames_of):
    assert _one(frames_of("Tramco bought six trams."), "buy").time is None


def test_a_subjectless_due_dates_the_event_it_is_about(frames_of):
    frames = frames_of("The ferry's delivery, originally due in April, will be delayed until August.")
    assert _one(frames, "delivery").time.start == date(2026, 8, 1)  # the narrower of its two times
    assert _one(frames, "delay").time is None  # neither April nor August is the delaying's time
    f = _one(frames_of("A delivery due in May was cancelled."), "delivery")
    assert (f.time.start.month, f.time.granularity) == (5, "month")  # the year is the tense's question


def test_a_when_clause_on_a_time_is_at_that_time(frames_of):
    f = _one(frames_of("Sales are higher than in 2019, when the chain posted its first loss."), "post")
    assert (f.time.start, f.time.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_a_deadline_to_do_something_bounds_it(frames_of):
    f = _one(frames_of("The council has a 1 June deadline to finish the inquiry."), "finish")
    assert (f.time.kind, f.time.start, f.time.end) == ("until", PUB, date(2026, 6, 1))
