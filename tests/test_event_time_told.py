"""An event with no time of its own, told through a dated act (events.timing._told_times): its ``told_time``, the
timeline's date of its cluster when no member's text dates it; identity and conflicts read only ``time``
(sentences written for these tests; publication date Thursday 12 March 2026)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from claimline import api

from .helpers import through_store
from .test_event_time import _one

PUB = date(2026, 3, 12)


def _told(f) -> date | None:
    return f.told_time.start if f.told_time is not None else None


def test_a_dated_saying_tells_when_an_act_was_done(frames_of):
    f = _one(frames_of("The response team said on Thursday it had found malware on the hospital network."), "find")
    assert (f.time, _told(f)) == (None, date(2026, 3, 12))
    f = _one(frames_of("Brno has cancelled its camera contract, Mayor Jana Holub said on Monday."), "cancel")
    assert (f.time, _told(f)) == (None, date(2026, 3, 9))


def test_a_dated_opening_tells_when_the_inquiry_began(frames_of):
    # "opened an inquiry" is the inquiry told by its start (a [[sense]] of "open" by its object: one frame, class
    # investigate), dated by its verb; said on a day of a past perfect, that day is its told time
    frames = frames_of("The aviation regulator opened an inquiry into the failure on Wednesday.")
    f = _one(frames, "open")
    assert (f.event_class, f.time.start, _told(f)) == ("investigate", date(2026, 3, 11), None)
    frames = frames_of("The aviation authority said on Wednesday that it had opened an inquiry into the failure.")
    assert _told(_one(frames, "open")) == date(2026, 3, 11)


def test_no_told_time_for_a_plan_an_undated_saying_or_a_dated_act(frames_of):
    assert _told(_one(frames_of("The council said on Monday it will cancel the contract."), "cancel")) is None
    assert _told(_one(frames_of("The council said it had cancelled the contract."), "cancel")) is None
    # a negated act happened on no day the saying gives
    assert _told(_one(frames_of("Nobody had been arrested, the police said on Wednesday."), "arrest")) is None
    f = _one(frames_of("The council said on Monday it had cancelled the contract on 2 March."), "cancel")
    assert (f.time.start, _told(f)) == (date(2026, 3, 2), None)


def test_the_timeline_dates_an_undated_event_by_its_told_time(tmp_path):
    """Two outlets, one undated report each of the cancellation; one tells it through a dated saying: the entry is
    dated Monday from the text, not "reported on" the first publication."""
    through_store(
        [
            (
                "Harbour Wire",
                "2026-03-10",
                "Brno has cancelled its camera contract with Optiveil, Mayor Jana Holub said on Monday.",
            ),
            ("North Post", "2026-03-11", "Brno cancelled its camera contract with Optiveil, the city said."),
        ],
        tmp_path,
    )
    entries = [e for e in api.event_timeline(tmp_path / "case.db", actor="Optiveil") if e.event.event_class == "cancel"]
    assert [(str(e.start), e.date_basis) for e in entries] == [("2026-03-09", "text")]


@pytest.mark.parametrize(
    ("text", "lemma", "month"),
    [
        ("Residents called on Monday for the Tressick quarry to close by March.", "close", "2027-03"),
        ("Unions urged the company to reopen the plant by April.", "reopen", "2027-04"),
    ],
)
def test_a_deadline_asked_for_lies_ahead(frames_of, text, lemma, month):
    # what someone is asked to do by a month is due in the coming one, not the past one (review 14, V21)
    f = _one(frames_of(text, date(2027, 1, 15)), lemma)
    assert f.time is not None and f.time.value == month


def test_a_day_asked_on_is_the_askings_own(frames_of):
    # "urged … to leave their homes on Sunday" (published on Friday): the Sunday before, not the next (review 15, W9)
    frames = frames_of(
        "The mayor urged residents of the river quarter to leave their homes on Sunday.", date(2027, 1, 15)
    )
    assert {f.time.value for f in frames if f.time is not None} == {"2027-01-10"}


def test_a_same_day_report_tells_its_acts_on_its_day(frames_of):
    """The story's day (the first day a frame is dated by) is the publication day: an act told done in the simple past
    or the present perfect with no time in its sentence is told on that day; not a past perfect, a plan, nor in a
    report of earlier days (dates17)."""
    text = (
        "A ferry ran aground off the island on Thursday morning.\n\n"
        "Police closed the coast road, and 40 passengers were evacuated from the ship.\n\n"
        "The operator had warned of the risk for years. It will inspect the hull."
    )
    frames = frames_of(text)
    assert (_one(frames, "close").time, _told(_one(frames, "close"))) == (None, PUB)
    assert _told(_one(frames, "evacuate")) == PUB
    assert _told(_one(frames, "warn")) is None
    assert _told(_one(frames, "inspect")) is None
    assert _one(frames, "run").time.start == PUB
    # the next day's report of Thursday: its undated acts are told on neither day
    frames = frames_of(text, date(2026, 3, 13))
    assert _told(_one(frames, "close")) is None


def test_a_same_day_reports_undated_act_is_shown_by_its_day_not_on_it(tmp_path) -> None:
    """review 17 Y7: "Police raided his farm" in a report of 22 May may have happened days before: the timeline says
    "by 22 May 2026", never "22 May 2026" as if the text gave the day."""
    from typer.testing import CliRunner

    from claimline.cli import app

    art = tmp_path / "a.txt"
    art.write_text(
        "Police seize rifles at Holt farm\n\nProsecutors said on Friday that a farmer from Holt had been charged "
        "with illegal possession of weapons. Police raided his farm and found 40 rifles in a barn, a spokesman "
        "said.\n"
    )
    db = str(tmp_path / "s.db")
    runner = CliRunner()
    ok = runner.invoke(
        app, ["ingest", str(art), "--db", db, "--publisher", "Holt Chronicle", "--published", "2026-05-22"]
    )
    assert ok.exit_code == 0, ok.output
    rows = json.loads(runner.invoke(app, ["timeline", "--db", db, "--format", "json"]).output)
    raided = [r for r in rows if "raided" in json.dumps(r)]
    assert raided and all(r["date_label"] == "by 22 May 2026" for r in raided)


def test_a_same_day_report_tells_what_did_not_happen_and_what_a_saying_tells_back(frames_of):
    """dates19: in a same-day report, an act told not done ("No passengers were hurt") is told on that day too, and
    so is a past perfect that a saying in the past tells back ("said the engine had been shut down": the present
    perfect of the saying's day); a narrative past perfect is not (before the story's day), nor either in the next
    day's report."""
    text = (
        "A ferry ran aground off the island on Thursday morning.\n\n"
        "No passengers were hurt. The operator said the engine had been shut down.\n\n"
        "The operator had warned of the risk for years."
    )
    frames = frames_of(text)
    hurt = _one(frames, "hurt")
    assert (hurt.factuality, hurt.time, _told(hurt)) == ("negated", None, PUB)
    assert _told(_one(frames, "shut down")) == PUB
    assert _told(_one(frames, "warn")) is None
    frames = frames_of(text, date(2026, 3, 13))
    assert _told(_one(frames, "hurt")) is None
    assert _told(_one(frames, "shut down")) is None


def test_a_dated_saying_tells_the_acts_of_the_quotation_it_closes(frames_of):
    """dates19: an act told done in an earlier sentence of a quotation that a dated saying closes takes the saying's
    day as its told time, as one in the saying's own sentence does; not a negated one, nor one outside the quotation."""
    text = (
        "The regulator opened a case against the farm.\n\n"
        '"We have reported the company to the police. No fine has been issued yet," the director said on Thursday.'
    )
    frames = frames_of(text, date(2026, 3, 14))
    assert _told(_one(frames, "report")) == PUB
    assert _told(_one(frames, "open")) is None
    assert all(_told(f) is None for f in frames if f.factuality == "negated")
