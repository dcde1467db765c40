"""A count told as done whose own sentence names no party (events/identity.py, ``story_figure``) holds only its
article's main party, which ``measures.measure_frames`` gives every figure to tie it to its story: two outlets of
one story name two main parties (the ferry in one, the harbour master in another), so that party contradicts
nothing when the story's one figure of the thing is joined (``EventClusters._measured_twice``): "about 140 rescuers
took part" and "around 90 rescuers were at the scene" are one figure told two ways, which conflicts then compare.
Figures whose own sentences name two parties stay apart, as does a figure told as planned. Invented outlets,
ships, places and people."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.events import EventClusters, extract_events, members
from claimline.events.identity import Member, story_figure

RAN_AGROUND = "The ferry Kestrel ran aground off Varno island on Saturday"
FERRY = RAN_AGROUND + ", the Kestrel's operator Mirava Lines said. Kestrel was towed to port on Sunday. "
HARBOUR = RAN_AGROUND + ". Harbour master Tomas Ilic said the hull was intact, and Ilic said divers would inspect it. "


@pytest.fixture(scope="module")
def article(nlp):
    def run(text: str, published: date, publisher: str) -> list[Member]:
        ex, frames = extract_events(text, published, nlp=nlp, publisher=publisher)
        return members(ex, frames)

    return run


def _rescuers(index: EventClusters) -> list[list[float]]:
    """Per cluster holding a figure of rescuers, its figures."""
    out = []
    for c in index.clusters.values():
        found = [
            q.value
            for f in c.frames
            if f.event_class == "measure" and f.trigger.lemma == "rescuer"
            for q in f.quantities
        ]
        if found:
            out.append(sorted(v for v in found if v is not None))
    return sorted(out)


def _story(article, first: str, second: str) -> EventClusters:
    index = EventClusters()
    index.add(article(FERRY + first, date(2026, 5, 6), "Harbour Wire"))
    index.add(article(HARBOUR + second, date(2026, 5, 7), "North Post"))
    return index


def test_the_main_parties_of_two_outlets_do_not_keep_their_one_figure_apart(article):
    index = _story(article, "About 140 rescuers took part in the operation.", "Around 90 rescuers were at the scene.")
    figures = [m.frame for c in index.clusters.values() for m in c.members if m.frame.trigger.lemma == "rescuer"]
    assert len(figures) == 2 and all(story_figure(f) for f in figures)
    assert {p.name for f in figures for p in f.participants} >= {"Kestrel"}  # one outlet's main party, not the other's
    assert _rescuers(index) == [[90.0, 140.0]]


def test_figures_whose_sentences_name_two_parties_stay_apart(article):
    index = _story(
        article,
        "About 140 rescuers from Velmar took part in the operation.",
        "Around 90 rescuers from Dorne were at the scene.",
    )
    assert _rescuers(index) == [[90.0], [140.0]]


def test_a_planned_figure_is_no_figure_of_what_was_done(article):
    index = _story(
        article,
        "About 140 rescuers will take part in the operation.",
        "Around 90 rescuers from Dorne were at the scene.",
    )
    assert _rescuers(index) == [[90.0], [140.0]]
