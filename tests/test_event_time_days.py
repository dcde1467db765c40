"""Which day a time expression names, and which event takes it, on sentences written for these tests: a
possessive weekday after "Following" (review 8 V6), "the following Monday" after a day told, a midnight
ahead, an event that breaks down (publication date Wednesday 2 December 2026)."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.timex import find_times

from .conftest import run_cli, story_store

PUB = date(2026, 12, 2)  # a Wednesday


def _times(nlp, text: str, published: date = PUB) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, published, doc=nlp(text))]


def _one(frames, lemma: str):
    found = [f for f in frames if f.trigger.lemma == lemma]
    assert found, f"no frame for {lemma!r}: {[f.trigger.lemma for f in frames]}"
    return found[0]


def test_following_before_a_possessive_weekday_is_the_preposition(nlp, frames_of):
    # "Following Monday's suspension": after Monday's suspension (the last Monday), not "the following Monday"
    text = "Following Monday's suspension, the agency reopened the tender."
    assert _times(nlp, text) == [("Monday", "2026-11-30")]
    assert _one(frames_of(text), "suspension").time.start == date(2026, 11, 30)
    assert _one(frames_of(text), "reopen").time is None
    # still a relative weekday with "the" and no possessive
    assert _times(nlp, "The board will meet the following Monday.") == [("the following Monday", "2026-12-07")]


def test_the_following_weekday_counts_from_the_day_just_told(nlp):
    text = "The board met on Thursday, 12 November, and again the following Monday."
    assert _times(nlp, text)[-1] == ("the following Monday", "2026-11-16")
    # the same weekday as the day told: a week later, never that day
    text = "The union voted on Monday, 16 November, and struck the following Monday."
    assert _times(nlp, text)[-1] == ("the following Monday", "2026-11-23")


def test_a_midnight_ahead_is_the_one_that_closes_the_publication_day(nlp, frames_of):
    text = "The strike is due to begin at midnight."
    assert _times(nlp, text) == [("midnight", "2026-12-03T00:00")]
    assert _one(frames_of(text), "begin").time.start == date(2026, 12, 3)
    # told in the past: the midnight that opened the publication day, as before
    assert _times(nlp, "The ban took effect at midnight.") == [("midnight", "2026-12-02T00:00")]


def test_talks_that_broke_down_on_a_day_are_dated_that_day(frames_of):
    f = _one(frames_of("Talks with the union broke down at the commission late on Tuesday."), "talk")
    assert (f.time.start, f.time.end) == (date(2026, 12, 1), date(2026, 12, 1))
    f = _one(frames_of("The hearing got underway on Monday."), "hearing")
    assert f.time.start == date(2026, 11, 30)


def test_a_simple_present_in_the_body_is_a_schedule(nlp, frames_of):
    # published on Wednesday 2 December: "closes on Monday" is the coming Monday
    assert _times(nlp, "The offer closes on Monday.") == [("Monday", "2026-12-07")]
    assert _times(nlp, "The union said the strike ends on Friday.") == [("Friday", "2026-12-04")]
    f = _one(frames_of("The hearing starts on Friday."), "start")
    assert f.time.start == date(2026, 12, 4)
    # a reporting verb's present reports, a state is no schedule; a headline's present tells the past; a past
    # tense stays behind
    assert _times(nlp, "Voralp says it bought the shares on Monday.") == [("Monday", "2026-11-30")]
    assert _times(nlp, "As of Monday, the firm accounts for a third of sales.") == [("Monday", "2026-11-30")]
    assert _times(nlp, "Talks end on Monday") == [("Monday", "2026-11-30")]
    assert _times(nlp, "The offer closed on Monday.") == [("Monday", "2026-11-30")]


def test_a_simple_present_in_a_relative_clause_is_a_schedule(nlp, frames_of):
    # published on Wednesday 2 December: "which reopens on Monday" is the coming Monday (was the Monday before)
    text = "Commuters on the Tarrow line, which reopens on Monday, want a timetable."
    assert _times(nlp, text) == [("Monday", "2026-12-07")]
    assert _one(frames_of(text), "reopen").time.start == date(2026, 12, 7)
    # told in the past, or negated, it stays behind
    assert _times(nlp, "Commuters on the Tarrow line, which reopened on Monday, want a timetable.") == [
        ("Monday", "2026-11-30")
    ]
    assert _times(nlp, "The depot, which does not open on Monday, is shut.")[0] != ("Monday", "2026-12-07")


HEARING = """NORVIK ENERGY REVIEW
Industry news | Wednesday, 2 December 2026

Regulator suspends Velora Power licence

The Norvik energy regulator suspended the licence of Velora Power on Monday. Velora Power's appeal hearing starts
on Friday.
"""


def test_the_timeline_shows_a_hearing_that_starts_on_friday_ahead(tmp_path):
    # the user sees the hearing on the Friday ahead (it was the Friday before: "starts" read as a past tense); the
    # noun "hearing", subject of "starts", is that entry's (one sentence, one entry: review 11, S8)
    db = story_store(tmp_path, "velora.txt", HEARING, published="2026-12-02")
    assert run_cli("timeline", "--db", db, "--actor", "Velora Power") == (
        "Timeline\n"
        "Date         Event                                            Who said it           Status\n"
        "30 Nov 2026  suspends Velora Power licence                    Norvik Energy Review  confirmed\n"
        "             Regulator suspends Velora Power licence\n\n"
        "4 Dec 2026   Velora Power's appeal hearing starts             Norvik Energy Review  expected\n"
        "             Velora Power's appeal hearing starts on Friday.\n"
    )


def test_a_clock_in_a_places_time_keeps_its_clock_and_its_day(nlp):
    """Review 11, S7: "at 9 a.m. New York time on Tuesday" was 9:00 on the publication day ("on Tuesday" lost)
    and "15:00 Paris time on Tuesday" lost its clock: a place before "time" ([time_zones] place_words) is a zone."""
    assert _times(nlp, "Vantor Telecom announced the deal at 9 a.m. New York time on Tuesday.") == [
        ("9 a.m. New York time on Tuesday", "2026-12-01T09:00")
    ]
    assert _times(nlp, "Vantor Telecom announced the deal at 15:00 Paris time on Tuesday.") == [
        ("15:00 Paris time on Tuesday", "2026-12-01T15:00")
    ]
    # a zone's own name, not the first letter of a place, makes a time UTC ("Z")
    assert _times(nlp, "The vote closes at 18:00 Zurich time on Friday.") == [
        ("18:00 Zurich time on Friday", "2026-12-04T18:00")
    ]


def test_a_bound_light_verb_s_event_noun_takes_its_point_time(frames_of):
    """Review 11, S11: "said it would hold a public meeting on Thursday evening" dates the meeting, not the saying;
    a deadline on a task stays the report's ("told it must submit a plan by 27 March": test_event_time)."""
    frames = frames_of("Kelso council said it would hold a public meeting in Varnos on Thursday evening.")
    assert _one(frames, "meeting").time.start == date(2026, 12, 3)
    assert _one(frames, "say").time is None


def test_a_verb_of_beginning_tells_its_event_subject_s_day(frames_of):
    """Review 11, S9: "the trial will open on Friday" tells the trial's day, not only the opening's ([event_time]
    onset_verbs; the trial's ``told_time``, the day of its cluster in the timeline, which neither joins nor splits
    clusters); an end is not the day of the whole event, and a subject that is no event takes nothing."""
    frames = frames_of("The trial of Emil Sarn will open in Raskow on Friday.")
    assert (_one(frames, "trial").time, _one(frames, "trial").told_time.start) == (None, date(2026, 12, 4))
    assert _one(frames, "open").time.start == date(2026, 12, 4)
    f = _one(frames_of("The inquiry, which began on Monday afternoon, is expected to last a year."), "inquiry")
    assert f.told_time.start == date(2026, 11, 30)
    assert _one(frames_of("The strike at Kelso Quay began on Monday."), "strike").told_time.start == date(2026, 11, 30)
    assert _one(frames_of("The strike at Kelso Quay ended on Monday."), "strike").told_time is None
    # the start's clock is not the time of day of the whole event; a participle set off on its noun is no clause
    frames = frames_of("The outage at Tarnwave Mobile began at 06:10 on Tuesday.")
    told = _one(frames, "outage").told_time
    assert (told.start, told.granularity) == (date(2026, 12, 1), "day")
    assert _one(frames, "begin").time.granularity == "time"
    text = "Development of the Kelso tram, begun two years ago, has been halted."
    assert _one(frames_of(text), "development").told_time is None


@pytest.mark.parametrize(
    "text",
    [
        "The Kelso council is likely to approve the bus plan on Friday.",
        "The Kelso council is unlikely to approve the bus plan on Friday.",
        "Kelso Rail is poised to cut 200 jobs on Friday.",
        "The Kelso council is certain to approve the bus plan on Friday.",
    ],
)
def test_an_adjective_of_likelihood_looks_ahead(frames_of, text):
    """Review 12, T3: "is likely to approve ... on Friday" (published on a Wednesday) is the Friday ahead, as "is
    expected to" is ([tense] forward_adjectives); it was the Friday before."""
    frames = frames_of(text)
    assert _one(frames, "cut" if "cut" in text else "approve").time.start == date(2026, 12, 4)


def test_an_adjective_of_likelihood_told_in_the_past_is_a_plan_as_it_stood(frames_of):
    frames = frames_of("The Kelso council was likely to approve the bus plan on Friday, but the vote was delayed.")
    assert _one(frames, "approve").time.start == date(2026, 11, 27)


def test_a_press_conference_ahead_takes_its_time_not_the_saying(frames_of):
    """Review 11, S11: "will hold a press conference at 19:00 on Monday" had no frame for the conference, so the
    saying took the time; "conference" and "briefing" are meetings (models/events.toml), and a bound light verb's
    event noun takes its point time."""
    frames = frames_of("The mayor of Kelso will hold a press conference at 19:00 on Monday, her office said.")
    assert _one(frames, "conference").time.value == "2026-12-07T19:00"
    assert _one(frames, "say").time is None
    frames = frames_of("Kelso police said they would give a news briefing on Friday.")
    assert _one(frames, "briefing").time.start == date(2026, 12, 4)
    assert _one(frames, "say").time is None


def test_a_clock_time_on_a_definite_description_takes_the_day_of_the_event_it_describes(frames_of):
    # review 19 A10: "The blast, which happened at around 4 am" after "Monday's explosion" is that explosion's 4 am
    # (Monday's), not a 4 am of "yesterday", the day named last before it
    first = "Residents evacuated after Monday's explosion at the Norrak plant were allowed to go home yesterday. "
    frames = frames_of(first + "The blast, which happened at around 4 am, killed three people.")
    assert _one(frames, "explosion").time.start == date(2026, 11, 30)
    blast = _one(frames, "blast").time
    assert (blast.start, blast.end, blast.value) == (date(2026, 11, 30), date(2026, 11, 30), "2026-11-30T04:00")
    # a clock time told with its own day keeps it
    kept = frames_of(first + "The blast, which happened at 4 am on Sunday, killed three people.")
    assert _one(kept, "blast").time.start == date(2026, 11, 29)
    # no dated event of its class before it: the day named last, as before
    other = "The strike began on Monday. Workers were allowed to go home yesterday. "
    alone = frames_of(other + "The blast, which happened at around 4 am, killed three people.")
    assert _one(alone, "blast").time.start == date(2026, 12, 1)
