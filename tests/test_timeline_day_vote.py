"""The date of a timeline entry whose reports give it different days (events.timeline._most_told): the day most
articles give, each article once, of as many the first report's (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

PUB = date(2026, 5, 12)


def _entry_days(nlp, reports: list[tuple[str, date, str]], lemma: str) -> list[tuple[date, date]]:
    """The (start, end) of the timeline entries of one cluster holding every ``lemma`` frame of ``reports``."""
    from claimline.events import extract_events, identity, members
    from claimline.events.timeline import build_event_timeline

    found, articles, texts = [], {}, {}
    for k, (outlet, day, text) in enumerate(reports):
        ex, frames = extract_events(text, day, nlp=nlp, publisher=outlet, path=f"a{k}.txt")
        articles[ex.article.id], texts[ex.article.id] = ex.article, text
        found += [m for m in members(ex, frames) if m.frame.trigger.lemma == lemma]
    entries = build_event_timeline([identity.Cluster("ev-one", found)], articles, lambda a, lo, hi: texts[a][lo:hi])
    return [(e.start, e.end) for e in entries]


def test_an_events_date_is_the_day_most_of_its_reports_give(nlp):
    """One intrusion reported by three outlets, one dating it a day early (twice): its timeline entry gives the day
    the other two give (a clock time on that day votes for it, an article telling its day twice votes once), not the
    earliest of equally narrow days."""
    reports = [
        (
            "Campus Post",
            date(2026, 5, 13),
            "The intrusion at Harrowgate College was detected on Sunday, 10 May. Staff say the intrusion was detected"
            " on Sunday, 10 May, by a caretaker.",
        ),
        ("North Wire", PUB, "The intrusion at Harrowgate College was detected at 03:40 on Monday."),
        ("Metro Daily", PUB, "The intrusion at Harrowgate College was detected early on Monday."),
    ]
    assert _entry_days(nlp, reports, "detect") == [(date(2026, 5, 11), date(2026, 5, 11))]


def test_of_as_many_articles_the_first_reports_day_wins(nlp):
    """Two outlets, one day each: the day of the report published first (a later one tells it back and may drift),
    whichever day is earlier."""
    reports = [
        ("Week Review", date(2026, 5, 19), "The Harrowgate College library was closed on Sunday, 10 May."),
        ("North Wire", PUB, "The Harrowgate College library was closed on Monday."),
    ]
    assert _entry_days(nlp, reports, "close") == [(date(2026, 5, 11), date(2026, 5, 11))]
