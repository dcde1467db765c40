"""Which event takes a time, tenth round, on sentences written for these tests (publication date Wednesday
2 December 2026): an incident noun that is the subject of "struck" / "hit" takes the verb's time (review 9
W39); a statement or denial no text dates, told in the past tense, is dated by its first report; a time
between a subject and its verb dates the verbs joined to it that share the subject."""

from __future__ import annotations

import json
from datetime import date

from .conftest import run_cli, story_store
from .test_event_time import _one

PUB = date(2026, 12, 2)  # a Wednesday


def test_an_incident_that_struck_on_a_day_is_dated_that_day(frames_of):
    # "struck" of an earthquake is no attack (no frame of its own): the noun is the event, and the time is its
    f = _one(frames_of("The earthquake struck the Orvel coast on Monday."), "earthquake")
    assert (f.time.start, f.time.end) == (date(2026, 11, 30), date(2026, 11, 30))
    f = _one(frames_of("A strong tremor hit the hill villages at 05:10 on Sunday, the institute said."), "tremor")
    assert f.time.start == date(2026, 11, 29) and f.time.value == "2026-11-29T05:10"


def test_a_striking_that_is_an_event_keeps_its_own_time(frames_of):
    # the verb is the event (a strike by workers): it takes the time, as before
    frames = frames_of("The dockworkers will strike on Friday.")
    assert _one(frames, "strike").time.start == date(2026, 12, 4)
    # a subject that names no event takes nothing
    frames = frames_of("The retailer hit its sales target in March.")
    assert [f.time for f in frames if f.time is not None] == []


DENIAL = """\
Harbour news | Wednesday, 2 December 2026

Orvel ferry operator denies overloading

The Orvel ferry operator denied that the Kestrel had carried too many passengers. The harbour office says the
inquiry is open.
"""


def test_a_denial_told_in_the_past_is_dated_by_its_first_report(tmp_path):
    # no time in the text: a statement or denial told done ("denied") was made on the day of the first report
    # carrying it; a present tense ("says") stays "reported on"
    db = story_store(tmp_path, "orvel.txt", DENIAL, published="2026-12-02")
    entries = json.loads(run_cli("timeline", "--db", db, "--all", "--format", "json"))
    by_word = {r["trigger"]["text"]: (e["date_label"], e["date_basis"]) for e in entries for r in e["reports"]}
    assert by_word["denied"] == ("2 Dec 2026", "text")
    assert by_word["says"] == ("reported on 2 Dec 2026", "publication")


def test_the_report_day_classes_are_event_classes():
    from claimline.events.lexicon import lexicon
    from claimline.timex.vocab import load_vocabulary

    classes = load_vocabulary().event_time.report_day_classes
    assert classes and set(classes) <= set(lexicon().ancestors)


def test_a_time_before_the_verb_dates_the_verbs_that_share_its_subject(frames_of):
    # "the court on Tuesday sentenced ... and fined": one subject, one time for both verbs
    frames = frames_of("A regional court on Tuesday sentenced the former mayor to four years in prison and fined him.")
    fined = [f for f in frames if f.trigger.text == "fined"]
    assert fined and fined[0].time.start == date(2026, 12, 1)
    # a joined clause with a subject of its own is its own
    frames = frames_of("The council on Monday approved the budget and the mayor resigned.")
    assert _one(frames, "resign").time is None
    # fourteenth sitting: a time that closes a clause told in the past dates the past clause joined after it with no
    # time of its own (events.timing._joined_past: measured, seen held-out dates 233 -> 235 of 562, nothing lost); one
    # told otherwise keeps none
    frames = frames_of("The council approved the budget on Monday and cancelled the festival.")
    assert _one(frames, "cancel").time.start == date(2026, 11, 30)
    frames = frames_of("The council approved the budget on Monday and will cancel the festival.")
    assert _one(frames, "cancel").time is None


def test_a_joined_clause_after_a_light_verb_or_a_time_of_day_phrase(frames_of):
    # eighteenth sitting (dates18): the clause joined after a light verb's dated event ("carried out checks on
    # Monday") or after a time hung on a noun ("in the early hours of Sunday") is told then too (its told_time)
    frames = frames_of("Officials took soil samples at the quarry on Monday and have opened an inquiry.")
    f = _one(frames, "open")
    assert f.time is None and f.told_time.start == date(2026, 11, 30)  # a told time: identity does not read it
    frames = frames_of("A pipeline was damaged in the early hours of Sunday, and the coastguard evacuated a platform.")
    assert _one(frames, "evacuate").told_time.start == date(2026, 11, 29)
    # told otherwise: not carried
    frames = frames_of(
        "A pipeline was damaged in the early hours of Sunday, and the coastguard will evacuate a platform."
    )
    assert _one(frames, "evacuate").told_time is None


def test_an_infinitive_told_done_by_a_dated_verb_without_a_frame(frames_of):
    # "on Friday it was allowed to sail": the sailing's told time (the timeline's date only); not a plan
    frames = frames_of("On Friday the airline was allowed to resume its flights, after it paid a deposit.")
    f = _one(frames, "resume")
    assert f.time is None and f.told_time is not None and f.told_time.start == date(2026, 11, 27)
    frames = frames_of("On Friday the airline was expected to resume its flights.")
    assert _one(frames, "resume").told_time is None


def test_a_day_after_a_state_participle_dates_the_clause_verb(frames_of):
    # review 17 Y8: a day after a reduced relative's participle that is no event of a class ("hidden", "concealed")
    # dates the clause's verb too; a year on an event participle stays the participle's
    frames = frames_of(
        "Border guards seized 300 kilograms of heroin hidden in a lorry of tiles at the crossing on Monday."
    )
    assert _one(frames, "seize").time.start == date(2026, 11, 30)
    frames = frames_of("Rangers found two tonnes of ivory concealed in timber on Monday.")
    assert _one(frames, "find").time.start == date(2026, 11, 30)
    frames = frames_of("The group bought a plant built in 1970.")
    assert _one(frames, "buy").time is None
