"""A figure no event word holds (class ``measure``: "1.2 million customers had no signal") is one event measured
twice with the one figure of the same thing another article of its story gives, though no name links the two
(events/identity.py, ``EventClusters._measured_twice``): the names are its sentence's, no party of the
figure. Not a figure of people (compared under its verb), not when the article gives two figures of the thing.
Invented outlets, companies and places."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.events.identity import Member
from claimline.events.model import Participant

FINED = "Regulators fined Telvik Mobile on Tuesday over the network outage. "


@pytest.fixture(scope="module")
def article(nlp):
    def run(text: str, published: date, publisher: str, names: list[tuple[str, str]]) -> list[Member]:
        ex, frames = extract_events(text, published, nlp=nlp, publisher=publisher)
        out = []
        for m in members(ex, frames):
            if m.frame.event_class == "measure":  # the names of the figure's sentence: nothing both outlets name
                parties = [Participant(role="theme", name=n, start=0, end=len(n), text=n, label=k) for n, k in names]
                m = Member(
                    frame=m.frame.model_copy(update={"participants": parties}),
                    published=m.published,
                    publisher=m.publisher,
                    fingerprint=m.fingerprint,
                    copy_key=m.copy_key,
                )
            out.append(m)
        return out

    return run


def _figures(index: EventClusters, noun: str) -> set[str]:
    return {
        c.id
        for c in index.clusters.values()
        for f in c.frames
        if f.event_class == "measure" and noun in f.trigger.lemma
    }


def test_one_figure_of_a_thing_in_two_articles_of_a_story_is_one_event(article):
    a = article(
        FINED + "In Velmar, 1.2 million customers had no signal.", date(2026, 5, 6), "Harbour Wire", [("Velmar", "GPE")]
    )
    b = article(
        FINED + "Dorne Radio counted 900,000 customers with no signal.",
        date(2026, 5, 7),
        "North Post",
        [("Dorne Telecom Authority", "government_body")],
    )
    assert any(m.frame.event_class == "measure" and m.frame.trigger.lemma == "customer" for m in a + b)
    index = EventClusters()
    index.add(a)
    index.add(b)
    assert len(_figures(index, "customer")) == 1


def test_figures_of_people_stay_apart(article):
    """How many people depends on what happened to them: a figure of people is compared under its verb only."""
    a = article(
        FINED + "In Velmar, 1.2 million people had no signal.", date(2026, 5, 6), "Harbour Wire", [("Velmar", "GPE")]
    )
    b = article(FINED + "In Dorne, 900,000 people had no signal.", date(2026, 5, 7), "North Post", [("Dorne", "GPE")])
    index = EventClusters()
    index.add(a)
    index.add(b)
    assert len(_figures(index, "people")) == 2


def test_no_story_no_join(article):
    a = article(
        "In Velmar, 1.2 million customers had no signal.", date(2026, 5, 6), "Harbour Wire", [("Velmar", "GPE")]
    )
    b = article(
        "Dorne Radio counted 900,000 customers with no signal.", date(2026, 5, 7), "North Post", [("Dorne", "GPE")]
    )
    index = EventClusters()
    index.add(a)
    index.add(b)
    assert len(_figures(index, "customer")) == 2
