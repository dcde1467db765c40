"""Event times a reader takes from the sentence or the article around the trigger (events.timing): the cause told in
a "when" clause of a dated toll, an unlisted verb of a same-day report, an act beside a time of the publication day
(sentences written for these tests; publication date Tuesday 12 May 2026)."""

from __future__ import annotations

from datetime import date

from .test_event_time import _one

PUB = date(2026, 5, 12)


def _told(f) -> date | None:
    return f.told_time.start if f.told_time is not None else None


def test_a_when_clause_is_at_the_time_of_the_dated_clause_it_hangs_on(frames_of):
    """ "Two workers died at 09:15 on Monday when a crane collapsed": the collapse at 09:15 on Monday too; a when
    clause whose verb names no event dates its event-noun subject ("when a rockfall hit the trail")."""
    frames = frames_of("Two workers died at 09:15 on Monday when a crane collapsed at the port.")
    assert _one(frames, "collapse").time.value == "2026-05-11T09:15"
    frames = frames_of("Three hikers were injured on Sunday when a rockfall hit the trail above the village.")
    assert _one(frames, "rockfall").time.start == date(2026, 5, 10)
    # the other way round, as before: the when clause's time dates its main clause
    frames = frames_of("When the council signed the lease on Monday, the tenants appealed.")
    assert _one(frames, "appeal").time.start == date(2026, 5, 11)


def test_a_when_clause_takes_no_range_nor_a_time_of_its_own_clause(frames_of):
    """Only a point time passes to the when clause, and a when clause dated by its own words keeps them."""
    frames = frames_of("The bridge stayed shut until Friday when the inspectors signed it off.")
    assert all(f.time is None or f.time.kind != "point" for f in frames if f.trigger.lemma == "sign")
    frames = frames_of("Two climbers were hurt on Sunday when a storm that began on Saturday caught them.")
    assert _one(frames, "begin").time.start == date(2026, 5, 9)


def test_an_unlisted_verb_of_a_same_day_report_is_told_on_its_day(frames_of):
    """The story's day is the article's (its first dated frame), also for the verbs of no class and the figures
    timed apart from its events: "Fourteen people were treated at the scene" in a report of that day's crash."""
    text = (
        "Two lorries collided on the ring road at 07:10 on Tuesday, police said.\n\n"
        "Fourteen people were treated at the scene."
    )
    frames = frames_of(text)
    assert _told(_one(frames, "treat")) == PUB
    # the next day's report of Tuesday's crash: its undated acts are told on neither day
    assert _told(_one(frames_of(text, date(2026, 5, 13)), "treat")) is None


def test_a_same_day_reports_act_beside_a_time_of_that_day_is_told_on_it(frames_of):
    """A time of the publication day in the sentence ("this morning's blaze") does not keep an undated act of a
    same-day report from its day; a time of another day does (it may be the act's own, unreached by the parse)."""
    frames = frames_of(
        "A lorry caught fire in the Kessel tunnel at 07:10 on Tuesday.\n\n"
        "The driver at the centre of this morning's tunnel blaze was injured, people at the scene said.\n\n"
        "A mechanic was evacuated from the depot after Monday's test run."
    )
    injured = [f for f in frames if f.trigger.lemma == "injure"]
    assert [_told(f) for f in injured] == [PUB]
    assert _told(_one(frames, "evacuate")) is None


def test_a_date_the_parse_split_hangs_by_its_preposition(frames_of):
    """ "on Monday, 11 May" parsed as "Monday" (the object of "on") and "11 May" in apposition to a noun before it:
    the time still hangs on the clause by its preposition ("wrecked ... on Monday, 11 May"), not on that noun."""
    frames = frames_of(
        "The utility whose pipes serve the block of flats wrecked by a blast in the town of Orlen on Monday, 11 May,"
        " says its own line was not the source of the gas."
    )
    assert _one(frames, "wreck").time.start == date(2026, 5, 11)


def test_the_event_that_does_a_harm_is_at_the_harms_time(frames_of):
    """An event noun that is the subject or agent of a dated verb of harm ([event_time] harm_classes) is at that
    time: "a gas explosion destroyed part of the block at 06:40 on Tuesday" dates the explosion; not a lasting
    event's noun beside a verb of no harm ("the strike cost the airline ...")."""
    frames = frames_of("A gas explosion destroyed part of the block at 06:40 on Tuesday.")
    assert _one(frames, "explosion").time.value == "2026-05-12T06:40"
    frames = frames_of("The row of shops wrecked by a blast on Sunday reopened today.")
    assert _one(frames, "blast").time.start == date(2026, 5, 10)
    frames = frames_of("The strike cost the airline 3 million euros on Monday.")
    assert _one(frames, "strike").time is None
