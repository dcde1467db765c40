"""An incident a story is about (``incident`` classes of models/events.toml: an accident, a quake, an eruption, a
storm) is one event however its articles word it and whichever comes first (events/identity.py): in one article a
report naming no party of the incident's class refers back to it ("an explosion at the plant", then "the blast");
across a story, a report naming no party joins the one such event of its story, acting on nothing being the tie,
also when its article was published before the one naming the parties. Invented outlets, companies and places;
through the store (``api.ingest``)."""

from __future__ import annotations

import pytest

from claimline.events import identity
from claimline.events.lexicon import lexicon

from .test_event_words import _ingest

NAMED = (
    "Harbour Wire",
    "2026-10-13",
    "An explosion at the Orsk Chemicals plant in Velmar injured seven workers on Monday, the company said. "
    "The blast was heard ten kilometres away, residents said.",
)
BARE = (
    "North Post",
    "2026-10-12",
    "Seven workers were injured on Monday. The explosion was heard across the valley, residents said.",
)


def _clusters(frames, of, cls):
    return {of[f.id] for f in frames if f.event_class == cls}


def test_incident_classes_are_marked_in_the_lexicon():
    lex = lexicon()
    assert lex.inherited("accident", "incident") and lex.inherited("earthquake", "incident")
    assert lex.inherited("leak", "incident")  # (a kind of accident: inherited)
    assert not lex.inherited("labour_action", "incident") and not lex.inherited("theft", "incident")


def test_the_blast_after_an_explosion_refers_back_in_its_article(tmp_path):
    frames, of, _ = _ingest(tmp_path, [NAMED])
    words = {f.trigger.lemma for f in frames if f.event_class == "accident"}
    assert {"explosion", "blast"} <= words
    assert len(_clusters(frames, of, "accident")) == 1


@pytest.mark.parametrize("order", ["named first", "bare first"])
def test_a_bare_report_of_the_story_incident_joins_it_in_either_order(tmp_path, order):
    """The bare article is published the day before the named one: its explosion joins the story's one explosion
    whichever was ingested first (the later report ingested first is clustered again in publication order)."""
    docs = [NAMED, BARE] if order == "named first" else [BARE, NAMED]
    frames, of, _ = _ingest(tmp_path, docs)
    assert len(_clusters(frames, of, "accident")) == 1


def test_two_incidents_of_one_article_take_no_bare_report(tmp_path):
    """An article telling two explosions at two places: "the explosion" of another outlet is neither."""
    two = (
        "Harbour Wire",
        "2026-10-13",
        "An explosion at the Orsk Chemicals plant in Velmar injured seven workers on Monday, the company said. "
        "A second explosion at the Dorne depot of Arnau Gas injured two drivers on Monday, police said.",
    )
    frames, of, _ = _ingest(tmp_path, [two, BARE])
    blasts = [f for f in frames if f.event_class == "accident"]
    bare = [f for f in blasts if not identity._strong(f) and not f.participants]
    told = [f for f in blasts if f.participants]
    assert len(bare) == 1 and len(told) == 2
    assert len({of[f.id] for f in told}) == 2
    assert of[bare[0].id] not in {of[f.id] for f in told}


def test_a_bare_incident_report_several_compatible_clusters_accept_joins_them_all(tmp_path):
    """The later article tells the explosion bare first, then at the plant: the report at the plant links to the
    bare one (its article, one word) and to the earlier outlet's (one place) — two clusters, compatible with each
    other, so one happening: one cluster (before, a report naming no party that two clusters accept joined neither,
    and the three stayed apart)."""
    docs = [
        (
            "Harbour Wire",
            "2026-10-13",
            "An explosion at the Orsk Chemicals plant in Velmar injured seven workers on Monday, the company said.",
        ),
        (
            "North Post",
            "2026-10-14",
            "The explosion injured seven workers, officials said. The explosion at the Orsk Chemicals plant in "
            "Velmar was heard ten kilometres away, residents said.",
        ),
    ]
    frames, of, _ = _ingest(tmp_path, docs)
    assert len([f for f in frames if f.event_class == "accident"]) == 3
    assert len(_clusters(frames, of, "accident")) == 1


def test_a_ministry_of_something_is_a_state_body_whatever_its_label():
    """A body's name "<description> of ..." has its head before "of": a country and it do not name two parties
    ("Croatia suspended the licence" / "the Ministry of the Sea, Transport and Infrastructure suspended it")."""
    from claimline.schemas import Participant

    def party(name, label):
        return Participant(role="agent", name=name, start=0, end=len(name), text=name, label=label)

    lex = lexicon()
    assert identity._state_kinds([party("Ministry of the Sea, Transport and Infrastructure", None)], lex) == {"body"}
    assert identity._state_kinds([party("Department of Health", "ORG")], lex) == {"body"}
    assert identity._state_kinds([party("Bank of Velmar", "ORG")], lex) == {"other"}
    assert identity._state_kinds([party("Velmar Transport Authority", "ORG")], lex) == {"body"}
