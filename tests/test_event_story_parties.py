"""A report naming no party of its event ("the bus strike") takes its article's parties: it joins the one
event of another outlet of the story that names a party its article names, with the same word
(events/identity.py, ``EventClusters._nameless_join``). Invented outlets, companies and places."""

from __future__ import annotations

from .test_event_words import _ingest as _ingest_words

NAMED = (
    "Harbour Wire",
    "2026-09-15",
    "Drivers at Ardglen Transport went on strike on Monday, the union said. "
    "Ardglen Transport cancelled 40 bus routes on Monday, the company said.",
)
NAMELESS = (
    "North Post",
    "2026-09-16",
    "Ardglen Transport cancelled 40 bus routes on Monday, the company said. "
    "The bus strike closed the depot in Loughmore.",
)


def _ingest(tmp_path, docs):
    tmp_path.mkdir(exist_ok=True)
    return _ingest_words(tmp_path, docs)


def test_a_nameless_report_joins_the_story_event_naming_its_articles_party(tmp_path):
    frames, of, found = _ingest(tmp_path, [NAMED, NAMELESS])
    strikes = [f for f in frames if f.trigger.lemma == "strike"]
    assert len(strikes) == 2, [(f.trigger.text, f.event_class, [p.name for p in f.participants]) for f in frames]
    assert len({of[f.id] for f in strikes}) == 1
    assert found == [], [(c.facet, c.question) for c in found]


def test_a_nameless_report_outside_the_story_or_ambiguous_stays_apart(tmp_path):
    """Not of the story (no event reported in one cluster with the other outlet): apart; of a story with two
    strikes of parties the article names (Ardglen's and Corrib's): which one is not said."""
    unrelated = (
        "North Post",
        "2026-09-16",
        "Ardglen Transport hired 20 drivers, the company said. The bus strike closed the depot in Loughmore.",
    )
    frames, of, _ = _ingest(tmp_path / "one", [NAMED, unrelated])
    strikes = [f for f in frames if f.trigger.lemma == "strike"]
    assert len(strikes) == 2 and len({of[f.id] for f in strikes}) == 2
    two = (
        "Harbour Wire",
        "2026-09-15",
        "Drivers at Ardglen Transport went on strike on Monday, the union said. "
        "Crews at Corrib Ferries went on strike on Monday, the union said. "
        "Ardglen Transport and Corrib Ferries cancelled 40 routes on Monday, the companies said.",
    )
    either = (
        "North Post",
        "2026-09-16",
        "Ardglen Transport and Corrib Ferries cancelled 40 routes on Monday, "
        "the companies said. The bus strike closed the depot in Loughmore.",
    )
    frames, of, _ = _ingest(tmp_path / "two", [two, either])
    nameless = [f for f in frames if f.trigger.lemma == "strike" and not f.participants]
    named = [f for f in frames if f.trigger.lemma == "strike" and f.participants]
    assert len(nameless) == 1 and len(named) == 2
    assert {f.event_class for f in nameless + named} == {"labour_action"}
    assert of[nameless[0].id] not in {of[f.id] for f in named}
