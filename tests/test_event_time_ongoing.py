"""An act told going on as the report is written ("police are investigating", "two pupils are being treated", "the
depot remains shut", "the cause is under investigation") is under way on the publication day: its ``told_time``, and
the timeline's date of its event when no report gives it a day (the first report's day of several). A past or
planned act, a denied one, or one whose sentence names another day, is not. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from .test_event_time import _one

PUB = date(2026, 11, 18)  # a Wednesday


def _told(f):
    return None if f.told_time is None else (f.told_time.start, f.told_time.end)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Detectives are investigating the cause of the warehouse fire in Orvel.", "investigate"),
        ("Two pupils from the Orvel primary school are being treated in hospital.", "treat"),
        ("The cause of the warehouse fire in Orvel is under investigation.", "investigation"),
        ("The fuel depot at Orvel remains shut.", "shut"),
    ],
)
def test_an_act_going_on_now_is_under_way_on_the_publication_day(frames_of, text, lemma):
    f = _one(frames_of(text), lemma)
    assert f.time is None  # identity and conflicts read no time from it
    assert _told(f) == (PUB, PUB)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Detectives will investigate the cause of the warehouse fire in Orvel.", "investigate"),
        ("Detectives are not investigating the warehouse fire in Orvel.", "investigate"),
        ("Detectives are investigating the warehouse fire in Orvel that broke out on 2 November.", "investigate"),
    ],
)
def test_a_planned_denied_or_otherwise_dated_act_is_not(frames_of, text, lemma):
    assert _told(_one(frames_of(text), lemma)) is None


def test_the_timeline_dates_an_ongoing_inquiry_by_its_first_report(nlp):
    """Two outlets on two days tell one inquiry going on, neither naming a day: the timeline entry is dated by the
    first report's day (not left "reported on", undated by the text)."""
    from claimline.events import extract_events, identity, members
    from claimline.events.timeline import build_event_timeline

    reports = [
        ("North Wire", date(2026, 11, 16), "Detectives are investigating the warehouse fire in Orvel."),
        ("Metro Daily", date(2026, 11, 18), "The warehouse fire in Orvel is still being investigated by detectives."),
    ]
    found, articles, texts = [], {}, {}
    for k, (outlet, day, text) in enumerate(reports):
        ex, frames = extract_events(text, day, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        articles[ex.article.id], texts[ex.article.id] = ex.article, text
        found += [m for m in members(ex, frames) if m.frame.trigger.lemma == "investigate"]
    assert len(found) == 2
    entries = build_event_timeline([identity.Cluster("ev-one", found)], articles, lambda a, lo, hi: texts[a][lo:hi])
    assert [(e.start, e.end, e.date_basis) for e in entries] == [(date(2026, 11, 16), date(2026, 11, 16), "text")]
