"""A report naming no party of its event, published before the article that names the parties, joins the story's one
event of its kind when that article comes (events/identity.py, ``EventClusters._earlier_reports``) — of every class,
as an incident's did: the tie is the one ``_story_event`` asks (one class, kin words, one thing acted on or
measured), so two events of the kind in the story, or a report acting on another thing, stay apart. Invented
outlets, companies and places; through the store (``api.ingest``)."""

from __future__ import annotations

import pytest

from .test_event_story_event import SHUT, SHUT_TOO, _lifts
from .test_event_words import _ingest

EARLY = ("North Post", "2026-05-06", SHUT_TOO + "The stay-indoors order has not been lifted, officials said.")
LATE = ("Harbour Wire", "2026-05-07", SHUT + "Velmar county lifted the stay-indoors order on Tuesday.")


@pytest.mark.parametrize("order", ["earlier first", "later first"])
def test_an_earlier_nameless_report_joins_the_event_a_later_article_names(tmp_path, order):
    """The nameless "not lifted" is published the day before the county's "lifted": one event, whichever was
    ingested first, and the two outlets disagree on whether it happened (before: two clusters, no conflict; the
    earlier report gives no day, so the same specific time does not link them)."""
    docs = [EARLY, LATE] if order == "earlier first" else [LATE, EARLY]
    frames, of, found = _ingest(tmp_path, docs)
    assert len(_lifts(frames, of)) == 1
    assert [c.facet for c in found] == ["factuality"], [(c.facet, c.question) for c in found]


def test_an_earlier_nameless_report_of_another_thing_stays_apart(tmp_path):
    other = ("North Post", "2026-05-06", SHUT_TOO + "The price cap has not been lifted, officials said.")
    frames, of, found = _ingest(tmp_path, [other, LATE])
    assert len(_lifts(frames, of)) == 2
    assert not [c for c in found if c.facet == "factuality"]


def test_an_earlier_nameless_report_stays_apart_when_the_story_has_two_such_events(tmp_path):
    """The later article tells two orders lifted: which one the earlier "order" is, is not said."""
    two = (
        "Harbour Wire",
        "2026-05-07",
        SHUT + "Velmar county lifted the stay-indoors order on Tuesday. Dorne council lifted its order to boil "
        "water on Tuesday, the council said.",
    )
    frames, of, _ = _ingest(tmp_path, [EARLY, two])
    early = [f for f in frames if f.trigger.lemma == "lift" and f.factuality == "negated"]
    told = [f for f in frames if f.trigger.lemma == "lift" and f.factuality != "negated"]
    assert len(early) == 1 and len(told) == 2
    assert of[early[0].id] not in {of[f.id] for f in told}
